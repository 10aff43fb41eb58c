// The baselines the bot is compared with: a textbook BM25 on toy documents, and every engine
// fed the project's own terms (same stop words and stemming) when asked to.
import { describe, expect, it } from 'vitest';
import { bm25Engine, miniSearchEngine, naturalEngine } from '../src/eval/engines.js';
import { terms } from '../src/factbase/terms.js';

describe('BM25 on three toy documents', () => {
  const docs = ['cat', 'cat cat dog dog dog dog dog dog dog dog', 'bird'];

  it('GIVEN a short document with the word once and a long one with it twice THEN length normalisation (b 0.75) puts the short one first', () => {
    // avgdl 4: short 2.2 / (1 + 1.2 · 0.4375) ≈ 1.44 · idf, long 4.4 / (2 + 1.2 · 2.125) ≈ 0.97 · idf.
    expect(bm25Engine(docs).search('cat', 10)).toEqual([0, 1]);
  });

  it('GIVEN b 0 THEN length no longer counts and the second occurrence wins', () => {
    expect(bm25Engine(docs, { b: 0 }).search('cat', 10)).toEqual([1, 0]);
  });

  it('GIVEN a rarer query word THEN the document holding it leads; unknown words find nothing', () => {
    expect(bm25Engine(docs).search('dog cat', 10)).toEqual([1, 0]);
    expect(bm25Engine(docs).search('bird', 10)).toEqual([2]);
    expect(bm25Engine(docs).search('fish', 10)).toEqual([]);
    expect(bm25Engine(docs).search('cat', 1)).toEqual([0]);
  });
});

describe('baselines set up with our terms', () => {
  const texts = ['The cats were running across the bridge.', 'A ferry crossed the river.', 'Nothing to see here.'];

  it.each([
    ['natural TfIdf', naturalEngine],
    ['MiniSearch', miniSearchEngine],
    ['BM25', bm25Engine],
  ] as const)('GIVEN %s with terms() THEN stemming matches "cat runs" and stop words alone find nothing', (_, engine) => {
    const search = engine(texts, { analyse: terms });
    expect(search.search('Cat RUNS', 10)).toEqual([0]);
    expect(search.search('the were', 10)).toEqual([]);
  });
});
