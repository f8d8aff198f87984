/**
 * The words the skill listens for, defined once: the interaction model's slot types are generated
 * from these lists (build/model), and the skill finds the same phrases in slot values and free text
 * (cues.ts), so "my shoulder", "it's unbearable" or "valium" mean the same on every path.
 * Phrases are spoken words, lower case; each is matched by its words' stems, so one form will do
 * where the others only add an ending ("lift" covers "lifting" and "lifted").
 */
import type { SituationId, Treatment } from '../content';

/** The lower back, the only part the article is about. */
export const LOWER_BACK = [
  'back',
  'lower back',
  'low back',
  'lumbar',
  'lumbar spine',
  'lower spine',
  'spine',
  'small of my back',
  'bottom of my back',
  'back muscle',
  'lower back muscle',
  'tailbone',
  // Where it is, by what is near: "right above my hips" is the lower back, not the hips.
  'above my hips',
  'above the hips',
  'above my bum',
  'above my butt',
  'above my belt',
] as const;

/**
 * Said just before a part of the body, these take it back ("it's my knee, not my back", "more than my
 * back") or put another part first ("my back a little but mostly the knee"): then that part is the
 * one asked about.
 */
export const BODY_PART_DENIALS = ['not', "isn't", 'than'] as const;
export const BODY_PART_FOCUS = ['mostly', 'mainly', 'especially'] as const;
/** What people call the spasm itself: "back" said without one is the back ("why does my back spasm so easily"). */
export const SPASM_NAMES = ['spasm', 'spasms', 'spasming', 'cramp', 'cramps'] as const;
/** Said before the back, these make it the yardstick, not the subject: "the same for a neck as for a back". */
export const BACK_AS_YARDSTICK = ['as', 'like', 'as for', 'as with'] as const;
/** Words between those and the part itself. */
export const BODY_PART_DETERMINERS = ['my', 'me', 'the', 'a', 'his', 'her'] as const;

/** Sayings that name a part of the body without being about it: "on my feet all day", "the red eye". */
export const BODY_PART_SAYINGS = [
  'pain in the neck',
  'stick my neck out',
  'neck of the woods',
  'on my feet',
  'on me feet',
  'off my feet',
  'run off my feet',
  'on my toes',
  'on my knees',
  'on me knees',
  'hands and knees',
  'red eye',
  'keep an eye',
] as const;

/**
 * Words that say only that there is a spasm ("my back's in spasm", "it's gone tight"): no severity,
 * no time, no story. A statement of pain in nothing but these asks how it started; any other word
 * keeps the doctor answer, since it might say how bad the pain is.
 */
export const SPASM_ONLY_WORDS = [
  ...['spasm', 'spasming', 'spasmed', 'tight', 'tightness', 'stiff', 'sore', 'knot', 'knotted', 'cramp'],
  ...['seized', 'locked', 'ache', 'aching', 'achy', 'hurt', 'hurts', 'hurting', 'pain', 'twinge', 'tense'],
  ...['back', 'lower', 'low', 'down', 'bottom', 'muscle', 'muscles', 'up', 'in', 'into', 'on', 'of'],
  ...['a', 'an', 'the', 'my', 'me', 'i', 'it', 'its', 'is', 'has', 'have', 'got', 'gone', 'went', 'go'],
  ...['been', 'think', 'so', 'um', 'uh', 'like', 'there', 'having', 'am', 'im', 'ive', 'just'],
] as const;

/**
 * How people say a movement hurt their back, before naming it ("I tweaked my lower back doing curls"):
 * an injury, so a sudden start, whatever activity is named after it.
 */
export const INJURY_VERBS = [
  'hurt',
  'pulled',
  'strained',
  'tweaked',
  'twisted',
  'wrenched',
  'jarred',
  'ricked',
  'cricked',
  'injured',
  'rolled',
  'sprained',
] as const;

export function isInjuryVerb(word: string): boolean {
  return INJURY_VERBS.some((verb) => verb === word);
}

/**
 * An injury named as such, in "how does an injury set off a spasm" or "how does getting hurt cause
 * it": the article's account of injury explains it. Not a start for advice: an injury may be old.
 */
