/**
 * The console's side of the ice timer: runs the fake Timers API for the console's device, plays
 * Alexa's part of the voice consent dialog (the skill's AskFor request, answered with a
 * Connections.Response), and words a timer going off.
 */
import type { interfaces, RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { FakeTimersApi, type FiredTimer } from '../devtools/fake-timers-api';
import { connectionsResponse, type DeviceContext, startSession } from './envelope';

/** What Alexa asks in place of the real consent prompt. */
export const CONSENT_QUESTION = 'Allow Back Spasm Coach to set timers? (y/n)';

const TIMERS_PERMISSION = 'alexa::alerts:timers:skill:readwrite';
/** Stands in for the consent token Alexa adds to every request once the user allowed timers. */
const GRANTED_CONSENT = 'Atza|console-consent';

export interface ConsoleTimersOptions {
  /** Start with the timers permission already given. */
  grantTimers: boolean;
  /** Run timers this many times faster than real time. */
  timeScale: number;
}

/** Starts the fake for `device` and points the device's apiEndpoint (and, if granted, consent) at it. */
export async function startConsoleTimers(
  device: DeviceContext,
  { grantTimers, timeScale }: ConsoleTimersOptions,
): Promise<FakeTimersApi> {
  const api = await FakeTimersApi.start({
    accessToken: device.apiAccessToken,
    locale: device.locale,
    timeScale,
  });
  device.apiEndpoint = api.url;
  if (grantTimers) device.consentToken = GRANTED_CONSENT;
  return api;
}

/** The AskFor request in a reply, when the skill hands the user to Alexa's consent dialog. */
export function consentRequestOf(
  envelope: ResponseEnvelope,
): interfaces.connections.SendRequestDirective | undefined {
  return envelope.response.directives?.find(
    (directive): directive is interfaces.connections.SendRequestDirective =>
      directive.type === 'Connections.SendRequest' && directive.name === 'AskFor',
  );
}

/** "y"/"yes"/"I approve" allow, "n"/"no" refuse; anything else is no answer. */
export function readConsent(text: string): boolean | undefined {
  const said = text.trim().toLowerCase();
  if (/^(y|yes|i approve|approve|allow)\.?$/.test(said)) return true;
  if (/^(n|no|deny|don't)\.?$/.test(said)) return false;
  return undefined;
}

/**
 * Alexa's answer to the AskFor request, as a device sends it: a Connections.Response echoing the token,
 * in a new session with no attributes; once allowed, every request carries the consent token.
 */
export function consentAnswer(
  device: DeviceContext,
  request: interfaces.connections.SendRequestDirective,
  allowed: boolean | undefined,
): RequestEnvelope {
  startSession(device);
  if (allowed) device.consentToken = GRANTED_CONSENT;
  const status = allowed === undefined ? 'NOT_ANSWERED' : allowed ? 'ACCEPTED' : 'DENIED';
  return connectionsResponse(device, 'AskFor', request.token, { permissionScope: TIMERS_PERMISSION, status });
}

/** A timer going off, as the console prints it: a line to read, or a JSON line in --json mode. */
export function timerEventLine(fired: FiredTimer, json: boolean): string {
  if (json) {
    return JSON.stringify({
      event: 'timer',
      label: fired.label,
      announce: fired.announce,
      firesAt: fired.firesAt,
    });
  }
  return `⏰ ${fired.label ?? 'Timer'}: ${fired.announce ?? "Time's up."}`;
}
