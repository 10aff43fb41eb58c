// Figures, dates and sources as chat types them: number words ("twenty five ferries"), clipped
// scales ("40 bil"), a date in figures ("on 5/3"), "per" a source ("per the ministry"), "rn", and a
// figure the asker only guesses ("more than $40 million") — which a sentence stating it confirms,
// where a figure the question gives as a base ("of the $40 million") is no answer.
import { describe, expect, it } from 'vitest';
import { figuresForNumberWords } from '../../src/lexicon/number-words.js';
import { answerLine } from '../../src/pipeline.js';
import { plainForm } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const words = (text: string) => figuresForNumberWords(text.split(' ')).join(' ');

describe('figuresForNumberWords', () => {
  it.each([
    ['twenty five ferries', '25 ferries'],
    ['two hundred million', '200 million'],
    ['one thousand two hundred boats', '1200 boats'],
    ['sixty million', '60 million'],
  ])('GIVEN %j THEN it reads %j', (typed, read) => expect(words(typed)).toBe(read));

  it.each(['which one came first', 'three boats', 'a hundred boats', 'two and a half million', 'nineteen ninety one', 'the first ferry'])(
    'GIVEN %j (a small count, an ordinal, a fraction or a spoken year) THEN it is left as typed',
    (typed) => expect(words(typed)).toBe(typed),
  );
});

describe('plainForm of chat figures, dates and sources', () => {
  it.each([
    ['how much of the 30 bil did zorvia pledge', 'how much of the 30 billion did zorvia pledge'],
    ['did zorvia give 2 mil', 'did zorvia give 2 million'],
    ['what happened on 5/3', 'what happened on may 3'],
    ['what did they agree since 2/24/22', 'what did they agree since february 24 2022'],
    ['what was signed on 25/7', 'what was signed on july 25'],
    ['how much was sent per lindvik', 'how much was sent according to lindvik'],
    ['how many ferries per the ministry', 'how many ferries according to the ministry'],
    ['whats the ferry plan rn', 'what is the ferry plan now'],
  ])('GIVEN %j THEN it reads %j', (typed, read) => expect(plainForm(typed)).toBe(read));

  it.each(['is the port open 24/7', 'is it 50/50', 'how much is paid per year', 'what is the income per capita', 'what is the rate per cent'])(
    'GIVEN %j (no date, a rate) THEN the figures and "per" stay',
    (typed) => expect(plainForm(typed)).toBe(typed),
  );
});

const SENT_MANY = 'Zorvia sent 25 ferries to Pellonia in the spring.';
const SENT_FEW = 'Zorvia sent 12 ferries to Quellmark in the autumn.';
const MEETING = 'The harbour ministers met in Lindvik on May 3 to agree on the ferry lanes.';
const OTHER_MEETING = 'The harbour ministers met in Varnholm on June 9 to discuss the budget.';
const AIM = 'Officials said the allies aim to provide at least $40 million in ferry aid to Pellonia next year.';
const LAST_YEAR = 'The allies provided $28 million in ferry aid to Pellonia last year.';
const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Ferry news\npublisher: Valley Weekly\npublished: 2025-06-11\n---', SENT_MANY, SENT_FEW, MEETING, OTHER_MEETING].join('\n\n'),
  'aid.md': ['---\ntitle: Ferry aid\npublisher: Coastal Gazette\npublished: 2025-06-12\n---', AIM, LAST_YEAR].join('\n\n'),
});

describe('GIVEN coverage of ferries sent, meetings on two days and a sum the allies aim for', () => {
  it.each([
    ...bothCasings('Where did Zorvia send twenty five ferries?').map((question) => [question, SENT_MANY]),
    ...bothCasings('What did the harbour ministers agree on 5/3?').map((question) => [question, MEETING]),
    ...bothCasings('How much ferry aid are the allies aiming for next yr, more than 40 mil?').map((question) => [question, AIM]),
  ])('%j THEN it answers with %j', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });

  it('"how much of the $40 million is ferry aid" THEN the sentence stating only that sum is no answer: the question gave it', () => {
    const answer = answerLine('how much of the $40 million is ferry aid', facts());
    expect(answer.items.map((item) => item.text)).not.toContain(AIM);
  });
});
