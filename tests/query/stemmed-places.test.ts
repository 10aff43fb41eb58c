// Porter stems some place names into other English words ("Maine" → main, "Wales" → wale): a
// question naming such a place is answered only by sentences that write its name, and a coverage
// that never writes it does not mention the place, whatever else it writes.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const ROAD = 'The council spent $4 million on the main road through Lindvik.';
const STATE = 'The ferry company spent $2 million on a new terminal in Maine.';
const ALLIES = "Washington's allies spent $9 million on new ferries.";
const { facts } = coverageForTests({
  'roads.md': ['---\ntitle: Road works\npublisher: Coastal Gazette\npublished: 2025-03-02\n---', ROAD, 'The main square will close for a week.'].join('\n\n'),
  'ferries.md': ['---\ntitle: Ferry news\npublisher: Harbour Post\npublished: 2025-03-04\n---', STATE, 'The terminal opens in May.', ALLIES].join('\n\n'),
});
const { facts: withoutState } = coverageForTests({
  'roads.md': ['---\ntitle: Road works\npublisher: Coastal Gazette\npublished: 2025-03-02\n---', ROAD, 'The main square will close for a week.'].join('\n\n'),
});

describe('GIVEN a sentence on a main road and one on Maine', () => {
  it.each(bothCasings('How much was spent in Maine?'))('%j THEN the sentence naming Maine leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(STATE);
  });
});

describe("GIVEN a place's name in the possessive", () => {
  it.each(bothCasings("How much did Washington's allies spend on ferries?"))('%j THEN it is the name, stemmed as the index does', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(ALLIES);
  });
});

describe('GIVEN a coverage that writes "main" but never Maine', () => {
  it.each(bothCasings('How much was spent on roads in Maine?'))('%j THEN it declines, naming Maine', (question) => {
    const answer = answerLine(question, withoutState());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions maine/iu);
  });

  it('"how much was spent on the main road" THEN the word is still searched as itself', () => {
    expect(answerLine('how much was spent on the main road', withoutState()).items[0]?.text).toBe(ROAD);
  });
});
