// Questions as chat wraps them: "… but what i really wanted to know is how much …" inside a long
// message with a remark after it, "anyone know …", a figure offered either way ("more or less
// than 2 mil") and two offered to choose from ("2 mil or 5 mil", "9-4 or 10-3"), a day after the
// noun asked by ("pier vote tally tues"), whom money is for ("who's that money for"), an impression
// after the question (", sounded like forever"), "how long did it go on for", a statement the
// question points back to, a word of age before a named treaty ("the og …"), which of two did
// something ("did tarnby or vesta send it"); a "two-day" meeting, which counts days, not towns;
// and the length a question may have.
import { describe, expect, it } from 'vitest';
import { understandQuestion } from '../../src/query/question.js';
import { spellOutShorthand } from '../../src/lexicon/chat-shorthand.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const GOAL = 'Officials said the towns aim to raise at least €4 million for the Lindvik ferries next year.';
const CEREMONY = 'The fair opens on Friday with a ceremony at Lindvik Customs House, where the Northern Coastal Treaty was signed in 1950.';
const MEMBERS = 'NCT members meet every spring.';
const DINNER = 'The mayors will attend a dinner at the town hall on Thursday.';
const VOTE = 'TARNBY — The council on Tuesday voted 9 to 4 to approve a €2 million pier grant for the harbour.';
const REQUEST = "Worries grew as the council stalled on Mayor Olsen's request for €3 million in new aid for Lindvik.";
const MEETING = 'Mayor Olsen thanked Governor Brenn for his visit to Lindvik on Monday.';
const LENGTH = 'Olsen said: "We had a long talk, one of our longest meetings, lasting more than three hours."';
const OTHER = 'The dinner lasted late into the night, guests said.';
const LANTERN_PACKAGE = 'Harbour Minister Ola Dahl announced on Tuesday that Tarnby will give Lindvik a new €2 million lantern package.';
const LANTERN_SYSTEM = 'The package includes a third lantern system, 40 spare bulbs and cables, Dahl told reporters in Tarnby.';
const HOSTING = 'The town is hosting a two-day meeting for mayors from the Coastal League in its old harbour.';

const { first, facts } = coverageForTests({
  'fair.md': ['---\ntitle: Towns gather in Lindvik for the harbour fair\npublisher: Coast Herald\npublished: 2025-07-08\n---', GOAL, CEREMONY, DINNER, MEMBERS].join('\n\n'),
  'pier.md': ['---\ntitle: Council approves pier grant\npublisher: Tarnby Gazette\npublished: 2025-04-24\n---', VOTE, REQUEST].join('\n\n'),
  'visit.md': ['---\ntitle: Brenn visits Lindvik\npublisher: Valley Weekly\npublished: 2025-03-04\n---', MEETING, LENGTH, OTHER].join('\n\n'),
  'lanterns.md': ['---\ntitle: Tarnby pledges a lantern package to Lindvik\npublisher: Coast Herald\npublished: 2025-06-11\n---', LANTERN_PACKAGE, LANTERN_SYSTEM].join('\n\n'),
  'league.md': ['---\ntitle: Tarnby hosts the league\npublisher: Valley Weekly\npublished: 2025-09-14\n---', HOSTING].join('\n\n'),
});

describe('GIVEN the question inside a long message', () => {
  const message =
    'ok so i was reading about the harbour fair and honestly the whole ceremony stuff is kinda whatever to me but what i actually wanted to know is how much money theyre trying to raise for the ferries next year, i saw like 5 mil somewhere but idk if thats right or if its more. anyway the dinner at the town hall sounds fancy lol';

  it.each(bothCasings(message))('%j THEN what it says it wants to know is asked, and the remarks around it only help', (question) => {
    const read = understandQuestion(question);
    expect(read.kind).toBe('how-much');
    expect(read.plain.startsWith('how much money')).toBe(true);
    expect(first(question)).toBe(GOAL);
  });

  it.each(bothCasings('anyone know how much the towns want to raise for the ferries?'))('%j THEN "anyone know" only leads in: the question after it is what is asked', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'how-much', plain: 'how much the towns want to raise for the ferries' });
    expect(first(question)).toBe(GOAL);
  });

  it('THEN such a message is no longer refused as too long, while a longer one is', async () => {
    const { runCommand } = await import('../../src/commands/index.js');
    const answer = await runCommand('ask', { question: message }, facts());
    expect(message.length).toBeGreaterThan(300);
    expect(answer.abstained).toBe(false);
    const refused = await runCommand('ask', { question: 'x '.repeat(260) }, facts());
    expect(refused.message).toBe('`question` is too long: at most 500 characters');
  });
});

describe('GIVEN a figure offered either way', () => {
  it.each(bothCasings('wait how much was that pier grant the council approved, more or less than 1 mil?'))('%j THEN it is a guess to check, not a thing the coverage must name', (question) => {
    const read = understandQuestion(question);
    expect(read.plain).not.toContain('less');
    expect(read.restated).toBe('1 million');
    expect(first(question)).toBe(VOTE);
  });
});

