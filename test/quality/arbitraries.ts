/**
 * fast-check arbitraries for what could reach the handler: requests a device sends, with random slot
 * values and session attributes, and envelopes broken in every way we can think of.
 */
import type { RequestEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import {
  connectionsResponse,
  type DeviceContext,
  intentRequest,
  launchRequest,
  newDeviceContext,
  type SlotInput,
  sessionEndedRequest,
} from '../../console/envelope';
import { PHRASES, SITUATION_IDS, TOPIC_IDS } from '../../lambda/content';
import { STATE_VERSION } from '../../lambda/conversation/state';
import { intentsOf, loadModels, slotTypesOf } from './fixtures';

const MODEL = loadModels().get('en-US');
const INTENTS = MODEL ? intentsOf(MODEL) : [];
const SLOT_IDS = new Map(
  (MODEL ? slotTypesOf(MODEL) : []).map((type) => [
    type.name ?? '',
    (type.values ?? []).map((value) => value.id ?? ''),
  ]),
);

/** Nothing listens here: a timer call (when a fuzzed request carries consent) is refused at once, off the network. */
export const NO_SERVICE = 'http://127.0.0.1:9';

/** Long enough to cross Alexa's 8,000-character speech limit many times over. */
const hugeText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 2_000, max: 40_000 }))
  .map(([chunk, times]) => chunk.repeat(times));

/** The characters SSML escaping has to get right. */
const MARKUP = ['<', '>', '&', '"', "'"] as const;

/** Markup, entity fragments, tag names, a NUL and a right-to-left override, in any order. */
const markupSoup = fc.string({
  unit: fc.constantFrom(...MARKUP, '/', ';', '#', ' ', 'a', 'speak', 'break', '\u0000', '\u202e'),
});

/** Just under the longest text the skill keeps from session attributes (2,000 characters), all markup. */
const nearTheLimit = fc.string({ unit: fc.constantFrom(...MARKUP), minLength: 1_900, maxLength: 2_000 });

/** Text as it might arrive in a slot, an attribute or a service reply: plain, any Unicode, markup, near the limit, or huge. */
export const text: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme' }) },
  { weight: 3, arbitrary: markupSoup },
  { weight: 1, arbitrary: nearTheLimit },
  { weight: 1, arbitrary: hugeText },
);

const resolvedSlot = (name: string, type: string): fc.Arbitrary<SlotInput> =>
  fc.record({
    value: text,
    type: fc.constant(type),
    match: fc.oneof(
      fc.constant(null),
      fc.record({ id: fc.oneof(fc.constantFrom('', ...(SLOT_IDS.get(type) ?? [name])), text), name: text }),
    ),
  });

const intentName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INTENTS.map((intent) => intent.name ?? '')) },
  { weight: 1, arbitrary: text },
);

/** A line reference that looks like ours: real content, content that does not exist, or text to "repeat". */
const lookalikeLine = fc.oneof(
  fc.record({ phrase: fc.oneof(fc.constantFrom(...Object.keys(PHRASES)), text) }),
  fc.record({
    topic: fc.oneof(fc.constantFrom(...TOPIC_IDS), text),
    part: fc.oneof(fc.constantFrom('speech', 'why'), text),
  }),
  fc.record({ topic: fc.constantFrom(...TOPIC_IDS), more: fc.oneof(fc.integer(), fc.anything()) }),
  fc.record({ parts: fc.array(text), text }),
  fc.anything(),
);

/** A state that looks like ours, each field valid, mistyped or hostile. */
const lookalikeState = fc.record(
  {
    v: fc.oneof(fc.constant(STATE_VERSION), fc.anything()),
    situation: fc.oneof(fc.constantFrom(...SITUATION_IDS), fc.anything()),
    topic: fc.oneof(fc.constantFrom(...TOPIC_IDS), fc.anything()),
    depth: fc.oneof(fc.integer(), fc.anything()),
    declined: fc.oneof(fc.integer(), fc.anything()),
    offer: fc.oneof(
      fc.record({ kind: fc.constantFrom('topic', 'timer', 'situation', 'other'), topic: fc.anything() }),
      fc.anything(),
    ),
    last: fc.oneof(
      fc.record({ say: fc.array(lookalikeLine, { maxLength: 6 }), reprompt: lookalikeLine }),
      fc.anything(),
    ),
    timerId: fc.oneof(fc.uuid(), text, fc.anything()),
  },
  { requiredKeys: [] },
);

const attributes: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  fc.constant({}),
  lookalikeState,
  fc.dictionary(fc.string(), fc.anything()),
  // A forged blob far beyond Alexa's limits, beside a state that looks like ours.
  fc.tuple(lookalikeState, hugeText).map(([state, blob]) => ({ ...state, blob })),
);

const device: fc.Arbitrary<DeviceContext> = fc
  .record({
    newSession: fc.boolean(),
    attributes,
    consented: fc.boolean(),
    screen: fc.boolean(),
    locale: fc.oneof(fc.constantFrom('en-US', 'en-GB', 'en-IN', 'de-DE', ''), text),
  })
  .map(({ consented, ...rest }) =>
    newDeviceContext({
      ...rest,
      apiEndpoint: NO_SERVICE,
      ...(consented ? { consentToken: 'fuzz-consent' } : {}),
    }),
  );

const intentEnvelope = fc.tuple(device, intentName).chain(([context, name]) => {
  const declared = INTENTS.find((intent) => intent.name === name)?.slots ?? [];
  const slots = Object.fromEntries(
    declared.map((slot) => [
      slot.name ?? '',
      fc.option(resolvedSlot(slot.name ?? '', slot.type ?? ''), { nil: undefined }),
    ]),
  );
  return fc.record(slots).map((filled) => {
    const given = Object.fromEntries(
      Object.entries(filled).filter((entry): entry is [string, SlotInput] => entry[1] !== undefined),
    );
    return intentRequest(
      context,
      name,
      given,
      declared.map((slot) => slot.name ?? ''),
    );
  });
});

