// "How much did dinner cost in Arkansas": a sentence giving the cost in Michigan names another
// state where the question names one (WordNet files both as instances of "American state"), so it
// is about that other state; the coverage that names Arkansas only elsewhere does not say.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const OHIO = 'A holiday dinner for ten cost $61 in Ohio this year, the farm bureau survey found.';
const { facts } = coverageForTests({
  'dinner.md': [
    '---\ntitle: Holiday dinner prices\npublisher: Farm Weekly\npublished: 2025-11-20\n---',
    'A holiday dinner for ten cost $58 in Michigan this year, the farm bureau survey found.',
    OHIO,
    'Arkansas farmers planted more rice this year than last.',
    'The main cost of the dinner is the turkey.',
  ].join('\n\n'),
});

describe('GIVEN dinner prices for two states and a third state named only elsewhere', () => {
  it.each([...bothCasings('How much did a holiday dinner for ten cost in Arkansas?'), 'holiday dinner price arkansas'])('%j THEN it declines: no sentence gives the price there', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('How much did a holiday dinner for ten cost in Ohio?'))('%j THEN the Ohio price answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(OHIO);
  });
});
