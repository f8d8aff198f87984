/**
 * The custom slot types, generated from the skill's own vocabulary (lambda/language/vocabulary.ts)
 * and content ids, so the words Alexa resolves are the words the skill listens for.
 */
import type { v1 } from 'ask-smapi-model';
import { type ReminderKind, SITUATION_IDS, type SituationId } from '../../lambda/content';
import {
  ANIMALS,
  INJURY_VERBS,
  LASTING_WORDS,
  LOWER_BACK,
  MEDICINE_WORDS,
  NERVE_WORDS,
  NEUROLOGICAL_WORDS,
  OTHER_BODY_PARTS,
  OTHER_CONDITIONS,
  ownedAnimals,
  RECURRENCE_WORDS,
  SEVERITY_WORDS,
  SITUATION_WORDS,
  SUPPLEMENT_WORDS,
  TREATMENT_WORDS,
} from '../../lambda/language/vocabulary';

type SlotType = v1.skill.interactionModel.SlotType;
/** SMAPI requires every value to have at least one synonym besides its name. */
type Value = { id: string; name: string; synonyms: readonly string[] };

function slotType(name: string, values: readonly Value[]): SlotType {
  return {
    name,
    values: values.map(({ id, name: value, synonyms }) => ({
      id,
      name: { value, synonyms: [...new Set(synonyms)].filter((synonym) => synonym !== value) },
    })),
  };
}

/** One value for a list whose members the skill treats alike: named by its first word. */
function oneValue(id: string, words: readonly string[]): Value {
  return { id, name: words[0] ?? id, synonyms: words };
}

/** How each situation is named when Alexa reads it back. */
const SITUATION_NAMES: Readonly<Record<SituationId, string>> = {
  sudden: 'lifting',
  inflamed: 'red and hot',
  stress: 'stress',
  overuse: 'overuse',
  stretching: 'stretching',
};

/** The topics a user can name, with the words they use for them. */
const TOPICS: readonly Value[] = [
  {
    id: 'spasm',
    name: 'muscle spasm',
    synonyms: [
      'back spasm',
      'a spasm',
      'spasms',
      'a back spasm',
      'cramp',
      'back cramp',
      'muscle cramp',
      'lower back spasm',
      'spasm',
    ],
  },
  {
    id: 'causes',
    name: 'causes',
    synonyms: ['what causes it', 'the cause', 'causes of a spasm', 'triggers', 'reasons for a spasm'],
  },
  {
    id: 'lower-back',
    name: 'lower back',
    synonyms: ['low back', 'the lower back', 'lumbar', 'lumbar spine', 'lower back pressure'],
  },
  {
    id: 'ice-and-heat',
    name: 'ice and heat',
    synonyms: [
      'ice or heat',
      'heat or cold',
      'hot or cold',
      'heat and ice',
      'cold and heat',
      'ice versus heat',
      'heat versus ice',
      'ice then heat',
      'ice and then heat',
    ],
  },
  {
    id: 'injury',
    name: 'injury',
    synonyms: [
      'an injury',
      'injury spasm',
      'nerves',
      'nerve signals',
      'motor neurons',
      'alpha motor neurons',
      'spinal cord',
      'protective contraction',
      'the muscle tighten up when you hurt it',
      'my back lock up after I hurt it',
      'the body protecting itself',
    ],
  },
  {
    id: 'stress',
    name: 'stress',
    synonyms: [
      'tension',
      'stress spasm',
      'emotional stress',
      'holding stress',
      'stressed',
      'being stressed',
      'anxiety',
      'anxious',
      'being anxious',
    ],
  },
  {
    id: 'overuse',
    name: 'overuse',
    synonyms: [
      'overused muscle',
      'overworked muscle',
      'fatigue',
      'muscle fatigue',
      'tired muscles',
      'overuse spasm',
    ],
  },
  {
    id: 'contraction',
    // Calcium on its own is the supplement people take; the contraction is asked for by its workings.
    name: 'muscle contraction',
    synonyms: [
      'actin',
      'myosin',
      'what calcium does in the muscle',
      'how muscles contract',
      'muscle fibers',
      'muscle fibres',
      'proteins',
      'an overworked muscle stay tight',
      'an overused muscle stay tight',
      "the muscle won't relax",
      "an overworked muscle won't relax",
    ],
  },
  {
    id: 'sudden',
    name: 'torn muscle',
    synonyms: [
      'torn fibers',
      'torn muscle fibers',
      'lifting injury',
      'muscle tear',
      'pulled muscle',
      'sudden spasm',
      'lifting',
    ],
  },
  {
    id: 'ice',
    name: 'ice',
    // Whatever people call ice as a treatment names the topic too ("how does a cold pack help").
    synonyms: [...TREATMENT_WORDS.ice, 'cold therapy'],
  },
  {
    id: 'heat',
    name: 'heat',
    synonyms: [...TREATMENT_WORDS.heat, 'heat therapy'],
  },
  {
    id: 'timing',
    name: 'timing',
    synonyms: [
      'how long to ice',
      'twenty minutes',
      'the twenty minutes',
      'switching to heat',
      'when to switch',
    ],
  },
  {
    id: 'stretching',
    name: 'stretching',
    synonyms: ['stretches', 'stretch', 'gentle stretching', 'stretching exercises'],
  },
  {
    id: 'massage',
    name: 'massage',
    synonyms: [
      'back rub',
      'a massage',
      'massaging',
      'a rub',
      'a back massage',
      'an oil massage',
      'a massage with oil',
    ],
  },
  {
    id: 'inflammation',
    name: 'inflammation',
    synonyms: ['swelling', 'red area', 'hot area', 'redness', 'a red hot area', 'inflamed area'],
  },
  {
    id: 'supplements',
    name: 'supplements',
    synonyms: [
      'magnesium',
      'calcium',
      'calcium supplement',
      'calcium pills',
      'calcium and magnesium',
      'vitamins',
      'nutrients',
      'a daily supplement',
      'minerals',
    ],
  },
  {
    id: 'doctor',
    name: 'doctor',
    synonyms: [
      'a doctor',
      'the doctor',
      'doc',
      'the doc',
      'my gp',
      'severe spasm',
      'severe spasms',
      'when to see a doctor',
      'physician',
      'serious condition',
      'serious',
      'dangerous',
      'an emergency',
      'a and e',
      'urgent care',
      'the er',
      'the emergency room',
      'the hospital',
      'casualty',
      'seeing a doctor',
      'gp',
      'g p',
      'the g p',
      // Who to see, when the user does not say "doctor".
      'someone',
      'somebody',
      'a professional',
      'a specialist',
      'something serious',
      'something more serious',
      'something to worry about',
      'worth worrying about',
      'normal',
    ],
  },
  {
    id: 'parkinsons',
    name: "parkinson's",
    synonyms: [
      "parkinson's disease",
      'parkinsons',
      'neurological disorder',
      'neurological disorders',
      'recurring spasms',
      'recurrent spasms',
      'diseases',
      'illnesses',
      'medical conditions',
    ],
  },
  {
    id: 'medicine',
    name: 'medicine',
    synonyms: [
      'medication',
      'valium',
      'diazepam',
      'muscle relaxant',
      'muscle relaxants',
      'prescription',
      'prescription medicine',
      'pills',
      'drugs',
    ],
  },
];

