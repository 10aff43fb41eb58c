// Questions as chat puts them: someone named first and then asked about as "he" or "she" ("ada
// holm?? who is she working for"), a surname autocorrect split in two ("haral dsen"), where someone
// is from "originally", "anyone besides x" before a verb that goes on asking, "the update on x"
// (a request for news, no topic), an ordinal counting a noun a few words after it ("the second
// harbour board meeting"), "then what happens after …" (what comes next), and a clause of what the
// asker takes as given ("now that the ferries run again"), and where an act took place ("the
// inauguration of x, where").
import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { mendedQuestion } from '../../src/query/question-language.js';
import { answerLine } from '../../src/pipeline.js';
import { answeredTexts, coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const ANALYST = 'Dr. Ada Holm, a harbour analyst at the Coastal Policy Institute, said the new ferries would arrive in the spring.';
const FERRY_PLAN = 'The ferries will carry up to 300 passengers each, Holm said.';
const ORIGIN = 'Mayor Ole Haraldsen, who comes from Vesta, opened the new pier on Friday.';
const SPOKE_IN = 'Haraldsen told reporters in Tarnby that the pier had cost $4 million.';
const OTHER_SENDER = 'Pellonia is also selling large amounts of grain to Lindvik.';
const FIRST_SENDER = 'Most of the grain seen in Lindvik this winter was grown and shipped by Tarnby, the minister said.';
const LABEL = 'Ferry grant meeting: latest updates';
const GRANT_NEWS = 'According to the board, the ferry grant is unlikely to be approved at this meeting.';
const FIRST_MEETING = 'Haraldsen will attend the first ferry chiefs meeting of the Harbour Board, where he will speak about the ferries.';
const LEAGUE_FOUNDED = 'The Ferry League was established in Vesta on 3 May, with six towns present.';
const LEAGUE_ROLE = 'The Ferry League serves as a forum where towns share boats.';
const COUNCIL_VOTE = 'LINDVIK — The council on Tuesday voted 9 to 4 to approve the $12 million pier bill.';
const NEXT_STEP = 'The bill now goes to Mayor Haraldsen, who said he would sign it on Friday.';
const SECOND_MEETING = 'The meeting was held for the second time in late May to discuss the cost of the pier.';

const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: New ferries due in spring\npublisher: Coast Herald\npublished: 2025-03-02\n---', ANALYST, FERRY_PLAN].join('\n\n'),
  'pier.md': ['---\ntitle: Pier opens\npublisher: Valley Weekly\npublished: 2025-04-11\n---', ORIGIN, SPOKE_IN].join('\n\n'),
  'grain.md': ['---\ntitle: Grain for the islands\npublisher: Tarnby Gazette\npublished: 2025-02-14\n---', FIRST_SENDER, OTHER_SENDER].join('\n\n'),
  'board.md': ['---\ntitle: Ferry grant meeting: latest updates\npublisher: Coast Herald\npublished: 2025-06-03\n---', LABEL, GRANT_NEWS, FIRST_MEETING, SECOND_MEETING].join('\n\n'),
  'bill.md': ['---\ntitle: Council passes pier bill\npublisher: Valley Weekly\npublished: 2025-04-22\n---', COUNCIL_VOTE, NEXT_STEP].join('\n\n'),
  'league.md': ['---\ntitle: Towns form a ferry league\npublisher: Coast Herald\npublished: 2025-05-04\n---', LEAGUE_FOUNDED, LEAGUE_ROLE].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN someone named first, then asked about as "he" or "she"', () => {
  it.each(bothCasings('ada holm?? who is she working for these days'))('%j THEN the question is about them, and the sentence naming her employer answers', (question) => {
    expect(plainForm(question)).toBe('who is ada holm working for');
    expect(answeredTexts(question, facts())).toContain(ANALYST);
  });

  it.each([
    ['haraldsen - where is he from', 'where is haraldsen from'],
    ['the mayor, what did he say about the pier', 'what did the mayor say about the pier'],
    ['holm: what was his job', "what was holm's job"],
  ])('%j THEN it reads %j', (question, plain) => {
    expect(plainForm(question)).toBe(plain);
  });

  it.each([
    // Nothing named first, or no one it can stand for.
    ['ok, what did he say', 'what did he say'],
    ['the pier, when did it open', 'the pier, when did it open'],
    ['if it rains, what will they do', 'if it rains, what will they do'],
  ])('%j THEN it stays %j', (question, plain) => {
    expect(plainForm(question)).toBe(plain);
  });
});

