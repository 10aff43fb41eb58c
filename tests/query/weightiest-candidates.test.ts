// The question's weightiest things are searched alone too: when common words of the question
// match many sentences, the one sentence about the particular thing asked ("Varrow fires have
// claimed …") must still be among the candidates ranked.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';

const towns = Array.from({ length: 70 }, (_, i) => `Town${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const ARTICLE = [
  '---\ntitle: Fire season report\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  ...towns.map((town, i) => `People died in a fire near ${town} on day ${i + 1}, officials said.`),
  ...towns.map((town) => `The Varrow council met ${town} leaders to plan roads.`),
  'Varrow fires have claimed over 100 lives.',
].join('\n\n');

const { ranked } = coverageForTests({ 'fires.md': ARTICLE });

describe('GIVEN many sentences matching the common words of a question', () => {
  it.each(['how many people died in the varrow fires', 'How many people died in the Varrow fires?'])('%j THEN the sentence about the thing asked is ranked', (question) => {
    expect(ranked(question)).toContain('Varrow fires have claimed over 100 lives.');
  });
});
