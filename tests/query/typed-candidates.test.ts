// Sentences stating the kind of answer expected are searched for besides: when many sentences
// repeat a question's words without answering it ("proud to sign the accord"), the one sentence
// that dates the signing must still be ranked, and lead.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const towns = Array.from({ length: 120 }, (_, i) => `Town${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const DATED = 'After a long debate among members of the committee from many towns and regions, the Quellan Accord was signed into law in March 2021.';
const ARTICLE = [
  '---\ntitle: Accord report\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  ...towns.map((town) => `I was proud to sign the Quellan Accord, and ${town} signed up for the Quellan Accord too.`),
  DATED,
].join('\n\n');

const { ranked } = coverageForTests({ 'accord.md': ARTICLE });

describe('GIVEN many sentences repeating the words of a when-question without a date', () => {
  it.each(['when was the quellan accord signed', 'When was the Quellan Accord signed?', 'quellan accord signed when'])('%j THEN the sentence that dates it leads', (question) => {
    expect(ranked(question)[0]).toBe(DATED);
  });
});
