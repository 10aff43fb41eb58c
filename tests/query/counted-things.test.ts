// "How many X": a count of something else does not answer it, however much of the rest of the
// question its sentence carries, nor does a count whose neighbouring sentence names X.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const TRUCKS = 'The council sent 40 trucks to the coast guard in May.';

const { facts } = coverageForTests({
  'council.md': [
    '---\ntitle: Council sends help to the coast\npublisher: Valley Weekly\npublished: 2025-06-01\n---',
    'The package includes trucks, buses and radios.',
    TRUCKS,
    'The council also sent money to the coast guard.',
    'The buses stay in the depot until the roads reopen.',
  ].join('\n\n'),
});

describe('GIVEN a count of trucks and buses mentioned without a count', () => {
  it.each(bothCasings('How many buses did the council send to the coast guard?'))('%j THEN it declines', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('How many trucks did the council send to the coast guard?'))('%j THEN the count of trucks answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(TRUCKS);
  });
});
