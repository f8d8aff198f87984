/**
 * Everything the skill knows, in our own words, written for the ear.
 * Source: the seed article "Lower Back Muscle Spasm Heat or Cold Treatment"; each topic names the
 * section and fact ids (F1–F20) it draws on. Adding a fact means adding or editing a topic here.
 */
import type { ReminderKind } from './reminders';
import type { SituationId } from './situations';
import type { Provenance } from './types';

export const TOPIC_IDS = [
  'spasm',
  'causes',
  'lower-back',
  'ice-and-heat',
  'injury',
  'stress',
  'stress-care',
  'overuse',
  'contraction',
  'sudden',
  'timing',
  'ice',
  'heat',
  'stretching',
  'massage',
  'inflammation',
  'supplements',
  'doctor',
  'parkinsons',
  'medicine',
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

/** One topic; its id (a key of TOPICS) is also the id of the TopicType slot value that asks for it. */
export interface Topic {
  /** Card title. */
  title: string;
  /** The spoken answer, plain text, at most 60 words. */
  speech: string;
  /** Card body: the answer written out, with steps where there are steps. */
  cardText: string;
  /** The reason behind the answer, spoken when the user asks "why". */
  why: string;
  /** Further detail, one layer per "tell me more". */
  more: readonly string[];
  /** A yes/no question that offers this topic to the user ("Would you like to know …?"). */
  teaser: string;
  /** The topic offered after this one. */
  next: TopicId;
  /** What comes after this advice in time, for "and after that?"; without it, "tell me more". */
  afterThat?: TopicId;
  /** Ice-first advice: offer a 20-minute timer for the switch to heat instead of the next topic. */
  offersTimer?: boolean;
  /** Advice that lasts over days: offer this reminder (once a session) instead of the next topic. */
  offersReminder?: ReminderKind;
  /**
   * The situation this topic is plainly about, when it is not a situation's own advice topic, so
   * "what about heat?" right after it is judged for that situation.
   */
  aboutSituation?: SituationId;
  /**
   * What to put on or do for the spasm: never spoken while the talk is on another part of the body,
   * nor right after a statement of pain that needs a doctor (lambda/handlers/caution.ts).
   */
  advises?: true;
  /** Ice, heat or both in general: asked along with how the spasm started, that start's advice answers. */
  dependsOnStart?: true;
  /** Extra words people use for this topic, for free-form question lookup. */
  keywords: readonly string[];
  provenance: Provenance;
}

export const TOPICS: Readonly<Record<TopicId, Topic>> = {
  spasm: {
    title: 'What a muscle spasm is',
    speech:
      "A muscle spasm is a muscle tightening all by itself. You don't choose to clench it; it just happens. When it clenches too hard, it hurts.",
    cardText: 'A spasm is an involuntary contraction: the muscle tightens without you choosing to.',
    why: 'The muscle is reacting to something. Usually that is an injury, a tired muscle, or stress.',
    more: ['In the lower back, spasms are common, because that part of the back takes so much pressure.'],
    teaser: 'Would you like to know what a spasm is?',
    next: 'causes',
    keywords: ['involuntary', 'contraction', 'clench', 'tight', 'definition', 'mean', 'own'],
    provenance: { section: 'Introduction', facts: ['F1'] },
  },
  causes: {
    title: 'What causes a back spasm',
    speech:
      'Three things usually set off a back spasm. An injury, a muscle that is worn out, or stress. Each one calls for slightly different care.',
    cardText: 'Common triggers:\n• an injury\n• fatigue from overuse\n• stress',
    why: 'In each case the muscle tightens for a reason: to guard an injury, because it is exhausted, or because stress keeps it braced.',
    more: [
      'With an injury, the muscle tightens to guard itself. With overuse, it is too tired to let go. With stress, you keep it braced without noticing.',
    ],
    teaser: 'Would you like to hear what causes a back spasm?',
    next: 'lower-back',
    keywords: ['cause', 'trigger', 'reason', 'happen', 'start', 'origin', 'source', 'make'],
    provenance: { section: 'Introduction', facts: ['F2'] },
  },
  'lower-back': {
    title: 'Why the lower back spasms',
    speech:
      'Your lower back carries a huge load all day. All that pressure makes it more likely to go into spasm than other parts of the back.',
    cardText: 'The lower back bears a great deal of pressure, which makes it more prone to spasms.',
    why: 'It is the pressure. The lower back supports so much weight that its muscles are under strain more often.',
    more: [
      'The good news is that ice and heat, used at the right moments, can help a lower back spasm let go sooner.',
    ],
    teaser: 'Would you like to know why the lower back spasms so easily?',
    next: 'ice-and-heat',
    keywords: ['lower', 'pressure', 'prone', 'load', 'weight', 'easily', 'often', 'common', 'vulnerable'],
    provenance: { section: 'Introduction', facts: ['F3'] },
  },
  'ice-and-heat': {
    advises: true,
    dependsOnStart: true,
    title: 'Ice and heat for a spasm',
    speech:
      'Ice and heat can both help, as long as each is used at the right time. Then the spasm relaxes sooner. Which comes first depends on how the spasm started.',
    cardText:
      'Ice and heat, used at the right times, help a spasm relax sooner.\n• Sudden, after lifting: ice first, then heat after about 20 minutes.\n• Stress or tiredness: heat.',
    why: 'Each does a different job. Ice calms inflammation, and heat brings blood flow and helps the muscle relax.',
    more: [
      'After a sudden strain, ice comes first. With stress or tiredness, heat does more. Tell me how yours started and I will say which.',
    ],
    teaser: 'Would you like to hear how ice and heat help?',
    next: 'sudden',
    keywords: [
      'ice',
      'heat',
      'treat',
      'treatment',
      'choose',
      'choice',
      'versus',
      'either',
      'difference',
      'better',
    ],
    provenance: { section: 'Introduction', facts: ['F4'] },
  },
  injury: {
    title: 'How an injury sets off a spasm',
    speech:
      'When a muscle is hurt, its nerve cells send a damage report up your spinal cord to the brain. Nerves called alpha motor neurons then order the muscle to tighten and guard itself. Too much tightening is what hurts.',
    cardText:
      'Injury → nerve cells in the muscle report damage to the brain via the spinal cord → alpha motor neurons tell the muscle to contract to protect it → too much contraction causes the pain.',
    why: 'The tightening is meant as protection. It only becomes a problem when the muscle overdoes it.',
    more: [
      'So the clench is only the messenger. It makes more sense to deal with whatever caused the pain, not just the tight muscle.',
    ],
    teaser: 'Would you like to know how an injury sets off a spasm?',
    next: 'sudden',
    afterThat: 'sudden',
    keywords: [
      'injury',
      'nerve',
      'brain',
      'spinal',
      'cord',
      'neuron',
      'protect',
      'damage',
      'source',
      'hurt',
      'tighten',
    ],
    provenance: { section: 'Spasm in Response to Injury', facts: ['F5', 'F6'] },
  },
  stress: {
    aboutSituation: 'stress',
    title: 'How stress causes a spasm',
    speech:
      'Under stress we brace our muscles, as though we expect to be hit. Some people keep that tension in their back. Muscles held tight that long get tired, and a tired muscle can spasm.',
    cardText: 'Stress → muscles held tight as if bracing for a blow → tired muscles → spasm.',
    why: 'Holding a muscle tense for a long time tires it out, and tired muscles are the ones that spasm.',
    more: ['You may not notice you are doing it. Many people carry stress in the back without realising.'],
    teaser: 'Would you like to know how stress can cause a spasm?',
    next: 'stress-care',
    afterThat: 'stress-care',
    keywords: ['tense', 'emotional', 'mental', 'hold', 'make', 'stress', 'tension'],
    provenance: { section: 'Spasm in Response to Stress', facts: ['F7'] },
  },
  'stress-care': {
    advises: true,
    offersReminder: 'check-in',
    title: 'Heat for a stress spasm',
    speech:
      'For a spasm from stress, choose heat. Ice might numb the first pain, but heat does far more to loosen the muscle. Warmth is comforting too, which eases the stress behind it. A massage may also help.',
    cardText:
      'Stress spasm:\n1. Apply heat to release the muscle.\n2. Let the comfort of warmth ease the stress.\n3. A massage may also help.',
    why: 'Stress keeps the muscle braced, and warmth helps it let go. Heat also feels soothing, which calms the stress that started the spasm.',
    more: [
      'Ice is not wrong here, it just does less. It can numb the early pain, but it will not release the muscle the way heat does.',
    ],
    teaser: 'Would you like to hear how to ease a spasm caused by stress?',
    next: 'massage',
    afterThat: 'massage',
    keywords: ['stress', 'tension', 'relax', 'calm', 'comfort', 'soothing', 'heat', 'ease', 'relief', 'work'],
    provenance: { section: 'Spasm in Response to Stress', facts: ['F8'] },
  },
  overuse: {
    advises: true,
    offersReminder: 'check-in',
    title: 'An overworked back',
    speech:
      "Your back is most at risk when a muscle is asked to do more than it can handle. An overworked muscle can get stuck tight and can't let go. Time, heat and massage all help it relax.",
    cardText: 'Overuse spasm:\n1. Rest: give it time.\n2. Apply heat.\n3. Massage the area.',
    why: "When a muscle is overused, it ends up with too much calcium, the substance that makes muscles contract. So it can't relax until that settles.",
    more: [
      'Inside the muscle, calcium is what makes it contract. After overuse there is too much of it, so the muscle stays locked.',
    ],
    teaser: 'Would you like to know what to do for an overworked back?',
    next: 'contraction',
    afterThat: 'massage',
    keywords: ['overuse', 'tired', 'overwhelmed', 'exercise', 'rest', 'push', 'hard', 'gardening', 'shift'],
    provenance: { section: 'Spasm in Response to Overuse', facts: ['F9', 'F11'] },
  },
  contraction: {
    title: 'How a muscle contracts',
    speech:
      'Muscle fibres are built from two proteins, actin and myosin. A nerve signal releases calcium, and the calcium makes those proteins slide over each other. That sliding is a contraction.',
    cardText:
      'Nerve signal → calcium released → actin and myosin slide past each other → the muscle contracts.',
    why: 'Calcium is the trigger. Without it the proteins stay put; with too much of it, the muscle stays contracted.',
    more: [
      'That is why overuse matters. An overworked muscle has too much calcium, so it cannot relax on its own.',
    ],
    teaser: 'Would you like to hear how calcium makes a muscle contract?',
    next: 'supplements',
    keywords: ['calcium', 'actin', 'myosin', 'protein', 'fibre', 'contract', 'slide'],
    provenance: { section: 'Spasm in Response to Overuse', facts: ['F10', 'F11'] },
  },
  sudden: {
    advises: true,
    offersReminder: 'check-in',
    offersTimer: true,
    title: 'Sudden spasm after lifting: ice, then heat',
    speech:
      'A spasm that strikes right after lifting or a sudden move may mean some muscle fibres have torn. Start with ice to calm the inflammation. After about twenty minutes, switch to heat. Heat brings blood flow and helps the muscle relax.',
    cardText:
      'Sudden spasm after lifting:\n1. Ice first, to reduce inflammation.\n2. After about 20 minutes, switch to heat.\n3. Heat brings blood flow and helps the muscle relax.',
    why: 'Torn fibres get inflamed, and ice calms inflammation, so it goes first. Then heat takes over, because blood flow and warmth help the muscle let go.',
    more: [
      'If the area also looks red or feels hot, that is a sign of inflammation, which is one more reason to start with ice.',
    ],
    teaser: 'Would you like to hear what to do when a spasm hits right after lifting?',
    next: 'timing',
    afterThat: 'timing',
    keywords: [
      'sudden',
      'lift',
      'box',
      'heavy',
      'tear',
      'strain',
      'twist',
      'bent',
      'bend',
      'furniture',
      'awkward',
    ],
    provenance: { section: 'Spasm in Response to Overuse', facts: ['F12', 'F13'] },
  },
  timing: {
    advises: true,
    aboutSituation: 'sudden',
    offersTimer: true,
    title: 'Ice for about 20 minutes, then heat',
    speech:
      'After a sudden strain, keep the ice on for about twenty minutes. Then take it off and switch to heat, to bring blood flow and help the muscle relax.',
    cardText: '1. Ice: about 20 minutes.\n2. Then heat: brings blood flow and relaxes the muscle.',
    why: 'The ice calms the inflammation first. Once that is done, heat helps the muscle relax.',
    more: ['For a spasm from stress or tiredness you can skip the ice and go straight to heat.'],
    teaser: 'Would you like to know how long to keep the ice on?',
    next: 'stretching',
    afterThat: 'heat',
    keywords: [
      'long',
      'minutes',
      'twenty',
      '20',
      'switch',
      'change',
      'after',
      'timing',
      'keep',
      'leave',
      'stop',
      'off',
      'remove',
      'until',
      'start',
      'between',
      'first',
      'next',
    ],
    provenance: { section: 'Spasm in Response to Overuse', facts: ['F13'] },
  },
  ice: {
    advises: true,
    dependsOnStart: true,
    title: 'When ice helps',
    speech:
      'Ice calms inflammation. Reach for it first after a sudden strain, like lifting, for about twenty minutes. It also suits a sore spot that looks red or feels hot.',
    cardText:
      'Use ice:\n• first, after a sudden strain such as lifting (about 20 minutes)\n• on an area that is red or hot',
    why: 'Inflammation is the problem ice solves, and a sudden tear or a red, hot area both point to inflammation.',
    more: ['For a stress spasm, ice may numb the first pain, but heat does much more to release the muscle.'],
    teaser: 'Would you like to know when ice helps?',
    next: 'heat',
    afterThat: 'timing',
    keywords: ['ice', 'pack', 'peas', 'bag', 'compress', 'numb'],
    provenance: { section: 'Solutions to Spasm', facts: ['F13', 'F16', 'F8'] },
  },
  heat: {
    advises: true,
    dependsOnStart: true,
    title: 'When heat helps',
    speech:
      'Heat brings blood flow and helps a tight muscle relax. It is the main help for stress or an overworked muscle. After a sudden strain it follows the ice. And it is good before and after stretching.',
    cardText:
      'Use heat:\n• for stress or overuse\n• after about 20 minutes of ice, following a sudden strain\n• before and after stretching',
    why: 'Warmth increases blood flow and loosens the muscle, and it is comforting, which helps when stress is behind the spasm.',
    more: [
      'With stress, the comfort of warmth matters too. It eases the stress that keeps the muscle braced.',
    ],
    teaser: 'Would you like to know when heat helps?',
    next: 'stretching',
    keywords: ['heat', 'pad', 'bottle', 'bath', 'shower', 'towel', 'blood', 'flow'],
    provenance: { section: 'Solutions to Spasm', facts: ['F8', 'F11', 'F13', 'F15'] },
  },
  stretching: {
    advises: true,
    title: 'Stretching with heat',
    speech:
      'Gentle stretching can loosen muscles that have tightened up. Warm the sore area with heat before you stretch, and again afterwards. That helps smooth out the tension.',
    cardText: 'Stretching:\n1. Heat the area.\n2. Stretch gently.\n3. Heat the area again.',
    why: 'Heat loosens the muscle, so the stretch goes more smoothly and the tension eases.',
    more: ['Keep it gentle. The aim is to loosen the muscle, not to push through pain.'],
    teaser: 'Would you like some tips on stretching?',
    next: 'supplements',
    // "And after?": heat again, as this answer says.
    afterThat: 'stretching',
    keywords: [
      'stretch',
      'exercise',
      'yoga',
      'flexible',
      'flexibility',
      'move',
      'movement',
      'gentle',
      'pilates',
    ],
    provenance: { section: 'Solutions to Spasm', facts: ['F14', 'F15'] },
  },
  massage: {
    advises: true,
    title: 'Massage',
    speech:
      'A massage can help in two cases. With a stress spasm, it helps alongside heat. With an overworked muscle, time, heat and massage together help it relax.',
    cardText: 'Massage may help:\n• a stress spasm, alongside heat\n• an overused muscle, with time and heat',
    why: 'Both kinds of spasm come from a muscle that cannot let go, and massage helps it release.',
    more: ['For a sudden spasm after lifting, start with ice and then heat.'],
    teaser: 'Would you like to know whether massage helps?',
    next: 'stretching',
    keywords: ['massage', 'therapist', 'hands', 'oil'],
    provenance: { section: 'Spasm in Response to Stress', facts: ['F8', 'F11'] },
  },
  inflammation: {
    advises: true,
    offersReminder: 'check-in',
    offersTimer: true,
    title: 'Red or hot: ice for inflammation',
    speech:
      'Ice eases inflammation. A sore spot that looks red or feels hot is a common sign of inflammation, so that is a good place for ice.',
    cardText: 'Red or hot area → likely inflammation → use ice.',
    why: 'Cold calms inflammation, and redness or heat in the area is how inflammation often shows.',
    more: [
      'A sudden spasm after lifting can also inflame the muscle, which is why ice comes first there too.',
    ],
    teaser: 'Would you like to know what a red or hot area means?',
    next: 'doctor',
    afterThat: 'timing',
    keywords: ['inflammation', 'red', 'swollen', 'hot', 'touch', 'sign'],
    provenance: { section: 'Solutions to Spasm', facts: ['F16'] },
  },
  supplements: {
    advises: true,
    offersReminder: 'supplement',
    title: 'Calcium and magnesium',
    speech:
      'Calcium and magnesium help power the nerves that control your muscles. A daily supplement can top them up. I cannot advise on amounts; a pharmacist or doctor can.',
    cardText:
      'A daily supplement of calcium and magnesium replenishes nutrients that stimulate the nerves controlling your muscles.',
    why: 'Those minerals feed the nerves that tell your muscles what to do.',
    more: ['Calcium also plays a part inside the muscle itself, where it triggers each contraction.'],
    teaser: 'Would you like to hear about calcium and magnesium supplements?',
    next: 'doctor',
    keywords: ['supplement', 'magnesium', 'calcium', 'diet', 'daily', 'food', 'eat', 'deficiency'],
    provenance: { section: 'Solutions to Spasm', facts: ['F17'] },
  },
  doctor: {
    title: 'When to see a doctor',
    speech:
      'Please see a doctor if a spasm is severe. A bad spasm can be a sign of something more serious. The same goes for pain that has not eased after a few days, or spasms that keep coming back.',
    cardText:
      'See a doctor for:\n• a severe spasm\n• pain that does not ease within a few days\n• spasms that keep coming back',
    why: 'A severe spasm can point to a more serious condition, and only a doctor can check for that.',
    more: [
      "Spasms that keep returning can come from a neurological disorder, such as Parkinson's disease.",
      'If the pain lasts, a doctor may prescribe medicine, such as a muscle relaxant.',
    ],
    teaser: 'Would you like to know when to see a doctor?',
    next: 'medicine',
    afterThat: 'medicine',
    keywords: ['doctor', 'severe', 'serious', 'emergency', 'worse', 'bad', 'lasting', 'pain', 'check'],
    provenance: { section: 'Closing paragraph: when to see a doctor', facts: ['F18', 'F19', 'F20'] },
  },
  parkinsons: {
    title: 'Spasms that keep coming back',
    speech:
      "Spasms that keep returning can have a neurological cause. Parkinson's disease is one example. That's worth talking over with a doctor.",
    cardText:
      "Recurring spasms can be caused by neurological disorders such as Parkinson's disease. See a doctor.",
    why: 'Some conditions of the nervous system affect the signals that control muscles, so spasms can keep recurring.',
    more: [
      'A doctor can look for the cause. For one-off spasms, ice and heat at the right times are the usual help.',
    ],
    teaser: 'Would you like to know about spasms that keep coming back?',
    next: 'doctor',
    keywords: [
      'parkinsons',
      'neurological',
      'disorder',
      'disease',
      'recurring',
      'again',
      'keeps',
      'condition',
      'tremor',
    ],
    provenance: { section: 'Closing paragraph: when to see a doctor', facts: ['F19'] },
  },
  medicine: {
    title: 'Medicine for a lasting spasm',
    speech:
      "If the pain hasn't eased after a few days, see a doctor. You may need a prescription medicine, such as the muscle relaxant diazepam, also called Valium. Only a doctor can prescribe it and set the dose.",
    cardText:
      'Pain that does not ease within a few days may need prescription-only medicine, such as the muscle relaxant diazepam (Valium). Ask a doctor.',
    why: 'A spasm that lasts may need more than ice and heat, and these medicines are prescription only.',
    more: ['I cannot give doses or medical advice. A doctor or pharmacist is the right person to ask.'],
    teaser: 'Would you like to know about medicine for a spasm that lasts?',
    next: 'doctor',
    keywords: ['medicine', 'valium', 'relaxant', 'prescription', 'prescribe', 'dose', 'take', 'mg'],
    provenance: { section: 'Closing paragraph: when to see a doctor', facts: ['F20'] },
  },
};
