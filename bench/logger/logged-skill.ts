/** The minimal skill with one structured log line per request, written by whichever logger is given. */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { RequestLog } from '../../lambda/log';
import { minimalSkill } from '../baseline/minimal-skill';

export function loggedHandler(log: (entry: RequestLog) => void) {
  return async (event: RequestEnvelope): Promise<ResponseEnvelope> => {
    const started = performance.now();
    const response = await minimalSkill.invoke(event);
    log({ requestType: event.request.type, outcome: 'ok', latencyMs: performance.now() - started });
    return response;
  };
}
