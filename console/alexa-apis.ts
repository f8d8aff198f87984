/**
 * The console's side of the Alexa service APIs: runs the loopback fake (timers, reminders, the
 * device's time zone) for the console's device, grants permissions on request, and words what
 * happens on the device: a timer going off, a reminder set, deleted or going off.
 */
import { FakeAlexaApis, type FiredTimer, type ReminderEvent } from '../devtools/fake-alexa-apis';
import { grant, REMINDERS_PERMISSION, TIMERS_PERMISSION } from './consent';
import type { DeviceContext } from './envelope';

export interface ConsoleApisOptions {
  /** Start with the timers permission already given. */
  grantTimers: boolean;
  /** Start with the reminders permission already given. */
  grantReminders: boolean;
  /** The device's time zone setting; null for none. */
  timeZone: string | null;
  /** Run timers and reminders this many times faster than real time. */
  timeScale: number;
}

/** Starts the fake for `device` and points the device's apiEndpoint (and, if granted, consent) at it. */
export async function startConsoleApis(
  device: DeviceContext,
  { grantTimers, grantReminders, timeZone, timeScale }: ConsoleApisOptions,
): Promise<FakeAlexaApis> {
  const api = await FakeAlexaApis.start({
    accessToken: device.apiAccessToken,
    locale: device.locale,
    deviceId: device.deviceId,
    timeZone,
    timeScale,
  });
  device.apiEndpoint = api.url;
  if (grantTimers) grant(device, TIMERS_PERMISSION);
  if (grantReminders) grant(device, REMINDERS_PERMISSION);
  return api;
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

const REMINDER_ACTIONS: Readonly<Record<ReminderEvent['action'], string>> = {
  created: 'reminder set',
  deleted: 'reminder deleted',
  fired: "Here's your reminder",
};

/** What the fake did with a reminder: a line to read, or a JSON line with the trigger as the skill sent it. */
export function reminderEventLine({ action, id, text, trigger }: ReminderEvent, json: boolean): string {
  if (json) return JSON.stringify({ event: 'reminder', action, id, text, trigger });
  const when = trigger.recurrence
    ? `${trigger.recurrence.recurrenceRules?.join(' ')} from ${trigger.recurrence.startDateTime}`
    : trigger.scheduledTime;
  const where = trigger.timeZoneId ? ` ${trigger.timeZoneId}` : '';
  return action === 'fired'
    ? `🔔 ${REMINDER_ACTIONS[action]}: ${text ?? ''}`
    : `  (${REMINDER_ACTIONS[action]}: "${text ?? ''}" ${when}${where})`;
}
