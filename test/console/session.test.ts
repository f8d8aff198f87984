import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { beforeAll, describe, expect, it } from 'vitest';
import { createConsoleSession } from '../../console/session';
import type { SkillHandler } from '../../console/skill-handler';

describe('a console session with the real skill', () => {
  beforeAll(async () => {
    // Builds the bundle once if lambda/ changed, before the tests time themselves.
    await createConsoleSession();
  });

  it('welcomes the user on launch and keeps listening', async () => {
    const voice = await createConsoleSession();

    const turn = await voice.say('open back spasm coach');

    expect(turn.request).toBe('LaunchRequest');
    expect(turn.speech).toMatch(/welcome/i);
    expect(turn.reprompt).toBeTruthy();
    expect(turn.shouldEndSession).toBe(false);
    expect(voice.sessionOpen).toBe(true);
  });

  it('carries one session through launch, a question, a follow-up and stop', async () => {
    const voice = await createConsoleSession();

    const launch = await voice.say('open back spasm coach');
    const question = await voice.say('what causes a back spasm');
    const followUp = await voice.say('why');
    const stop = await voice.say('stop');

    const sessions = [launch, question, followUp, stop].map((turn) => turn.exchange.request.session);
    expect(new Set(sessions.map((session) => session?.sessionId)).size).toBe(1);
    expect(sessions.map((session) => session?.new)).toEqual([true, false, false, false]);
    expect(question.intent).toBe('CausesIntent');
    expect(question.speech).toContain('Three things usually set off a back spasm');
    expect(followUp.intent).toBe('WhyIntent');
    expect(followUp.exchange.request.session?.attributes).toEqual(
      question.exchange.response.sessionAttributes ?? {},
    );
    expect(stop).toMatchObject({ intent: 'AMAZON.StopIntent', shouldEndSession: true });
    expect(voice.sessionOpen).toBe(false);
  });

  it('starts a new session with a one-shot question, dropping the invocation', async () => {
    const voice = await createConsoleSession();

    const turn = await voice.say('ask back spasm coach whether I should use ice or heat');

    expect(turn.request).toBe('IntentRequest');
    expect(turn.intent).toBe('IceOrHeatIntent');
    expect(turn.exchange.request.session?.new).toBe(true);
    expect(turn.speech).not.toBe('');
  });

  it('starts a new session for the next question once the skill has ended the last one', async () => {
    const voice = await createConsoleSession();
    const stop = await voice.say('stop');

    const next = await voice.say('what causes a back spasm');

    expect(stop.shouldEndSession).toBe(true);
    expect(next.exchange.request.session?.new).toBe(true);
    expect(next.exchange.request.session?.sessionId).not.toBe(stop.exchange.request.session?.sessionId);
  });

  it('ends an open session as a user walking away when closed, once', async () => {
    const voice = await createConsoleSession();
    await voice.say('open back spasm coach');

    const ended = await voice.close();
    const again = await voice.close();

    expect(ended?.request).toBe('SessionEndedRequest');
    expect(ended?.exchange.request.request).toMatchObject({ reason: 'USER_INITIATED' });
    expect(again).toBeNull();
    expect(voice.sessionOpen).toBe(false);
  });

  it('speaks the locale it was opened with', async () => {
    const voice = await createConsoleSession({ locale: 'en-GB' });

    const turn = await voice.say('open back spasm coach');

    expect(turn.exchange.request.request.locale).toBe('en-GB');
    expect(turn.speech).toMatch(/welcome/i);
  });

  it('refuses a locale that has no interaction model', async () => {
    await expect(createConsoleSession({ locale: 'fr-FR' })).rejects.toThrow(/unsupported locale fr-FR/);
  });
});

