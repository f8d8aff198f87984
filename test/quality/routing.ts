/** Which of the skill's request handlers ask-sdk-core picks for a request, without running it. */
import { type RequestHandler, SkillBuilders } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { REQUEST_HANDLERS } from '../../lambda/handlers';

/** The SDK's own router does the choosing; `handle` is replaced so no side effect (timers, APIs) runs. */
export async function routeOf(request: RequestEnvelope): Promise<RequestHandler | undefined> {
  let chosen: RequestHandler | undefined;
  const traced = REQUEST_HANDLERS.map(
    (handler): RequestHandler => ({
      canHandle: (input) => handler.canHandle(input),
      handle: (input) => {
        chosen = handler;
        return input.responseBuilder.getResponse();
      },
    }),
  );
  await SkillBuilders.custom()
    .addRequestHandlers(...traced)
    .create()
    .invoke(request)
    // No route at all makes the SDK throw; `undefined` says so to the caller.
    .catch(() => undefined);
  return chosen;
}
