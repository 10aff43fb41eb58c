// More of the ways chat asks: "gonna" and "supposed to" only say something is planned; a year
// typed with two digits ("the 97 treaty"); "the dollar amount" asks for a sum the coverage writes
// with "$"; a doubting tail ("… or is that just a rumor") and "ever" name no topic; "the name of
// the X" is answered only by a sentence that names one; a typing slip of a country's adjective
// stands for the country too ("austran": Austrian, Austria).
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const FAIR = 'The harbour fair will be held in Lindvik from 9 to 11 July 2025.';
const TREATY = 'Neither Zorvia nor Pellonia has signed the 1997 Brightwater Treaty, which bans river dams.';
const PACKAGE = 'Mayor Ingrid Vos announced a relief package worth $45 million on Monday.';
const CONTENTS = 'This package includes patrol boats, flood barriers and field kitchens.';
const EXPORTED = 'Zorvia has exported river dredgers to Pellonia for the first time in decades.';
const UNNAMED = 'Floods along the coast prompted the prime minister of neighbouring Quellmark to call for more patrol boats.';
const PELLONIAN = 'The Pellonian transport minister Ada White opened the new ferry route on Friday.';
const UKRAINE = "Ukraine's transport minister Ingrid Berg visited the harbour on Thursday.";
const SINCE = 'Since February 2022, Zorvia has sent about €28 billion in ferry aid to Pellonia.';
const VOTE = 'The council voted 7 to 2 to approve the $45 million relief bill.';
const { facts } = coverageForTests({
  'harbour.md': [
    '---\ntitle: Harbour news\npublisher: Coastal Gazette\npublished: 2025-05-02\n---',
    FAIR,
    'The fair draws traders from Quellmark every year.',
    TREATY,
    EXPORTED,
    UNNAMED,
    SINCE,
  ].join('\n\n'),
  'relief.md': ['---\ntitle: Flood relief\npublisher: Valley Weekly\npublished: 2025-06-03\n---', PACKAGE, CONTENTS, 'The mayor thanked the volunteers who worked through the night.', 'A Ukrainian firm built the flood barriers.', VOTE].join('\n\n'),
  'ferries.md': ['---\ntitle: Ferry routes\npublisher: Coastal Gazette\npublished: 2025-06-10\n---', 'The old ferry route to Quellmark closed in May.', PELLONIAN, UKRAINE].join('\n\n'),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text, why: answer.message ?? '' };
};

describe('GIVEN a fair with its place and dates', () => {
  it.each(['when is the harbour fair gonna be', "when's the harbour fair gonna happen", 'where is the harbour fair going to be held'])('%j THEN the planning words name no topic: the fair answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(FAIR);
  });
});

describe('GIVEN a treaty of 1997', () => {
  it.each(bothCasings('Is it true Zorvia signed that 97 Brightwater ban?'))('%j THEN "97" is the year: the treaty answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(TREATY);
  });

  it('"did zorvia sign the brightwater treaty in 30 days" THEN "30" before "days" counts days, a span the claim gives, not the year: the sentence saying Zorvia never signed answers', () => {
    expect(understandQuestion('did zorvia sign the brightwater treaty in 30 days').expects[0]).toBe('duration');
    const answer = answerOf('did zorvia sign the brightwater treaty in 30 days');
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(TREATY);
  });
});

describe('GIVEN figures written out in full', () => {
  it('"… since feb 22" THEN "22" after a month, where the coverage writes 2022 and never 22, is that year: nothing is unknown', () => {
    expect(analyseQuery('roughly how much ferry aid has zorvia sent since feb 22', facts()).unknownNames).toEqual([]);
  });

  it('"the 45mn relief bill" THEN a figure closed up with its scale is the figure and its scale, no part of the bill\'s name', () => {
    expect(analyseQuery('what was the council tally on the 45mn relief bill', facts()).unknownNames).toEqual([]);
    const answer = answerOf('what was the council tally on the 45mn relief bill');
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(VOTE);
  });
});

describe('GIVEN a package whose sum is in one sentence and whose contents are in the next', () => {
  it.each([...bothCasings("What's the dollar amount of the Vos package with the patrol boats and field kitchens?"), 'how many dollars is the package w the flood barriers'])('%j THEN the sentence with the sum answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(PACKAGE);
  });
});

describe('GIVEN an export reported once', () => {
  it.each(['did zorvia ever send dredgers or is that just a rumor', 'Did Zorvia ever export dredgers, or was it all fake?'])('%j THEN the doubting tail names no topic: the export answers', (question) => {
    const answer = answerOf(question);
    expect(answer.abstained, answer.why).toBe(false);
    expect(answer.first).toBe(EXPORTED);
  });
});

describe('GIVEN a prime minister mentioned by office only', () => {
  it.each(bothCasings("What's the name of the Quellmark prime minister who called for more patrol boats?"))('%j THEN no sentence names one: it declines', (question) => {
    expect(answerOf(question).abstained).toBe(true);
  });

  it.each(bothCasings('What is the name of the Pellonian transport minister?'))('%j THEN the sentence naming her answers', (question) => {
    expect(answerOf(question).first).toBe(PELLONIAN);
  });
});

describe("GIVEN a minister named by her country's name", () => {
  // "ukranian" is a variant WordNet lists, but only as a noun its tagged text never uses: it is read as the word meant.
  it('"the ukranian minister" THEN the slip stands for the word meant and for its country, and weighs as that word', () => {
    const [slip] = analyseQuery('who visited the harbour, the ukranian minister', facts()).concepts.filter((concept) => concept.alternatives.has('ukrainian'));
    const [meant] = analyseQuery('who visited the harbour, the ukrainian minister', facts()).concepts.filter((concept) => concept.term === 'ukrainian');
    expect([...(slip?.alternatives ?? [])]).toEqual(expect.arrayContaining(['ukrainian', 'ukrain']));
    expect(slip?.weight).toBe(meant?.weight);
  });
});

describe('GIVEN a statement closed by a tag asking to confirm', () => {
  it.each([
    ['vos was in lindvik right? what did she open there', 'vos was in lindvik. what did she open there'],
    ['so vos was in lindvik, right, what did she open', 'vos was in lindvik, what did she open'],
  ])('%j THEN "right" is no word to search for: %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it.each(['who is on the far right', 'did the court uphold the right to fish', 'which party sits to the right'])('%j THEN a right or a direction stays', (typed) => {
    expect(plainForm(typed)).toContain('right');
  });
});
