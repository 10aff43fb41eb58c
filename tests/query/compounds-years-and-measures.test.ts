// What names the thing asked about, at scale where some sentence always shares most of the words:
// a pair of nouns WordNet names as one ("water tower": water alone is another thing), a year
// before a noun ("the 2018 rowing cup": a sentence dated otherwise tells of another one), and the
// thing measured by "how tall is x in feet" (someone else's height in feet is no answer); and "w"
// after a verb that takes "with" is "with", though WordNet names a compass point's place after it.
// A page's credit line ("Source: …, citing …") says who told, not what happened.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const TOWER = 'The old Lindvik tower was built by Vesta Works in 1990.';
const SURGE = 'Water at the Tarnby pier was pushed up by a storm surge, Holm said.';
const CUP = 'Lindvik won the rowing cup on Saturday, beating Tarnby by two lengths.';
const TALL = 'Mayor Olsen, who is all of 6 feet tall, opened the fair in Lindvik.';
const KEEPER = 'A lighthouse keeper from Tarnby retired in May.';
const FERRY = 'Lindvik opened a new ferry route to Tarnby.';
const LIGHTHOUSE = 'The Lindvik lighthouse, repainted this spring, stands 120 feet tall.';

const { facts, first } = coverageForTests({
  'towns.md': ['---\ntitle: Lindvik news\npublisher: Coast Herald\npublished: 2021-06-11\n---', TOWER, SURGE, CUP, TALL, KEEPER].join('\n\n'),
  'ferry.md': ['---\ntitle: Ferry news\npublisher: Coast Herald\npublished: 2018-05-02\n---', FERRY].join('\n\n'),
});
const withLighthouse = coverageForTests({
  'towns.md': ['---\ntitle: Lindvik news\npublisher: Coast Herald\npublished: 2021-06-11\n---', TALL, LIGHTHOUSE].join('\n\n'),
});

describe('GIVEN a pair of nouns that name one thing', () => {
  const PIER = 'Vesta Works built a pier in Lindvik to hold back the water.';
  const BELL = 'A bell tower still stands in Tarnby.';
  const piers = coverageForTests({
    'piers.md': ['---\ntitle: Piers\npublisher: Coast Herald\npublished: 2021-06-11\n---', PIER, BELL].join('\n\n'),
  });

  it.each(bothCasings('who built the water tower in lindvik'))('%j THEN a sentence with the first word alone (the water) names something else: it declines', (question) => {
    expect(piers.first(question)).toBe('');
  });

  it.each(bothCasings('who built the water tower in lindvik'))('%j THEN the head alone may be the same thing by its short name ("the tower")', (question) => {
    expectAnsweredFirst(facts(), question, TOWER);
  });
});

describe('GIVEN a year before the noun it names', () => {
  it.each(bothCasings('who won the 2018 rowing cup'))('%j THEN a cup reported in another year is another cup: it declines', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('who won the 2021 rowing cup'))('%j THEN the one of that year answers', (question) => {
    expectAnsweredFirst(facts(), question, CUP);
  });
});

describe('GIVEN how big a change was', () => {
  const RISE = 'Enforcement actions against harbour dealers rose nearly six-fold in a year, the board said.';
  const enforcement = coverageForTests({
    'board.md': ['---\ntitle: Board report\npublisher: Coast Herald\npublished: 2025-02-11\n---', RISE, 'The board met in Lindvik.'].join('\n\n'),
    'prices.md': ['---\ntitle: Prices\npublisher: Coast Herald\npublished: 2025-01-11\n---', 'Ferry prices jump every winter in Tarnby.'].join('\n\n'),
  });

  it.each(bothCasings('how big was the jump in enforcement against harbour dealers'))('%j THEN "big" measures no thing: the sentence giving the rise in other words answers', (question) => {
    expect(enforcement.first(question)).toBe(RISE);
  });
});

describe('GIVEN how tall something is, in a unit', () => {
  it.each(bothCasings('how tall is the lindvik lighthouse in feet'))('%j THEN someone else\'s height in feet does not answer it', (question) => {
    expect(first(question)).toBe('');
    expectAnsweredFirst(withLighthouse.facts(), question, LIGHTHOUSE);
  });
});

describe('GIVEN "w" typed for "with" before a place', () => {
  it('THEN after a verb that takes "with" it is "with", not a compass point ("west germany")', () => {
    expect(understandQuestion('what did holm say abt the boats lindvik builds together w germany').plain).toBe('what did holm say about the boats lindvik builds together with germany');
    expect(understandQuestion('who ran w germany').plain).toBe('who ran west germany');
  });
});

describe('GIVEN a page whose credit line names the meeting', () => {
  const SOURCE = 'Source: Valley Weekly, citing Holm during a meeting with Harbour Secretary Ola Dahl';
  const OUTCOME = 'Harbour chief Lena Holm assured Harbour Secretary Ola Dahl on Wednesday that Tarnby will keep the ferry running in the coming months.';
  const page = coverageForTests({
    'meeting.md': ['---\ntitle: Holm assures Dahl on the ferry\npublisher: Valley Weekly\npublished: 2024-11-13\n---', OUTCOME, SOURCE].join('\n\n'),
  });

  it.each(bothCasings('what came out of holms meeting w the harbour secretary'))('%j THEN what was said there comes before who told it', (question) => {
    expect(page.answered(question)[0]).toBe(OUTCOME);
  });
});

