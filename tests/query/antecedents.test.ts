// "Which countries boycotted the fair": "These nations have decided to boycott it" answers only with the
// sentence before, which names them; that sentence is shown first.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const NAMED = 'The new ferry fares drew a swift protest from the island nations of Varnholm and Quellmark.';
const POINTING = 'These nations have decided to boycott the harbour fair because of the fares.';
const { facts } = coverageForTests({
  'fair.md': ['---\ntitle: Harbour fair\npublisher: Harbour Post\npublished: 2025-04-02\n---', 'The harbour fair opens in Lindvik on Friday.', `${NAMED} ${POINTING}`, 'Mayor Ingrid Vos said the fair would go ahead.'].join('\n\n'),
});

describe('GIVEN towns named in one sentence and said to boycott in the next', () => {
  it.each([...bothCasings('Which countries boycotted the harbour fair?'), 'which nations are boycotting the fair bc of the fares'])('%j THEN the naming sentence is shown right before the one pointing back to it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    const texts = answer.items.map((item) => item.text);
    expect(texts.indexOf(POINTING)).toBeGreaterThan(0);
    expect(texts[texts.indexOf(POINTING) - 1]).toBe(NAMED);
  });

  it.each(bothCasings('Why are the towns boycotting the harbour fair?'))('%j (a why question) THEN the sentence giving the reason leads alone', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(POINTING);
  });
});
