/** A Dialogue wired to a real loopback fake of the Alexa service APIs, for the reminder flows. */
import type { services } from 'ask-sdk-model';
import { REMINDERS_PERMISSION } from '../../console/consent';
import type { FakeAlexaApis, FakeAlexaApisOptions } from '../../devtools/fake-alexa-apis';
import { ACCESS_TOKEN, CONSENT_TOKEN, startAlexaApis } from '../support/alexa-apis';
import { Dialogue } from '../support/dialogue';

export { answerConsent, closedEndpoint } from '../support/alexa-apis';

export const REMINDERS_PATH = '/v1/alerts/reminders';

const ZONES = [
  'Pacific/Auckland',
  'Asia/Kolkata',
  'Europe/London',
  'America/New_York',
  'America/Los_Angeles',
];

/** The date on the wall clock in `zone` (en-CA writes dates as YYYY-MM-DD), worked out apart from the skill. */
export function dateIn(zone: string, daysAhead = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + daysAhead);
  return date.toISOString().slice(0, 10);
}

function hourIn(zone: string): number {
  return Number(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
}

/** A zone where it is daytime now: no test day can roll over at midnight while a test runs. */
export const DAYTIME_ZONE = ZONES.find((zone) => hourIn(zone) >= 6 && hourIn(zone) < 18) ?? 'Europe/London';

export function startRemindersApi(options: Partial<FakeAlexaApisOptions> = {}): Promise<FakeAlexaApis> {
  return startAlexaApis({ timeZone: DAYTIME_ZONE, ...options });
}

/** A device whose service calls go to `apiEndpoint`; with `granted`, the user has allowed reminders (only). */
export function deviceFor(apiEndpoint: string, { granted = true, locale = 'en-US' } = {}): Dialogue {
  return new Dialogue({
    apiEndpoint,
    apiAccessToken: ACCESS_TOKEN,
    locale,
    ...(granted ? { consentToken: CONSENT_TOKEN, scopes: { [REMINDERS_PERMISSION]: 'GRANTED' } } : {}),
  });
}

/** What the skill asked the Reminders API to create, as the fake received it. */
export function createdBodies(api: FakeAlexaApis): services.reminderManagement.ReminderRequest[] {
  return api.requests
    .filter((request) => request.method === 'POST' && request.path === REMINDERS_PATH)
    .map((request) => request.body as services.reminderManagement.ReminderRequest);
}
