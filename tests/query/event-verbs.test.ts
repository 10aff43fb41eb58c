// The verb of a "how many" or "when" question names the event asked about. When the coverage
// never reports that happening (in no form, equivalent or derived word), a count or a date in it
// belongs to something else and the question is declined; a derived word ("invasion" for
// "invade") is the event reported.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const INVASION = "Zorvia's invasion of Pellonia began on March 3, 2021.";
const GROWTH = "The harbour town's fastest growth came in 1990, after the port opened.";
const ARTICLE = [
  '---\ntitle: Valley report\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  'The academy has trained 4,000 Zorvian soldiers since 2020.',
  INVASION,
  'Zorvia hosted the regional games on May 5, 2019.',
  'Zorvian soldiers guard the border posts.',
  'The valley council met on Tuesday.',
  GROWTH,
  'The harbour town hosted the sailing games in 2001.',
].join('\n\n');

const { facts } = coverageForTests({ 'valley.md': ARTICLE });

describe('GIVEN coverage that counts soldiers trained and dates an invasion', () => {
  it.each(bothCasings('How many Zorvian soldiers have been killed?'))('%j THEN it declines: no count there is of soldiers killed', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('How many Zorvian soldiers have been trained?'))('%j THEN the count of those trained answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toContain('4,000');
  });

  it.each([
    ...bothCasings('When did Zorvia invade Pellonia?').map((question) => [question, INVASION]),
    ...bothCasings('When did the harbour town grow?').map((question) => [question, GROWTH]),
  ])('%j THEN the sentence dating the event, named by a word derived from the verb, answers', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });
});
