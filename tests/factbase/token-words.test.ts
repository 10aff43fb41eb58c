import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TokenWords } from '../../src/factbase/token-words.js';
import { encodeTerms } from '../../src/factbase/index-terms.js';
import { terms } from '../../src/factbase/terms.js';
import { meaningWords } from '../../src/ingest/meaning-words.js';

// Words made of the characters the tokenisers treat specially, so that arbitrary texts hit
// every branch: joiners, hyphens, digits, accents, astral characters, "US".
const piece = fc.constantFrom('a', 'Z', 'é', 'ß', 'İ', '1', '0', '.', ',', "'", '-', ' ', '’', 'US', 'U.S.', 'n’t', '\u2070', '\uffff', '😀', '\u00a0', 'ﬁ');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));

// The pattern meaningWords followed before it scanned by hand, as the specification.
const WORD = /[a-z0-9\u00c0-\u1fff\u2070-\uffff]+(?:[.,'][a-z0-9\u00c0-\u1fff\u2070-\uffff]+)*/g;

describe('TokenWords', () => {
  it('GIVEN tokens looked up where they stand in longer texts THEN the same characters give the same entry and word, others another', () => {
    const words = new TokenWords((token) => `<${token}>`);
    const tokens = Array.from({ length: 5000 }, (_, i) => `t${i % 2500}`); // each twice, enough to rehash
    const entries = tokens.map((token, i) => {
      const padded = `${'x'.repeat(i % 7)} ${token} y`;
      const start = padded.indexOf(' ') + 1;
      return words.entryOf(padded, start, start + token.length);
    });
    tokens.forEach((token, i) => {
      expect(words.words[entries[i]!]).toBe(`<${token}>`);
      expect(entries[i]).toBe(entries[i % 2500]);
    });
    expect(new Set(entries).size).toBe(2500);
  });
});

describe('token scanning by place', () => {
  it('GIVEN any text THEN meaningWords are the distinct words the old pattern found, in order', () => {
    fc.assert(
      fc.property(text, (sample) => {
        const expected = new Set<string>();
        for (const match of sample.toLowerCase().matchAll(WORD)) {
          const words = meaningWords(match[0]);
          expect(words.length).toBeLessThanOrEqual(1);
          for (const word of words) expected.add(word);
        }
        expect(meaningWords(sample)).toEqual([...expected]);
      }),
    );
  });

  it('GIVEN any texts THEN their encoded index terms are their terms', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), (texts) => {
        const encoded = encodeTerms(texts);
        texts.forEach((sample, i) => {
          const ids = [...encoded.ids.subarray(encoded.offsets[i], encoded.offsets[i + 1])];
          expect(ids.map((id) => encoded.vocabulary[id])).toEqual(terms(sample));
        });
      }),
    );
  });
});
