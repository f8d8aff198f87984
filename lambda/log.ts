/**
 * Structured, private logging: one JSON line per request with its type, intent, outcome and latency.
 * Never logs tokens, slot values or user, device or person ids: only the fields listed here are
 * written. Names that come from the request (type, intent, locale) arrive here already checked
 * against the names the skill knows (lambda/index.ts), so a forged name is logged as "unknown".
 *
 * Lines go through console.info / console.error so that Lambda's JSON log format (set by the CDK
 * stack) records the same level as the line's own `level`, and its log-level filter applies.
 * @aws-lambda-powertools/logger was measured as the alternative: see docs/quality.md.
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

/** Longer than any real error message. */
const MAX_FIELD_CHARS = 200;

/** Alexa ids (amzn1.ask.account…, amzn1.ask.device…, amzn1.echo-api.session…) and bearer tokens. */
const PRIVATE_VALUES = /amzn1\.[\w.-]+|\b(?:atc|Atza)[|.][\w|.-]+|\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;

/** Error messages can quote what they failed on: ids and tokens are masked, and the length is capped. */
function clip(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const masked = value.replace(PRIVATE_VALUES, '[private]');
  return masked.length > MAX_FIELD_CHARS ? `${masked.slice(0, MAX_FIELD_CHARS)}…` : masked;
}

export function logRequest(entry: RequestLog): void {
  const line = JSON.stringify({
    level: entry.outcome === 'error' ? 'ERROR' : 'INFO',
    message: 'request',
    requestType: entry.requestType,
    intent: entry.intent,
    outcome: entry.outcome,
    latencyMs: Math.round(entry.latencyMs * 1_000) / 1_000,
    locale: entry.locale,
    newSession: typeof entry.newSession === 'boolean' ? entry.newSession : undefined,
    error: clip(entry.error),
  });
  if (entry.outcome === 'error') console.error(line);
  else console.info(line);
}

/** A handler failed and the error handler answered instead. */
export function logHandlerError(error: unknown): void {
  console.error(
    JSON.stringify({ level: 'ERROR', message: 'handler error', error: clip(describeError(error)) }),
  );
}

/** An error's class and message only: stack traces can carry request data. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'non-error thrown';
}

/**
 * A stopwatch in milliseconds. process.hrtime, not the `performance` global: touching that global
 * loads perf_hooks, which costs a cold start several milliseconds.
 */
export function startClock(): () => number {
  const started = process.hrtime.bigint();
  return () => Number(process.hrtime.bigint() - started) / 1e6;
}

/** How an Alexa service call ended, when it did not work: see lambda/services/call.ts. */
export type ServiceFault = 'revoked' | 'unsupported' | 'rejected' | 'not-found' | 'unavailable';

export type ServiceApi = 'timers' | 'reminders' | 'settings';

export interface ServiceCallLog {
  api: ServiceApi;
  operation: string;
  outcome: 'ok' | ServiceFault;
  latencyMs: number;
  status?: number;
  cause?: string;
}

/** A call to an Alexa service API, by outcome only: never a token, an id, a time or a body. */
export function logServiceCall(entry: ServiceCallLog): void {
  const ok = entry.outcome === 'ok';
  const line = JSON.stringify({
    level: ok ? 'INFO' : 'WARN',
    message: 'alexa api',
    ...entry,
    latencyMs: Math.round(entry.latencyMs),
  });
  if (ok) console.info(line);
  else console.warn(line);
}

/** A request signed for another skill: refused before anything runs. Its id is never written. */
export function logForeignSkill(): void {
  console.warn(JSON.stringify({ level: 'WARN', message: 'request for another skill rejected' }));
}
