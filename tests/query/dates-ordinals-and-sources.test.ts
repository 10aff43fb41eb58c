// Days typed as ordinals ("the 22nd of april", "april 22nd") read as the dates they are, a day asked
// holding any question to that day (news of it printed up to two days later), a day offered to check
// ("…, was it the 23rd of april"), the year after a day kept ("march 1, 2024"), "No. 2" as "second",
// "there" typed for "their", "wait" before a claim, "to do that" leaning on the sentence before, a
// possessive after the asking word as whose figure is asked, a source described first ("according
// to the briefing previewing cook's trip, …") whose words only help, "inorder" typed closed up and
// "air craft" typed apart, an ordinal in a yes/no question answered by another ("her third
// visit"), a yes/no question's other clause after "or" ("… or did zorvia shut it") read as a
// possibility, "whats it even for", "list the stuff thats in x", "the Mayor" standing for the one
// mayor the article names, and a question after an ellipsis.
import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const VOTE_TIME = 'The levy vote came shortly after 9 p.m. Tuesday.';
const VOTE = 'On Tuesday the council voted 9 to 4 to approve the ferry levy.';
const COOK_VOTE = 'Mayor Ada Cook, a longtime backer of the ferries, voted for the levy.';
const PACT = 'On Tuesday, April 22, 2025, the council signed the harbour pact with Lindvik.';
const GRANT = 'The grant is the largest since Tarnby approved its No. 2 harbour tranche last autumn.';
const GRANT_CONTENTS = 'The harbour grant includes two tugboats, a crane and spare parts.';
const FOCUS = 'Instead, the focus will be on repairing the pier before the ferry talks next spring.';
const OFFICIAL = 'A senior official stressed steady funding, saying, "The best way to do that is to pay the crews on time."';
const DEBT = "In the case of Tarnby, as the official said, Zorvia holds a third — €6 million — of Tarnby's overall debt of €17 million.";
const TRIP = 'Mayor Cook will make her first visit to three islands next week to talk about trade.';
const FAIR = 'Mayor Cook opened the Tarnby fair on Saturday, her third time at the fair.';
const CREWS = 'The remaining repairs depend on crews from Lindvik, the mayor said.';
const ROUTE = 'Harbour chief Ola Brenn said the ferry route would stay open despite Zorvian threats.';
const AIRCRAFT = 'The council and Lindvik agreed to drop tariffs on aircraft parts.';
const SEA_WALL = 'The sea wall will be raised by a metre.';
const THANKED = 'On her third visit to the island, the Mayor thanked the lifeboat crews for their work.';
const TWO_MAYORS = 'Mayor Cook and Mayor Olsen opened the new footbridge on Friday.';
const BUILDERS = 'The Mayor thanked the bridge builders.';

const { facts, first } = coverageForTests({
  'levy.md': ['---\ntitle: Council approves ferry levy\npublisher: Coast Herald\npublished: 2025-04-24\n---', VOTE, VOTE_TIME, COOK_VOTE, PACT].join('\n\n'),
  'grant.md': ['---\ntitle: Harbour grant\npublisher: Valley Weekly\npublished: 2025-06-09\n---', GRANT, FOCUS + ' ' + OFFICIAL, GRANT_CONTENTS].join('\n\n'),
  'briefing.md': ['---\ntitle: Briefing on the island trip\npublisher: Tarnby Gazette\npublished: 2025-03-01\n---', TRIP, DEBT].join('\n\n'),
  'visit.md': ['---\ntitle: Mayor Cook visits the lifeboat station\npublisher: Tarnby Gazette\npublished: 2025-09-01\n---', THANKED].join('\n\n'),
  'bridge.md': ['---\ntitle: Footbridge opens\npublisher: Tarnby Gazette\npublished: 2025-09-02\n---', TWO_MAYORS, BUILDERS].join('\n\n'),
  'fair.md': ['---\ntitle: Fair opens\npublisher: Tarnby Gazette\npublished: 2025-08-04\n---', FAIR, CREWS, ROUTE, AIRCRAFT, SEA_WALL].join('\n\n'),
});

describe('GIVEN a day typed as an ordinal or before its month', () => {
  it.each(['april 22nd', 'the 22nd of april', '22 april'])('%j THEN it reads as "april 22"', (day) => {
    expect(plainForm(`what did the council do on ${day}`)).toBe('what did the council do on april 22');
  });

  it.each(['april second round', 'the march 4th deadline'])('%j THEN an ordinal that counts a noun stays', (typed) => {
    expect(plainForm(typed)).not.toMatch(/\b(?:2|4)\b/u);
  });

  it('THEN the year after a day is no guessed figure: "march 1, 2024" keeps its year', () => {
    expect(plainForm('what happened on march 1, 2024')).toBe('what happened on march 1, 2024');
  });

  it.each(bothCasings('what time did the council vote go thru on the 22nd of april'))('%j THEN the sentence of that day (printed two days later) answers', (question) => {
    expect(first(question)).toBe(VOTE_TIME);
  });

  it.each(bothCasings('what did the council do on the 3rd of april'))('%j THEN sentences of another day do not answer: declined', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('what day did the council sign the harbour pact, was it the 23rd of april?'))('%j THEN the day offered is a guess to check, not the day asked: the signing answers', (question) => {
    expect(understandQuestion(question).plain).toBe('what day did the council sign the harbour pact');
    expect(first(question)).toBe(PACT);
  });
});

