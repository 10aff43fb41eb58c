// "Is Pellonia helping Zorvia": a yes/no question asks what its subject did. A sentence where
// someone else does it, even right after a sentence naming the subject, answers nothing about it.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PELLONIA_FERRIES = 'Most of the ferries seen in the harbour last week were built and supplied by Pellonia, the minister said.';
const { facts } = coverageForTests({
  'harbour.md': [
    '---\ntitle: Harbour supplies\npublisher: Coastal Gazette\npublished: 2025-03-08\n---',
    PELLONIA_FERRIES,
    'Quellmark is also helping Zorvia with ferry shipments.',
    'Zorvia thanked its neighbours for the help with the harbour.',
  ].join('\n\n'),
});

describe('GIVEN Quellmark helping Zorvia, right after a sentence on Pellonia', () => {
  it.each(bothCasings('Is Pellonia helping Zorvia with ferry shipments?'))('%j THEN the sentence on Quellmark does not answer first', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items[0]?.text ?? '', answer.message ?? '').not.toContain('Quellmark');
  });

  it.each(bothCasings('Is Quellmark helping Zorvia with ferry shipments?'))('%j THEN the sentence on Quellmark answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toContain('Quellmark');
  });
});

describe('GIVEN a bill that left out new funding for Zorvia', () => {
  const BILL = 'The Senate passed a stopgap bill to avoid a shutdown that did not include new funding for Zorvia.';
  const { facts: coverage } = coverageForTests({
    'bill.md': [
      '---\ntitle: Budget week\npublisher: Coastal Gazette\npublished: 2025-03-08\n---',
      BILL,
      'Zorvia thanked its neighbours for the help with the harbour.',
      'Zorvia opened a new ferry line to the islands.',
    ].join('\n\n'),
  });

  // After "did", "have" is the verb itself: the names after it are what the bill had, not doers.
  it.each(bothCasings('Did the Senate shutdown bill have any Zorvia cash in it?'))('%j THEN the sentence on the bill answers', (question) => {
    const answer = answerLine(question, coverage());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(BILL);
  });
});
