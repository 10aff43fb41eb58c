// "How many" wants a count: the day of a date, a time, an ordinal, a sum of money do not count
// anything, and a rough size answers only in part.
import { describe, expect, it } from 'vitest';
import { countShare } from '../../src/query/stated-counts.js';
import { RANKING } from '../../src/query/ranking-options.js';
import { coverageForTests } from '../helpers/built-coverage.js';

describe('countShare', () => {
  it.each([
    'The summit runs from July 9 to 11, 2024.',
    'It met on 12 March and again on the 2nd of May.',
    'The call began at 10:30 a.m. on 5/12/2023.',
    'The alliance celebrates its 75th anniversary.',
    'The council approves a $95 billion budget.',
    'About 90% of the shells arrived.',
    'Turnout was 12.5 percent.',
    'Nothing was said.',
  ])('%j states no count', (text) => expect(countShare(text)).toBe(0));

  it.each(['Crews evacuated tens of thousands of people.', 'Dozens of ships waited.', 'The ministers closed a two-day meeting.'])('%j states a rough size or a count of the unit a number qualifies: in part', (text) => expect(countShare(text)).toBe(RANKING.roughCountShare));

  it.each(['Officials said 12,400 people were evacuated.', 'He met 5 leaders on May 3.', 'Three tanks arrived.', 'Between 100 and 200 citizens remain.'])('%j states a count', (text) =>
    expect(countShare(text)).toBe(1),
  );
});

const DATES = 'Leaders of many countries come to the Quellan summit from July 9 to 11.';
const COUNT = 'Delegations from 14 countries are expected at the Quellan summit, the organisers said in a statement on their website.';
const { ranked } = coverageForTests({ 'summit.md': ['---\ntitle: Summit\npublisher: Valley Weekly\npublished: 2025-06-01\n---', DATES, COUNT].join('\n\n') });

describe('GIVEN a summit\'s dates and the number of countries coming', () => {
  it.each(['how many countries are coming to the quellan summit', 'How many countries are coming to the Quellan summit?'])('%j THEN the count leads', (question) => {
    expect(ranked(question)[0]).toBe(COUNT);
  });
});

describe('GIVEN a meeting\'s length written as a compound ("a two-day meeting")', () => {
  const LENGTH = 'The ministers of Zorvia and Pellonia closed a two-day meeting in Lindvik on Friday.';
  const OTHER = 'The ministers of Zorvia and Pellonia said the meeting in Lindvik was the first in days.';
  const { ranked: meetings } = coverageForTests({ 'meeting.md': ['---\ntitle: Talks\npublisher: Valley Weekly\npublished: 2025-06-01\n---', OTHER, LENGTH].join('\n\n') });
  it('"how many days was the lindvik meeting" THEN the sentence stating its length leads', () => {
    expect(meetings('how many days was the lindvik meeting')[0]).toBe(LENGTH);
  });
});
