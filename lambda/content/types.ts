/** Shapes shared by the content files: the seed article's facts and sections, and the treatments. */

/** Facts F1–F20 of the seed article, as listed in the foundation issue. */
export const FACT_IDS = [
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'F10',
  'F11',
  'F12',
  'F13',
  'F14',
  'F15',
  'F16',
  'F17',
  'F18',
  'F19',
  'F20',
] as const;
export type FactId = (typeof FACT_IDS)[number];

/** Sections of the seed article (the closing doctor paragraph has no heading of its own). */
export type SeedSection =
  | 'Introduction'
  | 'Spasm in Response to Injury'
  | 'Spasm in Response to Stress'
  | 'Spasm in Response to Overuse'
  | 'Solutions to Spasm'
  | 'Closing paragraph: when to see a doctor';

export interface Provenance {
  section: SeedSection;
  facts: readonly FactId[];
}

/** The two treatments the skill chooses between. */
export type Treatment = 'ice' | 'heat';
