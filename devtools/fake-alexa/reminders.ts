/**
 * The Reminders API part of the fake (POST/GET /v1/alerts/reminders, GET/DELETE
 * /v1/alerts/reminders/{alertToken}): validates the body the way Amazon documents it, keeps the
 * reminders with the real JSON shapes, and fires them at their (scaled) time in their time zone.
 * Stricter than the service on purpose: a time zone id is required, and the deprecated recurrence
 * form (freq, byDay) is refused, so the tests prove the skill sends the current one.
 */
import { randomUUID } from 'node:crypto';
import type { services } from 'ask-sdk-model';
import { type Alarms, HttpError, invalid, isRecord, type Reply, Settling } from './http';
import { addLocalDays, instantOf, isWallClock, isZone } from './wall-clock';

type Reminder = services.reminderManagement.Reminder;
type Trigger = services.reminderManagement.Trigger;

export const REMINDERS_PATH = '/v1/alerts/reminders';

/** What happened to a reminder, with its text and its trigger exactly as the skill sent them. */
export interface ReminderEvent {
  action: 'created' | 'deleted' | 'fired';
  id: string;
  text: string | undefined;
  trigger: Trigger;
}

/** One rule of `recurrenceRules`: how often, and at what time of day. */
interface Rule {
  everyDays: number;
  hour: number;
  minute: number;
}

function readRule(rule: unknown): Rule {
  if (typeof rule !== 'string') throw invalid('recurrenceRules must be strings', 'INVALID_RECURRENCE');
  const parts = new Map(
    rule
      .split(';')
      .filter(Boolean)
      .map((part) => part.split('=') as [string, string | undefined]),
  );
  const hour = Number(parts.get('BYHOUR'));
  const minute = Number(parts.get('BYMINUTE') ?? 0);
  const freq = parts.get('FREQ');
  if ((freq !== 'DAILY' && freq !== 'WEEKLY') || !(hour >= 0 && hour <= 23) || !(minute >= 0 && minute <= 59))
    throw invalid(`not a recurrence rule this fake knows: ${rule}`, 'INVALID_RECURRENCE');
  return { everyDays: freq === 'DAILY' ? 1 : 7, hour, minute };
}

function validTrigger(trigger: unknown, now: number): Trigger {
  if (!isRecord(trigger)) throw invalid('trigger is required', 'INVALID_TRIGGER');
  if (trigger.type === 'SCHEDULED_RELATIVE') {
    const offset = trigger.offsetInSeconds;
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset <= 0)
      throw invalid('offsetInSeconds must be a positive whole number', 'INVALID_TRIGGER');
    return trigger as Trigger;
  }
  if (trigger.type !== 'SCHEDULED_ABSOLUTE')
    throw invalid('trigger.type must be SCHEDULED_ABSOLUTE or SCHEDULED_RELATIVE', 'INVALID_TRIGGER');
  if (!isWallClock(trigger.scheduledTime))
    throw invalid(
      'scheduledTime must be a local ISO-8601 time, without an offset',
      'INVALID_TRIGGER_SCHEDULED_TIME_FORMAT',
    );
  if (!isZone(trigger.timeZoneId)) throw invalid('timeZoneId must be an IANA time zone', 'INVALID_TIME_ZONE');
  const recurrence = trigger.recurrence;
  if (recurrence === undefined) {
    if (instantOf(trigger.scheduledTime, trigger.timeZoneId) <= now)
      throw invalid('scheduledTime is in the past', 'INVALID_TRIGGER');
    return trigger as Trigger;
  }
  if (!isRecord(recurrence)) throw invalid('recurrence must be an object', 'INVALID_RECURRENCE');
  if (recurrence.freq !== undefined || recurrence.byDay !== undefined)
    throw invalid(
      'freq and byDay are deprecated: use startDateTime and recurrenceRules',
      'INVALID_RECURRENCE',
    );
  if (!isWallClock(recurrence.startDateTime))
    throw invalid('recurrence.startDateTime must be a local ISO-8601 time', 'INVALID_RECURRENCE');
  if (!Array.isArray(recurrence.recurrenceRules) || recurrence.recurrenceRules.length === 0)
    throw invalid('recurrence.recurrenceRules must list at least one rule', 'INVALID_RECURRENCE');
  recurrence.recurrenceRules.forEach(readRule);
  return trigger as Trigger;
}

/** The body, checked the way the service documents it: a trigger, and text for the device's locale. */
function validReminderRequest(
  body: unknown,
  locale: string,
  now: number,
): services.reminderManagement.ReminderRequest {
  if (!isRecord(body)) throw invalid('body must be a JSON object');
  if (body.requestTime !== undefined && !isWallClock(body.requestTime))
    throw invalid('requestTime must be a local ISO-8601 time');
  const trigger = validTrigger(body.trigger, now);
  const spoken =
    isRecord(body.alertInfo) && isRecord(body.alertInfo.spokenInfo) ? body.alertInfo.spokenInfo : {};
  const content: unknown[] = Array.isArray(spoken.content) ? spoken.content : [];
  const entry = content.find((candidate) => isRecord(candidate) && candidate.locale === locale);
  const text = isRecord(entry) ? entry.text : undefined;
  if (typeof text !== 'string' || text.trim() === '')
    throw invalid(`alertInfo.spokenInfo.content has no text for ${locale}`, 'INVALID_ALERT_INFO');
  const push = body.pushNotification;
  if (push !== undefined && !(isRecord(push) && (push.status === 'ENABLED' || push.status === 'DISABLED')))
    throw invalid('pushNotification.status must be ENABLED or DISABLED');
  return { ...(body as services.reminderManagement.ReminderRequest), trigger };
}

