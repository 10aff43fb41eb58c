// What a sentence states that answers a question in other words: a reason told by what came
// first ("…, prompting …", "…, which was leading to …") or by a purpose ("… to help repair …");
// countries doing what a "who" asks ("supplied by Norway", "These nations decided …"); "the
// systems" further on standing for "a third lantern system"; "where … from" answered only by a
// sentence that says from where; "tons" and "tonnes", "boat" and "ship"; "get x in shape" as
// making x ready; "big" said as "the largest"; "what was it worth" asking a sum; "do u think it is
// enough" asking a view the coverage must state; "what's next" answered by what follows.
import { describe, expect, it } from 'vitest';
import { statesReason } from '../../src/query/stated-reasons.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const DRONES = 'Most of the drones used in the raid on Lindvik harbour were made and supplied by Norway.';
const PROTEST = "The admiral's visit caused a protest from Norway and Denmark.";
const BOYCOTT = "These nations have decided to boycott the harbour fair because of the admiral's visit.";
const PACKAGE = 'The package includes a third lantern system and spare parts, Holm told reporters.';
const MAYOR = 'Mayor Ada Cook thanked the crews on Monday.';
const STOCKS = 'The harbour master said the systems would come from council stocks.';
const CARGO = 'The first cargo ship in a month left Lindvik carrying 20,000 tonnes of grain.';
const LARGEST = 'The county grant is the largest it has ever made.';
const LEVY_PASSED = 'The council passed the levy bill on Tuesday after a long debate.';
const LEVY_NEXT = 'The levy bill now goes to the governor, who said she would sign it.';
const STORMS = "Instead, the focus will be on bolstering the island's sea walls in preparation for the winter storms.";

const { first } = coverageForTests({
  'herald.md': ['---\ntitle: Harbour news\npublisher: Coast Herald\npublished: 2025-05-06\n---', DRONES, PROTEST, BOYCOTT, PACKAGE, MAYOR, STOCKS].join('\n\n'),
  'gazette.md': ['---\ntitle: Grain and storms\npublisher: Tarnby Gazette\npublished: 2025-06-03\n---', CARGO, STORMS, LARGEST, LEVY_PASSED, LEVY_NEXT].join('\n\n'),
});

describe('GIVEN a sentence giving a reason without "because"', () => {
  it('THEN what came first, told with "prompting" or "which was leading to", and a purpose told with "to help", are reasons', () => {
    expect(statesReason('Storms hit the islands twice in May, prompting the mayor of Tarnby to call for more ferries.')).toBe(true);
    expect(statesReason('The council ended its use of the old test, which was leading to the misreading of tide levels.')).toBe(true);
    expect(statesReason('The county has promised €6 million in aid to help repair the damaged pier.')).toBe(true);
    // What someone agreed or promised to do is no purpose of something else.
    expect(statesReason('The county agreed to help the crews.')).toBe(false);
  });
});

describe('GIVEN a "who" question a country answers', () => {
  it.each(bothCasings('who built the drones used in the raid on lindvik harbour'))('%j THEN the country a passive names as the doer answers', (question) => {
    expect(first(question)).toBe(DRONES);
  });

  it.each(bothCasings('who stayed away from the fair over the admiral visit'))('%j THEN "these nations" are the countries the sentence before names', (question) => {
    expect(first(question)).toBe(BOYCOTT);
  });
});

describe('GIVEN a thing the answer calls by a definite phrase', () => {
  it.each(bothCasings('where are the lanterns coming from'))('%j THEN "the systems" further on is the lantern system, and only a sentence saying from where answers', (question) => {
    expect(first(question)).toBe(STOCKS);
  });

  it.each(bothCasings('where did the drones used in the raid come from'))('%j THEN the maker a passive names says where from', (question) => {
    expect(first(question)).toBe(DRONES);
  });

  it.each(bothCasings('where is the mayor coming from'))('%j THEN a sentence naming no source does not answer "where … from"', (question) => {
    expect(first(question)).toBe('');
  });
});

describe('GIVEN everyday words for the coverage’s', () => {
  it.each(bothCasings('how many tons of grain was on the first boat'))('%j THEN "tons" are its "tonnes" and the boat its ship', (question) => {
    expect(first(question)).toBe(CARGO);
  });

  it.each(bothCasings('whats next for the levy bill the council passed'))('%j THEN "what next" is answered by the step that follows ("now goes to")', (question) => {
    expect(first(question)).toBe(LEVY_NEXT);
  });

  it.each(bothCasings('is the county grant big'))('%j THEN "the largest" says so in the superlative of a synonym', (question) => {
    expect(first(question)).toBe(LARGEST);
  });

  it.each(bothCasings('what was the grain on that lindvik ship worth, like in $ mil'))('%j THEN "what was it worth" asks for a sum, which no sentence on the cargo states: declined', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('do u think the county grant is actually enough for the sea walls'))('%j THEN a view asked of the grant ("enough") the coverage never states: declined', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('how will they get the island in good shape before the winter storms'))('%j THEN getting it in shape is making it ready: "in preparation for"', (question) => {
    expect(first(question)).toBe(STORMS);
  });
});
