// "How old …" and "at what age …" ask for an age: a sentence stating one, an anniversary or the
// date its subject began answers, not one that repeats the subject beside some other figure. And
// someone's age ("Berg, 61, said") is no count for "how many".
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { ageSpans } from '../../src/query/stated-ages.js';
import { answerLine } from '../../src/pipeline.js';
import { analyseQuery } from '../../src/query/relevance.js';

const CLUB_CREWS = 'The Quellmark Rowing Club hosted 40 crews from across Pellonia at the Quellmark Rowing Club spring regatta.';
const CLUB_FOUNDED = 'The rowing club was founded in 1904 by dock workers from the Quellmark harbour.';
const CLUB_MEMBERS = 'The Quellmark Rowing Club now has 350 members and two boathouses.';
const MAYOR_FERRY = 'Mayor Ivar Haraldsen said 300 passengers a day used the Haraldsen ferry line.';
const MAYOR_AGE = 'Ivar Haraldsen, 58, was elected in the spring.';
const FERRY_CAPTAIN = 'Captain Eirik Berg, 61, said the Zorvia ferry ran aground with passengers on board.';
const FERRY_COUNT = 'The Zorvia ferry was carrying 212 passengers.';

const { ranked, facts: towns } = coverageForTests({
  'club.md': ['---\ntitle: Regatta weekend\npublisher: Valley Weekly\npublished: 2025-05-04\n---', CLUB_CREWS, CLUB_MEMBERS, CLUB_FOUNDED].join('\n\n'),
  'mayor.md': ['---\ntitle: Town hall\npublisher: Valley Weekly\npublished: 2025-05-05\n---', MAYOR_FERRY, MAYOR_AGE].join('\n\n'),
  'ferry.md': ['---\ntitle: Ferry aground\npublisher: Valley Weekly\npublished: 2025-05-06\n---', FERRY_CAPTAIN, FERRY_COUNT].join('\n\n'),
});

const first = (question: string): string => ranked(question)[0] ?? '';

describe('GIVEN sentences repeating a club\'s name beside counts, and one dating its founding', () => {
  it.each(['how old is the quellmark rowing club', 'How old is the Quellmark Rowing Club?'])('%j THEN the founding date leads', (question) => {
    expect(first(question)).toBe(CLUB_FOUNDED);
  });
});

describe('GIVEN a person\'s age beside a count in another sentence about them', () => {
  it.each(['how old is ivar haraldsen', 'at what age was haraldsen elected'])('%j THEN the age leads', (question) => {
    expect(first(question)).toBe(MAYOR_AGE);
  });
});

describe('GIVEN a person\'s age in a sentence repeating the question and a count in another', () => {
  it.each(['how many passengers were on the zorvia ferry when it ran aground', 'How many passengers were on the Zorvia ferry when it ran aground?'])(
    '%j THEN the count leads, not the age',
    (question) => expect(first(question)).toBe(FERRY_COUNT),
  );
});

describe('ageSpans', () => {
  it.each([
    ['The bridge, now 87 years old, will close.', '87 years old'],
    ['A 23-year-old rower won.', '23-year-old'],
    ['She retired aged 64.', 'aged 64'],
    ['The choir marks its 50th anniversary.', '50th anniversary'],
    ['The choir marks its fiftieth anniversary.', 'fiftieth anniversary'],
    ['He stopped racing in his mid-30s.', 'in his mid-30s'],
    ['The league was established in April 1911.', 'established in April 1911'],
    ['Olsen, 72, spoke first.', '72'],
  ])('GIVEN %j THEN it finds %j', (text, age) => {
    expect(ageSpans(text).map(([start, end]) => text.slice(start, end))).toContain(age);
  });

  it.each(['The council met on Monday.', 'Berg said 12 boats sank.', 'With anniversary plans set, the choir rested.'])('GIVEN %j THEN it finds no age', (text) => {
    expect(ageSpans(text)).toEqual([]);
  });
});

describe('GIVEN a person named beside an anniversary and a founding date, with no age of their own', () => {
  const { facts: jubilee } = coverageForTests({
    'jubilee.md': [
      '---\ntitle: Club jubilee\npublisher: Valley Weekly\npublished: 2025-06-01\n---',
      'Mayor Ivar Haraldsen opened the celebrations for the rowing club’s 120th anniversary on Saturday.',
      'Haraldsen recalled that the club was founded in 1905 by dock workers.',
    ].join('\n\n'),
  });

  it.each(['how old is haraldsen', 'How old is Mayor Ivar Haraldsen?'])('%j THEN it declines: the anniversary and the founding are the club’s', (question) => {
    const answer = answerLine(question, jubilee());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message).toContain('states their age');
  });

  it('"how old is the rowing club" THEN the same sentences answer for the club', () => {
    expect(answerLine('how old is the rowing club', jubilee()).abstained).toBe(false);
  });
});

describe('GIVEN a thing\'s age asked with a person named after it ("the ferry line haraldsen takes")', () => {
  const LINE_AGE = 'The Quellmark ferry line has run for 120 years, Haraldsen said.';
  const { ranked: lines, facts } = coverageForTests({
    'line.md': ['---\ntitle: Ferry line\npublisher: Valley Weekly\npublished: 2025-05-07\n---', 'Ivar Haraldsen took the Quellmark ferry line to work on Monday.', LINE_AGE].join('\n\n'),
    'mayor.md': ['---\ntitle: Town hall\npublisher: Valley Weekly\npublished: 2025-05-05\n---', MAYOR_FERRY, MAYOR_AGE].join('\n\n'),
  });
  it.each(['how old is the quellmark ferry line haraldsen takes', 'How old is the Quellmark ferry line Haraldsen takes?'])('%j THEN the line\'s age is asked, not the person\'s, and how long it has run answers', (question) => {
    expect(analyseQuery(question, facts()).question.expects[0]).toBe('age');
    expect(lines(question)[0]).toBe(LINE_AGE);
  });
  it.each(['how old is mayor ivar haraldsen', 'at what age was haraldsen elected'])('%j THEN the person\'s age is asked', (question) => {
    expect(analyseQuery(question, towns()).question.expects[0]).toBe('person-age');
  });
});
