/**
 * The realistic mix the warm bench replays: whole conversations as a device would send them, each
 * from launch (or a one-shot question) to its end. Slots arrive resolved, as Alexa resolves them.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import {
  type DeviceContext,
  intentRequest,
  launchRequest,
  newDeviceContext,
  sessionEndedRequest,
} from '../console/envelope';

type Turn = 'launch' | 'end' | [intent: string, slots?: Record<string, [type: string, id: string]>];

const SCRIPTS: readonly (readonly Turn[])[] = [
  [
    'launch',
    ['IceOrHeatIntent'],
    ['DescribeSituationIntent', { situation: ['SituationType', 'sudden'] }],
    ['WhyIntent'],
    ['TellMeMoreIntent'],
    ['AMAZON.RepeatIntent'],
    ['AMAZON.NoIntent'],
    ['AMAZON.StopIntent'],
  ],
  [
    'launch',
    ['AskTopicIntent', { topic: ['TopicType', 'causes'] }],
    ['AMAZON.YesIntent'],
    ['OtherOptionIntent', { treatment: ['TreatmentType', 'heat'] }],
    ['TimingIntent'],
    ['QuestionIntent', { query: ['AMAZON.SearchQuery', 'does a massage help a spasm'] }],
    'end',
  ],
  [
    ['IceOrHeatIntent', { situation: ['SituationType', 'stress'] }],
    ['TellMeMoreIntent'],
    ['AskTopicIntent', { topic: ['TopicType', 'doctor'] }],
    ['QuestionIntent', { query: ['AMAZON.SearchQuery', 'can I take valium for it'] }],
    ['AMAZON.HelpIntent'],
    ['AMAZON.StopIntent'],
  ],
  [
    'launch',
    ['DescribeSituationIntent', { situation: ['SituationType', 'overuse'] }],
    ['QuestionIntent', { query: ['AMAZON.SearchQuery', 'how long should the ice stay on'] }],
    ['AMAZON.StartOverIntent'],
    ['AskTopicIntent', { topic: ['TopicType', 'stretching'] }],
    ['WhyIntent'],
    'end',
  ],
];

function request(device: DeviceContext, turn: Turn): RequestEnvelope {
  if (turn === 'launch') return launchRequest(device);
  if (turn === 'end') return sessionEndedRequest(device);
  const [intent, slots = {}] = turn;
  const inputs = Object.fromEntries(
    Object.entries(slots).map(([name, [type, id]]) => [
      name,
      type.startsWith('AMAZON.') ? { value: id } : { value: id, type, match: { id, name: id } },
    ]),
  );
  return intentRequest(device, intent, inputs);
}

/** Each script as one session: the first request opens it, the rest continue it. */
export function conversations(): RequestEnvelope[][] {
  return SCRIPTS.map((script) => {
    const device = newDeviceContext();
    return script.map((turn, index) => {
      device.newSession = index === 0;
      return request(device, turn);
    });
  });
}

/** The minimal skill's side of the comparison: a LaunchRequest, the one request it answers. */
export function launchOnly(): RequestEnvelope[][] {
  return [[launchRequest(newDeviceContext())]];
}
