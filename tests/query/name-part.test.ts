// A word the coverage writes only inside one name ("house" only in "White House") names nothing
// else there: "how did the house vote" is not answered by the Senate's vote.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const SENATE = 'The Senate on Tuesday voted 79 to 18 to approve the $95 billion aid bill.';
const DINNER = 'President Holm will host a dinner for the leaders at the White House on Wednesday.';
const senateOnly = coverageForTests({
  'vote.md': ['---\ntitle: Aid bill passes\npublisher: Capital Times\npublished: 2025-04-24\n---', SENATE, DINNER, 'The bill now goes to the president.'].join('\n\n'),
});
const bothChambers = coverageForTests({
  'vote.md': [
    '---\ntitle: Aid bill passes\npublisher: Capital Times\npublished: 2025-04-24\n---',
    SENATE,
    DINNER,
    'The House approved the same bill on Saturday by 311 votes to 112.',
  ].join('\n\n'),
});

describe('GIVEN a coverage that writes "house" only in "White House"', () => {
  it.each(bothCasings('How did the House vote on the aid bill?'))('%j THEN it declines, saying what it lacks', (question) => {
    const answer = answerLine(question, senateOnly.facts());
    expect(answer.abstained, answer.items[0]?.text ?? '').toBe(true);
    expect(answer.message).toMatch(/never mentions house other than in White House/iu);
  });

  it.each(bothCasings('Who will host the dinner at the White House?'))('%j THEN the name typed whole is known', (question) => {
    const answer = answerLine(question, senateOnly.facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(DINNER);
  });
});

describe('GIVEN a coverage that also writes "the House" on its own', () => {
  it.each(bothCasings('How did the House vote on the aid bill?'))('%j THEN it answers', (question) => {
    const answer = answerLine(question, bothChambers.facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
  });
});
