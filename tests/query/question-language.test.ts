// A question in a language other than English: its words are not "mended" into English ones
// ("ist" → "its") nor searched for; the decline says questions are read in English and offers
// the sentences on the coverage's names it contains, so the user can tell a missing language
// from a missing topic.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { mendedQuestion } from '../../src/query/question-language.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const { facts } = coverageForTests({
  'relief.md': [
    '---\ntitle: Flood relief\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    'The council of Pellonia has given $45 million to Quellmark since the floods began.',
    'Mayor Haraldsen said the harbour would reopen in spring.',
    'Minister Berg visited the flooded villages of Quellmark on Monday.',
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

  it.each([
    ['wer ist haraldsen', 'Haraldsen'],
    ['Qui est Haraldsen ?', 'Haraldsen'],
    ['quién es berg', 'Berg'],
    ['кто такой берг', 'Berg'],
  ])('%j (a question in another language naming someone the coverage knows) THEN it says questions are read in English and offers the sentences on %s', (question, name) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/Questions are read in English\./u);
    expect(answer.message).not.toMatch(/never mentions/u);
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.every((item) => item.closest === true && item.text.includes(name))).toBe(true);
  });

  it('GIVEN a question in another language THEN its words are left as typed, not mended into English ones', () => {
    expect(mendedQuestion('wer ist haraldsen', facts())).toBe('wer ist haraldsen');
    expect(mendedQuestion('qui est haraldsen', facts())).toBe('qui est haraldsen');
    expect(answerLine('wer ist haraldsen', facts()).title).toBe('wer ist haraldsen');
  });
});

describe('GIVEN an English question whose names are mistyped', () => {
  it('"did bergg visit quellmarc" (two names one letter off, one English word) THEN it reads as English and is answered', () => {
    const answer = answerLine('did bergg visit quellmarc', facts());
    expect(answer.message ?? '').not.toMatch(/read in English/u);
    expect(answer.abstained).toBe(false);
  });
});
