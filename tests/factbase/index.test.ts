import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { terms } from '../../src/factbase/terms.js';
import { buildIndex, buildIndexFromTerms } from '../../src/factbase/index-build.js';
import { encodeTerms, termIds } from '../../src/factbase/index-terms.js';
import { concatIdSets, Vocabulary } from '../../src/factbase/vocabulary.js';
import { IndexFormatError, SerializedIndexSchema, type SerializedIndex } from '../../src/factbase/index-format.js';
import { TfIdfIndex } from '../../src/factbase/index-search.js';

const SENTENCES = [
  /* 0 */ 'The United States announced a new military aid package for Ukraine.',
  /* 1 */ 'NATO Secretary General Mark Rutte met Antony Blinken in Brussels.',
  /* 2 */ 'Congress stalled on the $61.4 billion request for Kyiv.',
  /* 3 */ 'European allies have given more than $110 billion to Kyiv.',
  /* 4 */ 'The summit in Washington runs from July 9 to 11, 2024.',
  /* 5 */ 'Blinken said support for Ukraine is unwavering.',
  /* 6 */ 'Blinken said support for Ukraine is unwavering.',
  /* 7 */ 'Aid.',
];

function indexOf(texts: readonly string[]): TfIdfIndex {
  return TfIdfIndex.fromSerialized(buildIndex(texts));
}

describe('TfIdfIndex.search', () => {
  const index = indexOf(SENTENCES);

  it('ranks the sentence that is about the query first', () => {
    expect(index.search('How much did Congress request for Kyiv?')[0]?.sentenceId).toBe(2);
    expect(index.search('Rutte')[0]?.sentenceId).toBe(1);
    expect(index.search('U.S. military aid')[0]?.sentenceId).toBe(0);
  });

  it('GIVEN a rarer term THEN it outweighs a common one (idf)', () => {
    // "kyiv" is in 2 sentences, "110" in one: the sentence with both wins, then the other Kyiv one.
    const ids = index.search('110 Kyiv').map((hit) => hit.sentenceId);
    expect(ids).toEqual([3, 2]);
  });

  it('GIVEN identical sentences THEN they tie and the lower id comes first', () => {
    const hits = index.search('unwavering support');
    expect(hits.map((hit) => hit.sentenceId)).toEqual([5, 6]);
    expect(hits[0]?.score).toBe(hits[1]?.score);
  });

  it('GIVEN a short sentence and a long one with the same single match THEN the short one ranks higher', () => {
    const hits = index.search('aid');
    expect(hits.map((hit) => hit.sentenceId)).toEqual([7, 0]);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('honours the limit, and a limit of 0 returns nothing', () => {
    expect(index.search('Blinken', { limit: 1 }).map((hit) => hit.sentenceId)).toEqual([5]);
    expect(index.search('Blinken', { limit: 0 })).toEqual([]);
    expect(index.search('Blinken', { limit: 100 })).toHaveLength(3);
  });

  it('applies the filter before taking the top results', () => {
    const hits = index.search('Blinken', { limit: 2, filter: (id) => id !== 5 });
    expect(hits.map((hit) => hit.sentenceId)).toEqual([6, 1]);
    expect(index.search('Blinken', { filter: () => false })).toEqual([]);
  });

  it('returns [] for an empty, stop-word-only or unknown query', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('what is the')).toEqual([]);
    expect(index.search('zeppelin')).toEqual([]);
    expect(index.search('🇺🇦🎉')).toEqual([]);
  });

  it('ignores unknown terms next to known ones', () => {
    expect(index.search('zeppelin Rutte')).toEqual(index.search('Rutte'));
  });

  it('counts a repeated query term with its repeats, as natural does', () => {
    const once = index.search('Rutte')[0]!.score;
    expect(index.search('Rutte Rutte')[0]!.score).toBeCloseTo(2 * once, 12);
  });

  it('GIVEN a 10,000-character query THEN it answers as the short one does', () => {
    const query = 'military aid for Ukraine from the United States '.repeat(220);
    const hits = index.search(query);
    expect(hits[0]?.sentenceId).toBe(0);
  });

  it('leaves no state behind between searches', () => {
    const first = index.search('Blinken Kyiv');
    index.search('aid Ukraine summit');
    expect(index.search('Blinken Kyiv')).toEqual(first);
  });

  it('returns [] on an empty index', () => {
    const empty = indexOf([]);
    expect(empty.docCount).toBe(0);
    expect(empty.search('aid')).toEqual([]);
  });

  it('exposes natural’s idf: 1 + ln(N / (1 + df))', () => {
    expect(index.docCount).toBe(8);
    expect(index.idf('kyiv')).toBeCloseTo(1 + Math.log(8 / 3), 12);
    expect(index.idf('zeppelin')).toBe(0);
  });
});

