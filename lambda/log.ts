/**
 * Structured, private logging: one JSON line per request with its type, intent, outcome and latency.
 * Never logs tokens or user, device or person ids; only fields listed here are ever written.
 */

export interface RequestLog {
  requestType: string;
  intent?: string;
  outcome: 'ok' | 'error';
  latencyMs: number;
  locale?: string;
  newSession?: boolean;
  error?: string;
}

export function logRequest(entry: RequestLog): void {
  const level = entry.outcome === 'error' ? 'ERROR' : 'INFO';
  console.log(JSON.stringify({ level, message: 'request', ...entry }));
}

/** An error's class and message only: stack traces can carry request data. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}
