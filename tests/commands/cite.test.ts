import { beforeAll, describe, expect, it } from 'vitest';
import { CitationBook } from '../../src/commands/cite.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { loadFixture } from './fixture.js';

let facts: LoadedFactBase;
beforeAll(async () => {
  facts = await loadFixture();
});

describe('CitationBook', () => {
  it('numbers sentences 1, 2, 3 in order of first use and reuses a number', () => {
    const book = new CitationBook(facts);
    expect(book.cite(8)).toEqual([1]);
    expect(book.cite(0)).toEqual([2]);
    expect(book.cite(8)).toEqual([1]);
    expect(book.citations.map((c) => c.n)).toEqual([1, 2]);
  });

  it('GIVEN a sentence with a near-duplicate in another article THEN both sources are cited, the asked one first', () => {
    const book = new CitationBook(facts);
    expect(book.cite(10)).toEqual([1, 2]);
    expect(book.citations.map((c) => c.article.id)).toEqual(['ledger-summit', 'wire-aid']);
    // Citing the other copy later gives the same numbers, no new citation.
    expect(book.cite(3).sort()).toEqual([1, 2]);
    expect(book.citations).toHaveLength(2);
  });

  it('carries the verbatim sentence and its article metadata', () => {
    const book = new CitationBook(facts);
    book.cite(0);
    expect(book.citations[0]).toEqual({
      n: 1,
      sentence: 'Canada pledged $2.5 billion in military aid to Ukraine on Tuesday, March 12.',
      article: { id: 'wire-aid', title: 'Allies pledge new aid', publisher: 'Wire Service', published: '2024-03-14', url: 'https://example.com/wire-aid' },
    });
  });

  it('citeOne leaves the near-duplicates out', () => {
    const book = new CitationBook(facts);
    expect(book.citeOne(3)).toBe(1);
    expect(book.citations).toHaveLength(1);
  });
});
