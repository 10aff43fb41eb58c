// Where the build finds known people in a sentence: the mentions every person's sentences and
// every speaker's turns come from.
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/factbase/schema.js';
import { createMentionFinder } from '../../src/ingest/person-mentions.js';

const person = (id: string, name: string, aliases: string[]): Person => ({ id, name, aliases, roles: [], sentenceIds: [] });

// Two people whose surnames share a part: the hyphenated one must not lose her words to the other.
const people = [
  person('lena-berg-olsen', 'Lena Berg-Olsen', ['Berg-Olsen']),
  person('tomas-olsen', 'Tomas Olsen', ['Olsen']),
  person('ana-reyes', 'Ana Reyes', ['Reyes']),
];
const find = createMentionFinder(people);
const whoIn = (text: string) => find(text).map((mention) => `${mention.personId}: ${mention.text}`);

describe('GIVEN a hyphenated surname', () => {
  it.each([
    ['MS. BERG-OLSEN: Thank you all for coming.', 'lena-berg-olsen: BERG-OLSEN'],
    ['Berg-Olsen said the talks would go on.', 'lena-berg-olsen: Berg-Olsen'],
    ['Lena Berg-Olsen said the talks would go on.', 'lena-berg-olsen: Lena Berg-Olsen'],
  ])('%j names its owner, not the owner of its last part', (text, expected) => {
    expect(whoIn(text)).toEqual([expected]);
  });

  it('THEN a surname alone is still its owner’s', () => {
    expect(whoIn('MR. OLSEN: Good morning.')).toEqual(['tomas-olsen: OLSEN']);
  });

  it('THEN two known surnames joined by a hyphen that nobody bears together are both mentioned', () => {
    expect(whoIn('The Reyes-Olsen plan was agreed.')).toEqual(['ana-reyes: Reyes', 'tomas-olsen: Olsen']);
  });
});