export const INJURY_WORDS = [
  ...['injury', 'injuries', 'injured', 'injure', 'hurt', 'hurting', 'damage', 'damaged'],
  ...['tear', 'torn', 'trauma', 'accident'],
] as const;

/** Said before a situation, these take it back: "it wasn't from lifting anything". */
export const SITUATION_DENIALS = ['not', "wasn't", "isn't", "aren't", "didn't", 'never'] as const;

/** Other parts of the body: a question about any of them gets a polite redirect, never advice. */
export const OTHER_BODY_PARTS = {
  neck: ['neck', 'crick in my neck', 'stiff neck', 'cervical'],
  shoulder: ['shoulder', 'shoulder blade', 'rotator cuff', 'under my shoulder blade', 'delt', 'deltoid'],
  'upper-back': [
    'upper back',
    'middle back',
    'mid back',
    'top of my back',
    'between my shoulder blades',
    'thoracic',
    // What gym-goers call the muscles up there.
    'trap',
    'traps',
    'trapezius',
    'lat',
    'lats',
    'rhomboid',
    'upper spine',
    'top of my spine',
    'upper part of my back',
    'top part of my back',
  ],
  head: [
    'my head',
    'back of my head',
    'back of me head',
    'headache',
    'jaw',
    'temple',
    'tooth',
    'teeth',
    'toothache',
    'eye',
    'ear',
    'throat',
    'eyelid',
    'eyebrow',
    'face',
    'lip',
    'tongue',
    'nose',
    'forehead',
    'chin',
    'scalp',
  ],
  arm: [
    'arm',
    'elbow',
    'tennis elbow',
    'forearm',
    'bicep',
    'tricep',
    'wrist',
    'hand',
    'finger',
    'thumb',
    'palm',
    'knuckle',
    'armpit',
  ],
  chest: [
    'chest',
    'rib',
    'stomach',
    'belly',
    'tummy',
    'abdomen',
    'abs',
    'oblique',
    'obliques',
    'flank',
    'groin',
    'pec',
    'pecs',
    'sternum',
    'collarbone',
    'breast',
    'stitch in my side',
  ],
  hip: ['hip', 'hip flexor', 'glute', 'buttock', 'bum', 'butt', 'pelvis'],
  leg: ['leg', 'thigh', 'hamstring', 'hammy', 'quad', 'calf', 'calves', 'shin', 'charley horse'],
  knee: ['knee', 'kneecap'],
  foot: ['foot', 'feet', 'ankle', 'heel', 'toe', 'achilles', 'achilles tendon'],
} as const;

export type OtherBodyPart = keyof typeof OTHER_BODY_PARTS;

export const OTHER_BODY_PART_IDS = Object.keys(OTHER_BODY_PARTS).filter(isOtherBodyPart);

export function isOtherBodyPart(id: unknown): id is OtherBodyPart {
  return typeof id === 'string' && Object.hasOwn(OTHER_BODY_PARTS, id);
}

/**
 * Overuse words that say only how it came on or how the person feels, not what caused it: a cause
 * said as well ("it built up over the week with stress", "I was tired and lifted a box") wins.
 */
export const ONSET_WORDS = [
  'tired',
  'tiredness',
  'exhausted',
  'worn out',
  'worn down',
  'dead tired',
  'beat',
  'fried',
  'wrecked',
  'run down',
  'done in',
  'burnt out',
  'burned out',
  'knackered',
  'wiped',
  'spent',
  'shattered',
  'drained',
  'toast',
  'shot',
  'crept up',
  'built up slowly',
  'built up over time',
  'gradually',
  'a long day',
  'a big day',
  'all day',
  'whole day',
  'all weekend',
] as const;

/**
 * A load kept up for a long time: lifting "all day" or "a million boxes" wore the muscle out, unless
 * a moment is said as well (MOMENT_WORDS).
 */
export const KEPT_UP_WORDS = [
  'all day',
  'whole day',
  'the whole',
  'all morning',
  'all afternoon',
  'all weekend',
  'all week',
  'all season',
  'for hours',
  'hours of',
  'a million',
  'tons of',
  'loads of',
  'too many',
  'a double',
  'double shift',
  'nonstop',
  'every day',
] as const;

