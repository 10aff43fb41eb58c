// "Tiran Island" is named by "Tiran" alone: a sentence writing only the name word carries the
// place in part, so it can answer. A head that is no kind of place ("White House") or an everyday
// first word ("West Bank") makes no such pair.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const LEAVE = 'The peacekeepers will leave Tiran in March 2026, officials said.';
const { facts } = coverageForTests({
  'island.md': [
    '---\ntitle: Peacekeepers to go\npublisher: Coastal Gazette\npublished: 2025-07-15\n---',
    'Peacekeepers have served on Tiran Island since 1982 and will leave under the agreement.',
    LEAVE,
    'The agreement was welcomed by both governments.',
  ].join('\n\n'),
});

describe('GIVEN the date written in a sentence naming "Tiran" without "Island"', () => {
  it.each(bothCasings('When will the peacekeepers leave Tiran Island?'))('%j THEN that sentence answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(LEAVE);
  });
});
