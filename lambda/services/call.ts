/**
 * One call to an Alexa service API (timers, reminders, settings), reduced to what the conversation
 * needs (worked, or which fault) and logged by outcome only: status code, cause and latency, never
 * a token, an id or a body.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { logServiceCall, type ServiceApi, type ServiceFault, startClock } from '../log';

export type Call<T> = { ok: true; value: T } | { ok: false; fault: ServiceFault };

function statusOf(error: unknown): number | undefined {
  const status: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** Why no status came back: the deadline, a dropped connection, an oversized reply, or a socket error's code. */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' && /^E[A-Z_]{1,40}$/.test(code) ? code : error.name;
}

/**
 * revoked: 401, the permission is missing or was turned off. unsupported: 403, the device or
 * account can't do this (a simulator, for reminders). rejected: 400. not-found: 404. unavailable:
 * anything else, including 429, 5xx, a service slower than the deadline, a refused or dropped
 * connection, and a reply we could not read.
 */
function faultOf(api: ServiceApi, status: number | undefined): ServiceFault {
  if (status === 401) return 'revoked';
  // The Timers API answers 403 when the permission is off; Reminders when the device can't remind.
  if (status === 403) return api === 'reminders' ? 'unsupported' : 'revoked';
  if (status === 400) return 'rejected';
  if (status === 404) return 'not-found';
  return 'unavailable';
}

export async function callService<T>(
  input: HandlerInput,
  api: ServiceApi,
  operation: string,
  call: (clients: services.ServiceClientFactory) => Promise<T>,
): Promise<Call<T>> {
  const elapsed = startClock();
  try {
    if (!input.serviceClientFactory) throw new Error('skill built without an API client');
    const value = await call(input.serviceClientFactory);
    logServiceCall({ api, operation, outcome: 'ok', latencyMs: elapsed() });
    return { ok: true, value };
  } catch (error) {
    const status = statusOf(error);
    const fault = faultOf(api, status);
    const latencyMs = elapsed();
    logServiceCall(
      status === undefined
        ? { api, operation, outcome: fault, latencyMs, cause: causeOf(error) }
        : { api, operation, outcome: fault, latencyMs, status },
    );
    return { ok: false, fault };
  }
}