/** The moment a back goes: said with a load kept up ("all day, then I twisted"), still a sudden start. */
export const MOMENT_WORDS = [
  'sudden',
  'suddenly',
  'twist',
  'turned',
  'pop',
  'snap',
  'jerk',
  'jolt',
  'gave way',
  'gave out',
  'went',
  'caught',
  'seized',
  'grabbed',
  'locked',
  'clicked',
  'tweaked',
  'pulled',
  'felt it',
  'fell',
  'tripped',
  'slipped',
  'one heavy',
  'awkward',
  'the wrong way',
] as const;

/** How the spasm started, in people's words. Long lists: this is how people describe it. */
export const SITUATION_WORDS: Readonly<Record<SituationId, readonly string[]>> = {
  sudden: [
    'sudden',
    'suddenly',
    'all of a sudden',
    'a sudden move',
    'a sudden movement',
    'lift',
    'lifting something heavy',
    'lifting a box',
    'lifting boxes',
    'pick up',
    'picking something up',
    'picking up my kid',
    'picking up my toddler',
    'bend over',
    'bending down',
    'bent over',
    'twist',
    'twisted',
    'turning too fast',
    'turned to',
    'turned around',
    'reaching',
    'moving furniture',
    'moving a couch',
    'moving something',
    'moved the',
    'shifting a sofa',
    'shifting heavy',
    'something heavy',
    'heavy lifting',
    'jumped',
    'jumping',
    'slipped',
    'landed weird',
    'landed awkwardly',
    'hauling',
    'lugging',
    'heaving',
    'transferring a patient',
    'moving a patient',
    'lifting a patient',
    'stood up too quick',
    'stood up quickly',
    'got up too fast',
    'reached under',
    'reached up',
    'tackled',
    'a rebound',
    'moving house',
    'carry',
    'carrying something',
    'carrying heavy',
    'carrying boxes',
    'twinge',
    'wrenched',
    'chucking',
    'getting out of the car',
    'checked into the boards',
    'turned quickly',
    'turned suddenly',
    'sneezing',
    'deadlift',
    'threw my back out',
    'pulled my back',
    'put my back out',
    'tweaked my back',
    'jarred my back',
    'strain',
    'a tear',
    'torn',
    // One movement with a load: the verb says it, whatever was moved.
    'bending',
    'bent',
    'pull',
    'yanked',
    'yanking',
    'dragged',
    'dragging',
    'threw',
    'throwing',
    'tossed',
    'tossing',
    'hoisted',
    'reached over',
    'reached for',
    'tweaked',
    'on my swing',
    'mid swing',
    'swinging a club',
    // Things people lift and name instead of the lifting.
    'suitcase',
    'luggage',
    'kayak',
    'canoe',
    'wheelie bin',
    'case of water',
    'bag of concrete',
    'bag of cement',
    'furniture',
    'wardrobe',
    'moving the couch',
    'moving the sofa',
    // A fall, a cough: the sudden movements people name.
    'wiped out',
    'fell over',
    'fell down',
    'fell off',
    'fell on',
    'a fall',
    'tripped',
    'cough',
    'coughing fit',
  ],
  inflamed: [
    'red',
    'reddish',
    'red and hot',
    'hot to the touch',
    'warm to the touch',
    'redness',
    'inflamed',
    'inflammation',
    'swollen',
    'swelling',
    'red hot',
    'hot and red',
    'red and warm',
    'warm and red',
    'very hot',
    'hot to touch',
  ],
  stress: [
    'stress',
    'stressed',
    'stressed out',
    'tensed',
    'my boss',
    'pressure',
    'worrying',
    'stressful',
    'tension',
    'tense',
    'anxious',
    'anxiety',
    'worried',
    'worry',
    'nervous',
    'pressure at work',
    'deadlines',
    'exams',
    'work stress',
    'a stressful week',
    'divorce',
    'grief',
    'money worries',
    'wound up',
    'uptight',
    'on edge',
    'manic',
    'hectic',
    // Said of stress, "carry" is no lifting.
    'carry my stress',
    'carry all my stress',
    'carry stress',
    'carrying stress',
  ],
  overuse: [
    ...ONSET_WORDS,
    'overuse',
    'overused',
    // Lifting again and again wears a muscle out: no one sudden move.
    'lots of lifting',
    'a lot of lifting',
    'overdoing it',
    'doing too much',
    'too much work',
    'overdid it',
    'overdone it',
    'overdo it',
    'overworked',
    'fatigue',
    'too much exercise',
    'the gym',
    'a workout',
    // Not "training" alone: its stem is "train", as in "on the train".
    'at training',
    'in training',
    'training hard',
    'training session',
    'weight training',
    'gardening',
    'yard work',
    'digging',
    'a long run',
    'running',
    'cycling',
    'a bike ride',
    'a long shift',
    'long shifts',
    'night shift',
    'shift work',
    'on my feet all day',
    'on my feet',
    'stacking shelves',
    'stocking shelves',
    'surfing',
    'swimming',
    'hiking',
    'working too hard',
    'standing all day',
    'repetitive work',
    'shovelling',
    'shoveling',
    'hoovering',
    'vacuuming',
    'twelve hour shifts',
    'brutal week',
    'cleaning',
    'housework',
    'chores',
    'tournament',
    'overtime',
    'on the tools',
    'cooked',
    'long hours',
    'raking',
    'weeding',
    'pulling weeds',
    'mowing',
    // Held in one position too long.
    'hunched over',
    'hunching',
    'slouching',
    'at my desk all day',
    'sitting all day',
    'gaming',
    'a double shift',
    'double shifts',
    'decorating',
    'painting the house',
  ],
  stretching: [
    'stretch',
    'stretching',
    'stretches',
    'about to stretch',
    'yoga',
    'pilates',
    'my stretching routine',
    'physio exercises',
  ],
};

