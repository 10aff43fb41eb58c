// Questions as chat puts them: someone by their given name alone ("what did ingrid tell the
// crews"), a country by its adjective where the coverage names its capital ("the norwegian
// summit" held in Oslo), the words themselves asked for ("solheim actual quote pls", "what were
// solheims exact words on the quota"), an article's headline ("what was the headline of that
// quota article"), how long something has existed ("since when has the league even existed"), and
// what people felt or said ("what were ppl worried about"), a time opening the question ("last
// summer who signed it"), who else was quoted besides the ones the asker names, and how far
// something went where the coverage gives only its load, and the name of a thing described by a
// clause after it ("the pact the crews walked out of").
import { describe, expect, it } from 'vitest';
import { commands } from '../../src/commands/index.js';
import { answerLine } from '../../src/pipeline.js';
import { route, routerContextOf } from '../../src/router.js';
import { understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { answeredTexts, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const TOLD_CREWS = 'Fisheries Minister Ingrid Solheim told the crews in Vesta that the cod quota would not be cut this year.';
const QUOTED = '"We will not leave the harbour towns behind," Solheim said.';
const SKIPPER = 'Union leader Ivar Dahl said the quota would leave crews short of work by autumn.';
const BERG = 'Harbour master Ola Berg said the new pier would open in May.';
const NYSTAD = 'Ola Nystad, a ferry captain, said the crossing took four hours.';
const MARK = 'Port engineer Mark Lindqvist said the cranes were inspected on Monday.';
const SUMMIT = 'The North Sea fishing pact was signed at the summit in Oslo on 4 June by eleven ministers.';
const OTHER_SUMMIT = 'Ministers met again in Copenhagen in September to review the catch limits.';
const CARGO = 'The ferry Tern carried 400 tonnes of salt from Vesta to the islands on Friday.';
const WALKOUT = 'Crews walked out of a pact on fuel prices in March after a week of talks.';
const COUNCIL = 'The Harbour-Ferry Council was set up in May by the harbour towns and the ferry companies.';
const LEAGUE = 'The Ferry League was founded in 1998 by six harbour towns.';
const LEAGUE_WORK = 'The Ferry League shares boats between its member towns.';

const { facts } = coverageForTests({
  'quota.md': ['---\ntitle: Cod quota stays as it is, minister tells crews\npublisher: Coast Herald\npublished: 2025-03-02\n---', TOLD_CREWS, QUOTED, SKIPPER].join('\n\n'),
  'pier.md': ['---\ntitle: Pier to open in May\npublisher: Valley Weekly\npublished: 2025-04-11\n---', BERG, NYSTAD, MARK].join('\n\n'),
  'pact.md': ['---\ntitle: Fishing pact signed\npublisher: Tarnby Gazette\npublished: 2025-06-05\n---', SUMMIT, OTHER_SUMMIT].join('\n\n'),
  'league.md': ['---\ntitle: The ferry league at 27\npublisher: Coast Herald\npublished: 2025-05-04\n---', LEAGUE, LEAGUE_WORK, CARGO, WALKOUT, COUNCIL].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

const personOf = (question: string, word: string): string | undefined => analyseQuery(question, facts()).concepts.find((concept) => concept.term === word)?.person;

describe('GIVEN someone asked about by their given name alone', () => {
  it.each(bothCasings('so what did ingrid say to the crews up in vesta'))('%j THEN the one known person of that name is meant, and her words answer', (question) => {
    expectAnsweredFirst(facts(), question, TOLD_CREWS);
  });

  it('THEN a given name two known people bear names neither of them', () => {
    expect(personOf('what did ola say about the pier', 'ola')).toBeUndefined();
  });

  it('THEN a given name that is an everyday word names no one where no speaker is asked for', () => {
    expect(personOf('when will they mark the crane inspection', 'mark')).toBeUndefined();
  });
});

describe('GIVEN a country named by its adjective where the coverage names its capital', () => {
  it.each(bothCasings('which pact got signed at the norwegian summit'))('%j THEN the sentence on the summit in its capital answers', (question) => {
    expectAnsweredFirst(facts(), question, SUMMIT);
  });

  it.each(bothCasings('what did the danish ministers review'))('%j THEN so does another country and its capital', (question) => {
    expectAnsweredFirst(facts(), question, OTHER_SUMMIT);
  });

  it('THEN only its own capital stands for it', () => {
    const danish = analyseQuery('what got signed at the danish summit', facts()).concepts.find((concept) => concept.term === 'danish');
    expect([...(danish?.alternatives ?? [])]).toContain('copenhagen');
    expect([...(danish?.alternatives ?? [])]).not.toContain('oslo');
  });
});

describe('GIVEN the words themselves asked for', () => {
  const routed = (question: string) => route(question, commands, routerContextOf(facts()));

  it.each([
    ['solheim actual quote pls', { person: 'solheim' }],
    ["solheim's exact words", { person: 'solheim' }],
    ['what were solheims exact words about the quota', { person: 'solheims', topic: 'the quota' }],
    ['what was solheims statement', { person: 'solheims' }],
  ])('%j THEN it is a request for their quotes: %j', (question, options) => {
    expect(routed(question)).toEqual({ command: 'quote', options });
  });

  it.each(['what are the exact words', 'harbour quotes', 'what was the statement'])('%j (no one named) THEN it is asked as a question', (question) => {
    expect(routed(question)).toMatchObject({ command: 'ask' });
  });

  it('THEN her quotation answers', () => {
    expect(answeredTexts('solheim actual quote pls', facts()).join(' ')).toContain('We will not leave the harbour towns behind');
  });
});

describe("GIVEN an article's title asked for", () => {
  it.each([
    ...bothCasings('what was the headline of that quota article'),
    'what was the fishing pact story called',
    'what was the name of the ferry league piece',
  ])('%j THEN its headline is given, cited', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.message).toMatch(/^Its title is “(?:Cod quota stays as it is, minister tells crews|Fishing pact signed|The ferry league at 27)” \(/u);
  });

  it('THEN a description no article fits is said so', () => {
    expect(answerLine('what was the headline of the zebra article', facts()).abstained).toBe(true);
  });
});

describe('GIVEN how long something has existed asked for', () => {
  it.each([...bothCasings('the ferry league - since when has it even existed tho'), 'how long has the ferry league been around'])('%j THEN it asks its age, and its founding answers', (question) => {
    expect(understandQuestion(question).expects).toEqual(['age', 'date']);
    expectAnsweredFirst(facts(), question, LEAGUE);
  });

  it.each(['how long has the ferry been running', 'since when has the pier been closed'])('%j THEN it still asks for a span or a date', (question) => {
    expect(understandQuestion(question).kind).not.toBe('how-old');
  });
});

describe('GIVEN what people felt or said asked for', () => {
  it.each([...bothCasings('what were ppl worried about at the harbour meeting'), 'what are officials saying about the quota', 'what were crews upset about'])('%j THEN it asks what, not who', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'what', expects: [] });
  });

  it.each(['what officials visited the pier', 'which people were at the meeting'])('%j THEN it asks who', (question) => {
    expect(understandQuestion(question).kind).toBe('who');
  });
});

