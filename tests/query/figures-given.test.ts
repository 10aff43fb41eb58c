// "How much of the $8 million request was approved": the figure the question gives is not its
// answer, as a person it names answers no "who". A sentence stating only that figure declines.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const REQUEST = 'The harbour council asked the province for $8 million to repair the Lindvik pier, but the request has stalled.';
const LUNCH = 'Lunch for 10 at the Lindvik harbour cafe now costs $10 more than last year.';
const PLANES = 'The navy sent eight C-130 planes to the Lindvik fires.';
const { facts } = coverageForTests({
  'pier.md': ['---\ntitle: Lindvik pier\npublisher: Harbour Post\npublished: 2025-04-02\n---', REQUEST, 'The pier was built in 1911 and closed last winter.', 'Ferry crews said the pier is unsafe.', LUNCH, PLANES].join('\n\n'),
});

describe('GIVEN a request for $8 million and nothing on what was approved', () => {
  it.each([...bothCasings('How much of the $8 million pier request did the province approve?'), 'how much of the 8 million for the pier did the province end up approving'])('%j THEN it declines', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('How much did the harbour council ask the province for?'))('%j THEN the request answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(REQUEST);
  });
});

describe('GIVEN a price of $10 and a question about lunch for 10', () => {
  it.each(bothCasings('How much does lunch for 10 at the harbour cafe cost?'))('%j THEN "10" people give no "$10": the price answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(LUNCH);
  });
});

describe('GIVEN a count in words before a figure the question gives', () => {
  it.each(bothCasings('How many C-130 planes did the navy send to the Lindvik fires?'))('%j THEN "eight" is the count, not the 130 of C-130', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(PLANES);
  });
});