describe('GIVEN two figures offered to choose from', () => {
  it.each(bothCasings('was the pier grant 2 mil or 5 mil'))('%j THEN neither is a thing the coverage must name: the grant answers', (question) => {
    const read = understandQuestion(question);
    expect(read.plain).toBe('was the pier grant');
    expect(read.restated).toBe('2 million or 5 million');
    expect(first(question)).toBe(VOTE);
  });

  it.each(bothCasings('was the council vote 9-4 or 10-3'))('%j THEN two tallies are the same: the vote answers', (question) => {
    expect(understandQuestion(question).restated).toBe('9-4 or 10-3');
    expect(first(question)).toBe(VOTE);
  });

  it('THEN a span of years is no tally', () => {
    expect(understandQuestion('what did the council spend in 2023-24').plain).toContain('2023-24');
  });
});

describe('GIVEN a day typed after the noun asked by', () => {
  it('THEN weekdays clipped as calendars clip them are spelled out, and "sun" or "wed" are left as words', () => {
    const spelled = (text: string) => spellOutShorthand(text.split(' ')).join(' ');
    expect(spelled('pier vote tally tues')).toBe('pier vote tally tuesday');
    expect(spelled('the thurs meeting, fri or weds')).toBe('the thursday meeting, friday or wednesday');
    expect(spelled('they wed in the sun')).toBe('they wed in the sun');
  });

  it.each(bothCasings('council pier vote tally tues'))('%j THEN it asks for the count, on that day', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'how-many', frame: 'tally' });
    expect(first(question)).toBe(VOTE);
  });
});

describe('GIVEN a question asking whom something is for', () => {
  it.each(bothCasings("olsen wants like 3 mil more from the council, who's that money for exactly"))('%j THEN a place answers it as well as a person', (question) => {
    expect(understandQuestion(question).expects).toEqual(['person', 'organisation', 'place']);
    expect(first(question)).toBe(REQUEST);
  });

  it('THEN "who gets", "who is it aimed at" and "who paid for" ask the same, and "who is the mayor" does not', () => {
    for (const question of ['who gets the grant', 'who is it aimed at', 'who paid for the dinner']) expect(understandQuestion(question).expects, question).toContain('place');
    expect(understandQuestion('who is the mayor').expects).toEqual(['person', 'organisation']);
  });
});

describe('GIVEN a question pointing back to what was told, with an impression after it', () => {
  it.each(bothCasings('so brenn went to lindvik n sat down w olsen... how long did that go on for, sounded like foreverrr 😅'))(
    '%j THEN "go on for" asks how long it lasted, the impression names nothing, and the visit told is what "that" is',
    (question) => {
      const read = understandQuestion(question);
      expect(read.plain).toContain('last');
      expect(read.plain).toContain('brenn');
      expect(read.plain).not.toContain('sounded');
      expect(first(question)).toBe(LENGTH);
    },
  );

  it('THEN "drag on" and "keep going" ask the same, and "go on" outside a how-long question is left', () => {
    expect(understandQuestion('how long will the strike drag on').plain).toBe('how long will the strike last');
    expect(understandQuestion('how long did the talks keep on going for').plain).toBe('how long did the talks last');
    expect(understandQuestion('what did he go on about').plain).toBe('what did he go on about');
  });
});

describe('GIVEN a named treaty asked with a word of its age', () => {
  it.each(bothCasings("where'd they sign the og nct treaty back in 50"))("%j THEN 'original' says which one, no part of its name: with the treaty's abbreviation the question is answered", (question) => {
    expect(first(question)).toBe(CEREMONY);
  });

  it.each(bothCasings('where did they sign the og coastal treaty'))("%j THEN so it is with the treaty's own last words", (question) => {
    expect(first(question)).toBe(CEREMONY);
  });
});

describe('GIVEN a number joined to a unit of time or measure', () => {
  it.each(bothCasings('how many towns r in the coastal league rn'))('%j THEN "a two-day meeting" counts days, no towns: the question is declined', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('how many days does the league meeting last'))('%j THEN it still counts the days', (question) => {
    expect(first(question)).toBe(HOSTING);
  });
});

describe('GIVEN a question asking which of two did something', () => {
  it.each([...bothCasings('did tarnby or vesta send the lantern system'), 'was it vesta or tarnby that sent the lantern system'])('%j THEN it asks who did, the two named only helping', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who' });
    expect(first(question)).toBe(LANTERN_SYSTEM);
  });

  it.each(bothCasings('did olsen or dahl announce the lantern package'))('%j THEN a sentence naming one of two people offered answers it', (question) => {
    expect(understandQuestion(question)).toMatchObject({ kind: 'who', restated: 'olsen or dahl' });
    expect(first(question)).toBe(LANTERN_PACKAGE);
  });

  it('THEN two qualities, two directions or "more or less" are no two doers', () => {
    for (const question of ['is the grant good or bad for lindvik', 'did they vote for or against the grant', 'did more or less than half arrive']) {
      expect(understandQuestion(question).kind, question).toBe('yes-no');
    }
  });
});
