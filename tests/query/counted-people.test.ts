// "How many residents" is answered by a count of people: a count of people counts any kind of
// person, whatever word the question uses for them. A count of people does not count things.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const TOWN = 'Marrow Bay, a fishing town of about 4,000 people, lies at the end of the coast road.';

const { facts } = coverageForTests({
  'town.md': [
    '---\ntitle: Coast road reopens\npublisher: Valley Weekly\npublished: 2025-05-01\n---',
    'The coast road reopened on Friday after three weeks of repairs.',
    TOWN,
    'The harbour master said the ferries would run again next week.',
  ].join('\n\n'),
});

describe('GIVEN a town said to be of about 4,000 people', () => {
  it.each(['how many residents live in marrow bay', 'How many inhabitants does Marrow Bay have?'])('%j THEN the count of people answers it', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(TOWN);
  });

  it.each(['how many boats are in marrow bay', 'How many trucks use the coast road?'])('%j THEN it declines: people are not boats or trucks', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});
