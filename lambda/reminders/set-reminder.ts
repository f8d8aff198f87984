/**
 * Sets a reminder through the Alexa Reminders API: asks for permission first when there is none,
 * then reads the user's time zone and creates the reminder at their local time. At most two calls
 * in a row (time zone, create), each with the client's deadline, so the reply beats Alexa's 8 s.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { ConversationState } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import { callService } from '../services/call';
import { consentAnswerOf } from '../services/consent';
import { isServiceId } from '../services/ids';
import { askedBeforeConsent, hasRemindersPermission } from './consent';
import { localNow } from './local-time';
import { firstTime, reminderRequest } from './reminder-request';
import { readTimeZone } from './time-zone';
import {
  askConsent,
  askReminderTime,
  consentRefused,
  createFailed,
  notSet,
  reminderSet,
  remindersSaid,
} from './turns';
import type { Wanted } from './wanted';

/** "Remind me every day at nine …": without a time, the skill asks for one. */
export function startSupplementReminder(
  input: HandlerInput,
  state: ConversationState,
  time: string | undefined,
): Turn | Promise<Turn> {
  return time ? setReminder(input, state, { kind: 'supplement', time }) : askReminderTime(state);
}

/** "Remind me in three days to check on my back": a day out of range is said so, not moved. */
export function startCheckIn(
  input: HandlerInput,
  state: ConversationState,
  wanted: Wanted | undefined,
): Turn | Promise<Turn> {
  return wanted ? setReminder(input, state, wanted) : remindersSaid(state, 'checkInRange');
}

/** "Remind me …", or "yes" to a reminder the skill offered. */
export async function setReminder(
  input: HandlerInput,
  state: ConversationState,
  wanted: Wanted,
): Promise<Turn> {
  if (!hasRemindersPermission(input.requestEnvelope)) return askConsent(state, wanted);
  return createReminder(input, state, wanted);
}

/** Alexa's answer to the consent question; "no" or silence get the way to do it by voice, and no second ask. */
export async function answerRemindersConsent(input: HandlerInput, fresh: ConversationState): Promise<Turn> {
  const { wanted, situation } = askedBeforeConsent(input.requestEnvelope);
  const state = situation ? { ...fresh, situation } : fresh;
  if (!wanted) return remindersSaid(state, 'consentLost');
  const answer = consentAnswerOf(input.requestEnvelope);
  if (answer === 'ACCEPTED') return createReminder(input, state, wanted);
  return consentRefused(state, wanted.kind, answer === 'DENIED' ? 'consentDenied' : 'consentNotAnswered');
}

async function createReminder(input: HandlerInput, state: ConversationState, wanted: Wanted): Promise<Turn> {
  const timeZone = await readTimeZone(input);
  if (!timeZone.known)
    return timeZone.reason === 'unset'
      ? remindersSaid(state, 'noTimeZone')
      : notSet(state, wanted.kind, 'trouble');
  const now = localNow(timeZone.zone);
  const first = firstTime(wanted, now);
  if (!first) return remindersSaid(state, 'checkInRange');
  const locale = input.requestEnvelope.request?.locale;
  const created = await callService(input, 'reminders', 'create', (clients) =>
    clients
      .getReminderManagementServiceClient()
      .createReminder(reminderRequest(first, timeZone.zone, now, locale)),
  );
  if (!created.ok) return createFailed(state, wanted.kind, created.fault);
  // A reply without a usable id is a reminder the skill cannot find again: as good as none.
  if (!isServiceId(created.value?.alertToken)) return notSet(state, wanted.kind, 'trouble');
  return reminderSet(state, first);
}
