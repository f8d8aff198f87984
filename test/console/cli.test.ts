import { beforeAll, describe, expect, it } from 'vitest';
import { loadBundledHandler } from '../../console/skill-handler';
import { jsonLines, runConsole } from '../support/console-cli';
import { JSON_CONTRACT_FIELDS } from './json-contract';

describe('the console command line', () => {
  beforeAll(async () => {
    // Build a stale bundle here, once, rather than in each console started below.
    await loadBundledHandler();
  });

  it('runs --say turns in one session and prints exactly one JSON object per turn', async () => {
    const said = ['open back spasm coach', 'tell me about magnesium', 'why', 'stop'];

    const run = await runConsole([...said.flatMap((utterance) => ['--say', utterance]), '--json']);

    expect(run.status).toBe(0);
    const turns = jsonLines(run.stdout);
    expect(turns.map((turn) => [turn.utterance, turn.request, turn.intent])).toEqual([
      ['open back spasm coach', 'LaunchRequest', null],
      ['tell me about magnesium', 'IntentRequest', 'AskTopicIntent'],
      ['why', 'IntentRequest', 'WhyIntent'],
      ['stop', 'IntentRequest', 'AMAZON.StopIntent'],
    ]);
    for (const turn of turns) {
      expect(Object.keys(turn)).toEqual(JSON_CONTRACT_FIELDS);
      expect(turn).toMatchObject({
        slots: expect.any(Object),
        speech: expect.any(String),
        ssml: expect.any(String),
      });
      expect(turn.reprompt === null || typeof turn.reprompt === 'string').toBe(true);
      expect(turn.shouldEndSession === null || typeof turn.shouldEndSession === 'boolean').toBe(true);
      expect(turn.card === null || typeof turn.card === 'object').toBe(true);
      expect(Array.isArray(turn.directives)).toBe(true);
      expect(turn.speech).not.toMatch(/[<>]|&amp;/);
    }
    expect(turns[0]).toMatchObject({ speech: expect.stringMatching(/welcome/i), shouldEndSession: false });
    expect(turns[0]?.reprompt).toEqual(expect.any(String));
    expect(turns[1]?.slots).toEqual({ topic: 'magnesium' });
    expect(turns[3]?.shouldEndSession).toBe(true);
  });

  it('answers an unknown flag with the usage on stderr and status 2', async () => {
    const run = await runConsole(['--shout']);

    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/--shout/);
    expect(run.stderr).toMatch(/Usage: npm start/);
  });

  it('answers an unknown locale as a usage error', async () => {
    const run = await runConsole(['--locale', 'xx-XX', '--say', 'hello']);

    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/unknown locale "xx-XX"/);
  });

  it('prints the turn for piped input and ends the session at the end of input, exiting 0', async () => {
    const run = await runConsole([], 'open back spasm coach\n');

    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('you> open back spasm coach');
    expect(run.stdout).toMatch(/^alexa> Welcome/m);
    expect(run.stdout).toMatch(/\[SessionEndedRequest\]/);
    expect(run.stderr, 'the skill logs stay hidden without --logs').not.toContain('"message":"request"');
  });

  it('shows the skill log lines on stderr with --logs, keeping stdout for the dialogue', async () => {
    const run = await runConsole(['--logs', '--json', '--say', 'open back spasm coach']);

    expect(run.status).toBe(0);
    expect(jsonLines(run.stdout)).toHaveLength(1);
    expect(run.stderr).toContain('"message":"request"');
    expect(run.stderr).toContain('"requestType":"LaunchRequest"');
  });

  it('accepts --locale en-GB and explains how a one-shot question was understood', async () => {
    const run = await runConsole([
      '--locale',
      'en-GB',
      '--explain',
      '--json',
      '--say',
      'ask back spasm coach about magnesium',
    ]);

    expect(run.status).toBe(0);
    const [turn] = jsonLines(run.stdout);
    expect(turn).toMatchObject({
      request: 'IntentRequest',
      intent: 'AskTopicIntent',
      slots: { topic: 'magnesium' },
      explain: {
        intent: 'AskTopicIntent',
        score: expect.any(Number),
        sample: 'about {topic}',
        slots: { topic: { value: 'magnesium', resolution: 'ER_SUCCESS_MATCH', id: 'supplements' } },
      },
    });
  });
});
