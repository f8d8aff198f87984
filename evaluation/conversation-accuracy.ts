/**
 * Plays a phrasing set through the voice console (invocation routing, the offline NLU over our
 * interaction model, the real skill) and scores what a person would notice: the right answer
 * spoken, the right intent where one intent is plainly right, the right slot values, and the two
 * safety rules. Used by `npm run nlu-accuracy` and by the tests that hold the targets.
 */

import type { interfaces } from 'ask-sdk-model';
import { startConsoleApis } from '../console/alexa-apis';
import { DEFAULT_TIME_ZONE } from '../console/cli-args';
import { consentAnswer, consentRequestOf } from '../console/consent';
import { newDeviceContext } from '../console/envelope';
import { routeUtterance } from '../console/invocation';
import { loadModel } from '../console/nlu/compile-model';
import { resolve } from '../console/nlu/resolve';
import { VoiceConsole } from '../console/session';
import type { SkillHandler } from '../console/skill-handler';
import type { Turn } from '../console/turn';
import type { FakeAlexaApis } from '../devtools/fake-alexa-apis';
import { BACK_ADVICE, DOCTOR_ANSWERS, heardLabels, satisfies } from './answer-labels';
import type { PhrasingCase, PhrasingTurn } from './phrasing-sets';

/**
 * The intents that plainly carry an answer. Knowledge, safety and refusal answers are not scored by
 * intent: a topic slot, a free-form question or the fallback may all rightly lead there.
 */
const INTENTS_FOR: Readonly<Record<string, readonly string[]>> = {
  welcome: ['LaunchRequest'],
  help: ['AMAZON.HelpIntent'],
  goodbye: ['AMAZON.StopIntent', 'AMAZON.CancelIntent'],
  'start-over': ['AMAZON.StartOverIntent'],
  repeat: ['AMAZON.RepeatIntent'],
  why: ['WhyIntent'],
  more: ['TellMeMoreIntent'],
  timing: ['TimingIntent'],
  'timer-set': ['SetTimerIntent', 'AMAZON.YesIntent'],
  'timer-cancel': ['CancelTimerIntent'],
  'reminder-supplement': ['SupplementReminderIntent', 'AMAZON.YesIntent'],
  'reminder-checkin': ['CheckInReminderIntent', 'AMAZON.YesIntent'],
  'reminder-list': ['ListRemindersIntent'],
  'reminder-cancel': ['CancelReminderIntent'],
  'verdict-ice': ['OtherOptionIntent', 'IceOrHeatIntent'],
  'verdict-heat': ['OtherOptionIntent', 'IceOrHeatIntent'],
  'ask-how-it-started': ['IceOrHeatIntent'],
  'advice-sudden': ['IceOrHeatIntent', 'DescribeSituationIntent'],
  'advice-red-hot': ['IceOrHeatIntent', 'DescribeSituationIntent'],
  'advice-stress': ['IceOrHeatIntent', 'DescribeSituationIntent'],
  'advice-overuse': ['IceOrHeatIntent', 'DescribeSituationIntent'],
  'advice-stretching': ['IceOrHeatIntent', 'DescribeSituationIntent'],
};

/** The phrasing sets' situation names, as the SituationType slot's ids. */
const SITUATION_IDS: Readonly<Record<NonNullable<PhrasingTurn['situation']>, string>> = {
  sudden: 'sudden',
  'red-hot': 'inflamed',
  stress: 'stress',
  overuse: 'overuse',
  stretching: 'stretching',
};

export interface TurnResult {
  caseId: string;
  locale: string;
  turn: PhrasingTurn;
  heard: string[];
  right: boolean;
  intent: string;
  /** Undefined where no one intent is plainly right. */
  intentRight?: boolean;
  /** Undefined where the turn names no situation, treatment or body part. */
  slotsRight?: boolean;
  speech: string;
}

export interface ConversationReport {
  turns: TurnResult[];
  answers: { right: number; total: number };
  intents: { right: number; total: number };
  slots: { right: number; total: number };
  /** Severe, lasting or recurring statements: how many got a doctor answer. */
  doctor: { right: number; total: number };
  /** Questions about another body part: how many got advice for the back (must be none). */
  otherBodyPart: { advised: number; total: number };
}

function intentOf(turn: Turn): string {
  return turn.intent ?? turn.request;
}

function resolvedIds(turn: Turn): Map<string, string> {
  const ids = new Map<string, string>();
  for (const [name, slot] of Object.entries(turn.explain?.slots ?? {})) if (slot.id) ids.set(name, slot.id);
  return ids;
}

function slotsRight(expected: PhrasingTurn, turn: Turn): boolean | undefined {
  if (!expected.situation && !expected.treatment && !expected.bodyPart) return undefined;
  const ids = resolvedIds(turn);
  const has = (id: string) => [...ids.values()].includes(id);
  if (expected.situation && !has(SITUATION_IDS[expected.situation])) return false;
  if (expected.treatment && !has(expected.treatment)) return false;
  const bodyPart = ids.get('bodyPart');
  return !expected.bodyPart || (bodyPart !== undefined && bodyPart !== 'lower-back');
}

function intentRight(expected: PhrasingTurn, intent: string): boolean | undefined {
  const scored = expected.expect.flatMap((label) => INTENTS_FOR[label] ?? []);
  if (scored.length === 0 || expected.expect.some((label) => !INTENTS_FOR[label])) return undefined;
  return scored.includes(intent);
}

type ConsentRequest = interfaces.connections.SendRequestDirective;

/** The device the case is spoken to: calls to Alexa's APIs go to a closed local port, never the network. */
function consoleFor(handler: SkillHandler, locale: PhrasingCase['locale']): VoiceConsole {
  const device = newDeviceContext({ locale, apiEndpoint: 'http://127.0.0.1:9' });
  return new VoiceConsole(handler, loadModel(locale), device);
}

