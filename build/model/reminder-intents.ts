/**
 * The reminder intents (issue 12): the daily supplement reminder, the check-in a few days on, what
 * reminders are set, and cancelling them. Templates as in intents.ts; the time, the wait and the day
 * are Alexa's built-in AMAZON.TIME, AMAZON.DURATION and AMAZON.DATE slots.
 */
import type { IntentDefinition } from './intents';

/** What the daily reminder is for, as people name it. */
const SUPPLEMENT = '(my|) (calcium|magnesium|calcium and magnesium|supplements|vitamins)';

/** How people say "every day". */
const DAILY = '(every day|daily|every morning|every evening)';

/** Checking on the back, as people put it (the check-in's own words). */
const CHECK =
  '(check on my back|check my back|see how my back is (doing|)|check in on my back|see a doctor if it still hurts)';

const ASKING = '(can you|yes please|)';

const CANCEL = '(cancel|delete|remove|stop|turn off|get rid of|clear)';

export const REMINDER_INTENTS: readonly IntentDefinition[] = [
  {
    name: 'SupplementReminderIntent',
    slots: { time: 'AMAZON.TIME' },
    samples: [
      `remind me to take ${SUPPLEMENT} ${DAILY} (at {time}|)`,
      `remind me to take ${SUPPLEMENT} at {time} (every day|daily|)`,
      `remind me ${DAILY} (at {time}|) to take ${SUPPLEMENT}`,
      `(yes|yes please|) remind me ${DAILY} at {time}`,
      `${DAILY} remind me to take ${SUPPLEMENT} (at {time}|)`,
      `(set|give me) a daily reminder (for|to take) ${SUPPLEMENT} (at {time}|)`,
      'set a (supplement|calcium|magnesium) reminder (at {time}|)',
      `(can you|please) remind me to take ${SUPPLEMENT} (every day|daily) (at {time}|)`,
      `(I want|I'd like) a daily reminder (for|to take) ${SUPPLEMENT}`,
      `remind me about ${SUPPLEMENT} every day (at {time}|)`,
      '(yes|sure|okay) (remind me|a daily reminder) at {time}',
      `don't let me forget ${SUPPLEMENT} (every day|) (at {time}|)`,
    ],
    slotSamples: {
      time: [
        '{time}',
        'at {time}',
        '(every day|daily) at {time}',
        'at {time} (every day|please)',
        '(make it|how about|let us say) {time}',
        'I take (it|them) at {time}',
      ],
    },
  },
  {
    name: 'CheckInReminderIntent',
    hearsPain: true,
    slots: { delay: 'AMAZON.DURATION', day: 'AMAZON.DATE', time: 'AMAZON.TIME' },
    samples: [
      `${ASKING} remind me (in|after) {delay} to ${CHECK}`,
      `${ASKING} remind me to ${CHECK} (in|after) {delay}`,
      `${ASKING} remind me (on|) {day} to ${CHECK}`,
      `${ASKING} remind me to ${CHECK} (on|) {day}`,
      `remind me (in|after) {delay} at {time} to ${CHECK}`,
      `remind me (on|) {day} at {time} to ${CHECK}`,
      `${ASKING} remind me (in|after) (a few|several) days to ${CHECK}`,
      `${ASKING} remind me to ${CHECK}`,
      '(set|create|give me) a (check in|follow up) reminder ((for|in) {delay}|(for|on) {day}|)',
      '(check in|follow up) with me (in|after) {delay}',
      '(check in|follow up) with me (on|) {day}',
      'remind me to check in (in|after) {delay}',
    ],
  },
  {
    name: 'ListRemindersIntent',
    samples: [
      'what reminders (do I have|have I got|did you set|have you set|are set)',
      '(what are|tell me|read me|list) (my|all my|all of my) reminders',
      'which reminders (do I have|are there|did you set)',
      'which (ones|of them) (do I have|have I got|are set)',
      '(do I have|have I got) any reminders',
      '(check|read out) my reminders',
      'what are my reminders from you',
      'when (is|are) my (reminder|reminders)',
      'is my (supplement|check in) reminder (set|on)',
      'what (time|day) is my (supplement|check in) reminder',
    ],
  },
  {
    name: 'CancelReminderIntent',
    slots: { reminder: 'ReminderType' },
    samples: [
      `${CANCEL} (my|the|that|this) {reminder} reminder`,
      `${CANCEL} (my|the|that|this) reminder (for|about) (my|the|) {reminder}`,
      '(cancel|delete|remove) (my|the) {reminder}',
      `${CANCEL} (my|the|that|this) reminder`,
      '(cancel|delete|remove|clear) (my|all my|the|all the|all of my) reminders',
      // Right after the list: "cancel all of them".
      '(cancel|delete|remove|clear) (all of them|them all|both of them|both)',
      "I don't need (my|the|that) {reminder} reminder (anymore|any more|)",
      "I don't need (my|the|that) reminder (anymore|any more|)",
      '(stop|quit) reminding me (about|to take) (my|) {reminder}',
      'stop reminding me',
      'no more {reminder} reminders',
    ],
  },
];
