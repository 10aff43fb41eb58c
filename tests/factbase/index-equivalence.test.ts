// The index's speed must not come from approximations: for generated coverage, its top results
// must equal a brute-force scoring of every sentence with the documented formula (see tfidf.ts),
// computed here from the raw texts without any of the index's data structures.
import { describe, expect, it } from 'vitest';
import { queryTerms, terms } from '../../src/factbase/terms.js';
import { LENGTH_NORMALISATION, TF_SATURATION } from '../../src/factbase/bm25.js';
import { buildIndex } from '../../src/factbase/index-build.js';
import { TfIdfIndex } from '../../src/factbase/index-search.js';
import { seededRandom } from '../../bench/stats.js';

const NAMES = ['Antony Blinken', 'Mark Rutte', 'Jens Stoltenberg', 'Volodymyr Zelenskyy', 'Dmytro Kuleba', 'Lloyd Austin', 'Pat Ryder', 'Joe Biden', 'Olaf Scholz', 'Emmanuel Macron'];
const PLACES = ['Kyiv', 'Brussels', 'Washington', 'Vilnius', 'Kharkiv', 'Odesa', 'Warsaw', 'Berlin', 'the Black Sea', 'Donbas'];
const NOUNS = ['aid', 'package', 'weapons', 'ammunition', 'air defense', 'F-16s', 'tanks', 'sanctions', 'funding', 'summit', 'meeting', 'talks', 'pledge', 'shells', 'drones', 'missiles', 'loan', 'budget', 'reconstruction', 'grain exports'];
const VERBS = ['announced', 'approved', 'delivered', 'pledged', 'requested', 'discussed', 'promised', 'criticised', 'welcomed', 'delayed', 'signed', 'confirmed'];
const QUALIFIERS = ['military', 'humanitarian', 'financial', 'new', 'additional', 'long-term', 'urgent', 'unprecedented', 'European', 'U.S.'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function generateSentences(articleCount: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const amount = (): string => `$${Math.floor(random() * 100)}.${Math.floor(random() * 10)} billion`;
  const date = (): string => `${pick(MONTHS)} ${1 + Math.floor(random() * 28)}, ${2022 + Math.floor(random() * 3)}`;
  const templates: (() => string)[] = [
    () => `${pick(NAMES)} ${pick(VERBS)} ${pick(QUALIFIERS)} ${pick(NOUNS)} for Ukraine in ${pick(PLACES)}.`,
    () => `On ${date()}, the United States ${pick(VERBS)} ${amount()} in ${pick(QUALIFIERS)} ${pick(NOUNS)}.`,
    () => `"We will not waver," ${pick(NAMES)} told reporters in ${pick(PLACES)} after ${pick(NOUNS)} with ${pick(NAMES)}.`,
    () => `${pick(QUALIFIERS)} ${pick(NOUNS)} worth ${amount()} was ${pick(VERBS)} by Congress.`,
    () => `${pick(NAMES)}, speaking in ${pick(PLACES)}, said ${pick(NOUNS)} and ${pick(NOUNS)} remain the priority, and ${pick(NOUNS)} ${pick(NOUNS)} ${pick(NOUNS)}.`,
    () => `${pick(PLACES)} ${pick(NOUNS)}.`,
  ];
  const sentences: string[] = [];
  for (let article = 0; article < articleCount; article++) {
    const length = 5 + Math.floor(random() * 25);
    for (let i = 0; i < length; i++) sentences.push(pick(templates)());
  }
  return sentences;
}

function generateQueries(count: number, random: () => number): string[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const templates: (() => string)[] = [
    () => `How much ${pick(QUALIFIERS)} ${pick(NOUNS)} did the US give Ukraine?`,
    () => `What did ${pick(NAMES).split(' ')[1]} say about ${pick(NOUNS)}?`,
    () => `${pick(NOUNS)} ${pick(PLACES)} ${pick(MONTHS)} ${2022 + Math.floor(random() * 3)}`,
    () => `Who ${pick(VERBS)} ${pick(NOUNS)}?`,
    () => `${pick(NAMES)} ${pick(NAMES)} ${pick(NOUNS)} ${pick(NOUNS)}`,
    () => pick(NOUNS),
  ];
  return Array.from({ length: count }, () => pick(templates)());
}

interface Hit {
  sentenceId: number;
  score: number;
}

/** Scores every sentence with the formula documented in tfidf.ts. */
function bruteForce(sentences: readonly string[]): (query: string, limit: number) => Hit[] {
  const documents = sentences.map((sentence) => terms(sentence));
  const documentFrequency = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  const totalLength = documents.reduce((sum, document) => sum + document.length, 0);
  const averageLength = totalLength > 0 ? totalLength / documents.length : 1;

  return (query, limit) => {
    const queryCounts = new Map<string, number>();
    for (const term of queryTerms(query)) {
      if (documentFrequency.has(term)) queryCounts.set(term, (queryCounts.get(term) ?? 0) + 1);
    }
    // Summed rarest term first (ties: term order), as documented.
    const queryOrder = [...queryCounts].sort(
      ([a], [b]) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    const hits: Hit[] = [];
    documents.forEach((document, sentenceId) => {
      const norm = 1 - LENGTH_NORMALISATION + (LENGTH_NORMALISATION * document.length) / averageLength;
      let score = 0;
      let matched = false;
      for (const [term, queryCount] of queryOrder) {
        const tf = document.filter((word) => word === term).length;
        if (tf === 0) continue;
        matched = true;
        const idf = 1 + Math.log(documents.length / (1 + documentFrequency.get(term)!));
        score += queryCount * idf * ((tf * (TF_SATURATION + 1)) / (tf + TF_SATURATION * norm));
      }
      if (matched) hits.push({ sentenceId, score });
    });
    return hits.sort((a, b) => b.score - a.score || a.sentenceId - b.sentenceId).slice(0, limit);
  };
}

describe('index vs brute force on generated coverage', () => {
  const random = seededRandom(20240711);
  const sentences = generateSentences(300, random);
  const queries = generateQueries(100, random);
  const index = TfIdfIndex.fromSerialized(buildIndex(sentences));
  const bruteForceTop = bruteForce(sentences);

  it('generates a few hundred articles’ worth of sentences', () => {
    expect(sentences.length).toBeGreaterThan(3_000);
  });

  it('GIVEN 100 generated queries THEN the top 10 equal brute-force scoring (ids, and scores within 1e-9)', () => {
    let compared = 0;
    for (const query of queries) {
      const expected = bruteForceTop(query, 10);
      const actual = index.search(query, { limit: 10 });
      expect(actual.map((hit) => hit.sentenceId), query).toEqual(expected.map((hit) => hit.sentenceId));
      actual.forEach((hit, i) => expect(Math.abs(hit.score - expected[i]!.score), query).toBeLessThan(1e-9));
      compared += expected.length;
    }
    // Guard against a vacuous pass: most queries must actually find sentences.
    expect(compared).toBeGreaterThan(900);
  });

  it('GIVEN a filter THEN the top results equal brute force over the allowed sentences only', () => {
    const even = (id: number): boolean => id % 2 === 0;
    for (const query of queries.slice(0, 20)) {
      const expected = bruteForceTop(query, sentences.length).filter((hit) => even(hit.sentenceId)).slice(0, 5);
      expect(index.search(query, { limit: 5, filter: even }).map((hit) => hit.sentenceId), query).toEqual(
        expected.map((hit) => hit.sentenceId),
      );
    }
  });
});

describe('index vs brute force where pruning is hardest', () => {
  // Many identical and near-identical sentences: scores tie at the k-th place all the time, the
  // commonest terms have thousands of postings (many blocks), and one sentence is long enough to
  // overflow the stored tf and the 16-bit length table.
  const random = seededRandom(7);
  const sentences: string[] = [];
  for (let i = 0; i < 6_000; i++) {
    const roll = random();
    if (roll < 0.4) sentences.push('Aid package approved.');
    else if (roll < 0.6) sentences.push('The aid package for Ukraine was approved by Congress after months of talks.');
    else if (roll < 0.8) sentences.push(`${NOUNS[i % NOUNS.length]} aid ${PLACES[i % PLACES.length]}.`);
    else sentences.push(generateSentences(1, random)[0]!);
  }
  sentences.push(`${'tanks '.repeat(70_000)}aid.`);
  const index = TfIdfIndex.fromSerialized(buildIndex(sentences));
  const bruteForceTop = bruteForce(sentences);
  const queries = ['aid', 'aid package', 'package approved aid', 'Ukraine aid Congress', 'tanks', 'tanks aid', 'aid Kyiv', 'talks months'];

  it('GIVEN ties at every rank and limits from 1 to 2,000 THEN ids and scores equal brute force', () => {
    for (const query of queries) {
      for (const limit of [1, 10, 100, 2_000]) {
        const expected = bruteForceTop(query, limit);
        const actual = index.search(query, { limit });
        expect(actual.map((hit) => hit.sentenceId), `${query} / ${limit}`).toEqual(expected.map((hit) => hit.sentenceId));
        actual.forEach((hit, i) => expect(Math.abs(hit.score - expected[i]!.score), query).toBeLessThan(1e-9));
      }
    }
  });

  it('GIVEN a filter that rejects most sentences THEN the results equal brute force over the rest', () => {
    const rare = (id: number): boolean => id % 97 === 5;
    let compared = 0;
    for (const query of queries) {
      const expected = bruteForceTop(query, sentences.length).filter((hit) => rare(hit.sentenceId)).slice(0, 10);
      expect(index.search(query, { limit: 10, filter: rare }).map((hit) => hit.sentenceId), query).toEqual(expected.map((hit) => hit.sentenceId));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(40);
  });

  it('GIVEN a 70,000-term sentence with tf 70,000 THEN its score is the formula’s, saturated, and it ranks first', () => {
    const long = sentences.length - 1;
    const [expected] = bruteForceTop('tanks', 1);
    const [actual] = index.search('tanks', { limit: 1 });
    expect(expected?.sentenceId).toBe(long);
    expect(actual?.sentenceId).toBe(long);
    expect(Math.abs(actual!.score - expected!.score)).toBeLessThan(1e-9);
    expect(actual!.score).toBeLessThan(index.idf('tank') * (TF_SATURATION + 1));
  });
});
