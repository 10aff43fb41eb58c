// Requests chat types that earlier readings missed: a summary of one article ("tldr of the vln
// piece"), a source named by the start of its site ("the vln one"), a day of a month without its
// year ("on 3 jun"), a listing with a second question after it, what one package holds, a
// stance asked a time of ("when does the board want …"), and "what was his point".
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { answerLine } from '../../src/pipeline.js';
import { route, routerContextOf } from '../../src/router.js';
import { rankSentences } from '../../src/query/rank.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { summaryAsked } from '../../src/query/summary-request.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PIER_LEAD = 'The Lindvik harbour board approved a new pier on Tuesday after a year of talks.';
const PIER_COST = 'The pier will cost €40 million and open to ferries in 2027.';
const PIER_LABEL = 'Source: Valley News';
const FERRIES = 'The board will buy 12 new ferries in a €40 million package.';
const CONTENTS = 'The package includes two ferries, a tug and new mooring cranes.';
const BERG = 'Board chair Ivar Berg said the pier would end queues at the quay for good.';
const BERG_AGAIN = 'Berg told reporters that without the pier, any storm would close the harbour and it would be open season for smugglers.';
const WANTS_DATE = 'The board wants the new pier finished by March 2027, its chair said.';
const FACT_SHEET = 'A harbour ministry fact sheet puts ferry aid at €12 million in total so far.';
const AID_TOTAL = 'Coastal towns have received €30 million in ferry aid in total.';
const { facts } = coverageForTests({
  'pier.md': ['---\ntitle: Board Approves Lindvik Pier\npublisher: vlnnews.com\npublished: 2025-06-03\n---', 'Board Approves Lindvik Pier', PIER_LEAD, PIER_LABEL, PIER_COST, WANTS_DATE].join('\n\n'),
  'ferries.md': ['---\ntitle: Harbour Board Buys Ferries\npublisher: Coastal Gazette\npublished: 2025-05-12\n---', FERRIES, CONTENTS, BERG, BERG_AGAIN, AID_TOTAL, FACT_SHEET].join('\n\n'),
});
const context = () => routerContextOf(facts());
const NOW = new Date('2026-12-04T12:00:00Z');

describe('a summary asked of one article', () => {
  it.each([
    ['tldr of the vln piece', 'the vln piece'],
    ['can you summarise the coastal gazette article pls', 'the coastal gazette article'],
    ['harbour board ferries article, tl;dr', 'harbour board ferries article'],
    ['what is the summary of the talks', null],
    ['how many ferries will the board buy', null],
  ])('%j THEN the words describing the article are %j', (question, described) => {
    expect(summaryAsked(question)).toBe(described);
  });

  it.each(bothCasings('TLDR of the VLN piece?'))('%j THEN the article opens the answer: its first sentences, not its headline nor a source label', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items.map((item) => item.text)).toEqual([PIER_LEAD, PIER_COST, WANTS_DATE]);
    expect(answer.message).toMatch(/Board Approves Lindvik Pier/u);
  });

  it('"tldr of the harbour daily article" (no such article) THEN it says no article matches', () => {
    const answer = answerLine('tldr of the harbour daily article', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toBe('No article in the coverage matches “the harbour daily article”.');
  });
});

describe('a source named by the start of its site', () => {
  it.each(bothCasings('Reading the VLN one. How much will the pier cost?'))('%j THEN "vln" is no unknown topic: the cost answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(PIER_COST);
  });
});

describe('a day of a month without its year', () => {
  it.each([
    ['what happened on 3 jun with the board', '2025-06-03'],
    ['what happened on june 3rd with the board', '2025-06-03'],
    ['what happened on the 12th of may', '2025-05-12'],
  ])('%j THEN the timeline is bounded by that day of the coverage\'s latest such month (%s)', (question, day) => {
    const routed = route(question, commands, context(), NOW);
    expect(routed).toMatchObject({ command: 'timeline', options: { from: day, to: day } });
  });

  it.each([
    ['what happened on jun 3 2024', '2024-06-03'],
    ['what happened on june 31', undefined],
    ['what happened since feb 22', undefined],
  ])('%j (a year given, no such day, chat\'s short year) THEN no day is read without its year: from %s', (question, from) => {
    const routed = route(question, commands, context(), NOW);
    expect('options' in routed ? routed.options['from'] : null).toBe(from);
  });
});

