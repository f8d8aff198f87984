/**
 * How a spasm started decides ice or heat. Ids match the SituationType slot values.
 * Source: seed sections on injury, stress, overuse and solutions (F8, F11, F13, F15, F16).
 */
import type { Situation } from './types';

export const SITUATIONS = [
  {
    id: 'sudden',
    advice: 'sudden',
    verdict: {
      ice: 'Yes, ice is right for now. Use it first, for about twenty minutes, to calm the inflammation.',
      heat: 'Heat comes second. Start with ice for about twenty minutes, then switch to heat to bring blood flow and relax the muscle.',
    },
  },
  {
    id: 'inflamed',
    advice: 'inflammation',
    verdict: {
      ice: 'Yes. A red or hot area points to inflammation, and ice is what eases it.',
      heat: 'For a red or hot area, start with ice, because that is a sign of inflammation and ice eases it.',
    },
  },
  {
    id: 'stress',
    advice: 'stress-care',
    verdict: {
      ice: 'Ice may numb the first pain, but for a stress spasm heat does much more to release the muscle, and it is comforting too.',
      heat: 'Yes, heat is the better choice for a stress spasm. It releases the muscle, and its comfort eases the stress.',
    },
  },
  {
    id: 'overuse',
    advice: 'overuse',
    verdict: {
      ice: 'For an overworked muscle, heat helps more, along with time and massage. Ice is mainly for inflammation, such as a red or hot area.',
      heat: 'Yes. For an overworked muscle, heat helps it relax, along with time and a massage.',
    },
  },
  {
    id: 'stretching',
    advice: 'stretching',
    verdict: {
      ice: 'Around stretching, heat is what helps. Ice is for inflammation, such as a red or hot area.',
      heat: 'Yes. Warm the area with heat before you stretch, and again afterwards.',
    },
  },
] as const satisfies readonly Situation[];

export type SituationId = (typeof SITUATIONS)[number]['id'];
