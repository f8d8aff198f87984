/**
 * One exchange with the skill, summed up the way a person reads it: what was said, how Alexa
 * understood it, and what Alexa said back. The summary fields are the console's JSON contract.
 */
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import { handleDirectives } from './directives';
import type { Resolution } from './nlu/resolve';
import { ssmlToText, textToSsml } from './ssml';

/** How the offline NLU resolved an utterance (shown with --explain). */
export interface Explanation {
  intent: string;
  score: number;
  /** The sample utterance that matched; null for AMAZON.FallbackIntent. */
  sample: string | null;
  slots: Record<
    string,
    { value: string; resolution: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' | null; id?: string }
  >;
  runnerUp: Resolution['runnerUp'];
}

export interface Turn {
  utterance: string;
  /** The request type sent: LaunchRequest, IntentRequest, SessionEndedRequest, Connections.Response… */
  request: string;
  intent: string | null;
  /** Filled slots' spoken values. */
  slots: Record<string, string>;
  /** What Alexa says, as plain text. */
  speech: string;
  ssml: string;
  reprompt: string | null;
  shouldEndSession: boolean | null;
  card: { title: string; text: string } | null;
  /** Directive types, in order. */
  directives: string[];
  /**
   * The device stopped listening: the skill ended the session or left it open without asking to
   * listen (shouldEndSession unset, as when it hands the dialog to Alexa). The next utterance starts
   * a new session.
   */
  ended: boolean;
  /** Null when the request did not come from the NLU (launch, session end). */
  explain: Explanation | null;
  /** The envelopes themselves, for programmatic callers. */
  exchange: { request: RequestEnvelope; response: ResponseEnvelope };
}

/** The JSON contract's fields, in order; `explain` joins them only when asked for. */
export const JSON_FIELDS = [
  'utterance',
  'request',
  'intent',
  'slots',
  'speech',
  'ssml',
  'reprompt',
  'shouldEndSession',
  'card',
  'directives',
] as const satisfies readonly (keyof Turn)[];

export function ssmlOf(speech: ui.OutputSpeech | undefined): string {
  if (!speech) return '';
  return speech.type === 'SSML' ? speech.ssml : textToSsml(speech.text);
}

/**
 * Cards as a person sees them in the Alexa app. Simple cards show `content`, Standard cards `text`;
 * a permissions card asks for the listed permissions; a link-account card asks to link the account.
 */
export function cardOf(card: ui.Card | undefined): Turn['card'] {
  switch (card?.type) {
    case 'Simple':
      return { title: card.title ?? '', text: card.content ?? '' };
    case 'Standard':
      return { title: card.title ?? '', text: card.text ?? '' };
    case 'AskForPermissionsConsent':
      return { title: 'Permission required', text: card.permissions.join(', ') };
    case 'LinkAccount':
      return { title: 'Link your account', text: '' };
    default:
      return null;
  }
}

function explanationOf(resolution: Resolution): Explanation {
  const slots: Explanation['slots'] = {};
  for (const [name, slot] of Object.entries(resolution.slots)) {
    slots[name] = {
      value: slot.value,
      resolution: slot.match === undefined ? null : slot.match ? 'ER_SUCCESS_MATCH' : 'ER_SUCCESS_NO_MATCH',
      ...(slot.match ? { id: slot.match.id } : {}),
    };
  }
  return {
    intent: resolution.intent,
    score: Math.round(resolution.score * 1000) / 1000,
    sample: resolution.sample,
    slots,
    runnerUp: resolution.runnerUp && {
      ...resolution.runnerUp,
      score: Math.round(resolution.runnerUp.score * 1000) / 1000,
    },
  };
}

export function toTurn(utterance: string, exchange: Turn['exchange'], resolution: Resolution | null): Turn {
  const { request } = exchange.request;
  const { response } = exchange.response;
  const slots: Record<string, string> = {};
  if (request.type === 'IntentRequest') {
    for (const [name, slot] of Object.entries(request.intent.slots ?? {}))
      if (slot.value) slots[name] = slot.value;
  }
  const ssml = ssmlOf(response.outputSpeech);
  const reprompt = response.reprompt?.outputSpeech;
  return {
    utterance,
    request: request.type,
    intent: request.type === 'IntentRequest' ? request.intent.name : null,
    slots,
    speech: ssmlToText(ssml),
    ssml,
    reprompt: reprompt ? ssmlToText(ssmlOf(reprompt)) : null,
    shouldEndSession: response.shouldEndSession ?? null,
    card: cardOf(response.card),
    directives: handleDirectives(response.directives ?? []),
    ended: request.type === 'SessionEndedRequest' || response.shouldEndSession !== false,
    explain: resolution && explanationOf(resolution),
    exchange,
  };
}
