/**
 * One call to the Alexa Timers API, reduced to what the conversation needs (worked, or which fault)
 * and logged by outcome only: status code, cause and latency, never a token, an id or a body.
 */
import type { HandlerInput } from 'ask-sdk-core';
import type { services } from 'ask-sdk-model';
import { logTimersCall, type ServiceFault, startClock } from '../log';

/**
 * revoked: 401/403, the user turned the permission off. rejected: 400, e.g. too many timers.
 * not-found: 404, the timer already went off or was cancelled. unavailable: anything else,
 * including 429, 5xx, a service slower than the deadline, a refused or dropped connection.
 */
export type TimerFault = ServiceFault;

type TimerCall<T> = { ok: true; value: T } | { ok: false; fault: TimerFault };

type Client = services.timerManagement.TimerManagementServiceClient;

function statusOf(error: unknown): number | undefined {
  const status: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'statusCode') : undefined;
  return typeof status === 'number' ? status : undefined;
}

/** Why no status came back: the deadline, a dropped connection, or the socket error's code. */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? code : error.name;
}

function faultOf(status: number | undefined): TimerFault {
  if (status === 401 || status === 403) return 'revoked';
  if (status === 400) return 'rejected';
  if (status === 404) return 'not-found';
  return 'unavailable';
}

export async function callTimers<T>(
  input: HandlerInput,
  operation: string,
  call: (client: Client) => Promise<T>,
): Promise<TimerCall<T>> {
  const elapsed = startClock();
  try {
    if (!input.serviceClientFactory) throw new Error('skill built without an API client');
    const value = await call(input.serviceClientFactory.getTimerManagementServiceClient());
    logTimersCall({ operation, outcome: 'ok', latencyMs: elapsed() });
    return { ok: true, value };
  } catch (error) {
    const status = statusOf(error);
    const fault = faultOf(status);
    const latencyMs = elapsed();
    logTimersCall(
      status === undefined
        ? { operation, outcome: fault, latencyMs, cause: causeOf(error) }
        : { operation, outcome: fault, latencyMs, status },
    );
    return { ok: false, fault };
  }
}
