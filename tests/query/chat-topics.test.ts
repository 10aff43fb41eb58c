// Chat's ways of naming what it asks about: a lone letter for a compass point ("s korea") or for
// "and" ("boats n ferries"), "press sec"; "what day" answered by a day of the week; "how many
// times" answered by an ordinal ("her third visit"); a keyword string naming the figure it wants
// anywhere ("ferry route budget total harbour office report"); a topic typed before the question
// ("harbour fair, how many traders came"), which is no restatement of it; a day typed with its
// month ("june 3"); a month typed as a date, never a subject; a figure asked of a possessive
// owner ("quellmark's budget").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { wordForms } from '../../src/query/parts-of-speech.js';
import { namedSubject } from '../../src/query/named-subject.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const NORTH = 'North Korea has sent patrol boats and ferries to Zorvia.';
const TRAVEL = 'Mayor Ingrid Vos is travelling to Lindvik on Monday for the harbour talks.';
const THIRD = 'Vos is making her third visit to Lindvik since the floods.';
const VISITS = 'Vos said the visit would focus on the new ferry route.';
const TOTAL = 'A report from the harbour office puts the budget of the new ferry route at roughly $45 million.';
const LATER = 'The budget of the old ferry route was cut in 2023.';
const HEAD = 'Ada White, the head of the harbour office, will meet her in Lindvik.';
const QUELLMARK = 'A ferry route of its own was opened by Quellmark in 2024.';
const CLOSED = 'The council voted to close the old bridge to lorries.';
const AGAIN = 'The council voted again.';
const SET_UP = 'The Harbour Council was set up on July 12 by the ferry owners.';
const OCTOBER = 'The October meeting of the Harbour Council focused on ferries.';
const STORM = 'Ferry owners have met every week since the storm of October 3.';
const TRADERS = 'About 300 traders came to the harbour fair in Lindvik this year.';
const FAIR = 'The harbour fair in Lindvik was opened by Mayor Ingrid Vos.';
const { facts } = coverageForTests({
  // No date: "on Monday" cannot be dated, yet it is the day asked for. "head" is written, so "heading" is no verb the coverage lacks.
  'harbour.md': ['---\ntitle: Harbour talks\npublisher: Coastal Gazette\n---', NORTH, TRAVEL, THIRD, VISITS, HEAD].join('\n\n'),
  'budget.md': ['---\ntitle: Ferry budget\npublisher: Valley Weekly\npublished: 2025-06-03\n---', TOTAL, LATER, QUELLMARK].join('\n\n'),
  'vote-3.md': ['---\ntitle: Council meeting\npublisher: Valley Weekly\npublished: 2025-06-03\n---', CLOSED].join('\n\n'),
  'council.md': ['---\ntitle: Harbour Council\npublisher: Valley Weekly\npublished: 2025-11-02\n---', SET_UP, OCTOBER, STORM].join('\n\n'),
  'vote-17.md': ['---\ntitle: Council meeting\npublisher: Valley Weekly\npublished: 2025-06-17\n---', AGAIN].join('\n\n'),
  'fair.md': ['---\ntitle: Harbour fair\npublisher: Coastal Gazette\npublished: 2025-07-12\n---', FAIR, TRADERS].join('\n\n'),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text, why: answer.message ?? '' };
};

describe('GIVEN a lone letter between words', () => {
  it('THEN it is a compass point where WordNet names the place it makes, else "n" is "and"', () => {
    expect(plainForm('did s korea send boats')).toBe('did south korea send boats');
    expect(plainForm('n carolina ferry aid')).toBe('north carolina ferry aid');
    expect(plainForm('who sent patrol boats n ferries')).toBe('who sent patrol boats and ferries');
    // "w" before whom or what it goes with is "with"; not a place with the letter's point, nor "n" at either end: left as typed.
    expect(plainForm('the package w the boats')).toBe('the package with the boats');
    expect(plainForm('the package w boats')).toBe('the package w boats');
    expect(plainForm('plan n')).toBe('plan n');
  });

  it('THEN "sec" after the word that says which secretary is one ("the press sec"), not alone', () => {
    expect(plainForm('what did the press sec say')).toBe('what did the press secretary say');
    expect(plainForm('which cabinet sec runs it')).toBe('which cabinet secretary runs it');
    expect(plainForm('what did the sec fine them')).toBe('what did the sec fine them');
  });

  it.each(bothCasings('did s korea send patrol boats'))('%j THEN it declines: the coverage names only the North, never South Korea', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
    expect(why).toContain('never mentions south korea');
  });

  it.each(bothCasings('did n korea send patrol boats'))('%j THEN the North is what was asked, and it answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(NORTH);
  });
});

