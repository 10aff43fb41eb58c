import { describe, expect, it } from 'vitest';
import { concatWordSets, encodeMeaningWords, meaningWords, WordSetEncoder, type EncodedWordSets } from '../../src/ingest/meaning-words.js';
import { Vocabulary } from '../../src/factbase/vocabulary.js';
import { groupNearDuplicatePieces, groupNearDuplicates, groupNearDuplicateSets } from '../../src/ingest/near-duplicates.js';

describe('meaningWords', () => {
  it('stems, drops stop words, keeps negations and numbers, expands month abbreviations', () => {
    expect(meaningWords("NATO's allies will not send 20 tanks on Nov. 29")).toEqual(['nato', 'alli', 'not', 'send', '20', 'tank', 'novemb', '29']);
  });
});

describe('groupNearDuplicates', () => {
  it('GIVEN the same sentence twice (curly vs straight apostrophe aside) THEN groups them under the earliest id', () => {
    const s = "Blinken stated that NATO's support for Ukraine is unwavering and there is no sign of exhaustion in their efforts.";
    expect(groupNearDuplicates(['Unrelated opening sentence about the weather in Kyiv.', s, 'Another sentence about grain exports from Odesa.', s])).toEqual([0, 1, 2, 1]);
  });

  it('GIVEN a caption and the body sentence with a different date format THEN groups them', () => {
    const caption =
      'NATO Secretary-General Jens Stoltenberg gives a press conference as part of the NATO foreign ministers meeting on Ukraine at NATO headquarters in Brussels, Nov. 29, 2023.';
    const body =
      "On November 29, 2023, NATO Secretary-General Jens Stoltenberg held a press conference at the organization's headquarters in Brussels during a meeting of foreign ministers to discuss Ukraine.";
    expect(groupNearDuplicates([caption, body])).toEqual([0, 0]);
  });

  it('GIVEN a shorter near-duplicate after a longer one THEN the group is named by the earlier sentence, though the shorter is compared first', () => {
    const texts = [
      'Kyiv was calm.',
      'Germany will send 20 Leopard battle tanks to Ukraine this spring, the ministry said on Friday.',
      'Germany will send 20 Leopard tanks to Ukraine this spring, the ministry said on Friday.',
    ];
    expect(groupNearDuplicates(texts)).toEqual([0, 1, 1]);
  });

  it('links a chain of near-duplicates into one group (union-find)', () => {
    const texts = [
      'Germany will send 20 Leopard tanks to Ukraine this spring, the defence ministry said.',
      'Germany will send 20 Leopard tanks to Ukraine this spring, the ministry said on Friday.',
      'Germany will send 20 Leopard battle tanks to Ukraine this spring, the ministry said on Friday.',
    ];
    expect(groupNearDuplicates(texts)).toEqual([0, 0, 0]);
  });

  describe('sentences that must stay apart', () => {
    it('does not group sentences that merely share topic words', () => {
      const texts = [
        'On Wednesday, U.S. Secretary of State Antony Blinken stated that there is a strong consensus among both parties in the United States to support Ukraine.',
        'During a press conference in Brussels on Wednesday, Blinken stated that there is debate about whether the US and other NATO countries should continue to support Ukraine.',
        'This meeting comes at a critical juncture, as Ukraine continues to face Russian aggression.',
        'This appreciation comes as Ukraine continues to face Russian aggression.',
      ];
      expect(groupNearDuplicates(texts)).toEqual([0, 1, 2, 3]);
    });

    it('does not group the same wording with a different figure', () => {
      const texts = [
        'The United States has delivered 90% of the air defence interceptors it promised to Ukraine.',
        'The United States has delivered 40% of the air defence interceptors it promised to Ukraine.',
      ];
      expect(groupNearDuplicates(texts)).toEqual([0, 1]);
    });

    it('does not group a statement with its negation', () => {
      expect(
        groupNearDuplicates(['Ryder said the United States will send long-range missiles to Ukraine.', 'Ryder said the United States will not send long-range missiles to Ukraine.']),
      ).toEqual([0, 1]);
    });

    it('groups short sentences only when they are the same', () => {
      expect(groupNearDuplicates(['Thank you.', 'Thank you very much.', 'Thank you!', 'He declined.'])).toEqual([0, 1, 0, 3]);
    });
  });

  it('gives every sentence its own group when there are no duplicates, and handles empty input', () => {
    expect(groupNearDuplicates([])).toEqual([]);
    expect(groupNearDuplicates(['...', 'Kyiv was calm.'])).toEqual([0, 1]);
  });

  it('GIVEN many sentences sharing common words but each its own figure THEN none groups with another', () => {
    const texts = Array.from(
      { length: 20_000 },
      (_, i) => `Officials in region ${i % 997} said the ministry of defence delivered ${i} shells to Ukraine on day ${i % 31}.`,
    );
    const groups = groupNearDuplicates(texts);
    // Every sentence carries its own figure, so none groups with another.
    expect(groups.every((g, i) => g === i)).toBe(true);
  });
});

