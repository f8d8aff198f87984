/** Every request handler, in the order the SDK tries them: narrower routes before broader ones. */

import {
  askTopic,
  causes,
  describeSituation,
  iceOrHeatQuestion,
  nextStep,
  notSureHow,
  pain,
  timing,
} from './advice';
import { cancel, cancelIt } from './cancel-it';
import { more, no, other, repeat, why, yes } from './follow-ups';
import {
  dose,
  howItHappens,
  medicine,
  outsideTheArticle,
  question,
  supplement,
  unknownIntent,
} from './questions';
import {
  cancelReminder,
  checkInReminder,
  listTheReminders,
  reminderConsent,
  supplementReminder,
} from './reminders';
import { isIntentRoute, type Route } from './route';
import { safetyFirst } from './safety';
import { exit, help, launch, restart, silent } from './session';
import { cancelTimer, setTimer, timerConsent } from './timer';

export const REQUEST_HANDLERS: readonly Route[] = [
  launch,
  timerConsent,
  reminderConsent,
  silent,
  safetyFirst,
  setTimer,
  cancelTimer,
  cancelIt,
  cancel,
  supplementReminder,
  checkInReminder,
  listTheReminders,
  cancelReminder,
  askTopic,
  iceOrHeatQuestion,
  describeSituation,
  pain,
  timing,
  nextStep,
  notSureHow,
  causes,
  medicine,
  supplement,
  dose,
  outsideTheArticle,
  howItHappens,
  why,
  more,
  other,
  repeat,
  yes,
  no,
  help,
  restart,
  exit,
  question,
  unknownIntent,
];

/** Every intent some route answers by name; the catch-all for unknown intents names none. */
export const HANDLED_INTENTS: readonly string[] = [
  ...new Set(REQUEST_HANDLERS.filter(isIntentRoute).flatMap((handler) => handler.intents)),
];

export { errorHandler } from './error';
