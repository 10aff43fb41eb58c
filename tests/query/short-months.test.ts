// A month typed short in chat ("dec 3", "since feb 2021") is the month: the question is answered
// as if spelled out, not declined as about a word "dec" the coverage never uses. Beside no date
// ("jan lindqvist", "mar the talks") the word stays what it is.
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { answerLine } from '../../src/pipeline.js';
import { plainForm } from '../../src/query/question.js';

const MET = 'Pellonian ministers met in Quellmark on December 3 to discuss the harbour treaty.';
const DELIVERED = 'Zorvia has delivered over 40 patrol boats to Pellonia since February 2021.';

const { facts } = coverageForTests({
  'treaty.md': ['---\ntitle: Harbour treaty talks\npublisher: Valley Weekly\npublished: 2025-12-04\n---', MET, 'The talks will resume in spring.'].join('\n\n'),
  'boats.md': ['---\ntitle: Patrol boats\npublisher: Valley Weekly\npublished: 2025-11-20\n---', DELIVERED, 'The boats guard the northern coast.'].join('\n\n'),
});

function answers(question: string): string {
  const answer = answerLine(question, facts());
  expect(answer.abstained, answer.items[0]?.text).toBe(false);
  return answer.items[0]?.text ?? '';
}

describe('GIVEN a meeting on December 3 and deliveries since February 2021', () => {
  it.each(bothCasings('Where did Pellonian ministers meet on Dec 3?'))('%j THEN the meeting answers', (question) => {
    expect(answers(question)).toBe(MET);
  });
  it.each(bothCasings('How many boats has Zorvia delivered since Feb 2021?'))('%j THEN the deliveries answer', (question) => {
    expect(answers(question)).toBe(DELIVERED);
  });
});

describe('GIVEN a short month word typed in a question', () => {
  it('THEN beside a number or after "since" it is the month, beside no date it stays as typed', () => {
    expect(plainForm('talks on dec. 3')).toBe('talks on december 3');
    expect(plainForm('aid since sept')).toBe('aid since september');
    expect(plainForm('what did jan lindqvist say')).toBe('what did jan lindqvist say');
    expect(plainForm('will it mar the talks')).toBe('will it mar the talks');
  });
});