describe('groupNearDuplicateSets against every pair compared', () => {
  // Seeded pseudo-random numbers: the same sets every run.
  const random = (seed: number) => () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };

  /** Clusters of variants of a base set (words dropped, added, swapped, a figure changed): many pairs on either side of the threshold. */
  function clusteredSets(seed: number, sizes = { least: 4, spread: 14 }): string[][] {
    const next = random(seed);
    const pick = (n: number) => Math.floor(next() * n);
    const sets: string[][] = [];
    for (let cluster = 0; cluster < 60; cluster++) {
      const base = new Set<string>();
      const size = sizes.least + pick(sizes.spread);
      while (base.size < size) base.add(next() < 0.1 ? `${pick(40)}` : `w${pick(3000)}`);
      for (let variant = 0, variants = 2 + pick(5); variant < variants; variant++) {
        const words = [...base].filter(() => next() > 0.15);
        for (let extra = pick(3); extra > 0; extra--) words.push(next() < 0.1 ? `${pick(40)}` : `w${pick(3000)}`);
        sets.push([...new Set(words)]);
      }
    }
    // Shuffled, so that a cluster's sets are not neighbours by id.
    for (let i = sets.length - 1; i > 0; i--) {
      const j = pick(i + 1);
      [sets[i], sets[j]] = [sets[j]!, sets[i]!];
    }
    return sets;
  }

  function encoded(sets: readonly string[][]): EncodedWordSets {
    const vocabulary: string[] = [];
    const idOf = new Map<string, number>();
    const ids: number[] = [];
    const offsets = [0];
    for (const set of sets) {
      for (const word of set) {
        if (!idOf.has(word)) idOf.set(word, vocabulary.push(word) - 1);
        ids.push(idOf.get(word)!);
      }
      offsets.push(ids.length);
    }
    const counts = new Int32Array(vocabulary.length);
    for (const id of ids) counts[id]!++;
    return { vocabulary, counts, ids: Int32Array.from(ids), offsets: Int32Array.from(offsets) };
  }

  /** Every pair compared: Jaccard ≥ 0.7 with the same figures, or the same words; sets of fewer than 4 words only the latter. */
  function everyPair(sets: readonly string[][]): number[] {
    const parent = sets.map((_, i) => i);
    const find = (x: number): number => (parent[x] === x ? x : (parent[x] = find(parent[x]!)));
    const figures = (set: readonly string[]) => set.filter((word) => /^\d/.test(word)).sort().join(' ');
    for (let a = 0; a < sets.length; a++) {
      for (let b = a + 1; b < sets.length; b++) {
        const [x, y] = [sets[a]!, sets[b]!];
        const shared = x.filter((word) => y.includes(word)).length;
        const same = shared === x.length && shared === y.length && x.length > 0;
        const near = x.length >= 4 && y.length >= 4 && shared / (x.length + y.length - shared) >= 0.7 && figures(x) === figures(y);
        if (same || near) {
          const [ra, rb] = [find(a), find(b)];
          parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
      }
    }
    return sets.map((_, i) => find(i));
  }

  it('GIVEN clusters of sets around the threshold THEN groups exactly the pairs a comparison of every pair finds (no filter loses one)', () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const sets = clusteredSets(seed);
      const expected = everyPair(sets);
      expect(new Set(expected).size).toBeLessThan(sets.length - 40);
      expect(groupNearDuplicateSets([encoded(sets)])).toEqual(expected);
    }
  });

  it('GIVEN many copies of short sets of several sizes, in no order THEN groups each set with exactly its copies', () => {
    // Copies are found a size at a time (the sets go smallest first): every size's copies must
    // still meet, whatever sizes came between them by id.
    const next = random(9);
    const words = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const sets = Array.from({ length: 600 }, () => [...new Set(Array.from({ length: 1 + Math.floor(next() * 3) }, () => words[Math.floor(next() * words.length)]!))]);
    const expected = everyPair(sets);
    expect(new Set(expected).size).toBeLessThan(100);
    expect(groupNearDuplicateSets([encoded(sets)])).toEqual(expected);
  });

  it('GIVEN clusters of long sets, whose 64-bit word signatures share many bits THEN still groups exactly the pairs a comparison of every pair finds', () => {
    // The signatures bound the words two sets share; checked at each posting a probe reads (not
    // once per pair), a bound loosened by crowded bits must never lose a pair, nor keep one apart.
    for (const seed of [6, 7, 8]) {
      const sets = clusteredSets(seed, { least: 30, spread: 40 });
      const expected = everyPair(sets);
      expect(new Set(expected).size).toBeLessThan(sets.length - 40);
      expect(groupNearDuplicateSets([encoded(sets)])).toEqual(expected);
    }
  });
});

