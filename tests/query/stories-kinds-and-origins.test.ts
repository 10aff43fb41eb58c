// Questions as chat puts them: the kind of place asked for before a name ("which cities nygaard
// said …", "name the cities …"), a short form's full name where the coverage never writes the
// letters ("what does eu stand for"), a story named by what it tells rather than by its headline
// ("in the crane story …"), a dictated "where from" question with a second one run on, and "no"
// asked for as a vote, though the coverage capitalises it in "No. 3"; what something is meant to
// achieve ("whats the goal of", "what are they hoping to get out of").

import { describe, expect, it } from 'vitest';
import { writtenAsName } from '../../src/query/written-as-name.js';
import { sourceReference } from '../../src/query/source-reference.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const VOTE = 'The harbour board members voted 7 to 2 on Monday to approve the budget plan.';
const CHEAPEST = '"The No. 3 plan is the cheapest we have seen," Mayor Lena Holt said.';
const CRANES_FROM = 'Harbour Minister Ada Lindqvist said the two new cranes would come from old stock in Tarnby.';
const CRANES_PAID = 'The cranes will be paid for by the port authority, Lindqvist added.';
const PIER_MONEY = 'The European Union has promised 2 million crowns to repair the old pier.';
const GRANT_PAID = 'The harbour grant will be paid out in May, before the winter timetable starts.';
const GRANT_AIM = 'The harbour grant aims to keep the ferry running through the winter.';
const TIMETABLE = 'Ferry chief Ola Nygaard said the new timetable would help Hamburg and Rotterdam most.';
const INSPECTORS = 'The United Kingdom will send two inspectors to check the ferries in April.';

const { facts, firstOrDecline: first } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour board approves budget\npublisher: Valley Post\npublished: 2025-03-04\n---', VOTE, CHEAPEST, CRANES_FROM, CRANES_PAID, PIER_MONEY, GRANT_PAID, GRANT_AIM].join('\n\n'),
  'ferries.md': ['---\ntitle: Ferry timetable changes\npublisher: Coastal Gazette\npublished: 2025-03-05\n---', TIMETABLE, INSPECTORS].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a kind of place asked for right before the name of the one who told of them', () => {
  it.each([
    ...bothCasings('Which cities Nygaard said the timetable would help?'),
    ...bothCasings('Name the cities Nygaard said the timetable would help'),
    'name the cities nygaard said the timetable would help pls',
  ])('%j THEN the sentence naming them answers, though the coverage never says "cities"', (question) => {
    expect(first(question)).toBe(TIMETABLE);
  });
});

describe('GIVEN a short form people type whose full name the coverage writes, never the letters', () => {
  it.each([
    [bothCasings('What does EU stand for?'), PIER_MONEY],
    [bothCasings('what does uk stand for'), INSPECTORS],
  ])('%j THEN the sentence writing the full name answers', (questions, answer) => {
    for (const question of questions) expect(first(question)).toBe(answer);
  });

  it('THEN letters that stand for nothing the coverage writes are still declined', () => {
    expect(first('what does fra stand for')).toMatch(/^declined: /u);
  });
});

describe('GIVEN a story named by what it tells, not by its headline', () => {
  it.each(bothCasings('In the crane story, who is paying for them?'))('%j THEN it is answered from the article telling of cranes', (question) => {
    expect(first(question)).toBe(CRANES_PAID);
  });

  it('THEN a story telling of something no article has is still no article of the coverage', () => {
    expect(first('in the zeppelin story who is paying for them')).toBe('declined: No article in the coverage matches “in the zeppelin story”.');
  });

  it('THEN a story asked about as the subject is asked about, not read as a source', () => {
    expect(sourceReference('what is the crane story', facts())).toBeNull();
  });
});

describe('GIVEN a dictated "where from" question with a second question run on after it', () => {
  it.each([
    'um so basically like where are the cranes coming from are they buying new ones or what',
    'where are the new cranes coming from are they new or old',
  ])('%j THEN the sentence saying where they come from answers', (question) => {
    expect(first(question)).toBe(CRANES_FROM);
  });
});

describe('GIVEN "No." capitalised before a number, and a vote', () => {
  it.each([...bothCasings('How many voted no?'), 'how many members voted no'])('%j THEN the vote answers: "no" is no name', (question) => {
    expect(first(question)).toBe(VOTE);
  });

  it('THEN a function word is never taken for a name, however the coverage capitalises it', () => {
    expect(writtenAsName('no', facts())).toBe(false);
    expect(writtenAsName('holt', facts())).toBe(true);
  });
});

describe('GIVEN what a grant is for, beside when it is paid', () => {
  it.each([
    ...bothCasings("What's the goal of the harbour grant?"),
    "whats the board's main goal with the harbour grant",
    'what are they hoping to get out of the harbour grant',
    'what do they want to achieve with the harbour grant',
  ])('%j THEN the sentence on its aim answers first', (question) => {
    expect(first(question)).toBe(GRANT_AIM);
  });

  it('THEN when it is paid is still asked of when, not of its aim', () => {
    expect(first('when will the harbour grant be paid out')).toBe(GRANT_PAID);
  });
});