const otherEnvelope: fc.Arbitrary<RequestEnvelope> = fc.oneof(
  device.map(launchRequest),
  device.map((context) => sessionEndedRequest(context)),
  fc
    .tuple(
      device,
      fc.constantFrom('ACCEPTED', 'DENIED', 'NOT_ANSWERED', 'MAYBE'),
      fc.constantFrom('200', '500', 'x'),
    )
    .map(([context, status, code]) =>
      connectionsResponse(context, 'AskFor', 'ice-timer', { status }, { code, message: 'fuzz' }),
    ),
);

/** A request a device could send: any intent of the model (or none of it), random slots and attributes. */
export const deviceRequest: fc.Arbitrary<RequestEnvelope> = fc.oneof(
  { weight: 4, arbitrary: intentEnvelope },
  { weight: 1, arbitrary: otherEnvelope },
);

/** Places in an envelope that a broken client or a hostile one could drop or fill with anything. */
const FRAGILE_PATHS = [
  ['version'],
  ['request'],
  ['request', 'type'],
  ['request', 'locale'],
  ['request', 'intent'],
  ['request', 'intent', 'name'],
  ['request', 'intent', 'slots'],
  ['request', 'payload'],
  ['request', 'status'],
  ['session'],
  ['session', 'new'],
  ['session', 'attributes'],
  ['session', 'application'],
  ['session', 'user'],
  ['context'],
  ['context', 'System'],
  ['context', 'System', 'user'],
  ['context', 'System', 'device'],
] as const;

/** Request types Alexa sends, ours and not ours: each must get speech only where Alexa allows it. */
export const REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'SessionResumedRequest',
  'Connections.Response',
  'CanFulfillIntentRequest',
  'Alexa.Presentation.APL.UserEvent',
  'System.ExceptionEncountered',
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.NextCommandIssued',
  'Messaging.MessageReceived',
] as const;

/** Any request type at all: Alexa's own, or a name nobody defined. */
export const requestType = fc.oneof(fc.constantFrom(...REQUEST_TYPES), text);

type Breakage = { path: readonly string[]; value?: unknown };

const breakage: fc.Arbitrary<Breakage> = fc.oneof(
  fc.record({ path: fc.constantFrom(...FRAGILE_PATHS) }),
  fc.record({
    path: fc.constantFrom(...FRAGILE_PATHS),
    value: fc.oneof(fc.constant(null), text, fc.anything()),
  }),
  fc.record({
    path: fc.constant(['request', 'type']),
    value: fc.oneof(fc.constantFrom(...REQUEST_TYPES), text),
  }),
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Drops the field at `path` (a breakage without `value`) or sets it; a missing parent leaves it be. */
function applyBreakage(envelope: unknown, broken: Breakage): void {
  const { path } = broken;
  let parent: unknown = envelope;
  for (const key of path.slice(0, -1)) parent = isRecord(parent) ? parent[key] : undefined;
  const last = path[path.length - 1];
  if (!isRecord(parent) || last === undefined) return;
  if ('value' in broken) parent[last] = broken.value;
  else delete parent[last];
}

/** A device request with some of its parts missing or replaced, or no envelope at all. */
export const brokenRequest: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(deviceRequest, fc.array(breakage, { minLength: 1, maxLength: 4 }))
      .map(([generated, breakages]) => {
        // fast-check reuses generated values while shrinking: break a copy, never the original.
        const envelope = structuredClone(generated);
        for (const broken of breakages) applyBreakage(envelope, broken);
        return envelope;
      }),
  },
  { weight: 1, arbitrary: fc.anything() },
);

const INVOCATION_NAME = MODEL?.interactionModel.languageModel.invocationName ?? '';
const SAMPLES = INTENTS.flatMap((intent) => intent.samples ?? []);
/** Every word of the model: samples, slot values and their synonyms. */
const MODEL_WORDS = [
  ...new Set(
    [
      ...SAMPLES,
      ...(MODEL ? slotTypesOf(MODEL) : []).flatMap((type) =>
        (type.values ?? []).flatMap((value) => [value.name?.value ?? '', ...(value.name?.synonyms ?? [])]),
      ),
    ]
      .flatMap((phrase) => phrase.split(/\s+/))
      .filter((word) => word !== '' && !word.startsWith('{')),
  ),
];

/** Short text: what a speech recogniser could plausibly hand over, and what it could not. */
const shortText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  markupSoup,
);

/** A sample utterance of the model with its slots filled by anything. */
const filledSample = fc
  .tuple(fc.constantFrom(...SAMPLES), fc.array(shortText, { maxLength: 4 }))
  .map(([sample, fills]) => {
    let next = 0;
    return sample.replace(/\{\w+\}/g, () => fills[next++] ?? '');
  });

/** The model's own words in random order: close to the domain, and meaning nothing. */
const wordSalad = fc
  .array(fc.constantFrom(...MODEL_WORDS), { minLength: 1, maxLength: 12 })
  .map((words) => words.join(' '));

const spoken = fc.oneof(filledSample, wordSalad, shortText);

/** What a user says to the speaker, with or without the skill's invocation around it. */
export const utterance: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: spoken },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('alexa ask', 'open', 'ask', 'tell', 'alexa, talk to'), fc.option(spoken))
      .map(([verb, said]) => `${verb} ${INVOCATION_NAME} ${said ?? ''}`),
  },
);
