// Chat often adds a second clause that restates the question in looser words ("…, is it
// production or what", "…, whats the bigger picture here"). Its words may name what is asked, so
// a sentence carrying them ranks higher; a word the coverage lacks there declines nothing, and a
// sentence without them loses little.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const LATE = 'The harbour office said the ferry deliveries to the islands are late again this spring.';
const PRODUCTION = 'The remaining ferry deliveries depend on production at the shipyard in Lindvik.';
const BRIDGE = 'The mayor closed the old bridge on Monday because its cables had rusted through.';
const { facts } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour news\npublisher: Coastal Gazette\npublished: 2025-03-08\n---', LATE, PRODUCTION, BRIDGE].join('\n\n'),
  'hill.md': [
    '---\ntitle: Hill town notes\npublisher: Hill Herald\npublished: 2025-03-09\n---',
    'The hill town opened a new library today.',
    'Officials in the hill town said the road would reopen in October.',
  ].join('\n\n'),
});

describe('GIVEN a question with a restating clause', () => {
  it('THEN the question is read without it, and the clause is kept apart', () => {
    expect(plainForm('so whats holding up the rest of the ferry deliveries, is it production or what')).toBe('what is holding up the remaining ferry deliveries');
    expect(understandQuestion('so whats holding up the rest of the ferry deliveries, is it production or what').restated).toBe('is it production');
    expect(understandQuestion('what is holding up the ferry deliveries').restated).toBeUndefined();
  });

  it.each(['so whats holding up the rest of the ferry deliveries, is it production or what', 'So what’s holding up the rest of the ferry deliveries, is it production or what?'])(
    '%j THEN the sentence carrying the clause’s word leads',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe(PRODUCTION);
    },
  );

  it.each(['why did the mayor close the old bridge, whats the bigger picture here', 'Why did the mayor close the old bridge, what’s the bigger picture here?'])(
    '%j THEN a word the coverage lacks in the clause declines nothing',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe(BRIDGE);
    },
  );
});
