/**
 * A loopback stand-in for the Alexa Timers REST API (POST/GET/DELETE /v1/alerts/timers[/{id}]), for
 * the tests and the local console. Never bundled into the Lambda.
 *
 * Like the real service it checks the Bearer token, validates the request body, keeps the timers and
 * answers with the same JSON shapes (id, status "ON", duration, triggerTime, createdTime, …; errors as
 * { code, message }). Unlike it, it can be told to misbehave (`failNext`), runs its clock faster
 * (`timeScale`), and emits a `timer` event when a timer goes off, with the label and the announcement.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { services } from 'ask-sdk-model';

type TimerRequest = services.timerManagement.TimerRequest;
type TimerResponse = services.timerManagement.TimerResponse;

export interface FakeTimersApiOptions {
  /** The apiAccessToken the skill was given: requests must carry it as `Authorization: Bearer …`. */
  accessToken: string;
  /** The device's locale: an ANNOUNCE timer must have text for it. */
  locale?: string;
  /** How many times faster than real time timers run: 60 makes twenty minutes last twenty seconds. */
  timeScale?: number;
  /** Timers allowed at once; one more is refused with a 400, as the real service does. */
  maxTimers?: number;
}

/** What one request gets instead of a normal answer: a status, a delay before the answer, or a dropped connection. */
export type Fault = { status: number } | { delayMs: number } | { drop: true };

/** A timer going off: what Alexa would do on the device. */
export interface FiredTimer {
  id: string;
  label: string | undefined;
  /** The announcement for the device's locale; undefined for a timer that only chimes or launches a task. */
  announce: string | undefined;
  firesAt: string;
}

/** A request as it arrived, without its headers (the token stays out of test output). */
export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

/** The longest timer this fake accepts. */
export const MAX_DURATION_MS = 2 * 60 * 60 * 1000;

const TIMERS_PATH = '/v1/alerts/timers';

interface RunningTimer {
  response: TimerResponse;
  fire: NodeJS.Timeout;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string = http.STATUS_CODES[status] ?? 'Error',
    readonly code: string = (http.STATUS_CODES[status] ?? 'ERROR').toUpperCase().replace(/\W+/g, '_'),
  ) {
    super(message);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An ISO-8601 duration in milliseconds ("PT20M" → 1,200,000); undefined when it is not one. */
export function durationMs(iso: unknown): number | undefined {
  if (typeof iso !== 'string') return undefined;
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(iso);
  if (!match || iso === 'P' || iso.endsWith('T')) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return ((((days ?? 0) * 24 + (hours ?? 0)) * 60 + (minutes ?? 0)) * 60 + (seconds ?? 0)) * 1000;
}

function announcementFor(request: TimerRequest, locale: string): string | undefined {
  const operation = request.triggeringBehavior.operation;
  if (operation?.type !== 'ANNOUNCE') return undefined;
  return operation.textToAnnounce.find((entry) => entry.locale === locale)?.text;
}

function invalid(message: string): HttpError {
  return new HttpError(400, message, 'INVALID_REQUEST');
}

/** The body, checked the way the real service would refuse it. */
function validTimerRequest(body: unknown, locale: string): TimerRequest {
  if (!isRecord(body)) throw invalid('body must be a JSON object');
  const ms = durationMs(body.duration);
  if (ms === undefined || ms <= 0) throw invalid('duration must be a positive ISO-8601 duration');
  if (ms > MAX_DURATION_MS) throw invalid('duration must be at most 2 hours');
  if (
    body.timerLabel !== undefined &&
    (typeof body.timerLabel !== 'string' || body.timerLabel.length > 256)
  ) {
    throw invalid('timerLabel must be a string of at most 256 characters');
  }
  const creation = body.creationBehavior;
  const visibility =
    isRecord(creation) && isRecord(creation.displayExperience) && creation.displayExperience.visibility;
  if (visibility !== 'VISIBLE' && visibility !== 'HIDDEN') {
    throw invalid('creationBehavior.displayExperience.visibility must be VISIBLE or HIDDEN');
  }
  const triggering = body.triggeringBehavior;
  if (!isRecord(triggering) || !isRecord(triggering.operation))
    throw invalid('triggeringBehavior.operation is required');
  if (
    !isRecord(triggering.notificationConfig) ||
    typeof triggering.notificationConfig.playAudible !== 'boolean'
  ) {
    throw invalid('triggeringBehavior.notificationConfig.playAudible is required');
  }
  const operation = triggering.operation;
  if (operation.type === 'ANNOUNCE') {
    const texts: unknown[] = Array.isArray(operation.textToAnnounce) ? operation.textToAnnounce : [];
    const entry = texts.find((candidate) => isRecord(candidate) && candidate.locale === locale);
    const text = isRecord(entry) ? entry.text : undefined;
    if (typeof text !== 'string' || text.trim() === '')
      throw invalid(`textToAnnounce has no text for ${locale}`);
  } else if (operation.type === 'LAUNCH_TASK') {
    if (!Array.isArray(operation.textToConfirm) || !isRecord(operation.task)) {
      throw invalid('LAUNCH_TASK needs textToConfirm and task');
    }
  } else if (operation.type !== 'NOTIFY_ONLY') {
    throw invalid('operation.type must be ANNOUNCE, NOTIFY_ONLY or LAUNCH_TASK');
  }
  return body as unknown as TimerRequest;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw invalid('body is not JSON');
  }
}

