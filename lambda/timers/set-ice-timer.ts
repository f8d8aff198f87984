/** Sets the ice timer through the Alexa Timers API, asking for permission first when there is none. */
import type { HandlerInput } from 'ask-sdk-core';
import { TIMER_PHRASES } from '../content/phrases';
import type { ConversationState } from '../conversation/state';
import { consentAnswerOf, hasTimersConsent, situationBeforeConsent } from './consent';
import { callTimers } from './service-call';
import { type TimerStep, withPermissionCard } from './step';
import { iceTimerRequest } from './timer-request';
import { timerAlreadySet, timerSet, timingByVoice } from './turns';

/** "Yes" to the offer, or "set a timer for the ice". */
export async function startIceTimer(input: HandlerInput, state: ConversationState): Promise<TimerStep> {
  if (state.timerId) return { turn: timerAlreadySet(state) };
  if (!hasTimersConsent(input.requestEnvelope)) return { askConsent: true, situation: state.situation };
  return createIceTimer(input, state);
}

/** Alexa's answer to the consent question; "no" or silence get the timing by voice, and no second ask. */
export async function answerConsent(input: HandlerInput, fresh: ConversationState): Promise<TimerStep> {
  const situation = situationBeforeConsent(input.requestEnvelope);
  const state = situation ? { ...fresh, situation } : fresh;
  const answer = consentAnswerOf(input.requestEnvelope);
  if (answer === 'ACCEPTED') return createIceTimer(input, state);
  const lead = answer === 'DENIED' ? TIMER_PHRASES.consentDenied : TIMER_PHRASES.consentNotAnswered;
  return { turn: timingByVoice(state, lead) };
}

async function createIceTimer(input: HandlerInput, state: ConversationState): Promise<TimerStep> {
  const locale = input.requestEnvelope.request?.locale;
  const created = await callTimers(input, 'create', (client) => client.createTimer(iceTimerRequest(locale)));
  if (created.ok) {
    const id = created.value?.id;
    // A 2xx without an id leaves nothing to cancel later: as good as no timer.
    return { turn: id ? timerSet(state, id) : timingByVoice(state, TIMER_PHRASES.serviceTrouble) };
  }
  if (created.fault === 'revoked')
    return withPermissionCard(timingByVoice(state, TIMER_PHRASES.permissionRevoked));
  if (created.fault === 'rejected') return { turn: timingByVoice(state, TIMER_PHRASES.timerRefused) };
  return { turn: timingByVoice(state, TIMER_PHRASES.serviceTrouble) };
}
