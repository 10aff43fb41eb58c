// A run ending in the head of a named law or programme ("… act", "… initiative") is its name: a
// coverage in which no sentence holds all its words never mentions it, whatever other acts it has.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const SAFETY = 'The Harbour Safety Act takes effect on January 1, 2026, the council said.';
const { facts } = coverageForTests({
  'laws.md': [
    '---\ntitle: New laws\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    SAFETY,
    'The Bridge Repair Act, passed in May, takes effect next spring.',
    'The aid bill for the valley was approved by the council on Tuesday.',
  ].join('\n\n'),
});

describe('GIVEN acts the coverage names, and one made of their words it never names', () => {
  it.each(bothCasings('When does the Bridge Safety Act take effect?'))('%j THEN it declines, naming the act', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text ?? '').toBe(true);
    expect(answer.message).toMatch(/never mentions “bridge safety act”/iu);
  });

  it.each(bothCasings('When does the Harbour Safety Act take effect?'))('%j THEN it answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(SAFETY);
  });

  // Written in other words ("the aid bill for the valley"): its words stand together, so it is known.
  it.each(bothCasings('When was the valley aid bill approved?'))('%j THEN it answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
  });
});
