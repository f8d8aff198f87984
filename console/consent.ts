/**
 * Alexa's part of the voice consent dialog, played by the console and the tests: the skill's AskFor
 * request (Connections.SendRequest) is asked as a yes/no question and answered with a
 * Connections.Response in a new session, for whichever permission the skill asked for.
 */
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { connectionsResponse, type DeviceContext, startSession } from './envelope';

export const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';
export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/** What Alexa asks in place of the real consent prompt, per permission. */
export const CONSENT_QUESTIONS: Readonly<Record<string, string>> = {
  [TIMERS_PERMISSION]: 'Allow Back Spasm Coach to set timers? (y/n)',
  [REMINDERS_PERMISSION]: 'Allow Back Spasm Coach to set reminders? (y/n)',
};

/** Stands in for the consent token Alexa adds to every request once the user allowed a permission. */
const GRANTED_CONSENT = 'Atza|console-consent';

/** The AskFor request in a reply, when the skill hands the user to Alexa's consent dialog. */
export function consentRequestOf(
  envelope: ResponseEnvelope,
): interfaces.connections.SendRequestDirective | undefined {
  return envelope.response.directives?.find(
    (directive): directive is interfaces.connections.SendRequestDirective =>
      directive.type === 'Connections.SendRequest' && directive.name === 'AskFor',
  );
}

/** The permission an AskFor request asks for. */
function askedPermission(request: interfaces.connections.SendRequestDirective): string {
  const scopes: unknown = request.payload?.permissionScopes;
  const first: unknown = Array.isArray(scopes) ? scopes[0] : undefined;
  const scope: unknown =
    typeof first === 'object' && first !== null ? Reflect.get(first, 'permissionScope') : '';
  return typeof scope === 'string' ? scope : '';
}

/** The question Alexa asks for `request`. */
export function consentQuestion(request: interfaces.connections.SendRequestDirective): string {
  return CONSENT_QUESTIONS[askedPermission(request)] ?? 'Allow Back Spasm Coach this permission? (y/n)';
}

/** "y"/"yes"/"I approve" allow, "n"/"no" refuse; anything else is no answer. */
export function readConsent(text: string): boolean | undefined {
  const said = text.trim().toLowerCase();
  if (/^(y|yes|i approve|approve|allow)\.?$/.test(said)) return true;
  if (/^(n|no|deny|don't)\.?$/.test(said)) return false;
  return undefined;
}

/** The user allowed `permission`: from now on every request carries the consent token and lists it as granted. */
export function grant(device: DeviceContext, permission: string): void {
  device.consentToken = GRANTED_CONSENT;
  device.scopes = { ...device.scopes, [permission]: 'GRANTED' };
}

/**
 * Alexa's answer to the AskFor request, as a device sends it: a Connections.Response echoing the
 * token, in a new session with no attributes.
 */
export function consentAnswer(
  device: DeviceContext,
  request: interfaces.connections.SendRequestDirective,
  allowed: boolean | undefined,
): RequestEnvelope {
  startSession(device);
  const permissionScope = askedPermission(request);
  if (allowed) grant(device, permissionScope);
  const status = allowed === undefined ? 'NOT_ANSWERED' : allowed ? 'ACCEPTED' : 'DENIED';
  return connectionsResponse(device, 'AskFor', request.token, { permissionScope, status });
}
