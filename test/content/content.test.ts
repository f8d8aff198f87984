import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PHRASES,
  REMINDER_KINDS,
  REMINDER_PHRASES,
  REMINDER_TEXTS,
  SITUATION_IDS,
  situation,
  TIMER_PHRASES,
  TOPIC_IDS,
  type Topic,
  topic,
} from '../../lambda/content';
import { FACT_IDS } from '../../lambda/content/types';
import { advertisingIn } from '../support/advertising';
import { slotValueIds } from '../support/dialogue';

const SEED = readFileSync(
  join(__dirname, '..', '..', '..', 'shared', 'seed', '000_ba2661ba4503429e.txt'),
  'utf8',
);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Every run of `n` consecutive words in `text`. */
function runs(text: string, n: number): Set<string> {
  const all = words(text);
  const found = new Set<string>();
  for (let i = 0; i + n <= all.length; i++) found.add(all.slice(i, i + n).join(' '));
  return found;
}

const SEED_RUNS = runs(SEED, 8);
const TOPICS: readonly (Topic & { id: string })[] = TOPIC_IDS.map((id) => ({ id, ...topic(id) }));
const spokenTexts = [
  ...TOPICS.flatMap((about) => [about.speech, about.why, about.teaser, about.cardText, ...about.more]),
  ...SITUATION_IDS.flatMap((id) => Object.values(situation(id).verdict)),
  ...Object.values(PHRASES),
  ...Object.values(TIMER_PHRASES),
  ...Object.values(REMINDER_PHRASES),
  ...Object.values(REMINDER_TEXTS),
];

describe('what the skill knows', () => {
  it('covers every fact F1 to F20 of the seed article in at least one topic', () => {
    const covered = new Set(TOPICS.flatMap((topic) => topic.provenance.facts));
    expect(FACT_IDS.filter((fact) => !covered.has(fact))).toEqual([]);
  });

  it('keeps every spoken answer to 60 words or fewer', () => {
    const long = TOPICS.filter((topic) => words(topic.speech).length > 60).map((topic) => topic.id);
    expect(long).toEqual([]);
  });

  it('never copies a run of 8 words from the article', () => {
    const copied = spokenTexts.flatMap((text) => [...runs(text, 8)].filter((run) => SEED_RUNS.has(run)));
    expect(copied).toEqual([]);
  });

  it('would catch a sentence copied from the article', () => {
    const copiedSentence = 'Try applying heat to the affected area before and after stretching.';
    expect([...runs(copiedSentence, 8)].some((run) => SEED_RUNS.has(run))).toBe(true);
  });

  it('never says or shows the advertising on the seed page', () => {
    expect(spokenTexts.flatMap(advertisingIn)).toEqual([]);
    expect(TOPICS.flatMap((topic) => advertisingIn(topic.title))).toEqual([]);
  });

  it('gives no dose for any medicine', () => {
    const doses = spokenTexts.filter((text) => /\b\d+\s*(mg|milligram|gram|ml|tablet|pill)s?\b/i.test(text));
    expect(doses).toEqual([]);
  });

  it('says every reminder in a few words of its own, with no dose, and the check-in with the doctor advice', () => {
    const long = Object.values(REMINDER_TEXTS).filter((text) => words(text).length > 20);
    expect(long).toEqual([]);
    expect(Object.values(REMINDER_TEXTS).filter((text) => /\d|dose|mg|milligram/i.test(text))).toEqual([]);
    expect(REMINDER_TEXTS['check-in']).toMatch(/hasn't eased.*see a doctor/);
  });

  it('maps every reminder slot value to a reminder the skill sets', () => {
    expect(slotValueIds('ReminderType').sort()).toEqual([...REMINDER_KINDS].sort());
  });

  it('maps every topic and situation slot value to content', () => {
    const topics = new Set<string>(TOPIC_IDS);
    const situations = new Set<string>(SITUATION_IDS);
    expect(slotValueIds('TopicType').filter((id) => !topics.has(id))).toEqual([]);
    expect(slotValueIds('SituationType').filter((id) => !situations.has(id))).toEqual([]);
    expect(slotValueIds('TreatmentType').sort()).toEqual(['heat', 'ice']);
  });

  it('lets the user reach every topic by voice', () => {
    const reachable = new Set<string>([
      ...slotValueIds('TopicType'),
      ...SITUATION_IDS.map((id) => situation(id).advice),
      ...TOPICS.map((topic) => topic.next),
    ]);
    expect(TOPICS.filter((topic) => !reachable.has(topic.id)).map((topic) => topic.id)).toEqual([]);
  });
});