describe('GIVEN ordinals and sound-alikes as chat types them', () => {
  it.each(bothCasings('is this the biggest grant since there 2nd harbour tranche last fall'))('%j THEN "there 2nd" is "their second", and "No. 2" says "second"', (question) => {
    expect(understandQuestion(question).plain).toContain('their second');
    expect(first(question)).toBe(GRANT);
  });

  it.each(['what did berg say about there ministry', 'the fund is for there navy'])('%j THEN "there" after a preposition, before a word only ever a noun, is "their"', (question) => {
    expect(plainForm(question)).toContain('their');
  });

  it.each(['is there money for it', 'will she be there next week', 'what is on there'])('%j THEN a "there" that can stand stays', (question) => {
    expect(plainForm(question)).toContain('there');
  });
});

describe('GIVEN a claim or a question with chat around it', () => {
  it.each(bothCasings('wait cook voted against the ferry levy didnt she'))('%j THEN "wait" is surprise, not a topic: the vote answers', (question) => {
    expect(first(question)).toBe(COOK_VOTE);
  });

  it.each(bothCasings('is the ferry route still open or did zorvia shut it again'))('%j THEN the other clause offered after "or" is a possibility, not the subject', (question) => {
    expect(first(question)).toBe(ROUTE);
  });

  it.each([
    ['whats the grant even for', 'what is the grant for'],
    ['what is it even about?', 'what is it about'],
    ['is it even for the ferries', 'is it even for the ferries'],
  ])('%j THEN "even" before a preposition that ends the question only stresses it: %j', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it.each(bothCasings('list the stuff thats in the harbour grant'))('%j THEN it asks what the grant includes', (question) => {
    expect(understandQuestion(question).plain).toBe('what does the harbour grant include');
    expect(first(question)).toBe(GRANT_CONTENTS);
  });

  it.each(['wait times at the pier', 'wait for the vote'])('%j THEN "wait" as a noun or verb stays', (question) => {
    expect(plainForm(question)).toMatch(/^wait /u);
  });

  it.each(bothCasings('what did that senior official say the pier needs b4 the ferry talks next spring'))('%j THEN "the best way to do that" leans on the sentence before for its topic', (question) => {
    expect(first(question)).toBe(OFFICIAL);
  });

  it.each(bothCasings("according to the briefing previewing cook's island trip, approx what share of tarnby's debt does zorvia hold"))('%j THEN the source described first only helps, and the figure is Tarnby’s', (question) => {
    expect(understandQuestion(question).plain).toBe("approximately what share of tarnby's debt does zorvia hold");
    expect(first(question)).toBe(DEBT);
  });
});

describe('GIVEN words run together or an ordinal to check', () => {
  it.each(bothCasings('what do they need inorder to finish the remaining repairs'))('%j THEN "inorder" is "in order", no unknown name', (question) => {
    expect(analyseQuery(question, facts()).question.plain).toContain('in order to');
    expect(first(question)).toBe(CREWS);
  });

  it.each(bothCasings('what did the council and lindvik agree on air craft parts'))('%j THEN "air craft" is the "aircraft" the coverage writes', (question) => {
    expect(analyseQuery(question, facts()).question.plain).toContain('aircraft');
    expect(first(question)).toBe(AIRCRAFT);
  });

  it('THEN words the coverage writes apart stay apart ("sea wall", not "seawall")', () => {
    expect(analyseQuery('how high is the sea wall', facts()).question.plain).toContain('sea wall');
  });

  it.each(['alot', 'aswell', 'atleast'])('%j THEN it splits into the phrase WordNet lists', (word) => {
    expect(analyseQuery(`did they send ${word} of boats`, facts()).question.plain).not.toContain(word);
  });

  it.each(bothCasings("was the fair cook's first time there or has she been before"))('%j THEN "her third time" answers the first time asked', (question) => {
    expect(first(question)).toBe(FAIR);
  });
});

describe('GIVEN a sentence naming someone by their title alone', () => {
  it.each(bothCasings('did cook thank the lifeboat crews'))('%j THEN "the Mayor" under a headline naming Mayor Cook is Cook', (question) => {
    expect(first(question)).toBe(THANKED);
  });

  it.each(bothCasings('did cook thank the bridge builders'))('%j THEN "the Mayor" of an article naming two mayors is neither', (question) => {
    expect(first(question)).not.toBe(BUILDERS);
  });
});

describe('GIVEN a message whose question follows an ellipsis', () => {
  it('THEN it is that question, told after what came before', () => {
    const question = understandQuestion("cook's statement on the levy... did the council pass it in the end");
    expect(question.kind).toBe('yes-no');
    expect(question.plain).toBe('did the council pass it in the end');
  });
});
