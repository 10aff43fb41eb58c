// GIVEN invented coverage naming a place by its name, by a word made from it and by an alias,
// THEN the index's marks of sentences that may name it keep every sentence that names it itself
// (so a comparison's side search, filtered by them, loses no answer) and rule out the others.
import { describe, expect, it } from 'vitest';
import { namesItself, sentencesThatMayName } from '../../src/query/coverage.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const { facts } = coverageForTests({
  'pellonia.md': `---\ntitle: Harbour news\npublisher: Quellmark Courier\npublished: 2025-02-03\n---\nPellonia gave the harbour fund 40 million euros.\n\nThe Pellonians gave another 5 million euros in March.\n\nQuellmark gave the harbour fund 12 million euros.\n\nA Pellonian envoy met Olsen at the harbour.\n`,
});

describe('GIVEN a side of a comparison and the sentences that name it', () => {
  it('marks every sentence that names the side itself, derived words too, and none that cannot', () => {
    const loaded = facts();
    const concept = analyseQuery('pellonia', loaded).concepts[0]!;
    const marks = sentencesThatMayName(concept, loaded)!;
    const ids = Array.from({ length: loaded.data.sentences.length }, (_, id) => id);
    const naming = ids.filter((id) => namesItself(concept, id, loaded));
    expect(naming.map((id) => loaded.sentence(id).text)).toEqual(expect.arrayContaining(['Pellonia gave the harbour fund 40 million euros.', 'A Pellonian envoy met Olsen at the harbour.']));
    expect(naming.filter((id) => marks[id] !== 1)).toEqual([]);
    const quellmark = ids.find((id) => loaded.sentence(id).text.startsWith('Quellmark gave'))!;
    expect(marks[quellmark]).toBe(0);
  });
});
