// Id sets joined for the build's whole-coverage steps (concatIdSets): chunks that share one
// vocabulary (the build cache's) keep their ids; chunks with vocabularies of their own are
// renumbered into one. Either way each set keeps its words.
import { describe, expect, it } from 'vitest';
import { concatIdSets, type IdSets } from '../../src/factbase/vocabulary.js';

/** The words of every set, as strings. */
const wordsOf = ({ vocabulary, ids, offsets }: IdSets): string[][] =>
  Array.from({ length: offsets.length - 1 }, (_, i) => Array.from({ length: offsets[i + 1]! - offsets[i]! }, (_, k) => vocabulary[ids[offsets[i]! + k]!]!));

describe('concatIdSets', () => {
  const shared = ['army', 'aid', 'vote', 'senate'];
  // The second chunk is a window of a larger array (offsets need not start at 0).
  const chunks: IdSets[] = [
    { vocabulary: shared, ids: Int32Array.of(0, 1, 2), offsets: Int32Array.of(0, 2, 3) },
    { vocabulary: shared, ids: Int32Array.of(3, 3, 1, 0, 2), offsets: Int32Array.of(2, 3, 5) },
  ];
  const expected = [['army', 'aid'], ['vote'], ['aid'], ['army', 'vote']];

  it('GIVEN chunks sharing a vocabulary THEN their ids are kept, and the vocabulary is a copy', () => {
    const joined = concatIdSets(chunks);
    expect(wordsOf(joined)).toEqual(expected);
    expect(joined.vocabulary).toEqual(shared);
    expect(joined.vocabulary).not.toBe(shared);
    expect(Array.from(joined.offsets)).toEqual([0, 2, 3, 4, 6]);
  });

  it('GIVEN chunks with vocabularies of their own THEN the words are numbered in the order the vocabularies list them', () => {
    const own = chunks.map((chunk, i) => ({ ...chunk, vocabulary: i === 0 ? [...shared] : ['vote', 'aid', 'x', 'army'] }));
    const joined = concatIdSets(own);
    expect(joined.vocabulary).toEqual(['army', 'aid', 'vote', 'senate', 'x']);
    expect(wordsOf(joined)).toEqual([['army', 'aid'], ['vote'], ['aid'], ['vote', 'x']]);
  });
});
