// "When is …" answered by a day given through its event ("on the final day of the festival"), and
// "when do … start arriving" by the sentence dating the start, whatever verb it begins.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FINAL_DAY = 'Mayor Haraldsen is expected to attend the Lindvik festival on the final day of the festival.';
const BEGIN = 'Minister Berg said the new Quellmark ferries would begin service in May.';
const { facts } = coverageForTests({
  'festival.md': ['---\ntitle: Festival week\npublisher: Valley Weekly\npublished: 2025-04-01\n---', 'The Lindvik festival draws crowds from across Pellonia.', FINAL_DAY].join('\n\n'),
  'ferries.md': ['---\ntitle: Ferries\npublisher: Valley Weekly\npublished: 2025-04-02\n---', 'The old Quellmark ferries were retired in March after a storm.', BEGIN].join('\n\n'),
});

describe('GIVEN a day stated only by the event it falls in', () => {
  it.each(bothCasings('When will Haraldsen attend the Lindvik festival?'))('%j THEN that sentence answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(FINAL_DAY);
  });
});

describe('GIVEN "start arriving": the start is what is dated', () => {
  it.each(bothCasings('When do the new Quellmark ferries start arriving?'))('%j THEN the sentence dating their beginning answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(BEGIN);
  });
});
