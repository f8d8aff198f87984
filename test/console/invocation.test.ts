import { describe, expect, it } from 'vitest';
import { routeUtterance } from '../../console/invocation';

const route = (utterance: string) => routeUtterance(utterance, 'back spasm coach');

describe('routing what the user says to the device', () => {
  it.each([
    'open back spasm coach',
    'launch back spasm coach',
    'start back spasm coach',
    'Alexa, open Back Spasm Coach.',
    'talk to back spasm coach',
    'ask back spasm coach',
    "G'day, open back spasm coach",
    'hi alexa, um, open back spasm coach please',
    "g'day alexa open back spasm coach",
    'good morning alexa, open back spasm coach',
  ])('launches the skill on "%s"', (utterance) => {
    expect(route(utterance)).toEqual({ kind: 'launch' });
  });

  it('starts a one-shot with the question and the connecting word set apart', () => {
    expect(route('ask back spasm coach whether I should use ice or heat')).toEqual({
      kind: 'one-shot',
      text: 'i should use ice or heat',
      connector: 'whether',
    });
    expect(route('tell back spasm coach I hurt my back lifting')).toEqual({
      kind: 'one-shot',
      text: 'i hurt my back lifting',
      connector: null,
    });
  });

  it('understands a question followed by the skill name', () => {
    expect(route('what causes a back spasm using back spasm coach')).toEqual({
      kind: 'one-shot',
      text: 'what causes a back spasm',
      connector: null,
    });
  });

  it('passes everything else on unchanged', () => {
    expect(route('start over')).toEqual({ kind: 'continue', text: 'start over' });
    expect(route("What's the timing?")).toEqual({ kind: 'continue', text: "What's the timing?" });
  });
});