describe('buildIndex and the serialised form', () => {
  it('is deterministic', () => {
    expect(buildIndex(SENTENCES)).toEqual(buildIndex(SENTENCES));
  });

  it('stores sorted unique terms and the document count', () => {
    const serialized = buildIndex(SENTENCES);
    expect(serialized.docCount).toBe(SENTENCES.length);
    expect([...serialized.terms].sort()).toEqual(serialized.terms);
    expect(new Set(serialized.terms).size).toBe(serialized.terms.length);
    expect(serialized.terms).toContain('blinken');
  });

  it('round-trips through copies of its columns and zod with identical search results', () => {
    const original = indexOf(SENTENCES);
    const built = buildIndex(SENTENCES);
    const copied = { ...built, terms: [...built.terms], directory: built.directory.slice(), postings: built.postings.slice(), lengths: built.lengths.slice() };
    const reloaded = TfIdfIndex.fromSerialized(SerializedIndexSchema.parse(copied));
    for (const query of ['Blinken', 'aid for Ukraine', 'July 2024 summit', '61.4 billion', 'unwavering']) {
      expect(reloaded.search(query, { limit: 8 })).toEqual(original.search(query, { limit: 8 }));
    }
  });

  it('GIVEN a tampered index THEN loading names the problem', () => {
    const good = buildIndex(SENTENCES);
    const cases: SerializedIndex[] = [
      { ...good, terms: [...good.terms].reverse() },
      { ...good, postings: good.postings.slice(0, 8) },
      { ...good, lengths: new Uint8Array(0) },
      { ...good, docCount: good.docCount + 5 },
      { ...good, directory: new Uint8Array([0, 0]) },
      // Right length, wrong content: every posting after the first would repeat a sentence.
      { ...good, postings: new Uint8Array(good.postings.length) },
      // A varint that never ends.
      { ...good, lengths: new Uint8Array(good.docCount).fill(0x80) },
    ];
    for (const bad of cases) expect(() => TfIdfIndex.fromSerialized(bad)).toThrow(IndexFormatError);
  });

  it('rejects a different encoding or columns that are not bytes in the schema', () => {
    const good = buildIndex(SENTENCES);
    expect(SerializedIndexSchema.safeParse({ ...good, encoding: 'other' }).success).toBe(false);
    expect(SerializedIndexSchema.safeParse({ ...good, docCount: -1 }).success).toBe(false);
    expect(SerializedIndexSchema.safeParse({ ...good, postings: Buffer.from(good.postings).toString('base64') }).success).toBe(false);
    expect(SerializedIndexSchema.safeParse(good).success).toBe(true);
  });
});

describe('agreement with natural’s TfIdf', () => {
  it('GIVEN the same terms THEN idf equals natural’s and the matching sentences are the ones natural scores above 0', () => {
    const require = createRequire(import.meta.url);
    const NaturalTfIdf = require('natural/lib/natural/tfidf/tfidf.js') as new () => {
      addDocument(document: string[]): void;
      idf(term: string): number;
      tfidfs(terms: string[]): number[];
    };
    const natural = new NaturalTfIdf();
    const documentTerms = SENTENCES.map((sentence) => terms(sentence));
    for (const document of documentTerms) natural.addDocument(document);
    const index = indexOf(SENTENCES);

    for (const term of new Set(documentTerms.flat())) expect(index.idf(term), term).toBeCloseTo(natural.idf(term), 12);
    for (const query of ['Blinken Kyiv', 'aid Ukraine', 'billion', 'Rutte Rutte Brussels']) {
      const naturalMatches = natural
        .tfidfs(terms(query))
        .flatMap((score, id) => (score > 0 ? [id] : []));
      const ours = index.search(query, { limit: SENTENCES.length }).map((hit) => hit.sentenceId);
      expect([...ours].sort((a, b) => a - b), query).toEqual(naturalMatches);
    }
  });
});

describe('buildIndexFromTerms', () => {
  it('GIVEN the texts encoded in chunks of their own vocabularies, or in one vocabulary with words no text has THEN the index is the one built from all texts at once', () => {
    const texts = [...SENTENCES, 'Aid, aid and more aid for Kyiv: aid.', 'Kyiv asked for aid.'];
    const whole = buildIndex(texts);
    const chunks = [texts.slice(0, 3), texts.slice(3, 4), texts.slice(4)].map((part) => encodeTerms(part));
    expect(buildIndexFromTerms(chunks)).toEqual(whole);
    const shared = new Vocabulary(['unused', 'words', 'first']);
    const sharedChunks = [texts.slice(0, 5), texts.slice(5)].map((part) => encodeTerms(part, termIds(shared)));
    expect(sharedChunks[0]!.vocabulary).toBe(sharedChunks[1]!.vocabulary);
    expect(buildIndexFromTerms(sharedChunks)).toEqual(whole);
    // As the build's workers read the cache's pieces: the same as joined first.
    expect(buildIndexFromTerms([concatIdSets(sharedChunks)])).toEqual(whole);
    expect(whole.terms).not.toContain('unused');
  });
});
