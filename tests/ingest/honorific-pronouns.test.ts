// Which pronoun the coverage uses for a person, read from the honorifics before their surname;
// a surname two people bear, or honorifics that disagree, decide nothing.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/factbase/schema.js';
import { honorificPronouns } from '../../src/ingest/honorific-pronouns.js';
import { coverage } from '../helpers/coverage.js';

const person = (name: string): Person => ({ id: name.toLowerCase().replaceAll(' ', '-'), name, aliases: [], roles: [], sentenceIds: [] });
const PEOPLE = [person('Mara Olsen'), person('Piet Haraldsen'), person('Ana Berg'), person('Tomas Berg'), person('Lena Reyes')];

function pronounsOf(...lines: string[]): Map<string, string> {
  const { sentences } = coverage([{ id: 'a', paragraphs: [lines] }]);
  return honorificPronouns(sentences, PEOPLE);
}

describe('GIVEN the honorifics a coverage writes', () => {
  it('reads "Ms." and "Mr.", transcript labels included, once a surname has two', () => {
    const pronouns = pronounsOf('Ms. Olsen spoke first.', 'MS. OLSEN: Thank you.', 'Mr. Haraldsen agreed.', 'MR. HARALDSEN: Yes.');
    expect(Object.fromEntries(pronouns)).toEqual({ 'mara-olsen': 'she', 'piet-haraldsen': 'he' });
  });

  it('decides nothing for a surname two people bear, one honorific, or honorifics that disagree', () => {
    const pronouns = pronounsOf('Mr. Berg left.', 'Ms. Berg stayed.', 'Mr. Berg returned.', 'Ms. Reyes and Mr. Reyes arrived.', 'Mr. Olsen?');
    expect(pronouns.size).toBe(0);
  });
});
