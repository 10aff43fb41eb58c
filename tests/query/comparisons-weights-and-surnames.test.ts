// Questions as chat types them, read for what they ask:
// - two sides joined by "vs" ("before vs after"), and a comparison the coverage states itself
//   ("the largest since …");
// - "which days" (a month does not answer it), a weight asked by its noun ("ship tonnage"), and
//   "how many" of a thing where the coverage says only how often ("twice");
// - names: a surname slipped into an everyday word after its given name ("mira hot" for Mira
//   Holt), a spokesman the coverage calls its press secretary (a military rank before the name),
//   a people word chat uses ("aussies"), a source owned by someone ("according to bergs order");
// - a verb the tagger reads as a noun ("will the frf programme stay"), the words that ask or join
//   ("didnt", "someones", "vs"), and the subject of a yes/no question the coverage never mentions
//   ("did macron attend": WordNet knows the word only as a thing), chat's "y" for "why" and its
//   "even" stressing a verb, and a request to list what was just asked for ("… ? name the stuff").
import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { mendSurnameSlips } from '../../src/query/name-slips.js';
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
const SUMMIT = 'Leaders of the 12 member states will meet in Lindvik from July 9 to 11 for a summit marking the council anniversary.';
const PRIORITIES = 'Talks on the priorities for the Lindvik summit will also be held, as the council marks its 75th anniversary since it was founded in April 1949.';
const ATTENDS = 'Mayor Tomas Berg is expected to attend the ferry council on the final day of the summit.';
const NEW_PACKAGE = 'Mayor Tomas Berg announced that Varnholm will give Lindvik a new €1.4 billion ferry package.';
const LARGEST = 'The package is the largest since Varnholm approved its second ferry grant last autumn.';
const FUND = "Harbour spokeswoman Mira Holt said the Ferry Relief Fund (FRF) will remain active until the council's term ends.";

const { facts } = coverageForTests({
  'jobs.md': ['---\ntitle: Varnholm jobs report\npublisher: Coastal Gazette\npublished: 2024-03-04\n---', JOBLESS, RULING].join('\n\n'),
  'salt.md': ['---\ntitle: Salt shipments resume\npublisher: Coastal Gazette\npublished: 2024-05-16\n---', CARGO, FEEDS].join('\n\n'),
  'unrest.md': ['---\ntitle: Unrest in the port\npublisher: Coastal Gazette\npublished: 2024-06-20\n---', UNREST].join('\n\n'),
  'briefing.md': ['---\ntitle: Harbour briefing\npublisher: Coastal Gazette\npublished: 2024-10-15\n---', BRIEFING, NOT_SLOWING].join('\n\n'),
  'patrol.md': ['---\ntitle: Patrol flights for the ferry route\npublisher: Coastal Gazette\npublished: 2024-11-02\n---', PATROL, FERRY_BOAT].join('\n\n'),
  'summit.md': ['---\ntitle: Leaders meet in Lindvik\npublisher: Coastal Gazette\npublished: 2024-07-08\n---', SUMMIT, PRIORITIES, ATTENDS].join('\n\n'),
  'package.md': ['---\ntitle: Varnholm pledges ferry package\npublisher: Coastal Gazette\npublished: 2024-06-11\n---', NEW_PACKAGE, LARGEST].join('\n\n'),
  'fund.md': ['---\ntitle: Ferry fund to stay open\npublisher: Coastal Gazette\npublished: 2024-10-02\n---', FUND].join('\n\n'),
});

describe('two sides joined by "vs"', () => {
  it('"before vs after" compares: a sentence writing "vs." is no closer to the answer', () => {
    expectAnsweredFirst(facts(), 'varnholm jobless rate before vs after berg', JOBLESS);
  });
});

describe('a comparison the coverage states itself', () => {
  it('"is varnholm\'s new package bigger than the one last fall" leads with "the largest since … last autumn"', () => {
    expectAnsweredFirst(facts(), "is varnholm's new package bigger than the one they did last fall", LARGEST);
  });
});

describe('"which days"', () => {
  it('"which days was the lindvik summit, the 75th anniversary one" is answered by the days, not by "April 1949"', () => {
    expectAnsweredFirst(facts(), 'which days was the lindvik summit, the 75th anniversary one', SUMMIT);
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
    ['mira hlot said what', 'mira holt said what'],
    // Not a given name the coverage writes before a surname near it.
    ['tomas hot said what', 'tomas hot said what'],
    // Another letter in its place may be another person.
    ['mira bolt said what', 'mira bolt said what'],
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

describe('the subject of a yes/no question', () => {
  // "Macron" is also WordNet's mark over a vowel: an everyday word, but what the question is about.
  declinesButKeeps(facts, 'did macron show up at the lindvik summit', 'did berg show up at the lindvik summit', ATTENDS);
});

describe('a source owned by someone', () => {
  it.each([
    // The order says it: no one need be named speaking.
    ['why dont most ferry workers ask for repairs, according to bergs recovery order', []],
    ["why dont most ferry workers ask for repairs, according to berg's recovery order", []],
    // The spokesman speaks, not the one whose spokesman he is.
    ["why dont most ferry workers ask for repairs, according to berg's spokesman", ['spokesman']],
    ['why dont most ferry workers ask for repairs, according to berg', ['berg']],
  ])('%j: the speaker asked is %j', (question, speakers) => {
    expect(analyseQuery(question, facts()).concepts.filter((concept) => concept.speaker === true).map((concept) => concept.term)).toEqual(speakers);
  });
});

describe('chat\'s "y"', () => {
  it.each([
    ['y did they close the port', 'why did they close the port'],
    // "tho" closing it only hedges the question.
    ['they met in lindvik but y tho', 'they met in lindvik but why'],
    ['y tho, they met in lindvik', 'why, they met in lindvik'],
    // A letter stays one.
    ['x and y axis', 'x and y axis'],
    ['is it y or n', 'is it y or n'],
  ])('%j reads as %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });
});

describe('chat\'s "even" before a verb', () => {
  it.each([
    ['how did berg even get to lindvik', 'how did berg get to lindvik'],
    ['did they even send boats', 'did they send boats'],
    // "Even" that is no stress stays.
    ['even numbers only', 'even numbers only'],
    ['even though they left', 'even though they left'],
    ['they gave even more', 'they gave even more'],
  ])('%j reads as %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });
});

describe('a request to list what was just asked for', () => {
  it.each([
    ['what did the council send? list them pls', 'what did the council send'],
    ["varnholm's new ferry package, whats actually in it? name the stuff", 'what does varnholm\'s new ferry package include'],
  ])('%j reads as %j', (typed, plain) => {
    expect(understandQuestion(typed).plain).toBe(plain);
  });
});
