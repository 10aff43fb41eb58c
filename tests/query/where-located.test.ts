// "Where is the conference being held" asks where it is: a place the sentence puts it in or at
// ("in Lindvik") answers it; a place that does something there ("Norway was not represented")
// answers only in part. "Which country …" asks for a place that does something: both answer.
import { describe, expect, it } from 'vitest';
import { searchAnswers } from '../../src/commands/ask.js';
import { RANKING } from '../../src/query/ranking-options.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const HELD = 'The two-day conference of ministers is being held in Lindvik this week.';
const ABSENT = 'Norway was not represented at the conference dinner the ministers held on Wednesday evening.';
const { facts } = coverageForTests({
  'conference.md': ['---\ntitle: Ministers meet\npublisher: Coastal Gazette\npublished: 2025-03-08\n---', ABSENT, HELD, 'The ministers discussed ferry routes and fishing quotas.'].join('\n\n'),
});

const answerTypeOf = (question: string, text: string) => searchAnswers(question, facts()).ranked.find((hit) => facts().sentence(hit.sentenceId).text === text)?.answerType;

describe('GIVEN a place named as where the conference is, and one named as absent from it', () => {
  it.each(['Where is the ministers conference being held?', 'where is the ministers conference being held'])('%j THEN only the place it is in answers in full', (question) => {
    expect(answerTypeOf(question, HELD)).toBe(1);
    expect(answerTypeOf(question, ABSENT)).toBe(RANKING.placeNotLocatedShare);
    expect(facts().sentence(searchAnswers(question, facts()).answers[0]!.sentenceId).text).toBe(HELD);
  });

  it('"which country was not represented" THEN the country that does so answers in full', () => {
    expect(answerTypeOf('which country was not represented at the conference dinner', ABSENT)).toBe(1);
  });
});
