// Questions as chat puts them: what someone demanded (their words that ask for something, though
// they never say "demand"), someone asked about by their role doing something ("what was the
// harbour minister demanding"), whom someone was talking to ("spoke to reporters"), a list asked
// for politely or of the things "that" did something, a deed's course ("keeps threatening"),
// "def sec", a part in something typed as keywords, "who was berg meeting next", and a count pressed
// for ("exactly how many"), which a share does not give.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { listRequested } from '../../src/query/list-request.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const CRANES_NEWS = 'Harbour Minister Ada Lindqvist announced on Monday that the port will get two new cranes worth 2 million crowns.';
const CRANES_NOW = '"The port needs those cranes now, not next spring," Lindqvist said.';
const CRANES_MAKER = 'The cranes will be built by a yard in Tarnby, Lindqvist told the council.';
const TIMETABLE_TALK = 'On Monday, ferry chief Ola Berg spoke to reporters at the harbour in Vesta.';
const TIMETABLE = 'Berg added that the winter timetable would stay as it is.';
const BERG_THANKS = 'On Monday, Berg thanked Mayor Lena Holt for the new pier.';
const HOLT_VISIT = 'Mayor Lena Holt visited the harbour board in Vesta on Monday.';
const HOLT_NEXT = 'Later in the week, Holt is scheduled to meet with Defence Secretary Nils Dahl, who arrives on Friday, at the town hall.';
const HOLT_MET = 'Holt met Harbour Minister Ada Lindqvist at the town hall.';
const PROTEST = 'The presence of Moberg at the fare talks caused a swift protest from Norway, Finland and Iceland.';
const BOYCOTT = "These nations have decided to boycott the talks because of Moberg's role in the fare rise.";
const MOBERG_ABSENT = 'Moberg was not present in Vesta when the mayors posed for a group photo at the fare talks.';
const PACKAGE_NEWS = 'Mayor Holt announced a harbour package worth 3 million crowns on Friday.';
const PACKAGE_ITEMS = 'The harbour package includes a tugboat, new fenders and a fuel dock.';
const ROUTE_OPEN = 'The harbour office said the ferry route would stay open despite Norwegian threats.';
const DEFENCE_TRIP = 'Defence Secretary Nils Dahl will travel to Vesta next week, the ministry said.';
const TOLL_VOTE = 'Councillor Karin Sund, a longtime critic of the toll, voted for the harbour bill.';
const TOLL_NEWS = 'The council approved the harbour bill by nine votes to four.';
const BUOYS_SHARE = 'The port has delivered 80% of the buoys it promised the islands, the harbour office said.';

const { facts } = coverageForTests({
  'cranes.md': ['---\ntitle: New cranes for the port\npublisher: Coast Herald\npublished: 2025-03-04\n---', CRANES_NEWS, CRANES_NOW, CRANES_MAKER].join('\n\n'),
  'ferry.md': ['---\ntitle: Ferry timetable stays\npublisher: Valley Weekly\npublished: 2025-04-08\n---', TIMETABLE_TALK, TIMETABLE, BERG_THANKS, HOLT_MET, HOLT_VISIT, HOLT_NEXT].join('\n\n'),
  'fares.md': ['---\ntitle: Towns stay away from the fare talks\npublisher: Tarnby Gazette\npublished: 2025-05-02\n---', MOBERG_ABSENT, PROTEST, BOYCOTT].join('\n\n'),
  'harbour.md': ['---\ntitle: Harbour package\npublisher: Coast Herald\npublished: 2025-06-06\n---', PACKAGE_NEWS, PACKAGE_ITEMS, ROUTE_OPEN, DEFENCE_TRIP, TOLL_VOTE, TOLL_NEWS, BUOYS_SHARE].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN what someone demanded asked for', () => {
  it.each(['what did lindqvist call for', 'what was lindqvist asking for', "what are the union's demands", 'what did the board demand from the council'])('%j THEN it asks for a demand', (question) => {
    expect(understandQuestion(question).expects).toEqual(['demand']);
  });

  it.each(bothCasings('what did lindqvist call for'))('%j THEN her words that ask for something answer, though they never say so', (question) => {
    expectAnsweredFirst(facts(), question, CRANES_NOW);
  });

  it.each(bothCasings('what was the harbour minister demanding, sounded like she wanted it fast'))('%j THEN the role is the one person who holds it, and her demand answers', (question) => {
    expect(understandQuestion(question).kind).toBe('what');
    expectAnsweredFirst(facts(), question, CRANES_NOW);
  });

  it('THEN a body named by its role word is no one ("the council vote")', () => {
    expect(understandQuestion('what was the council vote tally on the harbour bill').kind).toBe('how-many');
  });
});