describe('a console session around any handler', () => {
  /** A stand-in skill that records what it is sent and answers with `response`. */
  function recordingSkill(
    response: ResponseEnvelope['response'],
    sessionAttributes?: Record<string, unknown>,
  ) {
    const requests: RequestEnvelope[] = [];
    const handler: SkillHandler = async (event) => {
      requests.push(event);
      return { version: '1.0', response, ...(sessionAttributes ? { sessionAttributes } : {}) };
    };
    return { handler, requests };
  }

  it('ends the session when the skill neither keeps nor ends it, as a speaker without a screen does', async () => {
    const skill = recordingSkill({ outputSpeech: { type: 'PlainText', text: 'Noted.' } });
    const voice = await createConsoleSession({ handler: skill.handler });

    const turn = await voice.say('open back spasm coach');

    expect(turn.shouldEndSession).toBeNull();
    expect(turn.ssml).toBe('<speak>Noted.</speak>');
    expect(voice.sessionOpen).toBe(false);
  });

  it('sends the API endpoint and consent token it was given, for the timers work', async () => {
    const skill = recordingSkill({ shouldEndSession: false }, { step: 1 });
    const voice = await createConsoleSession({
      handler: skill.handler,
      apiEndpoint: 'http://127.0.0.1:4000',
      consentToken: 'Atza|granted',
    });

    await voice.say('open back spasm coach');
    await voice.say('set a timer');

    const [, second] = skill.requests;
    expect(second?.context.System.apiEndpoint).toBe('http://127.0.0.1:4000');
    expect(second?.context.System.user.permissions?.consentToken).toBe('Atza|granted');
    expect(second?.session?.attributes).toEqual({ step: 1 });
    expect(second?.request).toMatchObject({ type: 'IntentRequest', intent: { name: 'SetTimerIntent' } });
  });

  /** A session whose skill has just asked how it started (Dialog.ElicitSlot), as the real one does. */
  async function askedHowItStarted() {
    const skill = recordingSkill({
      shouldEndSession: false,
      directives: [
        {
          type: 'Dialog.ElicitSlot',
          slotToElicit: 'situation',
          updatedIntent: { name: 'IceOrHeatIntent', confirmationStatus: 'NONE' },
        },
      ],
    });
    const voice = await createConsoleSession({ handler: skill.handler });
    await voice.say('should I use ice or heat');
    return { skill, voice };
  }

  it("hears an answer to the skill's question that fits no sample as that slot's value, unmatched", async () => {
    const { skill, voice } = await askedHowItStarted();

    const turn = await voice.say('i reached for something on the top shelf and felt a twang');

    const request = skill.requests[1]?.request;
    expect(turn.intent).toBe('IceOrHeatIntent');
    expect(request?.type === 'IntentRequest' && request.dialogState).toBe('IN_PROGRESS');
    expect(request?.type === 'IntentRequest' && request.intent.slots?.situation).toMatchObject({
      value: 'i reached for something on the top shelf and felt a twang',
      resolutions: { resolutionsPerAuthority: [{ status: { code: 'ER_SUCCESS_NO_MATCH' } }] },
    });
  });

  it('resolves an unrelated request after the question as usual, not as its answer', async () => {
    const { voice } = await askedHowItStarted();

    const turn = await voice.say('stop');

    expect(turn.intent).toBe('AMAZON.StopIntent');
  });

  it.each([
    ['start over', 'AMAZON.StartOverIntent'],
    ['start again', 'AMAZON.StartOverIntent'],
    ['sorry what', 'AMAZON.RepeatIntent'],
  ])('lets "%s" after the question switch to %s, as Alexa does mid-dialog', async (said, intent) => {
    const { voice } = await askedHowItStarted();

    const turn = await voice.say(said);

    expect(turn.intent).toBe(intent);
  });

  it.each(['lifting', 'I was lifting a box', 'stress'])(
    'still hears "%s" after the question as its answer',
    async (said) => {
      const { voice } = await askedHowItStarted();

      const turn = await voice.say(said);

      expect(turn.intent).toBe('IceOrHeatIntent');
      expect(turn.slots.situation).toBeTruthy();
    },
  );

  it('lists every slot the intent declares, filled or not', async () => {
    const skill = recordingSkill({ shouldEndSession: false });
    const voice = await createConsoleSession({ handler: skill.handler });

    await voice.say('should I use ice or heat');

    const request = skill.requests[0]?.request;
    expect(request?.type === 'IntentRequest' && request.intent.slots).toEqual({
      situation: { name: 'situation', confirmationStatus: 'NONE' },
      during: { name: 'during', confirmationStatus: 'NONE' },
      injury: { name: 'injury', confirmationStatus: 'NONE' },
      treatment: { name: 'treatment', confirmationStatus: 'NONE' },
      bodyPart: { name: 'bodyPart', confirmationStatus: 'NONE' },
      pain: { name: 'pain', confirmationStatus: 'NONE' },
      duration: { name: 'duration', confirmationStatus: 'NONE' },
      condition: { name: 'condition', confirmationStatus: 'NONE' },
      animal: { name: 'animal', confirmationStatus: 'NONE' },
    });
  });
});
