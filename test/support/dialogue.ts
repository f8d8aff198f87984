/**
 * Drives the real handler through the console's device simulator, one turn at a time, for tests
 * written as transcripts:
 *   const alexa = new Dialogue();
 *   await alexa.launch();
 *   const turn = await alexa.intent('DescribeSituationIntent', { situation: 'sudden' });
 * Slots are given by canonical id (resolved as Alexa would, from the interaction model), by value
 * for Alexa's built-in types ('21:00', 'P3D'), or as `{ spoken: '…' }` for words that match no
 * slot value. Every response passes the suite-wide checks.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { v1 } from 'ask-smapi-model';
import { MODEL_DIR, SOURCE_LOCALE } from '../../build/config';
import {
  type DeviceContext,
  intentRequest,
  launchRequest,
  newDeviceContext,
  type SlotInput,
  sessionEndedRequest,
  startSession,
} from '../../console/envelope';
import { loadModel } from '../../console/nlu/compile-model';
import { VoiceConsole } from '../../console/session';
import type { Turn } from '../../console/turn';
import { handler } from '../../lambda/index';
import { isSupportedLocale } from '../../lambda/locales';
import { expectWellFormedResponse } from './response-checks';

export const MODEL: v1.skill.interactionModel.InteractionModelData = JSON.parse(
  readFileSync(join(MODEL_DIR, `${SOURCE_LOCALE}.json`), 'utf8'),
);
const LANGUAGE_MODEL = MODEL.interactionModel?.languageModel;

/** The ids of a custom slot type's values in the en-US model. */
export const slotValueIds = (type: string): string[] =>
  LANGUAGE_MODEL?.types?.find((slotType) => slotType.name === type)?.values?.map((v) => v.id ?? '') ?? [];

function declaredSlots(intentName: string): { name: string; type: string }[] {
  const intent = LANGUAGE_MODEL?.intents?.find((candidate) => candidate.name === intentName);
  return (intent?.slots ?? []).map((slot) => ({ name: slot.name ?? '', type: slot.type ?? '' }));
}

function resolveSlot(type: string, given: string | { spoken: string }): SlotInput {
  if (typeof given !== 'string') return { value: given.spoken, type, match: null };
  // Built-in types (AMAZON.TIME "21:00", AMAZON.DURATION "P3D") carry their value and no resolution.
  if (type.startsWith('AMAZON.')) return { value: given };
  const value = LANGUAGE_MODEL?.types
    ?.find((slotType) => slotType.name === type)
    ?.values?.find((candidate) => candidate.id === given);
  const name = value?.name?.value;
  if (!name) throw new Error(`no ${type} value with id ${given}`);
  return { value: name, type, match: { id: given, name } };
}

/** Invokes the in-process handler and applies the suite-wide response checks. */
export async function invoke(request: RequestEnvelope): Promise<ResponseEnvelope> {
  const envelope = await handler(request);
  await expectWellFormedResponse(envelope, request.request?.type ?? 'missing');
  return envelope;
}

export class Dialogue {
  readonly voice: VoiceConsole;

  constructor(overrides: Partial<DeviceContext> = {}) {
    const device = newDeviceContext(overrides);
    // A device may report a locale the skill has no model for (en-NZ): it still gets a reply.
    const model = loadModel(isSupportedLocale(device.locale) ? device.locale : SOURCE_LOCALE);
    this.voice = new VoiceConsole(invoke, model, device);
  }

  get device(): DeviceContext {
    return this.voice.device;
  }

  /** "Alexa, open back spasm coach": always a new session. */
  launch(): Promise<Turn> {
    startSession(this.device);
    return this.send(launchRequest(this.device));
  }

  /** An utterance, resolved by the console's offline NLU as the device would send it. */
  say(utterance: string): Promise<Turn> {
    return this.voice.say(utterance);
  }

  intent(name: string, slots: Record<string, string | { spoken: string }> = {}): Promise<Turn> {
    const declared = declaredSlots(name);
    const inputs: Record<string, SlotInput> = {};
    for (const [slotName, given] of Object.entries(slots)) {
      const type = declared.find((slot) => slot.name === slotName)?.type;
      if (!type) throw new Error(`${name} has no slot ${slotName}`);
      inputs[slotName] = resolveSlot(type, given);
    }
    this.voice.continueOrStartSession();
    return this.send(
      intentRequest(
        this.device,
        name,
        inputs,
        declared.map((slot) => slot.name),
      ),
    );
  }

  end(): Promise<Turn> {
    return this.send(sessionEndedRequest(this.device));
  }

  /** Sends any envelope built for this device; the session carries on as on a device. */
  send(request: RequestEnvelope): Promise<Turn> {
    return this.voice.send(request, '');
  }
}
