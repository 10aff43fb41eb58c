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

describe('GIVEN aid to Kyiv, and Israel named without any aid', () => {
  const KYIV = 'European allies of Washington have given more than $110 billion to assist Kyiv.';
  const { facts: coverage } = coverageForTests({
    'allies.md': [
      '---\ntitle: Allies and aid\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
      KYIV,
      'The talks also touched on the ceasefire between Israel and Hamas.',
      'Ministers meeting in Brussels pledged $5 billion in new aid.',
    ].join('\n\n'),
  });

  // A national capital stands for its country: the sum given to Kyiv is Ukraine's, not Israel's.
  it.each(['how much military aid has the us given israel', 'How much aid have allies given Israel?'])('%j THEN it declines', (question) => {
    const answer = answerLine(question, coverage());
    expect(answer.abstained, answer.items[0]?.text ?? '').toBe(true);
  });

  // A capital that is only where it happened ("meeting in Brussels") is no other country.
  it.each(['how much new aid did ministers pledge to ukraine', 'How much new aid did the ministers pledge to Ukraine?'])('%j THEN the venue does not count against the answer', (question) => {
    const answer = answerLine(question, coverage());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe('Ministers meeting in Brussels pledged $5 billion in new aid.');
  });
});
