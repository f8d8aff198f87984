/**
 * What an unexpected request gets, class by class, from the built bundle as Lambda runs it: speech
 * only where Alexa allows it, another skill's request refused, no forged attribute echoed, "repeat"
 * rendered from content, Alexa service replies distrusted, and only known names in the logs.
 */
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  connectionsResponse,
  intentRequest,
  launchRequest,
  newDeviceContext,
  SKILL_ID,
  sessionEndedRequest,
} from '../../console/envelope';
import { loadBundledHandler, type SkillHandler } from '../../console/skill-handler';
import { ssmlToText } from '../../console/ssml';
import { ssmlOf } from '../../console/turn';
import { PHRASES, TIMER_PHRASES } from '../../lambda/content';
import { toSsml } from '../../lambda/ssml';
import { type CraftedService, craftedService, endless, json } from '../support/crafted-service';
import { expectWellFormedResponse } from '../support/response-checks';
import { type CapturedLogs, captureLogs } from './captured-logs';

let bundle: SkillHandler;
let logs: CapturedLogs;

beforeAll(async () => {
  bundle = await loadBundledHandler();
});
beforeEach(() => {
  logs = captureLogs();
});
afterEach(() => logs.restore());

/** The JSON lines the skill logged. */
function logged(): Record<string, unknown>[] {
  return logs.lines.flatMap((line) => {
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

/** What Alexa says, as words. */
function spoken(envelope: ResponseEnvelope): string {
  return ssmlToText(ssmlOf(envelope.response.outputSpeech));
}

/** A request of any type, built on a real launch envelope. */
function requestOfType(type: string, fields: Record<string, unknown> = {}): RequestEnvelope {
  const envelope = launchRequest(newDeviceContext());
  return { ...envelope, request: { ...envelope.request, type, ...fields } as RequestEnvelope['request'] };
}

/** A 1 MB blob in the shape of our state, and beside it. */
const FORGED = {
  v: 2,
  depth: 0,
  declined: 0,
  blob: 'x'.repeat(1024 * 1024),
  last: { say: [{ phrase: 'welcome' }], reprompt: { phrase: 'x'.repeat(100_000) } },
};

describe('requests Alexa speaks no reply to', () => {
  it.each([
    [
      'System.ExceptionEncountered',
      { error: { type: 'INVALID_RESPONSE', message: 'bad' }, cause: { requestId: 'r' } },
    ],
    ['AudioPlayer.PlaybackStarted', { token: 't', offsetInMilliseconds: 0 }],
    ['AudioPlayer.PlaybackFailed', { token: 't', error: { type: 'MEDIA_ERROR_UNKNOWN', message: 'x' } }],
    ['PlaybackController.PlayCommandIssued', {}],
    ['Messaging.MessageReceived', { message: { any: 'thing' } }],
    ['CanFulfillIntentRequest', { intent: { name: 'IceOrHeatIntent', confirmationStatus: 'NONE' } }],
  ])('get an empty response to %s, and one log line naming it', async (type, fields) => {
    // Prepare
    const request = requestOfType(type, fields);
    // Act
    const envelope = await bundle(request);
    // Assess
    expect(envelope.response).toEqual({});
    await expectWellFormedResponse(envelope, type);
    expect(logged().map((line) => [line.message, line.requestType])).toEqual([['request', type]]);
  });
});

describe('a request signed for another skill', () => {
  it('fails the invocation, says nothing, and logs one warning without the other skill id', async () => {
    // Prepare
    const ours = await loadBundledHandler(undefined, SKILL_ID);
    const theirs = launchRequest(newDeviceContext());
    const foreignId = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';
    if (theirs.context) theirs.context.System.application.applicationId = foreignId;
    // Act
    const outcome = ours(theirs);
    // Assess
    await expect(outcome).rejects.toThrow('another skill');
    expect(logged().map((line) => line.level)).toEqual(['WARN']);
    expect(logs.lines.join('\n')).not.toContain(foreignId);
  });

  it('is told apart from one signed for this skill, which is answered', async () => {
    const ours = await loadBundledHandler(undefined, SKILL_ID);

    const envelope = await ours(launchRequest(newDeviceContext()));

    expect(envelope.response.outputSpeech).toBeDefined();
  });
});

describe('session attributes a request forges', () => {
  it('are never echoed on the session end: nothing is written back', async () => {
    // Prepare
    const request = sessionEndedRequest(newDeviceContext({ newSession: false, attributes: FORGED }));
    // Act
    const envelope = await bundle(request);
    // Assess
    expect(envelope.sessionAttributes ?? {}).toEqual({});
    await expectWellFormedResponse(envelope, 'SessionEndedRequest');
  });

  it('are never echoed when the skill hands the user to Alexa for consent', async () => {
    // Prepare
    const request = intentRequest(
      newDeviceContext({ newSession: false, attributes: FORGED }),
      'SetTimerIntent',
    );
    // Act
    const envelope = await bundle(request);
    // Assess
    expect(envelope.response.directives?.map((directive) => directive.type)).toEqual([
      'Connections.SendRequest',
    ]);
    expect(envelope.sessionAttributes ?? {}).toEqual({});
  });

  it("are replaced by the skill's own small state on every other answer", async () => {
    const request = intentRequest(newDeviceContext({ newSession: false, attributes: FORGED }), 'WhyIntent');

    const envelope = await bundle(request);

    expect(Object.keys(envelope.sessionAttributes ?? {}).sort()).toEqual(['declined', 'depth', 'last', 'v']);
    await expectWellFormedResponse(envelope, 'IntentRequest');
  });
});

describe('"repeat" with a forged memory', () => {
  it.each([
    ['text in place of references', { say: ['<speak>\u0000</speak>'], reprompt: 'x' }],
    ['a reference to nothing', { say: [{ phrase: 'noSuchPhrase' }], reprompt: { phrase: 'welcome' } }],
    ['lone surrogates and NULs', { say: [{ phrase: '\uD800\u0000' }], reprompt: { phrase: 'welcome' } }],
    [
      'a tell-me-more layer that does not exist',
      { say: [{ topic: 'sudden', more: 99 }], reprompt: { phrase: 'welcome' } },
    ],
  ])('renders only content that exists: %s is dropped', async (_what, last) => {
    // Prepare
    const attributes = { v: 2, depth: 0, declined: 0, last };
    const request = intentRequest(newDeviceContext({ newSession: false, attributes }), 'AMAZON.RepeatIntent');
    // Act
    const envelope = await bundle(request);
    // Assess
    await expectWellFormedResponse(envelope, 'IntentRequest');
    expect(envelope.response.outputSpeech).toEqual({
      type: 'SSML',
      ssml: toSsml([PHRASES.repeatWithoutContext, PHRASES.reprompt]),
    });
  });

  it('says again what it said, from the content', async () => {
    const attributes = {
      v: 2,
      depth: 0,
      declined: 0,
      last: { say: [{ topic: 'massage', part: 'speech' }], reprompt: { phrase: 'reprompt' } },
    };
    const request = intentRequest(newDeviceContext({ newSession: false, attributes }), 'AMAZON.RepeatIntent');

    const envelope = await bundle(request);

    expect(envelope.response.outputSpeech).toMatchObject({
      ssml: expect.stringContaining('A massage can help'),
    });
  });
});

describe('replies from the Alexa Timers API', () => {
  let service: CraftedService | undefined;
  afterEach(async () => service?.close());

  async function setTimerAgainst(reply: Parameters<typeof craftedService>[0]) {
    service = await craftedService(reply);
    const device = newDeviceContext({ apiEndpoint: service.url, consentToken: 'Atza|granted' });
    return bundle(intentRequest(device, 'SetTimerIntent'));
  }

  it.each([
    ['an id that is an object', { id: { $gt: '' }, status: 'ON' }],
    ['a 200 KB id', { id: 'a'.repeat(200_000), status: 'ON' }],
    ['an id with markup and spaces', { id: '<id> & "more"', status: 'ON' }],
  ])('are not trusted when they hold %s: no timer is claimed and none remembered', async (_what, body) => {
    // Act
    const envelope = await setTimerAgainst(json(body));
    // Assess
    await expectWellFormedResponse(envelope, 'IntentRequest');
    expect(spoken(envelope)).toContain(TIMER_PHRASES.serviceTrouble);
    expect(envelope.sessionAttributes).not.toHaveProperty('timerId');
  });

  it('are read no further than 64 KB: a 50 MB reply is abandoned, and the user still hears the timing', async () => {
    // Prepare
    const reply = endless(50 * 1024 * 1024);
    // Act
    const envelope = await setTimerAgainst(reply);
    // Assess
    expect(spoken(envelope)).toContain(TIMER_PHRASES.serviceTrouble);
    expect(reply.written()).toBeLessThan(10 * 1024 * 1024);
  });
});

describe('names a request supplies', () => {
  it('are logged only when the skill knows them; anything else is "unknown"', async () => {
    // Prepare
    const request = intentRequest(newDeviceContext({ locale: 'xx-<script>' }), 'Evil\u0000Intent<script>');
    const odd = requestOfType('Totally.Made.Up.\u202eEvent');
    // Act
    await bundle(request);
    await bundle(odd);
    // Assess
    const lines = logged().filter((line) => line.message === 'request');
    expect(lines.map(({ requestType, intent, locale }) => ({ requestType, intent, locale }))).toEqual([
      { requestType: 'IntentRequest', intent: 'unknown', locale: 'unknown' },
      { requestType: 'unknown', intent: undefined, locale: 'en-US' },
    ]);
  });

  it('keep their real names when they are ours', async () => {
    await bundle(connectionsResponse(newDeviceContext(), 'AskFor', 'ice-timer', { status: 'DENIED' }));

    expect(logged().find((line) => line.message === 'request')).toMatchObject({
      requestType: 'Connections.Response',
      locale: 'en-US',
    });
  });
});
