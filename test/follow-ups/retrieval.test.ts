/** The retrieval modules on their own: the compiled weights, ranking, synonyms, and robustness. */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { IN_DOMAIN, OUT_OF_DOMAIN, UNANSWERED } from '../../evaluation/phrasings/question-table';
import { SITUATION_IDS, situation, TOPIC_IDS, topic } from '../../lambda/content';
import { lookup } from '../../lambda/retrieval/lookup';
import { rankTopics } from '../../lambda/retrieval/rank';
import { stem } from '../../lambda/retrieval/stem';
import { SYNONYMS } from '../../lambda/retrieval/synonyms';
import { foldSynonyms, termFunction } from '../../lambda/retrieval/terms';
import { wordsOf } from '../../lambda/retrieval/words';

const termOf = termFunction(foldSynonyms());

/** The reference: MiniSearch itself, indexing the topics with the fields, boosts and prior the compiler uses. */
function miniSearchOverTopics(): MiniSearch {
  const advice = new Set<string>(SITUATION_IDS.map((id) => situation(id).advice));
  const index = new MiniSearch({
    fields: ['title', 'teaser', 'keywords', 'speech', 'why', 'more'],
    tokenize: wordsOf,
    processTerm: termOf,
    searchOptions: {
      boost: { title: 2, teaser: 2, keywords: 3, speech: 1, why: 1, more: 1 },
      boostDocument: (id: string) => (advice.has(id) ? 1.05 : 1),
    },
  });
  index.addAll(
    TOPIC_IDS.map((id) => {
      const about = topic(id);
      return { ...about, id, keywords: about.keywords.join(' '), more: about.more.join(' ') };
    }),
  );
  return index;
}

describe('the compiled index', () => {
  it('ranks every table question exactly as MiniSearch does', () => {
    const index = miniSearchOverTopics();
    for (const { query } of [...IN_DOMAIN, ...OUT_OF_DOMAIN, ...UNANSWERED]) {
      const words = wordsOf(query);
      const expected = index.search(words.join(' '))[0];
      const ranked = rankTopics(words);
      expect(ranked?.topic, query).toBe(expected?.id);
      expect(ranked?.score ?? 0, query).toBeCloseTo(expected?.score ?? 0, 2);
    }
  });
});

describe('words and terms', () => {
  it.each([
    ['cold', 'ice'],
    ['warm', 'heat'],
    ['hurt', 'pain'],
    ['cramps', 'spasm'],
    ['pulled', 'tear'],
    ['torn', 'tear'],
    ['diazepam', 'valium'],
    ['stretches', 'stretching'],
    ['icing', 'ice'],
  ])('"%s" and "%s" meet in one term', (word, same) => {
    expect(termOf(word)).toBe(termOf(same));
  });

  it('strips suffixes consistently', () => {
    expect(['stretch', 'stretches', 'stretching'].map(stem)).toEqual(['stretch', 'stretch', 'stretch']);
    expect(stem('rubbing')).toBe('rub');
    expect(stem('pulled')).toBe('pull');
    expect(stem('stressed')).toBe('stress');
    expect(stem('20')).toBe('20');
  });

  it('reads apostrophes and punctuation the way people type and say them', () => {
    expect(wordsOf("Parkinson's? It’s BAD!")).toEqual(['parkinsons', 'its', 'bad']);
  });

  it('folds each synonym into one meaning only, and never hides a stop word there', () => {
    const variants = Object.values(SYNONYMS).flat();
    expect(variants.length).toBe(new Set(variants).size);
    expect(variants.filter((word) => word in SYNONYMS)).toEqual([]);
    expect(variants.filter((word) => termOf(word) === null)).toEqual([]);
  });

  it('keeps topic keywords meaningful: no stop words, no two that fold into the same term', () => {
    for (const id of TOPIC_IDS) {
      const terms = topic(id).keywords.map(termOf);
      expect(
        terms.filter((term) => term === null),
        id,
      ).toEqual([]);
      expect(terms.length, `${id}: ${topic(id).keywords.join(' ')}`).toBe(new Set(terms).size);
    }
  });
});

describe('lookup', () => {
  // The README's examples, asked in free form rather than through their intents.
  it.each([
    ['what causes a back spasm', 'causes'],
    ['why does the lower back spasm so easily', 'lower-back'],
    ['how do muscles contract', 'contraction'],
    ['does massage help', 'massage'],
    ['what about magnesium', 'supplements'],
    ['when should I see a doctor', 'doctor'],
    ['can I take valium', 'medicine'],
    ['how long should I keep the ice on', 'timing'],
    ['when do I switch to heat', 'timing'],
    ['should I use ice or heat', 'ice-and-heat'],
    ['I hurt my back lifting a box', 'sudden'],
    ["I've been really stressed", 'stress-care'],
    ['my back is tired from gardening', 'overuse'],
    ['the area is red and hot', 'inflammation'],
    ['before stretching', 'stretching'],
    ['my back is getting worse', 'doctor'],
    ['how are stress and spasms connected', 'stress'],
    ['do I need urgent care', 'doctor'],
  ])('finds "%s" → %s', (question, expected) => {
    expect(lookup(question)).toEqual({ kind: 'topic', topic: expected });
  });

  it('never throws and always finds something it can say, whatever the words', () => {
    const kinds = ['topic', 'noDose', 'otherBodyPart', 'outOfDomain', 'notSure'];
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (question) => {
        expect(kinds).toContain(lookup(question).kind);
      }),
    );
  });

  it('is not fooled by words that name object properties', () => {
    expect(lookup('constructor __proto__ hasOwnProperty toString').kind).toBe('outOfDomain');
  });

  it('checks safety first: severe pain in the back gets the doctor, however it is asked', () => {
    expect(lookup('my back pain is unbearable, should I use ice')).toEqual({
      kind: 'topic',
      topic: 'doctor',
    });
  });

  it('never advises on another part of the body, even with severe pain: it redirects', () => {
    expect(lookup('my knee pain is unbearable')).toEqual({ kind: 'otherBodyPart' });
    expect(lookup('should I put heat on my shoulder')).toEqual({ kind: 'otherBodyPart' });
  });
});
