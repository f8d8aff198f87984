/**
 * Permission to set timers. Without it, the skill asks by voice: a Connections.SendRequest "AskFor"
 * hands the session to Alexa, which asks the user and answers with a Connections.Response in a new
 * session. That session has no attributes; the only thing carried across is the request's token,
 * which names the user's situation so the thread ("what about heat?") survives the dialog.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { isSituationId, type SituationId } from '../content';

export const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';

const ASK_FOR = 'AskFor';
/** Echoed back in the Connections.Response: what the permission was asked for, and the situation. */
const CONSENT_TOKEN = 'ice-timer';

export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

export function hasTimersConsent(envelope: RequestEnvelope): boolean {
  return typeof envelope.context?.System?.user?.permissions?.consentToken === 'string';
}

export function askForTimersConsent(situation?: SituationId): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: ASK_FOR,
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: TIMERS_PERMISSION, consentLevel: 'ACCOUNT' }],
    },
    token: situation ? `${CONSENT_TOKEN}:${situation}` : CONSENT_TOKEN,
  };
}

function isConsentResponse(
  request: RequestEnvelope['request'] | undefined,
): request is interfaces.connections.ConnectionsResponse {
  return request?.type === 'Connections.Response' && request.name === ASK_FOR;
}

export function isConsentAnswer(envelope: RequestEnvelope): boolean {
  return isConsentResponse(envelope.request);
}

/** The user's answer; a failed connection or an answer this skill does not know counts as no answer. */
export function consentAnswerOf(envelope: RequestEnvelope): ConsentAnswer {
  const request = envelope.request;
  if (!isConsentResponse(request) || (request.status && request.status.code !== '200')) return 'NOT_ANSWERED';
  const status: unknown = request.payload?.status;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}

/** The situation the user had told before Alexa's consent dialog, from the echoed token. */
export function situationBeforeConsent(envelope: RequestEnvelope): SituationId | undefined {
  const request = envelope.request;
  if (!isConsentResponse(request) || typeof request.token !== 'string') return undefined;
  const [purpose, situation] = request.token.split(':');
  return purpose === CONSENT_TOKEN && isSituationId(situation) ? situation : undefined;
}