describe('encoded word sets (the form workers send back)', () => {
  const texts = [
    'Germany will send 20 Leopard tanks to Ukraine this spring, the defence ministry said.',
    'Thank you.',
    'Germany will send 20 Leopard tanks to Ukraine this spring, the ministry said on Friday.',
    'Ryder said the United States will not send long-range missiles to Ukraine.',
    'Thank you!',
    'Ryder said the United States will send long-range missiles to Ukraine.',
  ];

  it('encodes each text as the set of its meaning words', () => {
    const encoded = encodeMeaningWords(texts);
    expect(encoded.offsets).toHaveLength(texts.length + 1);
    texts.forEach((text, i) => {
      const ids = [...encoded.ids.subarray(encoded.offsets[i], encoded.offsets[i + 1])];
      expect(ids.map((id) => encoded.vocabulary[id])).toEqual(meaningWords(text));
    });
    expect(encoded.counts[encoded.vocabulary.indexOf('ryder')]).toBe(2);
    expect(encoded.counts[encoded.vocabulary.indexOf('not')]).toBe(1);
  });

  it('GIVEN one encoder used for several batches THEN each set is its text\'s meaning words, numbered in one vocabulary', () => {
    const encoder = new WordSetEncoder(new Vocabulary());
    const batches = [texts.slice(0, 3), texts.slice(3)].map((batch) => ({ batch, encoded: encoder.encode(batch) }));
    for (const { batch, encoded } of batches) {
      batch.forEach((text, i) => {
        const ids = [...encoded.ids.subarray(encoded.offsets[i], encoded.offsets[i + 1])];
        expect(ids.map((id) => encoder.vocabulary.words[id])).toEqual(meaningWords(text));
      });
    }
    expect(encoder.vocabulary.words).toEqual(encodeMeaningWords(texts).vocabulary);
  });

  it('GIVEN the texts in pieces numbered in one vocabulary (with words none of them has) THEN groups them as the joined pieces, read as they are', () => {
    const encoder = new WordSetEncoder(new Vocabulary(['unused', 'words']));
    const all = [...texts, ...texts.map((text) => text.replace('20', '30')), 'Thank you.'];
    const pieces = [all.slice(0, 4), all.slice(4, 5), all.slice(5)].map((part) => ({ vocabulary: encoder.vocabulary.words, ...encoder.encode(part) }));
    expect(groupNearDuplicatePieces(pieces)).toEqual(groupNearDuplicateSets([concatWordSets(pieces)]));
    expect(groupNearDuplicatePieces(pieces)).toEqual(groupNearDuplicates(all));
  });

  it('GIVEN the texts in pieces numbered in different vocabularies THEN groups them as the joined pieces', () => {
    const all = [...texts, ...texts.map((text) => text.replace('20', '30')), 'Thank you.'];
    const threads = [new WordSetEncoder(new Vocabulary()), new WordSetEncoder(new Vocabulary(['unused']))];
    const pieces = [all.slice(0, 3), all.slice(3, 6), all.slice(6, 9), all.slice(9)].map((part, i) => ({ vocabulary: threads[i % 2]!.vocabulary.words, ...threads[i % 2]!.encode(part) }));
    expect(groupNearDuplicatePieces(pieces)).toEqual(groupNearDuplicates(all));
  });

  it('GIVEN the texts encoded in several chunks THEN groups them as when encoded at once', () => {
    const chunks = [encodeMeaningWords(texts.slice(0, 2)), encodeMeaningWords(texts.slice(2, 5)), encodeMeaningWords(texts.slice(5))];
    expect(groupNearDuplicateSets(chunks)).toEqual(groupNearDuplicates(texts));
    expect(groupNearDuplicates(texts)).toEqual([0, 1, 0, 3, 1, 5]);
  });
});
