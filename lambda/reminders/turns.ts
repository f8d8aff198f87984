/** What the user hears about reminders: pure functions of the conversation state, like conversation/moves. */
import { type ReminderKind, type ReminderPhraseId, reminderCard, spokenDay, spokenTime } from '../content';
import { elicitSlot, REMINDER_TIME } from '../conversation/dialog';
import { type Line, reminderLine } from '../conversation/lines';
import { markOffered, tell } from '../conversation/moves';
import type { ReminderWhen } from '../conversation/reminder-lines';
import type { ConversationState } from '../conversation/state';
import type { ListeningTurn, Turn } from '../conversation/turn';
import type { ServiceFault } from '../log';
import { answerFault, withPermissionCard } from '../services/fault-turn';
import { askForReminders, REMINDERS_PERMISSION } from './consent';
import type { OurReminder } from './our-reminders';
import type { Wanted } from './wanted';

/** A list names this many reminders; the count says how many more there are. */
const MAX_LISTED = 3;

/** Nothing is on offer any more, and this kind is not offered again; a "no" later starts afresh. */
function settled(state: ConversationState, kind?: ReminderKind): ConversationState {
  const { offer: _settled, ...rest } = state;
  return kind ? markOffered({ ...rest, declined: 0 }, kind) : { ...rest, declined: 0 };
}

/** "What time each day?", answered in SupplementReminderIntent's time slot. */
export function askReminderTime(state: ConversationState): ListeningTurn {
  return {
    say: [reminderLine('askTime')],
    reprompt: reminderLine('askTimeReprompt'),
    directives: [elicitSlot(REMINDER_TIME)],
    next: 'listen',
    state: { ...settled(state, 'supplement'), offer: { kind: 'reminderTime' } },
  };
}

/** Alexa asks for the permission and answers in a new session; the token carries the request. */
export function askConsent(state: ConversationState, wanted: Wanted): Turn {
  return {
    say: [reminderLine('askConsent')],
    directives: [askForReminders(wanted, state.situation)],
    next: 'handover',
  };
}

const BY_VOICE: Readonly<Record<ReminderKind, ReminderPhraseId>> = {
  supplement: 'supplementByVoice',
  'check-in': 'checkInByVoice',
};

/** No reminder: `lead` says why, then how to set one by voice. */
export function notSet(state: ConversationState, kind: ReminderKind, lead: ReminderPhraseId): ListeningTurn {
  return tell(settled(state), reminderLine(lead), reminderLine(BY_VOICE[kind]));
}

/** "No" to Alexa's question, or no answer: how to set it by voice, and the card to allow it later. */
export function consentRefused(
  state: ConversationState,
  kind: ReminderKind,
  lead: ReminderPhraseId,
): ListeningTurn {
  const said = tell(
    settled(state),
    reminderLine(lead),
    reminderLine(BY_VOICE[kind]),
    reminderLine('cardSent'),
  );
  return withPermissionCard(said, REMINDERS_PERMISSION);
}

const CREATE_FAULTS: Readonly<Record<ServiceFault, ReminderPhraseId>> = {
  revoked: 'permissionRevoked',
  unsupported: 'unsupported',
  rejected: 'refused',
  'not-found': 'trouble',
  unavailable: 'trouble',
};

export function createFailed(
  state: ConversationState,
  kind: ReminderKind,
  fault: ServiceFault,
): ListeningTurn {
  return answerFault(fault, REMINDERS_PERMISSION, (failed) => notSet(state, kind, CREATE_FAULTS[failed]));
}

/** A statement about reminders, then the open question; nothing stays on offer. */
export function remindersSaid(state: ConversationState, text: ReminderPhraseId): ListeningTurn {
  return tell(settled(state), reminderLine(text));
}

/** A question back to the user, which the next request answers by intent. */
export function remindersQuestion(state: ConversationState, text: ReminderPhraseId): ListeningTurn {
  return { say: [reminderLine(text)], reprompt: reminderLine(text), next: 'listen', state: settled(state) };
}

/** The same, with the card where the user can allow reminders. */
export function permissionNeeded(state: ConversationState, text: ReminderPhraseId): ListeningTurn {
  return withPermissionCard(remindersSaid(state, text), REMINDERS_PERMISSION);
}

/** Only the values a line holds: no id, no start day for a daily reminder. */
function onlyWhen(when: ReminderWhen): ReminderWhen {
  return when.kind === 'supplement'
    ? { kind: when.kind, time: when.time }
    : { kind: when.kind, date: when.date, time: when.time };
}

function whenSaid(when: ReminderWhen): string {
  const time = spokenTime(when.time);
  return when.kind === 'supplement' ? time : `${spokenDay(when.date)} at ${time}`;
}

/** Set: when it goes off and how often, how to stop it, and a card that says the same. */
export function reminderSet(state: ConversationState, when: ReminderWhen): ListeningTurn {
  return {
    ...tell(settled(state, when.kind), { reminder: 'set', ...onlyWhen(when) }),
    card: reminderCard(when.kind, whenSaid(when)),
  };
}

/** What the user's reminders from this skill are: how many, then the first few. */
export function remindersListed(state: ConversationState, reminders: readonly OurReminder[]): ListeningTurn {
  if (reminders.length === 0) return remindersSaid(state, 'listNone');
  const listed = reminders.slice(0, MAX_LISTED);
  const lines: Line[] = listed.map((when) => ({ reminder: 'listed', ...onlyWhen(when) }));
  return tell(
    settled(state),
    { reminder: 'count', count: reminders.length, listed: listed.length },
    ...lines,
  );
}

export function remindersCancelled(
  state: ConversationState,
  kind: ReminderKind,
  count: number,
): ListeningTurn {
  return tell(settled(state), { reminder: 'cancelled', kind, count });
}

/** Listing or cancelling failed: `text` per fault, and the card for a revoked permission. */
export function remindersUnreachable(
  state: ConversationState,
  fault: ServiceFault,
  lines: Readonly<Record<ServiceFault, ReminderPhraseId>>,
): ListeningTurn {
  return answerFault(fault, REMINDERS_PERMISSION, (failed) => remindersSaid(state, lines[failed]));
}