/** What people call ice and heat, across the English locales. */
export const TREATMENT_WORDS: Readonly<Record<Treatment, readonly string[]>> = {
  ice: [
    'ice',
    'cold',
    'ice pack',
    'cold pack',
    'cold compress',
    'frozen peas',
    'a bag of frozen peas',
    'a bag of ice',
    'ice bag',
    'icing',
    'something cold',
    'gel pack',
    'ice from the esky',
    'ice cubes',
  ],
  heat: [
    'heat',
    'warmth',
    'heating pad',
    'heat pad',
    'heat pack',
    'hot pack',
    'hot water bottle',
    'hot water bag',
    'wheat bag',
    // Canada's microwavable heat pack.
    'magic bag',
    'hot fomentation',
    'fomentation',
    'warm compress',
    'hot compress',
    'a hot bath',
    'a hot shower',
    'a warm towel',
    'something warm',
    'electric blanket',
    'heat wrap',
  ],
};

/** Saying a spasm stops you doing something everyday is saying it is severe: each of these … */
const CANNOT = ["can't", 'cannot', "can't even", 'can barely', 'can hardly', 'not able to', 'unable to'];
/** … before one of these (short: a long synonym lets the console's NLU stretch a slot over a sentence). */
const EVERYDAY = [
  'move',
  'walk',
  'stand',
  'stand up',
  'straighten up',
  'sit',
  'bend',
  'bend over',
  'get up',
  'sleep',
  'crawl',
  'breathe',
  'drive',
  'work',
  'roll over',
  'get dressed',
  'make it to',
  'go to work',
  'get off the floor',
  'turn over',
  'put weight on',
];

