/**
 * One loopback stand-in for the Alexa service APIs the skill calls, for the tests and the local
 * console; never bundled into the Lambda:
 *   - Timers: POST/GET/DELETE /v1/alerts/timers[/{id}] (fake-alexa/timers.ts)
 *   - Reminders: POST/GET /v1/alerts/reminders, GET/DELETE /v1/alerts/reminders/{alertToken}
 *     (fake-alexa/reminders.ts)
 *   - the device's time zone: GET /v2/devices/{deviceId}/settings/System.timeZone
 *
 * Like the real services it checks the Bearer token and the request body, keeps state and answers
 * with the same JSON shapes (errors as { code, message }). Unlike them, it can be told to misbehave
 * (`failNext`), runs its clock faster (`timeScale`), and emits a `timer` or `reminder` event for
 * what would happen on the device.
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Alarms, HttpError, parseJson, type Reply, readBody, safeJson, send } from './fake-alexa/http';
import { FakeReminders, REMINDERS_PATH, type ReminderEvent } from './fake-alexa/reminders';
import { FakeTimers, type FiredTimer, TIMERS_PATH } from './fake-alexa/timers';

export type { ReminderEvent } from './fake-alexa/reminders';
export { durationMs, type FiredTimer, MAX_DURATION_MS } from './fake-alexa/timers';

export interface FakeAlexaApisOptions {
  /** The apiAccessToken the skill was given: requests must carry it as `Authorization: Bearer …`. */
  accessToken: string;
  /** The device's locale: a timer announcement and a reminder's text must exist for it. */
  locale?: string;
  /** How many times faster than real time timers and reminders run: 60 makes twenty minutes last twenty seconds. */
  timeScale?: number;
  /** Timers allowed at once; one more is refused with a 400, as the real service does. */
  maxTimers?: number;
  /** The device's time zone setting; null for none set (the API answers 204 No Content). */
  timeZone?: string | null;
  /** The device whose settings can be read; any device when not given. */
  deviceId?: string;
}

/**
 * What one request gets instead of a normal answer: a status (with the service's error body, or
 * the body given), a delay before the normal answer, or a dropped connection.
 */
export type Fault = { status: number; body?: unknown } | { delayMs: number } | { drop: true };

/** A request as it arrived, without its headers (the token stays out of test output). */
export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

const TIME_ZONE_PATH = /^\/v2\/devices\/([^/]+)\/settings\/System\.timeZone$/;

/** The id after `base/` in `path`; undefined for `base` itself; null when the path is not under `base`. */
function idUnder(path: string, base: string): string | undefined | null {
  if (path === base) return undefined;
  if (!path.startsWith(`${base}/`)) return null;
  const id = decodeURIComponent(path.slice(base.length + 1));
  if (!id || id.includes('/')) throw new HttpError(404, 'no such resource', 'NOT_FOUND');
  return id;
}

export class FakeAlexaApis extends EventEmitter<{ timer: [FiredTimer]; reminder: [ReminderEvent] }> {
  /** Every request, in order, for tests that check what the skill sent. */
  readonly requests: RecordedRequest[] = [];
  /** The device's time zone setting; change it between requests to test how the skill copes. */
  timeZone: string | null;
  private readonly faults: { fault: Fault; path?: string }[] = [];
  private readonly alarms = new Alarms();
  private readonly timerStore: FakeTimers;
  private readonly reminderStore: FakeReminders;

  private constructor(
    private readonly server: http.Server,
    private readonly options: FakeAlexaApisOptions,
  ) {
    super();
    const locale = options.locale ?? 'en-US';
    const timeScale = options.timeScale ?? 1;
    this.timeZone = options.timeZone === undefined ? 'America/New_York' : options.timeZone;
    this.timerStore = new FakeTimers(
      { locale, timeScale, maxTimers: options.maxTimers ?? 5 },
      this.alarms,
      (fired) => this.emit('timer', fired),
    );
    this.reminderStore = new FakeReminders({ locale, timeScale }, this.alarms, (event) =>
      this.emit('reminder', event),
    );
    server.on('request', (request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        const failure = error instanceof HttpError ? error : new HttpError(500);
        if (!response.headersSent)
          send(response, { status: failure.status, body: { code: failure.code, message: failure.message } });
      });
    });
  }

  /** Listens on 127.0.0.1 at a free port. */
  static async start(options: FakeAlexaApisOptions): Promise<FakeAlexaApis> {
    const server = http.createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new FakeAlexaApis(server, options);
  }

  /** The apiEndpoint to put in the request envelope. */
  get url(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /**
   * The next `times` requests get `fault` instead of a normal answer (a delay is followed by one);
   * with `path`, only requests whose path starts with it ("/v1/alerts/reminders").
   */
  failNext(fault: Fault, times = 1, path?: string): void {
    for (let i = 0; i < times; i += 1) this.faults.push(path === undefined ? { fault } : { fault, path });
  }

  /** The timers not yet gone off or cancelled. */
  get timers() {
    return this.timerStore.timers;
  }

  /** Every reminder held, ON or COMPLETED, as the API lists them. */
  get reminders() {
    return this.reminderStore.reminders;
  }

  /** Resolves once every timer has gone off or been cancelled. */
  whenTimersIdle(): Promise<void> {
    return this.timerStore.whenIdle();
  }

  /** Resolves once every reminder has gone off at least once, or been deleted. */
  whenRemindersFired(): Promise<void> {
    return this.reminderStore.whenFired();
  }

  async close(): Promise<void> {
    this.alarms.clear();
    this.timerStore.close();
    this.reminderStore.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private takeFault(path: string): Fault | undefined {
    const index = this.faults.findIndex((entry) => entry.path === undefined || path.startsWith(entry.path));
    return index < 0 ? undefined : this.faults.splice(index, 1)[0]?.fault;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://fake').pathname;
    const method = request.method ?? 'GET';
    const text = await readBody(request);
    this.requests.push({ method, path, body: text === '' ? undefined : safeJson(text) });

    const fault = this.takeFault(path);
    if (fault && 'drop' in fault) {
      request.socket.destroy();
      return;
    }
    if (fault && 'status' in fault) {
      if (fault.body === undefined) throw new HttpError(fault.status);
      send(response, { status: fault.status, body: fault.body });
      return;
    }
    if (fault && 'delayMs' in fault) {
      await new Promise<void>((resolve) => this.alarms.after(fault.delayMs, resolve));
      // The caller gave up waiting: like a real service, nothing more is sent to it.
      if (request.socket.destroyed) return;
    }

    if (request.headers.authorization !== `Bearer ${this.options.accessToken}`) {
      throw new HttpError(401, 'missing or wrong access token');
    }
    send(response, this.route(method, path, parseJson(text)));
  }

  private route(method: string, path: string, body: unknown): Reply {
    const timer = idUnder(path, TIMERS_PATH);
    if (timer !== null) return this.timerStore.route(method, timer, body);
    const reminder = idUnder(path, REMINDERS_PATH);
    if (reminder !== null) return this.reminderStore.route(method, reminder, body);
    const device = TIME_ZONE_PATH.exec(path)?.[1];
    if (device === undefined) throw new HttpError(404, 'no such resource', 'NOT_FOUND');
    if (method !== 'GET') throw new HttpError(405);
    if (this.options.deviceId !== undefined && decodeURIComponent(device) !== this.options.deviceId)
      throw new HttpError(404, 'no such device', 'DEVICE_NOT_FOUND');
    // No time zone set: "No Content", as the Settings API answers a setting it has no value for.
    return this.timeZone === null ? { status: 204 } : { status: 200, body: this.timeZone };
  }
}
