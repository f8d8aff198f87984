/**
 * Reminders that follow the plan over days (issue 12): a daily reminder for the calcium and
 * magnesium supplement (F17) and a check-in a few days on, which carries the article's advice to
 * see a doctor if the pain has not eased (F18). What Alexa says when a reminder goes off, every line
 * about setting, listing and cancelling them, and the words for times and days.
 */

/** The two reminders this skill sets; the ids are also the ReminderType slot values. */
export const REMINDER_KINDS = ['supplement', 'check-in'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** A check-in the user did not time: in a few days (the article's wait), mid-morning. */
export const CHECK_IN_DEFAULT = { days: 3, time: '10:00' } as const;

/** "Every morning": AMAZON.TIME's parts of the day, as the clock time set (and said back to the user). */
export const PART_OF_DAY_TIMES: Readonly<Record<string, string>> = {
  MO: '09:00',
  AF: '14:00',
  EV: '18:00',
  NI: '20:00',
};

/** The furthest ahead a check-in is set: the article's advice is about days, not months. */
export const CHECK_IN_MAX_DAYS = 28;

/** What Alexa says when the reminder goes off ("Here's your reminder: …"): short, our words, no dose. */
export const REMINDER_TEXTS: Readonly<Record<ReminderKind, string>> = {
  supplement: 'Time for your calcium and magnesium supplement.',
  'check-in': "How is your back? If the pain still hasn't eased, it's time to see a doctor.",
};

export const REMINDER_PHRASES = {
  supplementOffer: 'Would you like a daily reminder to take your calcium and magnesium?',
  checkInOffer: 'Shall I remind you in three days, at ten in the morning, to check on your back?',
  noTimer: 'Okay, no timer.',
  askTime: 'What time each day should I remind you? For example: nine in the morning.',
  askTimeReprompt: 'What time should the daily reminder be? For example: 9 AM.',
  askConsent: 'To remind you, I need your permission to set reminders.',
  consentDenied: "No problem, I won't set a reminder.",
  consentNotAnswered: "I didn't hear an answer, so I haven't set a reminder.",
  cardSent: "If you change your mind, I've sent a card to your Alexa app where you can allow reminders.",
  consentLost: "Thanks. I've lost track of which reminder you wanted, so please ask me again.",
  supplementByVoice:
    'To set one yourself, say: Alexa, remind me every day at 9 AM to take my calcium and magnesium.',
  checkInByVoice: 'To set one yourself, say: Alexa, remind me in three days to check on my back.',
  noTimeZone:
    "I don't know your time zone, so I haven't set a reminder. You can set it in the Alexa app, in your device's settings, and then ask me again.",
  permissionRevoked:
    "I can't set reminders: the permission is turned off. I've sent a card to your Alexa app where you can allow it.",
  unsupported: "This device can't take reminders from a skill, so I haven't set one.",
  refused: "Alexa wouldn't accept that reminder, so it isn't set.",
  trouble: "Sorry, I couldn't set the reminder just now.",
  checkInRange:
    'I can set a check-in from one day to four weeks ahead. For example, say: remind me in three days to check on my back.',
  listNone: 'You have no reminders from me.',
  listNoPermission:
    "I can't see reminders without your permission. I've sent a card to your Alexa app where you can allow it.",
  unsupportedHere: "This device can't use reminders from a skill.",
  listTrouble:
    "Sorry, I couldn't reach your reminders just now. You can see them in the Alexa app, under Reminders.",
  nothingToCancel: 'You have no reminders from me to cancel.',
  noSupplementToCancel: 'You have no supplement reminder from me to cancel.',
  noCheckInToCancel: 'You have no check-in reminder from me to cancel.',
  whichToCancel:
    'You have a supplement reminder and a check-in from me. Which one should I cancel? Say: cancel my supplement reminder. Or: cancel my check-in.',
  cancelNoPermission:
    "I can't change reminders without your permission. I've sent a card to your Alexa app. You can also delete them there, under Reminders.",
  cancelTrouble:
    "Sorry, I couldn't reach your reminders just now. You can delete it in the Alexa app, under Reminders.",
} as const satisfies Record<string, string>;

export type ReminderPhraseId = keyof typeof REMINDER_PHRASES;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "09:00" → "9 AM", "21:30" → "9:30 PM", as Amazon's reminder confirmations say it; noon and midnight by name. */
export function spokenTime(time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  if (minutes === 0 && hours === 12) return 'noon';
  if (minutes === 0 && hours === 0) return 'midnight';
  const clock = hours % 12 === 0 ? 12 : hours % 12;
  const past = minutes === 0 ? '' : `:${String(minutes).padStart(2, '0')}`;
  return `${clock}${past} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** "2026-12-04" → "Friday, December 4". */
export function spokenDay(date: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${MONTHS[month - 1]} ${day}`;
}

/** What the daily reminder is for, after its time: "every day at 9 AM". */
const TO_TAKE = 'to take your calcium and magnesium';
const TO_CHECK = 'to check on your back';

/** The lines that speak a time or a day, worded here; conversation/reminder-lines.ts holds the values. */
export const REMINDER_SAYINGS = {
  setSupplement: (time: string) =>
    `Done. I'll remind you every day at ${spokenTime(time)} ${TO_TAKE}. To stop it, say: cancel my supplement reminder.`,
  setCheckIn: (date: string, time: string) =>
    `Done. I'll remind you on ${spokenDay(date)} at ${spokenTime(time)} ${TO_CHECK}. To stop it, say: cancel my check-in.`,
  listedSupplement: (time: string) => `Every day at ${spokenTime(time)}: ${REMINDER_TEXTS.supplement}`,
  listedCheckIn: (date: string, time: string) =>
    `On ${spokenDay(date)} at ${spokenTime(time)}: a check-in on your back.`,
  count: (count: number, listed: number) =>
    `${count === 1 ? 'You have one reminder from me.' : `You have ${count} reminders from me.`}${count > listed ? ` Here are the first ${listed}.` : ''}`,
  cancelled: (kind: ReminderKind, count: number) =>
    `Okay, I've cancelled your ${count === 1 ? '' : `${count} `}${kind === 'supplement' ? 'supplement' : 'check-in'} reminder${count === 1 ? '' : 's'}.`,
} as const;

/** The card that confirms a reminder: when it goes off, and what it says. */
export function reminderCard(kind: ReminderKind, when: string): { title: string; text: string } {
  return kind === 'supplement'
    ? {
        title: `Daily reminder: ${when}`,
        text: `Every day at ${when}: ${REMINDER_TEXTS.supplement}\nTo stop it, say: cancel my supplement reminder.`,
      }
    : {
        title: `Check-in: ${when}`,
        text: `${when}: ${REMINDER_TEXTS['check-in']}\nTo stop it, say: cancel my check-in.`,
      };
}