/** The skill's two reminders, as people name them when they want one cancelled. */
const REMINDERS: Readonly<Record<ReminderKind, Value>> = {
  supplement: {
    id: 'supplement',
    name: 'supplement',
    synonyms: [
      'supplements',
      'daily',
      'daily supplement',
      'calcium',
      'magnesium',
      'calcium and magnesium',
      'vitamin',
      'vitamins',
    ],
  },
  'check-in': {
    id: 'check-in',
    name: 'check in',
    synonyms: ['checkin', 'check up', 'follow up', 'back', 'back check', 'check on my back'],
  },
};

/**
 * "Keeps" is what says a spasm recurs, not the verb after it: with "keeps seizing up" as a synonym, a
 * plain "my back seized" would resolve to recurring. Those phrases stay out of the slot type; said in
 * a slot, the skill still reads them whole (lambda/language/cues.ts).
 */
function recurrenceSynonyms(): string[] {
  return RECURRENCE_WORDS.filter((phrase) => !/^keeps? (?!coming|happening|getting)/.test(phrase));
}

export const SLOT_TYPES: readonly SlotType[] = [
  slotType('TopicType', TOPICS),
  slotType(
    'SituationType',
    SITUATION_IDS.map((id) => ({ id, name: SITUATION_NAMES[id], synonyms: SITUATION_WORDS[id] })),
  ),
  slotType('TreatmentType', [
    { id: 'ice', name: 'ice', synonyms: TREATMENT_WORDS.ice },
    { id: 'heat', name: 'heat', synonyms: TREATMENT_WORDS.heat },
  ]),
  slotType('BodyPartType', [
    { id: 'lower-back', name: 'lower back', synonyms: LOWER_BACK },
    ...Object.entries(OTHER_BODY_PARTS).map(([id, words]) => oneValue(id, words)),
  ]),
  slotType('AnimalType', [oneValue('animal', ownedAnimals(ANIMALS))]),
  // A movement that hurt the back is a sudden start; the skill reads the verb said (handlers/slots.ts).
  slotType('InjuryType', [oneValue('sudden', INJURY_VERBS)]),
  slotType('PainType', [
    { id: 'severe', name: 'unbearable', synonyms: SEVERITY_WORDS },
    { id: 'recurring', name: 'keeps coming back', synonyms: recurrenceSynonyms() },
    { id: 'lasting', name: "won't go away", synonyms: LASTING_WORDS },
    { id: 'nerve', name: 'numbness', synonyms: NERVE_WORDS },
  ]),
  slotType('MedicineType', [oneValue('medicine', MEDICINE_WORDS)]),
  slotType('SupplementType', [oneValue('supplement', SUPPLEMENT_WORDS)]),
  slotType('ConditionType', [
    oneValue('neurological', NEUROLOGICAL_WORDS),
    oneValue('other', OTHER_CONDITIONS),
  ]),
  slotType('ReminderType', Object.values(REMINDERS)),
];