/** A yes or no, as the console's NLU hears it: the answer to Alexa's consent question. */
function consentIn(voice: VoiceConsole, text: string): boolean | undefined {
  const { intent } = resolve(voice.model, text);
  return intent === 'AMAZON.YesIntent' ? true : intent === 'AMAZON.NoIntent' ? false : undefined;
}

/** Alexa's consent dialog answered; from then on the skill's calls go to a loopback fake of Alexa's APIs. */
async function answerConsent(
  voice: VoiceConsole,
  request: ConsentRequest,
  allowed: boolean,
  text: string,
  apis: FakeAlexaApis[],
): Promise<Turn> {
  if (apis.length === 0) {
    const options = { grantTimers: false, grantReminders: false, timeZone: DEFAULT_TIME_ZONE, timeScale: 1 };
    apis.push(await startConsoleApis(voice.device, options));
  }
  return voice.send(consentAnswer(voice.device, request, allowed), text);
}

async function playCase(handler: SkillHandler, phrasingCase: PhrasingCase): Promise<TurnResult[]> {
  const apis: FakeAlexaApis[] = [];
  try {
    return await playTurns(handler, phrasingCase, apis);
  } finally {
    await Promise.all(apis.map((api) => api.close()));
  }
}

/**
 * When the skill asks for a permission, Alexa asks the person. A yes or no as their next words
 * answers it; where the set scripts no answer and the talk goes on, the person allows it, as one
 * who just asked for the timer or reminder would (or had allowed it before).
 */
async function playTurns(
  handler: SkillHandler,
  phrasingCase: PhrasingCase,
  apis: FakeAlexaApis[],
): Promise<TurnResult[]> {
  const voice = consoleFor(handler, phrasingCase.locale);
  const { turns } = phrasingCase;
  const [first] = turns;
  let previous: string | undefined;
  // One turn on its own is spoken inside a session the user already opened.
  if (
    turns.length === 1 &&
    first &&
    routeUtterance(first.say, voice.model.invocationName).kind === 'continue'
  ) {
    previous = (await voice.say('open back spasm coach')).speech;
  }
  const results: TurnResult[] = [];
  let asked: ConsentRequest | undefined;
  for (const [index, expected] of turns.entries()) {
    const consent = asked && consentIn(voice, expected.say);
    const turn =
      asked && consent !== undefined
        ? await answerConsent(voice, asked, consent, expected.say, apis)
        : await voice.say(expected.say);
    const heard = heardLabels(turn.speech, previous);
    previous = turn.speech;
    const intent = consent === undefined ? intentOf(turn) : consent ? 'AMAZON.YesIntent' : 'AMAZON.NoIntent';
    results.push({
      caseId: phrasingCase.id,
      locale: phrasingCase.locale,
      turn: expected,
      heard: [...heard],
      right: satisfies(expected.expect, heard),
      intent,
      intentRight: intentRight(expected, intent),
      slotsRight: slotsRight(expected, turn),
      speech: turn.speech,
    });
    asked = consentRequestOf(turn.exchange.response);
    const next = turns[index + 1];
    if (asked && next && consentIn(voice, next.say) === undefined) {
      previous = (await answerConsent(voice, asked, true, 'yes', apis)).speech;
      asked = undefined;
    }
  }
  return results;
}

function tally(results: readonly TurnResult[], pick: (result: TurnResult) => boolean | undefined) {
  const scored = results.map(pick).filter((value) => value !== undefined);
  return { right: scored.filter(Boolean).length, total: scored.length };
}

export async function scoreConversations(
  handler: SkillHandler,
  cases: readonly PhrasingCase[],
): Promise<ConversationReport> {
  const turns: TurnResult[] = [];
  for (const phrasingCase of cases) turns.push(...(await playCase(handler, phrasingCase)));
  const safety = turns.filter(({ turn }) => turn.safety && turn.safety !== 'other-body-part');
  const elsewhere = turns.filter(({ turn }) => turn.safety === 'other-body-part' || turn.bodyPart);
  return {
    turns,
    answers: tally(turns, (result) => result.right),
    intents: tally(turns, (result) => result.intentRight),
    slots: tally(turns, (result) => result.slotsRight),
    doctor: tally(safety, (result) => result.heard.some((label) => DOCTOR_ANSWERS.has(label))),
    otherBodyPart: {
      advised: elsewhere.filter((result) => result.heard.some((label) => BACK_ADVICE.has(label))).length,
      total: elsewhere.length,
    },
  };
}

const percent = ({ right, total }: { right: number; total: number }) =>
  `${right}/${total} (${((100 * right) / Math.max(1, total)).toFixed(1)}%)`;

export function formatReport(name: string, report: ConversationReport, { misses = true } = {}): string {
  const lines = [
    `${name}: right answer spoken ${percent(report.answers)}`,
    `  intent (where one intent is plainly right) ${percent(report.intents)}`,
    `  slots (situation, treatment, body part named) ${percent(report.slots)}`,
    `  severe / lasting / recurring statements answered with a doctor ${percent(report.doctor)}`,
    `  other body parts answered with back advice ${report.otherBodyPart.advised}/${report.otherBodyPart.total}`,
  ];
  if (misses) {
    for (const result of report.turns.filter((turn) => !turn.right)) {
      lines.push(
        `  MISS ${result.caseId} ${result.locale} "${result.turn.say}": expected ${result.turn.expect.join('|')}, heard ${result.heard.join('|')} via ${result.intent}`,
      );
    }
  }
  return lines.join('\n');
}