describe('GIVEN a time opening the question', () => {
  it.each([
    ['last summer who signed the pact', 'who'],
    ['back in june who signed the pact', 'who'],
    ['in 2025 where was the pact signed', 'where'],
    ['earlier this year how did the crews take it', 'how'],
  ])('%j THEN the question after it says what is asked (%s)', (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });

  it('THEN "back" opening it is no topic', () => {
    expect(understandQuestion('back in june who signed the pact').plain).toBe('in june who signed the pact');
  });

  it('THEN a claim dated in its own words stays a claim', () => {
    expect(understandQuestion('in june 2025 solheim said the quota would stay, right')).toMatchObject({ plain: 'in june 2025 solheim said the quota would stay', kind: 'statement' });
  });

  it.each([
    ['in which year was it founded', 'when'],
    ['since when has the pier been closed', 'when'],
  ])('%j THEN a question word of the time itself still reads as before (%s)', (question, kind) => {
    expect(understandQuestion(question).kind).toBe(kind);
  });
});

describe('GIVEN who else got quoted, besides the ones the asker names', () => {
  it.each(bothCasings('other than solheim, who else was quoted about the quota'))('%j THEN someone else is the answer, and the message names them', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.items[0]?.text).toBe(SKIPPER);
    expect(answer.message).toBe('Said by Ivar Dahl.');
  });
});

describe('GIVEN how far something went, where the coverage gives a figure in another unit', () => {
  it.each(bothCasings('how far did the tern go with the salt'))('%j THEN the load is no distance: the bot says so', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('length or distance');
  });

  it('THEN a figure in the unit asked for still answers', () => {
    expectAnsweredFirst(facts(), 'how heavy was the salt the tern carried', CARGO);
  });
});

describe('GIVEN the name of a thing asked for, a clause after its noun', () => {
  it.each(bothCasings('whats the name of the fuel pact the crews walked out of'))('%j THEN a sentence that never names it does not answer', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it.each(bothCasings('whats the name of the council the harbour and ferry firms set up'))('%j THEN a name joined from the words asked still names it', (question) => {
    expectAnsweredFirst(facts(), question, COUNCIL);
  });
});
