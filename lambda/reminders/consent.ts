/**
 * Permission to set reminders, asked by voice (see services/consent.ts). The token carries what the
 * user asked for, and their situation, across Alexa's consent dialog: that session starts empty.
 */
import type { interfaces, RequestEnvelope } from 'ask-sdk-model';
import { isSituationId, type SituationId } from '../content';
import { askForPermission, consentFields, consentToken, hasPermission } from '../services/consent';
import { readWanted, type Wanted, writeWanted } from './wanted';

export const REMINDERS_PERMISSION = 'alexa::alerts:reminders:skill:readwrite';

/** Echoed back in the Connections.Response: what the permission was asked for. */
const PURPOSE = 'reminder';

export function hasRemindersPermission(envelope: RequestEnvelope): boolean {
  return hasPermission(envelope, REMINDERS_PERMISSION);
}

export function askForReminders(
  wanted: Wanted,
  situation: SituationId | undefined,
): interfaces.connections.SendRequestDirective {
  return askForPermission(
    REMINDERS_PERMISSION,
    consentToken(PURPOSE, [situation ?? '', ...writeWanted(wanted)]),
  );
}

/** Whether this Connections.Response answers the skill's question about reminders. */
export function isRemindersConsent(envelope: RequestEnvelope): boolean {
  return consentFields(envelope, PURPOSE) !== undefined;
}

/** What the user had asked for, and the situation they had told, before Alexa's consent dialog. */
export function askedBeforeConsent(envelope: RequestEnvelope): { wanted?: Wanted; situation?: SituationId } {
  const [situation, ...fields] = consentFields(envelope, PURPOSE) ?? [];
  const wanted = readWanted(fields);
  if (!wanted) return {};
  return isSituationId(situation) ? { wanted, situation } : { wanted };
}
