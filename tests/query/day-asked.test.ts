// "What day did the council meet" asks for the day: a sentence giving only the month ("met in
// October") does not say, though it answers "when did the council meet".
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MONTH = 'The ferry council met in October 2024 to discuss the winter timetable.';
const DAY = 'The harbour board voted on the new fares on 14 March 2025.';
const FINAL_DAY = 'Mayor Ingrid Vos will open the harbour fair on the final day of the festival.';
const { facts } = coverageForTests({
  'council.md': ['---\ntitle: Lindvik councils\npublisher: Harbour Post\npublished: 2025-04-02\n---', MONTH, DAY, FINAL_DAY, 'The festival draws visitors from Quellmark every year.'].join('\n\n'),
});

describe('GIVEN one meeting dated to the month and one to the day', () => {
  it.each([...bothCasings('What day in October did the ferry council meet?'), 'which day did the ferry council meet', 'on what date did the ferry council meet'])('%j THEN it declines: only the month is given', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
  });

  it.each(bothCasings('When did the ferry council meet?'))('%j THEN the month answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(MONTH);
  });

  it.each([...bothCasings('What day did the harbour board vote on the fares?'), 'what date did the harbour board vote on fares'])('%j THEN the dated day answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(DAY);
  });

  it.each(['which day will vos open the harbour fair', 'what day is the harbour fair opening'])('%j THEN the day of the festival answers', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe(FINAL_DAY);
  });
});

describe('GIVEN the day of the festival, and a question asking with a light verb ("coming") the coverage never writes', () => {
  it.each(['is vos coming to the harbour fair? which day', 'when is vos coming to the harbour fair'])('%j THEN "come" names no event of its own: the day answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(FINAL_DAY);
  });
});
