// "Which countries boycotted the talks in lindvik": Lindvik, named by the question, answers no
// "which country", as a person it names answers no "who". And "These nations have decided to
// boycott the talks" states which countries through the sentence before it, which names them:
// it answers, shown after that sentence. "Where does pellonia rank" asks for a place in an order,
// not on a map.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';

const PROTEST = 'The presence of Minister Berg at the talks caused a swift protest from Pellonia and the northern states of Quellmark and Zorvia.';
const BOYCOTT = "These nations have decided to boycott the talks because of Berg's attendance.";
const PHOTO = 'Berg was not present in Lindvik at the time of the group photo taken at the talks.';
const HOSTED = 'Lindvik hosted the harbour talks for the third year running.';

const { facts } = coverageForTests({
  'talks.md': ['---\ntitle: Harbour talks open in Lindvik\npublisher: Coastal Gazette\npublished: 2024-12-04\n---', HOSTED, PROTEST, BOYCOTT, PHOTO].join('\n\n'),
});

describe('a place the question names, and a plural pointing back to the places', () => {
  it('"which countries boycotted the talks in lindvik because berg was there" THEN the countries answer, the boycott after them', () => {
    expectAnsweredFirst(facts(), 'which countries boycotted the talks in lindvik because berg was there', PROTEST);
    expect(answerLine('which countries boycotted the talks in lindvik because berg was there', facts()).items[1]?.text).toBe(BOYCOTT);
  });

  it('"which city hosted the harbour talks" THEN the city the sentence names still answers', () => {
    expectAnsweredFirst(facts(), 'which city hosted the harbour talks', HOSTED);
  });
});

const RANKS = 'Pellonia now ranks 12th out of 40 harbour nations for ferry safety, the yearly survey found.';
const PUBLISHED = 'The survey of ferry safety in Pellonia was published in Lindvik on Monday.';
const survey = coverageForTests({
  'survey.md': ['---\ntitle: Ferry safety survey\npublisher: Coastal Gazette\npublished: 2024-12-06\n---', PUBLISHED, RANKS].join('\n\n'),
});

describe('a place in an order', () => {
  it.each(['where does pellonia rank for ferry safety', 'where did the team finish', 'where does the mayor stand on the plan'])('%j THEN no place on a map is expected', (question) => {
    expect(understandQuestion(question).expects).toEqual([]);
  });

  it('"where did the talks take place" THEN a place is', () => {
    expect(understandQuestion('where did the talks take place').expects).toEqual(['place']);
  });

  it('"where does pellonia rank for ferry safety" THEN the sentence giving its rank answers', () => {
    expectAnsweredFirst(survey.facts(), 'where does pellonia rank for ferry safety', RANKS);
  });
});
