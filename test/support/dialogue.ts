/**
 * Drives the real handler like a device does, one turn at a time, for tests written as transcripts:
 *   const alexa = new Dialogue();
 *   await alexa.launch();
 *   const turn = await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
 * Slots are given by canonical id (resolved as Alexa would, from the interaction model) or as
 * `{ spoken: '…' }` for words that match no slot value.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope, ui } from 'ask-sdk-model';
import type { v1 } from 'ask-smapi-model';
import { MODEL_DIR, SOURCE_LOCALE } from '../../build/config';
import {
  type DeviceContext,
  intentRequest,
  launchRequest,
  newDeviceContext,
  type SlotInput,
  sessionEndedRequest,
} from '../../console/envelope';
import { handler } from '../../lambda/index';
import { expectWellFormedResponse } from './response-checks';

export const MODEL: v1.skill.interactionModel.InteractionModelData = JSON.parse(
  readFileSync(join(MODEL_DIR, `${SOURCE_LOCALE}.json`), 'utf8'),
);
const LANGUAGE_MODEL = MODEL.interactionModel?.languageModel;

function declaredSlots(intentName: string): { name: string; type: string }[] {
  const intent = LANGUAGE_MODEL?.intents?.find((candidate) => candidate.name === intentName);
  return (intent?.slots ?? []).map((slot) => ({ name: slot.name ?? '', type: slot.type ?? '' }));
}

function resolveSlot(type: string, given: string | { spoken: string }): SlotInput {
  if (typeof given !== 'string') return { value: given.spoken, type, match: null };
  const value = LANGUAGE_MODEL?.types
    ?.find((slotType) => slotType.name === type)
    ?.values?.find((candidate) => candidate.id === given);
  const name = value?.name?.value;
  if (!name) throw new Error(`no ${type} value with id ${given}`);
  return { value: name, type, match: { id: given, name } };
}

/** What the user hears and sees for one turn, in plain text. */
export interface HeardTurn {
  speech: string;
  reprompt: string | undefined;
  card: { title: string; text: string } | undefined;
  ended: boolean;
  directives: string[];
  envelope: ResponseEnvelope;
}

/** Tags removed and entities decoded: the words Alexa speaks. */
export function plainText(ssml: string): string {
  return ssml
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

function spoken(speech: ui.OutputSpeech | undefined): string | undefined {
  if (!speech) return undefined;
  return plainText(speech.type === 'SSML' ? speech.ssml : speech.text);
}

function shownCard(card: ui.Card | undefined): HeardTurn['card'] {
  if (card?.type === 'Standard') return { title: card.title ?? '', text: card.text ?? '' };
  if (card?.type === 'Simple') return { title: card.title ?? '', text: card.content ?? '' };
  return undefined;
}

/** Invokes the handler and applies the suite-wide response checks. */
export async function invoke(request: RequestEnvelope): Promise<ResponseEnvelope> {
  const envelope = await handler(request);
  await expectWellFormedResponse(envelope, request.request?.type ?? 'missing');
  return envelope;
}

export class Dialogue {
  readonly device: DeviceContext;

  constructor(overrides: Partial<DeviceContext> = {}) {
    this.device = newDeviceContext(overrides);
  }

  launch(): Promise<HeardTurn> {
    return this.send(launchRequest(this.device));
  }

  intent(name: string, slots: Record<string, string | { spoken: string }> = {}): Promise<HeardTurn> {
    const declared = declaredSlots(name);
    const inputs: Record<string, SlotInput> = {};
    for (const [slotName, given] of Object.entries(slots)) {
      const type = declared.find((slot) => slot.name === slotName)?.type;
      if (!type) throw new Error(`${name} has no slot ${slotName}`);
      inputs[slotName] = resolveSlot(type, given);
    }
    return this.send(
      intentRequest(
        this.device,
        name,
        inputs,
        declared.map((slot) => slot.name),
      ),
    );
  }

  end(): Promise<HeardTurn> {
    return this.send(sessionEndedRequest(this.device));
  }

  /** Sends any envelope built for this device and carries the session on like a device would. */
  async send(request: RequestEnvelope): Promise<HeardTurn> {
    const envelope = await invoke(request);
    const { response } = envelope;
    const ended = response.shouldEndSession === true;
    this.device.newSession = ended;
    if (ended) this.device.sessionId = newDeviceContext().sessionId;
    this.device.attributes = ended ? {} : (envelope.sessionAttributes ?? {});
    return {
      speech: spoken(response.outputSpeech) ?? '',
      reprompt: spoken(response.reprompt?.outputSpeech),
      card: shownCard(response.card),
      ended,
      directives: (response.directives ?? []).map((directive) => directive.type),
      envelope,
    };
  }
}
