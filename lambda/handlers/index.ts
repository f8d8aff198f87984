/** Every request handler, in the order the SDK tries them: narrower routes before broader ones. */
import type { RequestHandler } from 'ask-sdk-core';
import { askTopic, describeSituation, iceOrHeatQuestion, timing } from './advice';
import { more, no, other, repeat, why, yes } from './follow-ups';
import { question, unknownIntent } from './questions';
import { exit, help, launch, restart, sessionEnded } from './session';
import { acceptTimer, cancelTimer, setTimer } from './timer';

export const REQUEST_HANDLERS: readonly RequestHandler[] = [
  launch,
  sessionEnded,
  acceptTimer,
  setTimer,
  cancelTimer,
  askTopic,
  iceOrHeatQuestion,
  describeSituation,
  timing,
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

export { errorHandler } from './error';
