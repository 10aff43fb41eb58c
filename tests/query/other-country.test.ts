// A sentence that names another country where the question names one is about that country:
// "how much has germany given ukraine" is not answered by what the United States gave.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const US = 'The United States has given $77 billion in aid to Ukraine since the war began.';

const { facts } = coverageForTests({
  'aid.md': [
    '---\ntitle: Aid totals\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
    US,
    'Separately, the foreign ministers met for two days of talks.',
    'Germany hosted the meeting in a castle near the river.',
  ].join('\n\n'),
});

describe('GIVEN what the United States gave, and Germany named without any aid', () => {
  it.each(['how much has germany given ukraine', 'How much has Germany given Ukraine?', 'how much aid did the germans give ukraine'])('%j THEN it declines', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.items.every((item) => item.closest === true)).toBe(true);
  });

  it.each(['how much has the us given ukraine', 'How much has the United States given Ukraine?'])('%j THEN it answers with the United States', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(US);
  });
});

describe('GIVEN aid from the United States and from others', () => {
  const OTHERS = 'Canada has given more than $110 billion in aid to Ukraine so far.';
  const { facts: coverage } = coverageForTests({
    'totals.md': ['---\ntitle: Aid totals\npublisher: Valley Weekly\npublished: 2025-09-01\n---', OTHERS, US].join('\n\n'),
  });

  it.each(['how much us aid has ukraine had', 'is us aid to ukraine drying up'])('%j in lower case THEN "us" is the country and its aid leads', (question) => {
    expect(answerLine(question, coverage()).items[0]?.text).toBe(US);
  });
});
