/**
 * A timer move's answer. Most are ordinary turns; two need what a Turn can't say: the permissions
 * card (a response holds one card, so it replaces the timing card), and the hand-off to Alexa's own
 * consent dialog.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { SituationId } from '../content';
import { TIMER_PHRASES } from '../content/phrases';
import { respond, type Turn } from '../reply';
import { toSsml } from '../ssml';
import { askForTimersConsent, TIMERS_PERMISSION } from './consent';
import type { OpenTurn } from './turns';

export type TimerStep = { turn: Turn; permissionCard?: true } | { askConsent: true; situation?: SituationId };

/** The turn with the permissions card in place of its own card. */
export function withPermissionCard(turn: OpenTurn): TimerStep {
  return { turn: { ...turn, reply: { ...turn.reply, card: undefined } }, permissionCard: true };
}

export function answerStep(input: HandlerInput, step: TimerStep): Response {
  if ('askConsent' in step) {
    // Alexa asks and answers with a Connections.Response in a new session: no reprompt, and
    // shouldEndSession left out, as in Amazon's own Connections.SendRequest examples.
    return input.responseBuilder
      .speak(toSsml([TIMER_PHRASES.askConsent]))
      .addDirective(askForTimersConsent(step.situation))
      .getResponse();
  }
  if (step.permissionCard) input.responseBuilder.withAskForPermissionsConsentCard([TIMERS_PERMISSION]);
  return respond(input, step.turn);
}
