import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanArticlePeople } from '../../src/ingest/people-scan.js';
import type { Sentence } from '../../src/factbase/schema.js';

// The pattern the scan followed before it scanned by hand, as the specification.
const LOWER_CASE_WORD = /(?<![A-Za-z\u00C0-\u024F'’\-/.@#_=])[a-z][a-z'’-]{2,}/g;

const piece = fc.constantFrom('a', 'bc', 'Q', 'é', 'ǿ', 'ɐ', "'", '’', '-', '/', '.', '@', '#', '_', '=', ' ', ',', '1', 'still', 'Still', 'x-ray');
const text = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(''));
const sentencesOf = (texts: readonly string[]): Sentence[] =>
  texts.map((t, id) => ({ id, articleId: 'a', text: t, paragraph: 0, group: id }));

describe('scanArticlePeople', () => {
  it('GIVEN any sentences THEN the lower-case words are the distinct matches of the old pattern, in order', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), (texts) => {
        const expected = new Set(texts.flatMap((t) => t.match(LOWER_CASE_WORD) ?? []));
        expect(scanArticlePeople(sentencesOf(texts)).lowerCaseWords).toEqual([...expected]);
      }),
    );
  });

  it('GIVEN two articles THEN each one\'s lower-case words are its own', () => {
    expect(scanArticlePeople(sentencesOf(['the still water'])).lowerCaseWords).toEqual(['the', 'still', 'water']);
    expect(scanArticlePeople(sentencesOf(['Still Trump said so, still'])).lowerCaseWords).toEqual(['said', 'still']);
  });
});