/** Severe pain: the doctor answer, whatever else was said. */
export const SEVERITY_WORDS = [
  ...CANNOT.flatMap((cannot) => EVERYDAY.map((move) => `${cannot} ${move}`)),
  "can't get out of bed",
  'worst',
  'ten out of ten',
  'nine out of ten',
  'eight out of ten',
  'off the charts',
  'extreme',
  'too much pain',
  'pain is too much',
  'so painful',
  'very painful',
  'screaming',
  'severe',
  'severe pain',
  'unbearable',
  'excruciating',
  'agony',
  'agonising',
  'agonizing',
  'worst pain',
  'killing me',
  'really bad',
  "pain's unreal",
  'unreal pain',
  'very bad',
  'so bad',
  'really painful',
  'terrible pain',
  'intense pain',
  'barely move',
  'barely walk',
  'barely crawl',
  'crying',
  'getting worse',
  'worse and worse',
  // Measured against another pain ("worse than childbirth") or off the scale.
  'worse than',
  'off the scale',
  'eleven out of ten',
  'an eleven',
  // What the pain has done to them: signs a person would not say of a mild spasm.
  'had to crawl',
  'crawling',
  'in tears',
  'was sick',
  'threw up',
  'throwing up',
  'passed out',
  'pass out',
  'ambulance',
  'laid up',
  'bedridden',
  'stuck in bed',
  'off my feet',
  'off me feet',
  'frozen in place',
  'stuck in place',
  'locked in place',
  // Words for pain that stops a life, and what it stopped.
  'horrendous',
  'horrific',
  'debilitating',
  'crippling',
  'crippled',
  'paralysed',
  'paralyzed',
  'doubled over',
  'writhing',
  'in bits',
  "can't do anything",
  "can't function",
  'never had pain like this',
  'called in sick',
  'had to leave work',
  'stuck on the floor',
  'hurts to breathe',
] as const;

/**
 * Signs the nerves are involved: numbness, tingling, pain running down a leg. Not in the article, but
 * nothing the skill says should stand between them and a doctor: the doctor answer, before any other.
 */
/** What ice does, said with a nerve word: "ice numbs the pain" is not numbness. */
export const NUMBING_SAYINGS = ['numb the pain', 'numb the first pain', 'numb it', 'numb the area'] as const;

export const NERVE_WORDS = [
  'numb',
  'numbness',
  'tingling',
  'tingle',
  'pins and needles',
  "can't feel",
  'cannot feel',
  'shooting down',
  'shooting pain',
  'radiating',
  'down my leg',
  'down me leg',
  'down the back of my leg',
  'down the back of me leg',
  'into my foot',
  'going down to my leg',
  'down both legs',
  'to both legs',
  // Legs that will not carry: weakness, not only pain.
  "can't move my legs",
  'can barely move my legs',
  'can hardly move my legs',
  'legs gave way',
  'legs went weak',
  'legs are weak',
  // Bladder or bowel trouble with back pain: a sign to see a doctor at once.
  'bladder',
  'bowel',
  'wet myself',
  'incontinence',
  'incontinent',
] as const;

/** Spasms that keep coming back: the doctor answer about recurring spasms. */
export const RECURRENCE_WORDS = [
  'keeps coming back',
  'keep coming back',
  'keeps happening',
  'keeps spasming',
  'keep getting',
  'keeps going into spasm',
  'keeps cramping',
  'keep cramping',
  'keeps seizing up',
  'keeps locking up',
  'keeps hurting',
  'comes back',
  'coming back',
  // Indian English: "it keeps coming again and again".
  'keeps coming again',
  'keep coming again',
  'comes again',
  'coming again',
  'again and again',
  'over and over',
  'on and off',
  'all the time',
  'every month',
  'every week',
  'every few weeks',
  'every couple of weeks',
  'every couple of days',
  'every couple of months',
  'every few months',
  'every year',
  'recurring',
  'recurrent',
  'chronic',
  'third time',
  'fourth time',
  'fifth time',
  // Counting the spasms themselves: "fourth spasm this year".
  'second spasm',
  'third spasm',
  'fourth spasm',
  'fifth spasm',
  'repeatedly',
  'every other',
  'becoming a habit',
  'again this year',
  'second time this month',
  'every winter',
  'every summer',
  'ever since then',
  'frequent',
  'frequently',
  'happens a lot',
  'regularly',
  'constantly',
  'gone again',
  'went again',
  'happened again',
  'happening again',
  'spasming again',
  'locked up again',
  'seized up again',
  'out again',
  'same as last time',
  'like last time',
  'every time i',
  'once a month',
  'twice a year',
  'a few times a year',
  'several times a year',
  'keeps on happening',
  'happens every year',
] as const;

