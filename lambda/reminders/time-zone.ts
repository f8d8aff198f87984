/**
 * The user's time zone, from the device settings API (no permission needed). A reminder is never
 * set in a guessed zone: no zone set, or one Intl does not know, is said so to the user.
 */
import type { HandlerInput } from 'ask-sdk-core';
import { callService } from '../services/call';
import { isTimeZoneId } from './local-time';

export type TimeZone = { known: true; zone: string } | { known: false; reason: 'unset' | 'unreachable' };

export async function readTimeZone(input: HandlerInput): Promise<TimeZone> {
  const deviceId = input.requestEnvelope.context?.System?.device?.deviceId ?? '';
  const read = await callService(input, 'settings', 'time-zone', (clients) =>
    clients.getUpsServiceClient().getSystemTimeZone(deviceId),
  );
  if (!read.ok) return { known: false, reason: 'unreachable' };
  // No zone set comes back as 204 No Content: no body at all.
  return isTimeZoneId(read.value) ? { known: true, zone: read.value } : { known: false, reason: 'unset' };
}
