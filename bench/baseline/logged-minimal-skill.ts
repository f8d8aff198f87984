/**
 * The warm bench's baseline: the minimal skill writing the same one JSON log line per request as ours
 * (lambda/log.ts, with the fields lambda/index.ts gives it for a LaunchRequest), since a production
 * skill logs. Without it, most of the difference the bench shows would be the log line's write.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { logRequest, startClock } from '../../lambda/log';
import { minimalSkill } from './minimal-skill';

export async function handler(event: RequestEnvelope): Promise<ResponseEnvelope> {
  const elapsed = startClock();
  const response = await minimalSkill.invoke(event);
  logRequest({
    requestType: event.request.type,
    outcome: 'ok',
    latencyMs: elapsed(),
    locale: event.request.locale,
    newSession: event.session?.new,
  });
  return response;
}
