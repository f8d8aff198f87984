/**
 * Permission to set timers, asked by voice (see services/consent.ts). The token carries the user's
 * situation across Alexa's consent dialog, so the thread ("what about heat?") survives it.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { isSituationId, type SituationId } from '../content';
import { askForPermission, consentFields, consentToken, hasPermission } from '../services/consent';

export const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';

/** Echoed back in the Connections.Response: what the permission was asked for, and the situation. */
const PURPOSE = 'ice-timer';

export function hasTimersPermission(envelope: RequestEnvelope): boolean {
  return hasPermission(envelope, TIMERS_PERMISSION);
}

export function askForTimers(situation?: SituationId): interfaces.connections.SendRequestDirective {
  return askForPermission(TIMERS_PERMISSION, consentToken(PURPOSE, situation ? [situation] : []));
}

/** Whether this Connections.Response answers the skill's question about timers. */
export function isTimersConsent(envelope: RequestEnvelope): boolean {
  return consentFields(envelope, PURPOSE) !== undefined;
}

/** The situation the user had told before Alexa's consent dialog, from the echoed token. */
export function situationBeforeConsent(envelope: RequestEnvelope): SituationId | undefined {
  const [situation] = consentFields(envelope, PURPOSE) ?? [];
  return isSituationId(situation) ? situation : undefined;
}
