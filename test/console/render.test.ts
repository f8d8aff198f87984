import type { ResponseEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { intentRequest, launchRequest, newDeviceContext } from '../../console/envelope';
import { renderTurn, turnToJson } from '../../console/render';
import { ssmlToText } from '../../console/ssml';
import { toTurn } from '../../console/turn';
import { JSON_CONTRACT_FIELDS } from './json-contract';

const device = newDeviceContext();

function reply(response: ResponseEnvelope['response']): ResponseEnvelope {
  return { version: '1.0', response };
}

const answer = reply({
  outputSpeech: {
    type: 'SSML',
    ssml: '<speak>Ice first &amp; heat later. <break time="300ms"/> Anything else?</speak>',
  },
  reprompt: { outputSpeech: { type: 'PlainText', text: 'Anything else?' } },
  card: { type: 'Standard', title: 'Ice, then heat', text: 'Ice for 20 minutes.\nThen heat.' },
  directives: [{ type: 'Connections.SendRequest', name: 'AskFor', payload: {}, token: 't' }],
  shouldEndSession: false,
});

describe('a turn as JSON', () => {
  it('has exactly the contract fields, in order, with their types', () => {
    const request = intentRequest(device, 'IceOrHeatIntent', { situation: { value: 'lifting' } }, [
      'situation',
    ]);
    const turn = toTurn('ice or heat for lifting', { request, response: answer }, null);

    const json = JSON.parse(turnToJson(turn, { explain: false }));

    expect(Object.keys(json)).toEqual(JSON_CONTRACT_FIELDS);
    expect(json).toEqual({
      utterance: 'ice or heat for lifting',
      request: 'IntentRequest',
      intent: 'IceOrHeatIntent',
      slots: { situation: 'lifting' },
      speech: 'Ice first & heat later. Anything else?',
      ssml: '<speak>Ice first &amp; heat later. <break time="300ms"/> Anything else?</speak>',
      reprompt: 'Anything else?',
      shouldEndSession: false,
      card: { title: 'Ice, then heat', text: 'Ice for 20 minutes.\nThen heat.' },
      directives: ['Connections.SendRequest'],
    });
  });

  it('adds the NLU explanation only when asked for', () => {
    const turn = toTurn(
      'open back spasm coach',
      { request: launchRequest(device), response: reply({}) },
      null,
    );

    expect(JSON.parse(turnToJson(turn, { explain: false }))).not.toHaveProperty('explain');
    expect(JSON.parse(turnToJson(turn, { explain: true }))).toMatchObject({
      explain: null,
      intent: null,
      speech: '',
    });
  });

  it('shows a simple card by its content and a permissions card by the permissions it asks for', () => {
    const simple = toTurn(
      '',
      {
        request: launchRequest(device),
        response: reply({ card: { type: 'Simple', title: 'Hi', content: 'Body' } }),
      },
      null,
    );
    const consent = toTurn(
      '',
      {
        request: launchRequest(device),
        response: reply({
          card: { type: 'AskForPermissionsConsent', permissions: ['alexa::alerts:timers:skill:readwrite'] },
        }),
      },
      null,
    );

    expect(simple.card).toEqual({ title: 'Hi', text: 'Body' });
    expect(consent.card).toEqual({
      title: 'Permission required',
      text: 'alexa::alerts:timers:skill:readwrite',
    });
  });
});

describe('a turn for people', () => {
  it('shows the request, the speech, reprompt, card and directives on a few lines', () => {
    const turn = toTurn('hi', { request: launchRequest(device), response: answer }, null);

    expect(renderTurn(turn, { explain: false }).split('\n')).toEqual([
      '  [LaunchRequest · new session]',
      'alexa> Ice first & heat later. Anything else?',
      '  reprompt: Anything else?',
      '  card: Ice, then heat — Ice for 20 minutes. / Then heat.',
      '  directives: Connections.SendRequest',
    ]);
  });

  it('says when the skill ended the session', () => {
    const turn = toTurn(
      'stop',
      { request: launchRequest(device), response: reply({ shouldEndSession: true }) },
      null,
    );

    expect(renderTurn(turn, { explain: false })).toContain('(session ended)');
  });
});

describe('speech as text', () => {
  it('drops tags and decodes entities', () => {
    expect(
      ssmlToText(
        '<speak><p>It&apos;s 20&#37; &lt;less&gt;</p><say-as interpret-as="digits">12</say-as>.</speak>',
      ),
    ).toBe("It's 20% <less> 12.");
  });
});