describe('a listing asked with a second question', () => {
  it.each([
    ...bothCasings('What happened with the pier in June, why did they approve it?').map((question) => [question, 'ask']),
    ...bothCasings('What happened with the pier in June, did the council finally approve it?').map((question) => [question, 'ask']),
    ['what happened with the pier in june', 'timeline'],
  ])('%j THEN it goes to /%s: a list of dated events cannot say why, nor yes or no', (question, command) => {
    expect(route(question, commands, context(), NOW)).toMatchObject({ command });
  });
});

describe('what one package holds', () => {
  it.each(bothCasings('List the boats in the 40m package pls'))('%j THEN /ask answers with what the package includes, not /aid\'s figures', (question) => {
    expect(route(question, commands, context(), NOW)).toMatchObject({ command: 'ask' });
    const answer = answerLine(question, facts());
    expect(answer.items.slice(0, 2).map((item) => item.text)).toContain(CONTENTS);
  });
});

describe('an aid figure asked of one document', () => {
  it.each(bothCasings('Harbour ministry factsheet ferry aid total'))('%j THEN /ask answers with the sentence citing it, not /aid\'s totals of every source', (question) => {
    expect(route(question, commands, context(), NOW)).toMatchObject({ command: 'ask' });
    expect(answerLine(question, facts()).items[0]?.text).toBe(FACT_SHEET);
  });

  it('"ferry aid total" THEN it is still /aid\'s totals', () => {
    expect(route('ferry aid total', commands, context(), NOW)).toMatchObject({ command: 'aid' });
  });
});

describe('a stance asked a time of', () => {
  it.each(bothCasings('When does the board want the pier done?'))('%j THEN the sentence stating when answers, though no one is quoted wanting', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(WANTS_DATE);
  });
});

describe('"what was his point"', () => {
  it.each(bothCasings("Berg had that line about 'open season', what was his point?"))('%j THEN "point" is no topic the coverage lacks: his words answer', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(BERG_AGAIN);
  });
});

describe('"who" answered by a role', () => {
  const CALLED = 'Clashes at the border have grown, prompting the prime minister of neighbouring Norway to call for an increase in coast guard patrols.';
  const NAMED = 'Deputy Minister Anna Lind told reporters that the board supports increasing coast guard patrols.';
  const roles = coverageForTests({
    'border.md': ['---\ntitle: Border Clashes\npublisher: Valley News\npublished: 2025-04-01\n---', CALLED, NAMED].join('\n\n'),
  });

  it.each(bothCasings('Who called for an increase in coast guard patrols?'))('%j THEN the sentence naming the one who did by role leads, before a named person saying less', (question) => {
    expect(answerLine(question, roles.facts()).items[0]?.text).toBe(CALLED);
  });

  it('THEN naming someone by role states a person in part: more than nothing, less than a name', () => {
    const hits = rankSentences(analyseQuery('who called for an increase in coast guard patrols', roles.facts()), roles.facts());
    const typeOf = (text: string) => hits.find((hit) => roles.facts().sentence(hit.sentenceId).text === text)?.answerType;
    expect(typeOf(CALLED)).toBeGreaterThan(0);
    expect(typeOf(CALLED)).toBeLessThan(typeOf(NAMED)!);
  });

  it('"who is the prime minister of norway" THEN a sentence restating that role states no one', () => {
    const hits = rankSentences(analyseQuery('who is the prime minister of norway', roles.facts()), roles.facts());
    expect(hits.find((hit) => roles.facts().sentence(hit.sentenceId).text === CALLED)?.answerType ?? 0).toBe(0);
  });
});
