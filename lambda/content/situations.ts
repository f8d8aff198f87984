/**
 * How a spasm started decides ice or heat. Ids match the SituationType slot values.
 * Source: seed sections on injury, stress, overuse and solutions (F8, F11, F13, F15, F16).
 */
import type { TopicId } from './topics';
import type { Treatment } from './types';

export const SITUATION_IDS = ['sudden', 'inflamed', 'stress', 'overuse', 'stretching'] as const;
export type SituationId = (typeof SITUATION_IDS)[number];

/** How the spasm started: decides between ice and heat. Its id is also the SituationType slot value's. */
export interface Situation {
  /** The topic that holds the advice for this situation. */
  advice: TopicId;
  /** The verdict on each treatment when the user asks "what about ice / heat?" in this situation. */
  verdict: Record<Treatment, string>;
  /** Where the content tells how this start brings a spasm on, for "why does stress do that?". */
  explainedBy?: { topic: TopicId; part: 'speech' | 'why' };
}

export const SITUATIONS: Readonly<Record<SituationId, Situation>> = {
  sudden: {
    advice: 'sudden',
    explainedBy: { topic: 'injury', part: 'speech' },
    verdict: {
      ice: 'Yes, ice is right for now. Use it first, for about twenty minutes, to calm the inflammation.',
      heat: 'Heat comes second. Start with ice for about twenty minutes, then switch to heat to bring blood flow and relax the muscle.',
    },
  },
  inflamed: {
    advice: 'inflammation',
    verdict: {
      ice: 'Yes. A red or hot area points to inflammation, and ice is what eases it.',
      heat: 'For a red or hot area, start with ice, because that is a sign of inflammation and ice eases it.',
    },
  },
  stress: {
    advice: 'stress-care',
    explainedBy: { topic: 'stress', part: 'speech' },
    verdict: {
      ice: 'Ice may numb the first pain, but for a stress spasm heat does much more to release the muscle, and it is comforting too.',
      heat: 'Yes, heat is the better choice for a stress spasm. It releases the muscle, and its comfort eases the stress.',
    },
  },
  overuse: {
    advice: 'overuse',
    // Overuse's reason: too much calcium keeps the muscle from relaxing.
    explainedBy: { topic: 'overuse', part: 'why' },
    verdict: {
      ice: 'For an overworked muscle, heat helps more, along with time and massage. Ice is mainly for inflammation, such as a red or hot area.',
      heat: 'Yes. For an overworked muscle, heat helps it relax, along with time and a massage.',
    },
  },
  stretching: {
    advice: 'stretching',
    verdict: {
      ice: 'Around stretching, heat is what helps. Ice is for inflammation, such as a red or hot area.',
      heat: 'Yes. Warm the area with heat before you stretch, and again afterwards.',
    },
  },
};