describe('GIVEN whom someone was talking to', () => {
  it.each(bothCasings('who was berg talking to on monday'))('%j THEN the people he spoke to, named by what they are, answer', (question) => {
    expectAnsweredFirst(facts(), question, TIMETABLE_TALK);
  });
});

describe('GIVEN a who-question about what a named person was doing', () => {
  it.each(bothCasings('who was holt meeting next'))('%j THEN it asks whom she met, not someone called "the holt meeting next"', (question) => {
    expect(analyseQuery(question, facts()).relation).toBeNull();
    expect(answerLine(question, facts()).abstained).toBe(false);
  });

  it('THEN "see" after a plan ("supposed to") is meeting, as it is alone ("who did he see")', () => {
    expect(plainForm('who was holt supposed to see next')).toBe('who was holt supposed to meet next');
  });

  it.each(bothCasings('who was holt supposed to see at the town hall'))('%j THEN asked about a plan, the sentence stating one leads, not a meeting she had', (question) => {
    expectAnsweredFirst(facts(), question, HOLT_NEXT);
  });

  it.each(bothCasings('who did holt meet at the town hall'))('%j THEN asked about what she did, the meeting she had answers', (question) => {
    expectAnsweredFirst(facts(), question, HOLT_MET);
  });
});

describe('GIVEN a list asked for', () => {
  it.each(bothCasings('pls list the countries that boycotted the fare talks bc of moberg'))('%j THEN it asks what countries did it, and a line pointing back comes with the one it points to', (question) => {
    expect(listRequested(plainForm(question))?.question).toBe('what countries boycotted the fare talks because of moberg');
    const texts = answerLine(question, facts()).items.map((item) => item.text);
    expect(texts.slice(0, 2)).toEqual([PROTEST, BOYCOTT]);
  });

  it.each(bothCasings('hey bot can u name everything thats in the harbour package'))('%j THEN the polite request is the request: what the package includes answers', (question) => {
    expect(understandQuestion(question).plain).toBe('what does the harbour package include');
    expectAnsweredFirst(facts(), question, PACKAGE_ITEMS);
  });

  it('THEN a question about whether someone can do something keeps its words', () => {
    expect(plainForm('can the council name a new harbour master')).toBe('can the council name a new harbour master');
  });
});

describe("GIVEN a deed's course asked (\"keeps threatening\")", () => {
  it.each(bothCasings('if norway keeps threatening theyre gonna shut the ferry route again right? or wont they'))('%j THEN the threatening is the deed: "Norwegian threats" has Norway doing it', (question) => {
    expectAnsweredFirst(facts(), question, ROUTE_OPEN);
  });
});

describe('GIVEN chat shorthand for an office or a part', () => {
  it.each(bothCasings('def sec dahl going where next wk'))('%j THEN "def sec" is the defence secretary', (question) => {
    expect(plainForm(question)).toContain('defence secretary');
    expectAnsweredFirst(facts(), question, DEFENCE_TRIP);
  });

  it.each(bothCasings('sunds part in the vote'))('%j THEN a possessive name before "part in" asks what she did there', (question) => {
    expect(plainForm(question)).toBe('what did sunds do in the vote');
    expectAnsweredFirst(facts(), question, TOLL_VOTE);
  });

  it.each(['the biggest part in the bill', 'its role in the vote', 'his part in it'])('%j THEN no possessive name: it reads as typed', (question) => {
    expect(plainForm(question)).not.toMatch(/^what did/u);
  });
});

describe('GIVEN a count pressed for, and only a share in the coverage', () => {
  // After the coverage's last article: "this yr" finds nothing, and the question is read without it.
  const NOW = new Date('2026-12-01T12:00:00Z');

  it.each(bothCasings('exactly how many buoys did the port promise the islands'))('%j THEN a share is no count: declined', (question) => {
    expect(understandQuestion(question).expects).toEqual(['count']);
    expect(answerLine(question, facts(), undefined, NOW).abstained).toBe(true);
  });

  it.each(bothCasings('how many buoys did the port promise the islands this yr, like whats the actual number'))('%j THEN read without its period, the clause pressing for the number still counts: declined', (question) => {
    expect(answerLine(question, facts(), undefined, NOW).abstained).toBe(true);
  });

  it.each(bothCasings('how many buoys did the port promise the islands'))('%j THEN not pressed for, the share still answers', (question) => {
    expectAnsweredFirst(facts(), question, BUOYS_SHARE);
  });
});
