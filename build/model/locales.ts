/**
 * What differs between the English locales: each adds its own turns of phrase to the shared phrase
 * lists. Words for things (hot water bottle, wheat bag, esky, hot fomentation) are in every locale's
 * slot types already: people travel, and Alexa's English models share them.
 */
import type { SupportedLocale } from '../config';
import type { Phrases } from './expand';

export const LOCALE_PHRASES: Readonly<Record<SupportedLocale, Phrases>> = {
  'en-US': {
    hurtIt: ['I threw my {bodyPart} out', 'my {bodyPart} is (toast|shot)'],
  },
  'en-CA': {
    hurtIt: ['I threw my {bodyPart} out', 'my {bodyPart} is (toast|shot)'],
  },
  'en-GB': {
    hurtIt: [
      "(my|me) {bodyPart}'s (gone|knackered|done in)",
      "I've done (my|me) {bodyPart} in",
      'I did (my|me) {bodyPart}',
    ],
  },
  'en-AU': {
    hurtIt: [
      "(my|me) {bodyPart}'s (crook|gone|stuffed|shot)",
      "I've stuffed (my|me) {bodyPart}",
      'I did (my|me) {bodyPart}',
    ],
  },
  'en-IN': {
    hurtIt: [
      'my {bodyPart} (is paining|got catch|is catching|got spasm)',
      'I got (a|) {bodyPart} spasm',
      'there is (a|) catch in my {bodyPart}',
    ],
  },
};
