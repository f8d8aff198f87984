import { type Skill, SkillBuilders } from 'ask-sdk-core';
import { loadState, persistState } from './conversation/store';
import { errorHandler, REQUEST_HANDLERS } from './handlers';
import { asOneHandler } from './handlers/route';
import { DeadlineApiClient } from './services/api-client';

/** Requests for another skill never get here: lambda/index.ts refuses them first. */
export function buildSkill(): Skill {
  return (
    SkillBuilders.custom()
      .addRequestInterceptors(loadState)
      .addRequestHandlers(asOneHandler(REQUEST_HANDLERS))
      .addResponseInterceptors(persistState)
      .addErrorHandlers(errorHandler)
      // Service calls (timers, reminders) give up in time for the reply to beat Alexa's 8-second limit.
      .withApiClient(new DeadlineApiClient())
      .withCustomUserAgent('back-spasm-coach')
      .create()
  );
}
