/**
 * Permission by voice. Without it, the skill asks through Alexa: a Connections.SendRequest "AskFor"
 * hands the session to Alexa, which asks the user and answers with a Connections.Response in a new
 * session. That session has no attributes; the only thing carried across is the request's token, so
 * the token says what the permission was for and what the user had asked.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';

const ASK_FOR = 'AskFor';

export type ConsentAnswer = 'ACCEPTED' | 'DENIED' | 'NOT_ANSWERED';

/**
 * Granted when Alexa lists the scope as granted, or (older envelopes, no scopes at all) sends a
 * consent token. Once scopes are listed, a token alone does not grant one that is missing: it may
 * stand for another permission (timers but not reminders).
 */
export function hasPermission(envelope: RequestEnvelope, scope: string): boolean {
  const permissions = envelope.context?.System?.user?.permissions;
  if (typeof permissions?.scopes === 'object' && permissions.scopes !== null)
    return permissions.scopes[scope]?.status === 'GRANTED';
  return typeof permissions?.consentToken === 'string';
}

export function askForPermission(scope: string, token: string): interfaces.connections.SendRequestDirective {
  return {
    type: 'Connections.SendRequest',
    name: ASK_FOR,
    payload: {
      '@type': 'AskForPermissionsConsentRequest',
      '@version': '2',
      permissionScopes: [{ permissionScope: scope, consentLevel: 'ACCOUNT' }],
    },
    token,
  };
}

function consentResponse(envelope: RequestEnvelope): interfaces.connections.ConnectionsResponse | undefined {
  const request: unknown = envelope.request;
  if (typeof request !== 'object' || request === null) return undefined;
  const answer = request as Partial<interfaces.connections.ConnectionsResponse>;
  return answer.type === 'Connections.Response' && answer.name === ASK_FOR
    ? (answer as interfaces.connections.ConnectionsResponse)
    : undefined;
}

/** The echoed token of Alexa's answer to an AskFor, or undefined for any other request. */
function consentTokenOf(envelope: RequestEnvelope): string | undefined {
  const token: unknown = consentResponse(envelope)?.token;
  return typeof token === 'string' && token.length <= 200 ? token : undefined;
}

/** The token for an AskFor: what the permission is asked for, then that purpose's own fields. */
export function consentToken(purpose: string, fields: readonly string[] = []): string {
  return [purpose, ...fields].join(':');
}

/** The fields of the echoed token when Alexa's answer is to a question asked for `purpose`. */
export function consentFields(envelope: RequestEnvelope, purpose: string): readonly string[] | undefined {
  const [asked, ...fields] = consentTokenOf(envelope)?.split(':') ?? [];
  return asked === purpose ? fields : undefined;
}

/** The user's answer; a failed connection or an answer this skill does not know counts as no answer. */
export function consentAnswerOf(envelope: RequestEnvelope): ConsentAnswer {
  const response = consentResponse(envelope);
  if (!response || (response.status && response.status.code !== '200')) return 'NOT_ANSWERED';
  const status: unknown = response.payload?.status;
  return status === 'ACCEPTED' || status === 'DENIED' ? status : 'NOT_ANSWERED';
}