function send(response: http.ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

export class FakeTimersApi extends EventEmitter<{ timer: [FiredTimer] }> {
  /** Every request, in order, for tests that check what the skill sent. */
  readonly requests: RecordedRequest[] = [];
  private readonly running = new Map<string, RunningTimer>();
  private readonly faults: Fault[] = [];
  private readonly delays = new Set<NodeJS.Timeout>();
  private idleWaiters: (() => void)[] = [];
  private readonly locale: string;
  private readonly timeScale: number;
  private readonly maxTimers: number;

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeTimersApiOptions,
  ) {
    super();
    this.locale = options.locale ?? 'en-US';
    this.timeScale = options.timeScale ?? 1;
    this.maxTimers = options.maxTimers ?? 5;
    server.on('request', (request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        const failure = error instanceof HttpError ? error : new HttpError(500);
        if (!response.headersSent)
          send(response, failure.status, { code: failure.code, message: failure.message });
      });
    });
  }

  /** Listens on 127.0.0.1 at a free port. */
  static async start(options: FakeTimersApiOptions): Promise<FakeTimersApi> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeTimersApi(server, options);
  }

  /** The apiEndpoint to put in the request envelope. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The next `times` requests get `fault` instead of a normal answer (a delay is followed by one). */
  failNext(fault: Fault, times = 1): void {
    for (let i = 0; i < times; i += 1) this.faults.push(fault);
  }

  /** The timers not yet gone off or cancelled. */
  get timers(): TimerResponse[] {
    return [...this.running.values()].map((timer) => timer.response);
  }

  /** Resolves once every timer has gone off or been cancelled. */
  whenIdle(): Promise<void> {
    if (this.running.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    for (const timer of this.running.values()) clearTimeout(timer.fire);
    this.running.clear();
    for (const delay of this.delays) clearTimeout(delay);
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.settleIdle();
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    this.requests.push({ method, path, body: text === '' ? undefined : safeJson(text) });

    const fault = this.faults.shift();
    if (fault && 'drop' in fault) {
      request.socket.destroy();
      return;
    }
    if (fault && 'status' in fault) throw new HttpError(fault.status);
    if (fault && 'delayMs' in fault) {
      await this.pause(fault.delayMs);
      // The caller gave up waiting: like a real service, nothing more is sent to it.
      if (request.socket.destroyed) return;
    }

    if (request.headers.authorization !== `Bearer ${this.options.accessToken}`) {
      throw new HttpError(401, 'missing or wrong access token');
    }
    this.route(method, path, parseJson(text), response);
  }

  private route(method: string, path: string, body: unknown, response: http.ServerResponse): void {
    if (path === TIMERS_PATH) {
      if (method === 'POST') send(response, 200, this.create(validTimerRequest(body, this.locale)));
      else if (method === 'GET') send(response, 200, this.list());
      else if (method === 'DELETE') this.cancel([...this.running.keys()], response);
      else throw new HttpError(405);
      return;
    }
    const id = path.startsWith(`${TIMERS_PATH}/`)
      ? decodeURIComponent(path.slice(TIMERS_PATH.length + 1))
      : '';
    if (!id || id.includes('/')) throw new HttpError(404, 'no such resource', 'NOT_FOUND');
    const timer = this.running.get(id);
    if (!timer) throw new HttpError(404, `no timer ${id}`, 'TIMER_NOT_FOUND');
    if (method === 'GET') send(response, 200, timer.response);
    else if (method === 'DELETE') this.cancel([id], response);
    else throw new HttpError(405);
  }

  private create(request: TimerRequest): TimerResponse {
    if (this.running.size >= this.maxTimers) {
      throw new HttpError(400, `at most ${this.maxTimers} timers at once`, 'MAX_TIMERS_EXCEEDED');
    }
    const id = randomUUID();
    const now = new Date();
    const delay = (durationMs(request.duration) ?? 0) / this.timeScale;
    const response: TimerResponse = {
      id,
      status: 'ON',
      duration: request.duration,
      timerLabel: request.timerLabel,
      // When this fake will fire it: with a time scale, sooner than the duration says.
      triggerTime: new Date(now.getTime() + delay).toISOString(),
      createdTime: now.toISOString(),
      updatedTime: now.toISOString(),
    };
    const fire = setTimeout(() => {
      this.running.delete(id);
      this.emit('timer', {
        id,
        label: request.timerLabel,
        announce: announcementFor(request, this.locale),
        firesAt: new Date().toISOString(),
      });
      this.settleIdle();
    }, delay);
    this.running.set(id, { response, fire });
    return response;
  }

  private list(): services.timerManagement.TimersResponse {
    const timers = this.timers.sort((a, b) => (a.triggerTime ?? '').localeCompare(b.triggerTime ?? ''));
    return { totalCount: timers.length, timers, nextToken: undefined };
  }

  private cancel(ids: readonly string[], response: http.ServerResponse): void {
    for (const id of ids) {
      clearTimeout(this.running.get(id)?.fire);
      this.running.delete(id);
    }
    this.settleIdle();
    send(response, 200);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const delay = setTimeout(() => {
        this.delays.delete(delay);
        resolve();
      }, ms);
      this.delays.add(delay);
    });
  }

  private settleIdle(): void {
    if (this.running.size > 0) return;
    for (const resolve of this.idleWaiters) resolve();
    this.idleWaiters = [];
  }
}

/** For the request log only: a body that is not JSON is kept as text. */
function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
