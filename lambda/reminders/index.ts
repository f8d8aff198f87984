/** Reminders on the Alexa Reminders API (issue 12): what the handlers and offers route to. */
export { cancelReminders } from './cancel-reminders';
export { isRemindersConsent } from './consent';
export { listReminders } from './list-reminders';
export {
  answerRemindersConsent,
  setReminder,
  startCheckIn,
  startSupplementReminder,
} from './set-reminder';
export { askReminderTime } from './turns';
export { DEFAULT_CHECK_IN, isCheckInDays, type Wanted } from './wanted';
