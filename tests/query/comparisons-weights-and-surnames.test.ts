// Questions as chat types them: two sides joined by "vs" ("before vs after"), a weight asked by its
// noun ("ship tonnage"), "how many" of a thing where the coverage says only how often ("twice"),
// a surname slipped into an everyday word after its given name ("mira hot" for Mira Holt), a verb
// the tagger reads as a noun ("will the frf programme stay"), and a spokesman the coverage calls
// its press secretary, with a military rank before the name, a people word chat uses ("aussies"),
// and the words that ask or join, about which no sentence is ("didnt", "someones", "vs").
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { mendSurnameSlips } from '../../src/query/surname-slips.js';
import { coverageForTests, declinesButKeeps, expectAnsweredFirst } from '../helpers/built-coverage.js';

const JOBLESS = "Varnholm's jobless rate was 6.2% the month before Mayor Tomas Berg took office; now it is down to 4%.";
const RULING = 'The court ruling in Varnholm vs. Lindvik left the jobless rate out of the harbour report.';
const CARGO = 'The first cargo ship in three weeks left Lindvik on Thursday carrying 30,000 tonnes of salt, the harbour office said.';
const FEEDS = '"Every salt ship that leaves Lindvik feeds a town on the coast," Dahl said.';
const UNREST = 'Unrest between Lindvik and Quellmark has broken out twice in recent months, prompting calls for more Pellonian guards in the port.';
const BRIEFING = 'Kremlin Press Secretary Maj. Gen. Tor Berg spoke to reporters at the harbour office on Monday.';
const NOT_SLOWING = '"We are not slowing down," Berg said of the ferry repairs.';
const PATROL = 'Australia responded to a request from Lindvik to deploy a patrol aircraft to protect the ferry route.';
const FERRY_BOAT = 'The ferry office said the next boat to Lindvik would leave on Monday.';
const FUND = "Harbour spokeswoman Mira Holt said the Ferry Relief Fund (FRF) will remain active until the council's term ends.";

const { facts } = coverageForTests({
  'jobs.md': ['---\ntitle: Varnholm jobs report\npublisher: Coastal Gazette\npublished: 2024-03-04\n---', JOBLESS, RULING].join('\n\n'),
  'salt.md': ['---\ntitle: Salt shipments resume\npublisher: Coastal Gazette\npublished: 2024-05-16\n---', CARGO, FEEDS].join('\n\n'),
  'unrest.md': ['---\ntitle: Unrest in the port\npublisher: Coastal Gazette\npublished: 2024-06-20\n---', UNREST].join('\n\n'),
  'briefing.md': ['---\ntitle: Harbour briefing\npublisher: Coastal Gazette\npublished: 2024-10-15\n---', BRIEFING, NOT_SLOWING].join('\n\n'),
  'patrol.md': ['---\ntitle: Patrol flights for the ferry route\npublisher: Coastal Gazette\npublished: 2024-11-02\n---', PATROL, FERRY_BOAT].join('\n\n'),
  'fund.md': ['---\ntitle: Ferry fund to stay open\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', FUND].join('\n\n'),
});

describe('two sides joined by "vs"', () => {
  it('"before vs after" compares: a sentence writing "vs." is no closer to the answer', () => {
    expectAnsweredFirst(facts(), 'varnholm jobless rate before vs after berg', JOBLESS);
  });
});

describe('a weight asked by its noun', () => {
  it.each(['lindvik salt ship tonnage', 'what was the tonnage of the lindvik salt ship'])('%j asks for a weight', (question) => {
    expect(understandQuestion(question).expects[0]).toBe('weight');
  });

  it('"lindvik salt ship tonnage" is answered by the sentence with the tonnes', () => {
    expectAnsweredFirst(facts(), 'lindvik salt ship tonnage', CARGO);
  });
});

describe('"how many" of a thing, and "twice"', () => {
  // "Twice" counts times: it says nothing of how many guards there are.
  declinesButKeeps(facts, 'how many pellonian guards are in lindvik rn', 'how many times has unrest broken out between lindvik and quellmark', UNREST);
});

describe('a surname slipped after its given name', () => {
  it.each([
    ['that harbour lady mira hot said what', 'that harbour lady mira holt said what'],
    ['mira holt said what', 'mira holt said what'],
    // Not a given name the coverage writes before a surname near it.
    ['tomas hot said what', 'tomas hot said what'],
  ])('%j reads as %j', (typed, read) => {
    expect(mendSurnameSlips(typed, facts())).toBe(read);
  });

  it('"mira hot" is Mira Holt: her words are found, not declined for an unknown name', () => {
    expectAnsweredFirst(facts(), 'how long did mira hot say the frf would remain active', FUND);
  });
});

describe('a verb the tagger reads as a noun', () => {
  it('"how long will the frf programme stay" is answered, not declined as "it never mentions programme"', () => {
    expectAnsweredFirst(facts(), 'how long will the frf programme stay', FUND);
  });
});

describe('a spokesman the coverage calls its press secretary', () => {
  it('"what exactly did the kremlin spokesman say abt slowing down" is answered by the press secretary\'s words', () => {
    expectAnsweredFirst(facts(), 'wat exactly did the kremlin spokesman say abt slowing down lol', NOT_SLOWING);
  });
});

describe('a people word chat uses', () => {
  it('"why are the aussies sending a plane to lindvik" is answered by what Australia did', () => {
    expectAnsweredFirst(facts(), 'why are the aussies sending one of their planes over to lindvik', PATROL);
  });
});

describe('words that ask or join', () => {
  it.each([
    ['how did the salt ship get to lindvik, didnt it need someones permission', ['didn', 'someon']],
    ['varnholm jobless rate before vs after berg', ['vs']],
  ])('%j has no topic in %j', (question, asking) => {
    const topics = analyseQuery(question, facts()).concepts.map((concept) => concept.term);
    for (const term of asking) expect(topics).not.toContain(term);
    expect(topics.length).toBeGreaterThan(2);
  });
});