/** The wall-clock times a reminder goes off, the first at or after `now`. */
function* occurrences(trigger: Trigger, now: number): Generator<number> {
  const zone = trigger.timeZoneId ?? 'UTC';
  if (trigger.type === 'SCHEDULED_RELATIVE') {
    yield now + (trigger.offsetInSeconds ?? 0) * 1000;
    return;
  }
  const start = trigger.recurrence?.startDateTime;
  if (!start) {
    yield instantOf(trigger.scheduledTime ?? '', zone);
    return;
  }
  const rules = (trigger.recurrence?.recurrenceRules ?? []).map(readRule);
  const hhmm = (rule: Rule) =>
    `${String(rule.hour).padStart(2, '0')}:${String(rule.minute).padStart(2, '0')}`;
  for (let day = 0; ; day += 1) {
    const times = rules
      .filter((rule) => day % rule.everyDays === 0)
      .map((rule) => instantOf(`${addLocalDays(start, day).slice(0, 11)}${hhmm(rule)}:00`, zone))
      .filter((instant) => instant >= Math.max(now, instantOf(start, zone)))
      .sort((a, b) => a - b);
    yield* times;
  }
}

interface Kept {
  reminder: Reminder;
  cancel: () => void;
  firedOnce: boolean;
}

export interface FakeRemindersOptions {
  locale: string;
  timeScale: number;
}

export class FakeReminders {
  private readonly kept = new Map<string, Kept>();
  private readonly allFired = new Settling(() => [...this.kept.values()].every((kept) => kept.firedOnce));

  constructor(
    private readonly options: FakeRemindersOptions,
    private readonly alarms: Alarms,
    private readonly event: (event: ReminderEvent) => void,
  ) {}

  /** Every reminder held, gone off or not, as GET lists them. */
  get reminders(): Reminder[] {
    return [...this.kept.values()].map((kept) => kept.reminder);
  }

  /** Answers a request under /v1/alerts/reminders; `id` is the rest of the path, if any. */
  route(method: string, id: string | undefined, body: unknown): Reply {
    if (id === undefined) {
      if (method === 'POST') return { status: 200, body: this.create(body) };
      if (method === 'GET')
        return {
          status: 200,
          body: { totalCount: String(this.kept.size), alerts: this.reminders, links: null },
        };
      throw new HttpError(405);
    }
    const kept = this.kept.get(id);
    if (!kept) throw new HttpError(404, `no reminder ${id}`, 'NOT_FOUND');
    if (method === 'GET') return { status: 200, body: kept.reminder };
    if (method !== 'DELETE') throw new HttpError(405);
    kept.cancel();
    this.kept.delete(id);
    this.emit('deleted', kept.reminder);
    this.allFired.check();
    return { status: 200 };
  }

  /** Resolves once every reminder has gone off at least once (or been deleted). */
  whenFired(): Promise<void> {
    return this.allFired.wait();
  }

  close(): void {
    this.kept.clear();
    this.allFired.check();
  }

  private create(body: unknown): services.reminderManagement.ReminderResponse {
    const now = Date.now();
    const request = validReminderRequest(body, this.options.locale, now);
    const alertToken = randomUUID();
    const at = new Date(now).toISOString();
    const reminder: Reminder = {
      alertToken,
      createdTime: at,
      updatedTime: at,
      status: 'ON',
      trigger: request.trigger,
      alertInfo: request.alertInfo,
      pushNotification: request.pushNotification ?? { status: 'ENABLED' },
      version: '1',
    };
    const kept: Kept = { reminder, cancel: () => {}, firedOnce: false };
    this.kept.set(alertToken, kept);
    this.emit('created', reminder);
    this.schedule(kept, occurrences(reminder.trigger ?? {}, now), now);
    return {
      alertToken,
      createdTime: at,
      updatedTime: at,
      status: 'ON',
      version: '1',
      href: `${REMINDERS_PATH}/${alertToken}`,
    };
  }

  /**
   * Waits for the next occurrence after `since`, `timeScale` times faster than real time. A one-off
   * reminder is then COMPLETED (the service keeps it a few days); a recurring one waits for the next.
   */
  private schedule(kept: Kept, times: Generator<number>, since: number): void {
    const next = times.next();
    if (next.done) return;
    kept.cancel = this.alarms.after((next.value - since) / this.options.timeScale, () => {
      kept.firedOnce = true;
      const recurring = kept.reminder.trigger?.recurrence !== undefined;
      if (!recurring) kept.reminder.status = 'COMPLETED';
      this.emit('fired', kept.reminder);
      this.allFired.check();
      if (recurring) this.schedule(kept, times, next.value);
    });
  }

  private emit(action: ReminderEvent['action'], reminder: Reminder): void {
    const text = reminder.alertInfo?.spokenInfo?.content.find(
      (entry) => entry.locale === this.options.locale,
    )?.text;
    this.event({ action, id: reminder.alertToken ?? '', text, trigger: reminder.trigger ?? {} });
  }
}
