// "Where is the next fair" asks about the upcoming one: coverage writes "upcoming" or
// "forthcoming" as often as "next", and a past fair is not the answer.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const UPCOMING = 'The upcoming valley fair will be held in the harbour town, the council said on Monday after a long debate about costs.';
const { first } = coverageForTests({
  'fairs.md': [
    '---\ntitle: Fair news\npublisher: Valley Weekly\npublished: 2025-03-01\n---',
    'The valley fair was held in the hill town on May 12.',
    UPCOMING,
    // "next" is a word of the coverage too, so it weighs in the question.
    'The council will meet again next week to discuss the budget.',
  ].join('\n\n'),
});

describe('GIVEN a past fair and the upcoming one', () => {
  it.each(bothCasings('Where is the next valley fair?'))('%j THEN the upcoming one answers', (question) => {
    expect(first(question)).toBe(UPCOMING);
  });
});
