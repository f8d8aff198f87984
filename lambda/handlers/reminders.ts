/** Reminders: the daily supplement, the check-in, what is set, cancelling, and Alexa's answer about permission. */
import { line } from '../conversation/moves';
import {
  answerRemindersConsent,
  cancelReminders,
  isRemindersConsent,
  listReminders,
  startCheckIn,
  startSupplementReminder,
} from '../reminders';
import { checkInOf, reminderNamed, reminderTimeOf } from './reminder-slots';
import { onIntent, route } from './route';

export const supplementReminder = onIntent(['SupplementReminderIntent'], (input, state) =>
  startSupplementReminder(input, state, reminderTimeOf(input.requestEnvelope)),
);

export const checkInReminder = onIntent(['CheckInReminderIntent'], (input, state) =>
  startCheckIn(input, state, checkInOf(input.requestEnvelope)),
);

export const listTheReminders = onIntent(['ListRemindersIntent'], listReminders);

export const cancelReminder = onIntent(['CancelReminderIntent'], (input, state) => {
  const named = reminderNamed(input.requestEnvelope);
  // "Turn off the lights" can land here: words that name no reminder of ours get an honest answer.
  if (named === 'other') return line(state, 'notSure', 'suggestions');
  return cancelReminders(input, state, named === 'none' ? undefined : named);
});

/** Alexa's answer to the AskFor permissions request: arrives as a Connections.Response in a new session. */
export const reminderConsent = route(
  (input) => isRemindersConsent(input.requestEnvelope),
  answerRemindersConsent,
);
