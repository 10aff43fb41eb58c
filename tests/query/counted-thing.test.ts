// "How many X" is answered by a count of X: a number before another noun counts that ("157
// partners", "28 Vorensky aircraft"), one with no noun after it may count anything ("voted 79 to 18"), and a kind of X, or
// two kinds of person or of group, count alike ("40 civilians" for people, "700 military personnel"
// for troops).
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { countedThing, countsAnotherThing } from '../../src/query/counted-thing.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const spanOf = (text: string, number: string): [number, number] => [text.indexOf(number), text.indexOf(number) + number.length];

describe('what a number counts', () => {
  it.each([
    ['how many votes did holm get', 'the pact now has 157 partners committed to it', '157', true],
    ['how many kids were enrolled', 'the ban covers 13 additional public programs', '13', true],
    ['how many miles is the route', 'the route opened 12 years ago', '12', true],
    ['how many votes did the bill get', 'the council voted 79 to 18 for the bill', '79', false],
    ['how many people were killed', 'the strike killed 40 civilians in Lindvik', '40', false],
    ['how many troops are in zorvia', 'about 700 military personnel remain in Zorvia', '700', false],
    ['how many engines are they buying', 'they will buy 28 Vorensky aircraft', '28', true],
    ['how many ferries did they buy', 'they bought 12 new ferries', '12', false],
    // One of the asked for each of another thing counted: as many of them.
    ['how many mayors are due at the fair', 'mayors from all 12 member towns are meeting in Vesta', '12', false],
    ['how many harbour masters came', 'the harbour masters of the 30 ports came to Lindvik', '30', false],
    ['how many votes did the bill get', 'the mayors of 30 towns backed the bill', '30', true],
  ])('%j: in %j, %s counts another thing: %s', (question, text, number, another) => {
    const counted = countedThing(question, []);
    expect(counted).not.toBeNull();
    expect(countsAnotherThing(text, ...spanOf(text, number), counted!)).toBe(another);
  });

  it.each(['how many were there', 'ferries and tugs how many in holms new package'])('%j counts nothing it names: no counted thing', (question) => {
    expect(countedThing(question, [])).toBeNull();
  });

  it('"how many nato countries sent ministers" counts countries, not what was sent', () => {
    const counted = countedThing('how many nato countries sent there foreign ministers', []);
    const text = 'Foreign ministers from all 32 NATO member states are convening in Lindvik.';
    expect(counted?.heads.flat()).toContain('country');
    expect(countsAnotherThing(text, ...spanOf(text, '32'), counted!)).toBe(false);
  });
});

const PARTNERS = 'The harbour pact now has 157 partners committed to cleaner ports, Minister Ana Holm said.';
const FERRIES = 'Pellonia bought 12 new ferries for the Lindvik route last spring.';

const { facts } = coverageForTests({
  'pact.md': ['---\ntitle: Harbour pact grows\npublisher: Coastal Gazette\npublished: 2024-06-02\n---', PARTNERS, FERRIES].join('\n\n'),
});

describe('a count of another thing', () => {
  it('"how many votes did the harbour pact get" THEN "157 partners" is no answer: declined', () => {
    for (const typed of bothCasings('how many votes did the harbour pact get?')) {
      const answer = answerLine(typed, facts());
      expect(answer.abstained, answer.items[0]?.text).toBe(true);
    }
  });

  it.each([
    ['how many partners does the harbour pact have', PARTNERS],
    ['how many ferries did pellonia buy', FERRIES],
  ])('%j THEN the count of it answers', (question, expected) => {
    expectAnsweredFirst(facts(), question, expected);
  });
});