describe('GIVEN a surname autocorrect split in two', () => {
  it.each(bothCasings('what did haral dsen say about the pier'))('%j THEN it is read as the surname, and his sentence answers', (question) => {
    expect(mendedQuestion(question, facts()).toLowerCase()).toContain('haraldsen');
    expect(answeredTexts(question, facts())).toContain(SPOKE_IN);
  });

  it('THEN a letter more in one half is mended too', () => {
    expect(mendedQuestion('haraldt sen opened the pier', facts())).toBe('haraldsen opened the pier');
  });

  it.each(['the new man in charge of the pier', 'hot dog stand at the pier', 'what share of haraldsen farms are family owned'])('%j THEN two everyday words stay two', (question) => {
    expect(mendedQuestion(question, facts())).toBe(question);
  });
});

describe('GIVEN where someone is from "originally"', () => {
  it.each(bothCasings("where did haraldsen come from originally?"))('%j THEN it asks where they come from, and the sentence saying so answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'where', expects: ['origin'] });
    expectAnsweredFirst(facts(), question, ORIGIN);
  });

  it.each(bothCasings('where is holm from originally'))('%j THEN a place she only spoke in does not answer: it declines', (question) => {
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});

describe('GIVEN "anyone besides x" before a verb that goes on asking', () => {
  it.each(bothCasings('anyone other than tarnby selling grain to lindvik?'))('%j THEN it asks who else does it, and the other one answers', (question) => {
    expect(understandQuestion(question).plain).toBe('anyone else selling grain to lindvik');
    expectAnsweredFirst(facts(), question, OTHER_SENDER);
  });
});

describe('GIVEN "then" before the question, and what happens after a step', () => {
  it.each(bothCasings('ok then what happens after the council approves it? will haraldsen sign'))('%j THEN it asks what comes next, and the next step answers', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'what', expects: ['next'] });
    expectAnsweredFirst(facts(), question, NEXT_STEP);
  });

  it('THEN "then what happened" alone keeps its "then": it asks what came next', () => {
    expect(plainForm('then what happened')).toBe('then what happened');
  });
});

describe('GIVEN what the asker takes as given ("now that …")', () => {
  it('THEN the clause only helps: the question is what comes before it', () => {
    expect(understandQuestion('will fares drop now that the new ferries run')).toMatchObject({ plain: 'will fares drop', restated: 'now that the new ferries run', kind: 'yes-no' });
  });

  it.each(bothCasings("anyone know if fares will drop now that the ferries are arriving again?"))('%j THEN sentences on the ferries alone do not answer it: it declines', (question) => {
    expect(understandQuestion(question).kind).toBe('yes-no');
    expect(answerLine(question, facts()).abstained).toBe(true);
  });

  it('THEN the word the coverage lacks is named without its "\'s"', () => {
    expect(answerLine("anyone know if the toll's gonna get cheaper now that the ferries run again", facts()).message).toContain('never mentions toll.');
  });
});

describe('GIVEN where an act or event took place ("the inauguration of x, where")', () => {
  it.each(bothCasings('inauguration of the ferry league, where n when'))('%j THEN it is no relation to find in that shape: the sentence telling where it was set up answers', (question) => {
    expectAnsweredFirst(facts(), question, LEAGUE_FOUNDED);
  });
});

describe('GIVEN "the update on x"', () => {
  it.each(bothCasings('got an update on the ferry grant meeting?'))('%j THEN it asks for news of x, not for a sentence saying "updates"', (question) => {
    expectAnsweredFirst(facts(), question, GRANT_NEWS);
  });
});

describe('GIVEN an ordinal a few words before the noun it counts', () => {
  it.each(bothCasings('the 2nd harbour board meeting, what was it about'))('%j THEN a sentence counting another meeting comes after the one about the second', (question) => {
    expectAnsweredFirst(facts(), question, SECOND_MEETING);
  });
});
