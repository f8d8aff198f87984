/** The shape of what the skill knows. The data itself lives in topics.ts, situations.ts and phrases.ts. */

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

export interface Topic {
  /** Also the id of the TopicType slot value that asks for it. */
  id: string;
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
  next: string;
  /** Ice-first advice: offer a 20-minute timer for the switch to heat instead of the next topic. */
  offersTimer?: boolean;
  /**
   * The situation this topic is plainly about, when it is not a situation's own advice topic, so
   * "what about heat?" right after it is judged for that situation.
   */
  aboutSituation?: string;
  /** Extra words people use for this topic, for free-form question lookup. */
  keywords: readonly string[];
  provenance: Provenance;
}

export type Treatment = 'ice' | 'heat';

/** How the spasm started: decides between ice and heat. */
export interface Situation {
  /** Also the id of the SituationType slot value that names it. */
  id: string;
  /** The topic that holds the advice for this situation. */
  advice: string;
  /** The verdict on each treatment when the user asks "what about ice / heat?" in this situation. */
  verdict: Record<Treatment, string>;
}
