/**
 * The Timers API part of the fake (POST/GET/DELETE /v1/alerts/timers[/{id}]): validates bodies as
 * the real service would refuse them, keeps the timers, and fires them at their (scaled) time.
 */
import { randomUUID } from 'node:crypto';
import type { services } from 'ask-sdk-model';
import { type Alarms, HttpError, invalid, isRecord, type Reply, Settling } from './http';

type TimerRequest = services.timerManagement.TimerRequest;
type TimerResponse = services.timerManagement.TimerResponse;

/** A timer going off: what Alexa would do on the device. */
export interface FiredTimer {
  id: string;
  label: string | undefined;
  /** The announcement for the device's locale; undefined for a timer that only chimes or launches a task. */
  announce: string | undefined;
  firesAt: string;
}

/** The longest timer this fake accepts. */
export const MAX_DURATION_MS = 2 * 60 * 60 * 1000;

export const TIMERS_PATH = '/v1/alerts/timers';

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

interface RunningTimer {
  response: TimerResponse;
  cancel: () => void;
}

export interface FakeTimersOptions {
  locale: string;
  timeScale: number;
  /** Timers allowed at once; one more is refused with a 400, as the real service does. */
  maxTimers: number;
}

export class FakeTimers {
  private readonly running = new Map<string, RunningTimer>();
  private readonly idle = new Settling(() => this.running.size === 0);

  constructor(
    private readonly options: FakeTimersOptions,
    private readonly alarms: Alarms,
    private readonly fired: (timer: FiredTimer) => void,
  ) {}

  /** The timers not yet gone off or cancelled. */
  get timers(): TimerResponse[] {
    return [...this.running.values()].map((timer) => timer.response);
  }

  /** Answers a request under /v1/alerts/timers; `id` is the rest of the path, if any. */
  route(method: string, id: string | undefined, body: unknown): Reply {
    if (id === undefined) {
      if (method === 'POST')
        return { status: 200, body: this.create(validTimerRequest(body, this.options.locale)) };
      if (method === 'GET') return { status: 200, body: this.list() };
      if (method === 'DELETE') return this.cancel([...this.running.keys()]);
      throw new HttpError(405);
    }
    const timer = this.running.get(id);
    if (!timer) throw new HttpError(404, `no timer ${id}`, 'TIMER_NOT_FOUND');
    if (method === 'GET') return { status: 200, body: timer.response };
    if (method === 'DELETE') return this.cancel([id]);
    throw new HttpError(405);
  }

  /** Resolves once every timer has gone off or been cancelled. */
  whenIdle(): Promise<void> {
    return this.idle.wait();
  }

  close(): void {
    this.running.clear();
    this.idle.check();
  }

  private create(request: TimerRequest): TimerResponse {
    if (this.running.size >= this.options.maxTimers) {
      throw new HttpError(400, `at most ${this.options.maxTimers} timers at once`, 'MAX_TIMERS_EXCEEDED');
    }
    const id = randomUUID();
    const now = new Date();
    const delay = (durationMs(request.duration) ?? 0) / this.options.timeScale;
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
    const cancel = this.alarms.after(delay, () => {
      this.running.delete(id);
      this.fired({
        id,
        label: request.timerLabel,
        announce: announcementFor(request, this.options.locale),
        firesAt: new Date().toISOString(),
      });
      this.idle.check();
    });
    this.running.set(id, { response, cancel });
    return response;
  }

  private list(): services.timerManagement.TimersResponse {
    const timers = this.timers.sort((a, b) => (a.triggerTime ?? '').localeCompare(b.triggerTime ?? ''));
    return { totalCount: timers.length, timers, nextToken: undefined };
  }

  private cancel(ids: readonly string[]): Reply {
    for (const id of ids) {
      this.running.get(id)?.cancel();
      this.running.delete(id);
    }
    this.idle.check();
    return { status: 200 };
  }
}
