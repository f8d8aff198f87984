/** The HTTP side of the loopback fake: errors as the real services send them, bodies in and out. */
import type http from 'node:http';
import { STATUS_CODES } from 'node:http';

/** A refusal, sent as `{ code, message }` like Alexa's service errors. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string = STATUS_CODES[status] ?? 'Error',
    readonly code: string = (STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/\W+/g, '_'),
  ) {
    super(message);
  }
}

export function invalid(message: string, code = 'INVALID_REQUEST'): HttpError {
  return new HttpError(400, message, code);
}

/** What a route answers: a status, and a body to send as JSON (none for an empty answer). */
export interface Reply {
  status: number;
  body?: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

export function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('body is not JSON');
  }
}

/** For the request log only: a body that is not JSON is kept as text. */
export function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function send(response: http.ServerResponse, { status, body }: Reply): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/**
 * A waiting room for setTimeout: a delay longer than Node's timers allow (about 24.8 days) is
 * waited out in steps, and everything still waiting is dropped on close.
 */
export class Alarms {
  private static readonly LONGEST_MS = 2 ** 31 - 1;
  private readonly pending = new Set<NodeJS.Timeout>();

  /** Runs `then` once `ms` have passed; returns a way to call it off. */
  after(ms: number, then: () => void): () => void {
    let handle: NodeJS.Timeout | undefined;
    const wait = (left: number) => {
      handle = setTimeout(
        () => {
          if (handle) this.pending.delete(handle);
          if (left > Alarms.LONGEST_MS) wait(left - Alarms.LONGEST_MS);
          else then();
        },
        Math.max(0, Math.min(left, Alarms.LONGEST_MS)),
      );
      this.pending.add(handle);
    };
    wait(ms);
    return () => {
      if (handle) {
        clearTimeout(handle);
        this.pending.delete(handle);
      }
    };
  }

  clear(): void {
    for (const handle of this.pending) clearTimeout(handle);
    this.pending.clear();
  }
}

/** Promises that resolve once `done()` holds, looked at again whenever something changes. */
export class Settling {
  private waiting: (() => void)[] = [];

  constructor(private readonly done: () => boolean) {}

  wait(): Promise<void> {
    if (this.done()) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Something changed: resolves every wait if `done()` holds now. */
  check(): void {
    if (!this.done()) return;
    for (const resolve of this.waiting) resolve();
    this.waiting = [];
  }
}
