import { describe, expect, it } from 'vitest';
import { terms } from '../../src/factbase/terms.js';
import { speaks } from '../../src/query/speakers.js';

const named = (name: string): ReadonlySet<string> => new Set(terms(name));

describe('speaks', () => {
  it.each([
    'Kuleba said the talks went well.',
    'Kuleba, the foreign minister, told reporters the talks went well.',
    'Austin testified before the Senate committee on Tuesday.',
    'Kuleba will stress the need for air defence.',
  ])('GIVEN "%s" THEN the name is speaking', (text) => {
    expect(speaks(text, named(text.split(/[\s,]/u)[0] ?? ''))).toBe(true);
  });

  it('GIVEN a name that is only the object THEN it is not speaking', () => {
    expect(speaks('The ministers thanked Kuleba for the visit.', named('Kuleba'))).toBe(false);
  });
});
