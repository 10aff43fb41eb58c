// A question in a language the coverage is not written in: the decline says which language
// questions are read in, so the user can tell a missing language from a missing topic.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const { facts } = coverageForTests({
  'relief.md': [
    '---\ntitle: Flood relief\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    'The council of Pellonia has given $45 million to Quellmark since the floods began.',
    'Mayor Haraldsen said the harbour would reopen in spring.',
  ].join('\n\n'),
});

describe('GIVEN English coverage', () => {
  it.each(['скільки грошей дала рада', 'Скільки грошей дала рада?'])('%j (no word English or the coverage knows) THEN the decline says questions are read in English', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/Questions are read in English\./u);
  });

  it('GIVEN an English question about a name the coverage lacks THEN no note about language', () => {
    const answer = answerLine('what did lindqvist say about the harbour', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).not.toMatch(/read in English/u);
  });
});