/**
 * Heard in the words, but no synonyms of a slot value, where entity resolution's partial match
 * would take everyday words for them: "what time of day" for "lots of times", "I did my back last
 * year" for "since last year". And "still as bad" would make "bad" count for less in "it's that bad".
 */
export const HEARD_ONLY = {
  recurring: [
    'loads of times',
    'lots of times',
    'heaps of times',
    'plenty of times',
    'several times',
    'times before',
    'every so often',
    'every now and then',
    'from time to time',
    'off and on',
    'not the first time',
  ],
  lasting: ['since last year', 'still as bad', 'still just as bad'],
} as const;

/** Pain that has lasted: the doctor answer. Spoken durations are read by cues.ts; these say "no better". */
export const LASTING_WORDS = [
  "hasn't eased",
  "hasn't gone",
  "hasn't gone away",
  "won't go away",
  "isn't going away",
  'not going away',
  'not going',
  "isn't easing",
  'not easing',
  'no better',
  'not any better',
  "isn't any better",
  'not getting any better',
  "isn't getting any better",
  'not improving',
  "hasn't improved",
  'not improved',
  'still the same',
  // "Settle", as the UK and Australia say of pain easing.
  "doesn't settle",
  "won't settle",
  "hasn't settled",
  'not settling',
  'not getting better',
  "isn't getting better",
  'still hurts',
  'still hurting',
  'still sore',
  'still painful',
  'still not right',
  'still spasming',
  'still going',
  'still in spasm',
  'still tight',
  'still stiff',
  'still locked up',
  // "Day six of this": counting the days (with "of this", so a number alone is not a duration).
  ...['three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((count) => `day ${count} of this`),
  'not right after',
  'no relief',
  'for days',
  'for weeks',
  'for months',
  'for a while now',
  'many days',
  'several days',
  'a few days now',
  // Counting from a day gone by: safety first, since it may well be a few days.
  'since last week',
  'since last month',
  'since the weekend',
  ...['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((day) => [
    `since ${day}`,
    `since last ${day}`,
  ]),
  'since the bank holiday',
  'since the long weekend',
  // Holidays people date things by: weeks ago, as often as not.
  ...['christmas', 'boxing day', 'new year', 'easter', 'thanksgiving', 'diwali', 'halloween'].map(
    (holiday) => `since ${holiday}`,
  ),
] as const;

/** Medicines: asked about, they get the medicine answer; asked for a dose, never a number. */
export const MEDICINE_WORDS = [
  'medicine',
  'medication',
  'meds',
  'drug',
  'pill',
  'tablet',
  'painkiller',
  'pain killer',
  'pain relief',
  'muscle relaxant',
  'relaxant',
  'prescription',
  // Where medicine comes from: "can the chemist give me something for it".
  'chemist',
  'pharmacist',
  'pharmacy',
  'valium',
  'diazepam',
  'ibuprofen',
  'advil',
  'motrin',
  'nurofen',
  'paracetamol',
  'acetaminophen',
  'tylenol',
  'panadol',
  'aspirin',
  'naproxen',
  'aleve',
  'codeine',
  'tramadol',
  'opioid',
  'cyclobenzaprine',
  'flexeril',
  'muscle relaxer',
  'anything stronger',
  'something stronger',
] as const;

/** Supplements the article names (and their kin): the supplements answer. */
export const SUPPLEMENT_WORDS = [
  'supplement',
  'calcium',
  'magnesium',
  'vitamin',
  'mineral',
  'nutrient',
  'potassium',
  'vitamin d',
  'multivitamin',
  'calcium tablets',
  'magnesium tablets',
  'calcium tablet',
] as const;

/** Neurological conditions the article links to recurring spasms. */
export const NEUROLOGICAL_WORDS = [
  "parkinson's",
  'parkinsons',
  "parkinson's disease",
  'neurological',
  'neurological disorder',
  'nerve disease',
  'nerve problem',
  'nerve damage',
  'tremor',
  'shaking',
  'trembling',
  'shaky hands',
  'multiple sclerosis',
  'ms',
] as const;

