/** Sets the ice timer through the Alexa Timers API, asking for permission first when there is none. */
import type { HandlerInput } from 'ask-sdk-core';
import type { TimerPhraseId } from '../content';
import { timerLine } from '../conversation/lines';
import type { ConversationState } from '../conversation/state';
import type { Turn } from '../conversation/turn';
import type { ServiceFault } from '../log';
import { callService } from '../services/call';
import { consentAnswerOf } from '../services/consent';
import { answerFault } from '../services/fault-turn';
import { isServiceId } from '../services/ids';
import { askForTimers, hasTimersPermission, situationBeforeConsent, TIMERS_PERMISSION } from './consent';
import { iceTimerRequest } from './timer-request';
import { timerAlreadySet, timerSet, timingByVoice } from './turns';

const SET_FAULTS: Readonly<Record<ServiceFault, TimerPhraseId>> = {
  revoked: 'permissionRevoked',
  unsupported: 'serviceTrouble',
  rejected: 'timerRefused',
  'not-found': 'serviceTrouble',
  unavailable: 'serviceTrouble',
};

/** "Yes" to the offer, or "set a timer for the ice". */
export async function startIceTimer(input: HandlerInput, state: ConversationState): Promise<Turn> {
  if (state.timerId) return timerAlreadySet(state);
  if (!hasTimersPermission(input.requestEnvelope)) {
    // Alexa asks the user and answers with a Connections.Response in a new session.
    return { say: [timerLine('askConsent')], directives: [askForTimers(state.situation)], next: 'handover' };
  }
  return createIceTimer(input, state);
}

/** Alexa's answer to the consent question; "no" or silence get the timing by voice, and no second ask. */
export async function answerTimersConsent(input: HandlerInput, fresh: ConversationState): Promise<Turn> {
  const situation = situationBeforeConsent(input.requestEnvelope);
  const state = situation ? { ...fresh, situation } : fresh;
  const answer = consentAnswerOf(input.requestEnvelope);
  if (answer === 'ACCEPTED') return createIceTimer(input, state);
  return timingByVoice(state, answer === 'DENIED' ? 'consentDenied' : 'consentNotAnswered');
}

async function createIceTimer(input: HandlerInput, state: ConversationState): Promise<Turn> {
  const locale = input.requestEnvelope.request?.locale;
  const created = await callService(input, 'timers', 'create', (clients) =>
    clients.getTimerManagementServiceClient().createTimer(iceTimerRequest(locale)),
  );
  if (created.ok) {
    const id: unknown = created.value?.id;
    // A reply without a usable id leaves nothing to cancel later: as good as no timer.
    return isServiceId(id) ? timerSet(state, id) : timingByVoice(state, 'serviceTrouble');
  }
  return answerFault(created.fault, TIMERS_PERMISSION, (fault) => timingByVoice(state, SET_FAULTS[fault]));
}
