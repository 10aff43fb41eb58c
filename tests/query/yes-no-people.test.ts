// "Did Berg meet Reyes": a yes/no question about two people asks what they did together. A
// sentence where one of them meets someone else answers nothing about the pair.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const HOLM_AND_REYES = 'Governor Anna Holm met Minister Carlos Reyes in Bergen on Friday to discuss the ferry link.';
const ARTICLE = [
  '---\ntitle: Coastal talks\npublisher: Coastal Gazette\npublished: 2025-03-08\n---',
  'Mayor Jonas Berg met Governor Anna Holm at the harbour on Monday.',
  HOLM_AND_REYES,
  'Jonas Berg said the bridge would carry 40,000 vehicles a day.',
  'Carlos Reyes said the ferry link would open next spring.',
  'Minister Carlos Reyes later held talks with the port authority.',
].join('\n\n');

const { facts } = coverageForTests({ 'talks.md': ARTICLE });

describe('GIVEN coverage where Berg and Reyes each meet others but never each other', () => {
  it.each(bothCasings('Did Jonas Berg meet Carlos Reyes?'))('%j THEN it declines rather than citing a meeting with someone else', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('Did Anna Holm meet Carlos Reyes?'))('%j THEN the sentence naming both answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(HOLM_AND_REYES);
  });
});