/** Conditions the article says nothing about: a polite refusal, never a guess. */
export const OTHER_CONDITIONS = [
  'migraine',
  'diabetes',
  'diabetic',
  'cancer',
  'covid',
  'flu',
  // Not "a cold" alone: "a cold pack", "a cold compress".
  'have a cold',
  'got a cold',
  'caught a cold',
  'had a cold',
  'with a cold',
  'of a cold',
  'for a cold',
  'a head cold',
  'the common cold',
  'fever',
  'arthritis',
  'asthma',
  'blood pressure',
  'blood sugar',
  'cholesterol',
  'pregnancy',
  'pregnant',
  'expecting a baby',
  'expecting our',
  'seventh month',
  'temperature',
  'depression',
  'insomnia',
  'sciatica',
  'slipped disc',
  'herniated disc',
  'kidney stones',
  'kidney',
  'fibromyalgia',
  'dehydration',
  'heartburn',
  'acidity',
  'sunburn',
  'hangover',
  'my period',
  'period cramps',
  'period pain',
  'menstrual',
] as const;

/** Words that ask for an amount: with a medicine, a dose question. */
export const DOSE_WORDS = [
  'dose',
  'dosage',
  'how much',
  'how many',
  'mg',
  'milligram',
  'gram',
  'amount',
  'maximum',
  'max',
  'safe amount',
  'at once',
  'five mg',
  'ten mg',
] as const;

/**
 * Games and matches: outside the skill when asked about on their own ("who won the cricket"), but
 * people hurt their backs playing them, so a mention of the back keeps the question in.
 */
export const GAME_WORDS = [
  'football',
  'footy',
  'soccer',
  'cricket',
  'basketball',
  'baseball',
  'hockey game',
  'the game',
  'the match',
  'the score',
  'who won',
  'game',
  'won',
] as const;

/**
 * Animals: the article is about a person's back, so an animal's sore back is outside the skill. Not
 * "horse": a charley horse is a cramp in a person's leg.
 */
export const ANIMALS = ['dog', 'puppy', 'cat', 'kitten', 'pony', 'pet', 'rabbit'] as const;

/**
 * How people say something is theirs. The animal slot's values carry it ("my dog"), so the skill can
 * tell "my dog hurt his back" from "I picked up the cat and my back went"; "me lower back" is the
 * user's own back, not a question about lower backs.
 */
export const OWNERS = ['my', 'our', 'me'] as const;

/** "my dog", "our cat": each of `animals` as the user's own. */
export function ownedAnimals(animals: readonly string[]): string[] {
  return OWNERS.flatMap((owner) => animals.map((animal) => `${owner} ${animal}`));
}

/** Said with an owner or a back, a horse is an animal, not the charley horse. */
const ANIMALS_AND_HORSES = [...ANIMALS, 'horse'];

/** An animal the user calls theirs ("my dog", "our horse"), or an animal's back: not the user's back. */
export const OWNED_ANIMALS = [
  ...ownedAnimals(ANIMALS_AND_HORSES),
  ...ANIMALS_AND_HORSES.map((animal) => `${animal}'s back`),
];

/**
 * Subjects outside the skill. Said with the user's own back ("grabbing the shopping and my back
 * went"), they are part of the story instead.
 */
export const OTHER_SUBJECTS = [
  'weather',
  'forecast',
  'rain',
  'joke',
  'song',
  'music',
  'podcast',
  'news',
  'headlines',
  'recipe',
  'cook',
  'bake',
  'capital',
  'president',
  'movie',
  'film',
  'traffic',
  'cab',
  'taxi',
  'shopping list',
  'times table',
  'buy',
  'near me',
  'shop',
  'store',
  'my drink',
  'ice cream',
  'microwave',
  'dinner',
  'calories',
  'thermostat',
  'skate',
  // Ice and heat outside the body: drinks, roads, pipes, pools; and things to order.
  'margarita',
  'cocktail',
  'black ice',
  'icy roads',
  'pipes',
  'hot tub',
  'spa pool',
  'order me',
  'amazon',
  'weight loss',
] as const;
