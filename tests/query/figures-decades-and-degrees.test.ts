// Figures and degrees as chat writes them: a guess inside the question ("like nine tenths of the
// boats", "like a 1 bn package", "roughly 3 in 4 of the shells", "north of a hundred bn"), a decade
// ("that 80s treaty"), a span counted in its unit ("how many days did the fair run", answered by
// "from May 4 to 6"), a superlative in other words ("biggest" for "largest", "that record storm" for
// "the worst-ever storm"), and "admin's".
import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { withoutInlineGuesses } from '../../src/query/guessed-figures.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { statesSuperlative } from '../../src/query/superlatives.js';
import { terms } from '../../src/factbase/terms.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';

const DELIVERED = 'Harbour spokeswoman Lena Dahl said Pellonia has delivered 90% of the patrol boats it promised to Zorvia this year.';
const SHELLS = 'Admiral Karl Ostby reported that Pellonia has delivered 76% of the promised shells since the council approved the money in March.';
const GRANT = 'Harbour Minister Ana Holm announced a ferry grant worth $725 million for Lindvik.';
const NEIGHBOURS = 'The neighbouring states have given more than $110 billion to the harbour fund.';
const TREATY = 'Neither Pellonia nor Zorvia has signed the 1987 Lindvik Treaty, which bans drift nets.';
const FAIR = 'From May 4 to 6, 2024, Lindvik will host the harbour fair of the twelve states.';
const TWO_DAY = 'Ministers closed a two-day meeting in Zorvia on Wednesday with a pledge on ferries.';
const LARGEST = 'The terminal is the largest since the council opened its second ferry terminal in 2019.';
const OPENED = 'Mayor Tomas Berg opened the new ferry terminal in Lindvik on Saturday.';
const CLOSED = 'The ferry terminal has been closed twice since it opened in 2015.';
const PLAN = 'The administration’s plan is to rebuild the Lindvik docks before the winter storms.';
const STORM = 'Most of the boats lost in the worst-ever storm on Lindvik last winter were built in Zorvia, Harbour Minister Ana Holm said.';
const STORMS = 'Storms on Lindvik sank three boats this spring.';

const { facts } = coverageForTests({
  'boats.md': ['---\ntitle: Pellonia delivers most promised boats\npublisher: Coastal Gazette\npublished: 2024-09-10\n---', DELIVERED, SHELLS].join('\n\n'),
  'grant.md': ['---\ntitle: Lindvik wins ferry grant\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', GRANT, NEIGHBOURS, TREATY].join('\n\n'),
  'fair.md': ['---\ntitle: Harbour states meet in Lindvik\npublisher: Coastal Gazette\npublished: 2024-04-20\n---', FAIR, TWO_DAY, OPENED, CLOSED, LARGEST, PLAN, STORM, STORMS].join('\n\n'),
});

describe('a guess inside the question', () => {
  it.each([
    ['has pellonia handed over like nine tenths of the boats it promised', 'nine tenths'],
    ['heard holm announced like a 1 bn ferry grant, is that right', '1 bn'],
    ['someone said pellonia only got roughly 3 in 4 of the promised shells to zorvia', '3 in 4'],
  ])('%j THEN it guesses %j, which names no thing', (question, guess) => {
    expect(withoutInlineGuesses(question).guesses).toEqual([guess]);
  });

  it('"like" before a figure that names no share or sum is no guess: "a ferry like 20 knots" keeps it', () => {
    expect(withoutInlineGuesses('is there a ferry like 20 knots').guesses).toEqual([]);
  });

  it.each([
    ['has pellonia handed over like nine tenths of the boats it promised', DELIVERED],
    ['heard holm announced like a 1 bn ferry grant for lindvik, is that right', GRANT],
    ['someone said pellonia only got roughly 3 in 4 of the promised shells since the council approved the money', SHELLS],
    ['and the neighbouring states, was it north of a hundred bn?', NEIGHBOURS],
  ])('%j THEN the sentence with the true figure answers, not "it never mentions …"', (question, expected) => {
    expectAnsweredFirst(facts(), question, expected);
  });

  it('"a hundred" and "a thousand" are figures', () => {
    expect(plainForm('was it north of a hundred bn')).toBe('was it north of 100 bn');
  });
});

describe('a decade', () => {
  it('"do u know if pellonia ever signed that 80s treaty banning drift nets" THEN the 1987 treaty answers', () => {
    expectAnsweredFirst(facts(), 'do u know if pellonia ever signed that 80s treaty banning drift nets', TREATY);
  });
});

describe('a span counted in its unit', () => {
  it('"how many days" asks how long', () => {
    expect(understandQuestion('how many days was the fair').kind).toBe('how-long');
    expect(understandQuestion('how many years ago was the fair').kind).not.toBe('how-long');
  });

  it('"how many days was the lindvik harbour fair in 2024 supposed to run" THEN "From May 4 to 6" answers', () => {
    expectAnsweredFirst(facts(), 'how many days was the lindvik harbour fair in 2024 supposed to run', FAIR);
  });
});

describe('a superlative in other words', () => {
  it('"biggest" is searched with WordNet\'s synonyms of big in the same degree', () => {
    const biggest = analyseQuery('is the ferry terminal the biggest', facts()).concepts.find((concept) => concept.term === 'biggest');
    expect((biggest?.synonyms ?? []).map((phrase) => phrase.join(' '))).toContain(terms('largest')[0]);
  });

  it('"is the ferry terminal the biggest? biggest since when" THEN "the largest since …" answers', () => {
    expectAnsweredFirst(facts(), 'is the ferry terminal the biggest? biggest since when', LARGEST);
  });
});

describe('"record" before a noun', () => {
  it('"the boats lost in that record storm on lindvik, where were they built" THEN the worst-ever storm answers, not "it never mentions record storm"', () => {
    expectAnsweredFirst(facts(), 'the boats lost in that record storm on lindvik, where were they built', STORM);
  });

  it('a superlative is read by its form: "largest", "worst-ever", not "forest" nor "west"', () => {
    expect(statesSuperlative(STORMS)).toBe(false);
    expect(statesSuperlative(STORM)).toBe(true);
    expect(statesSuperlative('The terminal is the largest since 2019.')).toBe(true);
    expect(statesSuperlative('The forest was the interest of the west.')).toBe(false);
  });
});

describe('chat shorthand with a possessive', () => {
  it('"admin\'s" is the administration\'s', () => {
    expect(plainForm("whats the admin's plan for the docks")).toBe("what is the administration's plan for the docks");
  });
});
