import { type Skill, SkillBuilders } from 'ask-sdk-core';
import { errorHandler, REQUEST_HANDLERS } from './handlers';
import { DeadlineApiClient } from './timers';

/** With a skill id, requests from any other skill are refused before a handler runs. */
export function buildSkill(skillId: string | undefined = process.env.SKILL_ID): Skill {
  const builder = SkillBuilders.custom()
    .addRequestHandlers(...REQUEST_HANDLERS)
    .addErrorHandlers(errorHandler)
    // Service calls (the Timers API) give up in time for the reply to beat Alexa's 8-second limit.
    .withApiClient(new DeadlineApiClient())
    .withCustomUserAgent('back-spasm-coach');
  if (skillId) builder.withSkillId(skillId);
  return builder.create();
}