describe('GIVEN a trip on a day of the week in an undated article', () => {
  it.each(bothCasings('what day is vos heading to lindvik for the harbour talks'))('%j THEN "on Monday" gives the day asked for', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(TRAVEL);
  });

  it('THEN "what date" still wants the calendar\'s date, which the coverage does not give', () => {
    expect(answerOf('what date is vos heading to lindvik for the harbour talks').abstained).toBe(true);
  });
});

describe('GIVEN a visit told by its order', () => {
  it.each(bothCasings('how many times has vos gone to lindvik'))('%j THEN "her third visit" tells how many times', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(THIRD);
  });
});

describe('GIVEN a keyword string naming the figure it wants among its words', () => {
  it('THEN "total", "amount" or "date" before more topic words asks for that figure; "to date" and "total war" do not', () => {
    expect(understandQuestion('ferry route budget total harbour office report').expects[0]).toBe('money');
    expect(understandQuestion('fair date lindvik').expects[0]).toBe('date');
    expect(understandQuestion('zorvia aid to date').expects).toEqual([]);
    expect(understandQuestion('zorvia total war plans').expects).toEqual([]);
  });

  it.each(bothCasings('ferry route budget total harbour office report'))('%j THEN the sentence stating the sum leads', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(TOTAL);
  });
});

describe('GIVEN two reports of one month, on different days', () => {
  it.each(bothCasings('council meeting june 3 2025, what did they vote on'))('%j THEN the day typed picks the report of that day', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(CLOSED);
  });
});

describe('GIVEN a month typed as a date', () => {
  it('THEN a "when" question wants a date in it, and the month is never the subject a sentence must name', () => {
    const dated = analyseQuery('what date was the october harbour council meeting', facts());
    const october = dated.concepts.find((concept) => concept.term === 'octob');
    expect(october?.period?.('2025-10-14')).toBe(true);
    expect(october?.period?.('2025-07-12')).toBe(false);
    expect(october?.required).toBe(true);
    expect(namedSubject(dated.concepts, facts(), dated.question)?.term).not.toBe('octob');
    expect(namedSubject(analyseQuery('october storm', facts()).concepts, facts())).toBeUndefined();
    // Asked for something else, the month only helps.
    expect(analyseQuery('what did the october harbour council meeting focus on', facts()).concepts.find((concept) => concept.term === 'octob')?.required).toBe(false);
  });

  it.each(bothCasings('when was the harbour council set up'))('%j THEN the July date answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(SET_UP);
  });
});

describe('GIVEN a figure asked of a name in the possessive', () => {
  it.each(bothCasings("how big is quellmark's ferry route budget"))('%j THEN it declines: the only budget stated is no one\'s of Quellmark', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
    expect(why).toContain('no sentence about quellmark answers it');
  });

  it.each(bothCasings('how big is the ferry route budget'))('%j THEN without the owner the budget stated answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(TOTAL);
  });
});

describe('GIVEN a topic typed before the question', () => {
  it('THEN the question after the comma is what is asked, not a restatement of the topic', () => {
    const read = understandQuestion('lindvik harbour fair in 2025, how many traders came');
    expect(read.restated).toBeUndefined();
    expect(read.expects[0]).toBe('count');
    // A question before the comma is still restated by the clause after it.
    expect(understandQuestion('who opened the harbour fair in lindvik, is it the mayor').restated).toBe('is it the mayor');
  });

  it.each(bothCasings('lindvik harbour fair in 2025, how many traders came'))('%j THEN the count of traders answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(TRADERS);
  });
});

describe('GIVEN a noun the verb rules could read as a past tense', () => {
  it('THEN its forms are its own: "day" is no form of "die", while irregular verbs keep theirs', () => {
    expect(wordForms('day')).not.toContain('die');
    expect(wordForms('went')).toContain('go');
    expect(wordForms('taught')).toContain('teach');
  });
});
