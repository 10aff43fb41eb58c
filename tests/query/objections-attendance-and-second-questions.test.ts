// What is held against something ("whats the problem with …", "any pushback on …", "did anyone
// object"), who was at a meeting ("who attended" answered by who convened), a thing named with the
// clause that says which ("the cranes the port bought"), and a second question typed after the
// first: who tells it (", what town hall say"), whom someone meets next, or whether anyone pushed
// back, comma or none; chat's "where they meeting" without its "are".

import { describe, expect, it } from 'vitest';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const CRANES_BOUGHT = 'The port bought two new cranes from Rotterdam in March.';
const CRANES_CONTESTED = 'The new cranes are highly contested because of their noise at night.';
const FERRY_BOUGHT = 'The port authority bought a second ferry in order to keep the island route open.';
const CRANES_PAID = 'The town hall says the port paid €4 million for the new cranes.';
const REPAIRS_PAID = 'Mayor Lena Holt says the port has paid €3 million for pier repairs so far.';
const TOLL_ASKED = 'The bridge toll was approved in response to a request from the ferry company.';
const TOLL_PROTEST = 'Fishermen protested against the bridge toll outside the town hall on Friday.';
const MEETING_SOON = 'The harbour meeting in Tarnby is the last one before the summer timetable.';
const MEETING_CONVENED = 'Ministers from five coastal towns are convening in Tarnby for the harbour meeting.';

const { firstOrDecline: first } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour board spends on the port\npublisher: Valley Post\npublished: 2025-03-04\n---', CRANES_BOUGHT, CRANES_CONTESTED, CRANES_PAID, REPAIRS_PAID].join('\n\n'),
  'toll.md': ['---\ntitle: Bridge toll approved\npublisher: Coastal Gazette\npublished: 2025-03-06\n---', TOLL_ASKED, TOLL_PROTEST, FERRY_BOUGHT].join('\n\n'),
  'meeting.md': ['---\ntitle: Harbour towns meet\npublisher: Coastal Gazette\npublished: 2025-03-07\n---', MEETING_SOON, MEETING_CONVENED].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

describe('GIVEN a question on what is held against something', () => {
  it.each([
    ...bothCasings("What's the problem with the new cranes?"),
    'whats wrong with the new cranes',
    'whats the big fuss about the new cranes',
  ])('%j THEN the sentence giving the objection answers, though no sentence says "problem"', (question) => {
    expect(first(question)).toBe(CRANES_CONTESTED);
  });
});

describe('GIVEN a thing named with the clause that says which', () => {
  it.each(['why is everyone so upset about the cranes the port bought', 'why are the cranes the port bought such a problem'])(
    '%j THEN a sentence on the thing answers, not one with only the clause\'s words and a reason',
    (question) => {
      expect(first(question)).toBe(CRANES_CONTESTED);
    },
  );
});

describe('GIVEN a question asking whether anyone opposed something', () => {
  it.each([
    ...bothCasings('Did anyone object to the bridge toll?'),
    'any pushback on the bridge toll',
    'were there any protests about the bridge toll',
    'the bridge toll getting approved, did anyone push back on that',
    'the bridge toll getting approved did anyone push back on that',
  ])('%j THEN the sentence telling of the protest answers, not one with "in response to"', (question) => {
    expect(first(question)).toBe(TOLL_PROTEST);
  });

  it('THEN the opposing word is the question\'s frame, no topic the coverage must name', () => {
    expect(understandQuestion('did anyone object to the bridge toll')).toMatchObject({ kind: 'yes-no', expects: ['opposition'], frame: 'object' });
  });
});

describe('GIVEN who attended a meeting', () => {
  it.each(bothCasings('Who attended the harbour meeting in Tarnby?'))('%j THEN those convening for it answer', (question) => {
    expect(first(question)).toBe(MEETING_CONVENED);
  });
});

describe('GIVEN a second question typed after the first', () => {
  it('THEN who tells it only helps: "what town hall say" asks for no town', () => {
    const question = understandQuestion('how much money port is pay for the cranes, what town hall say');
    expect(question).toMatchObject({ kind: 'how-much', restated: 'what town hall say' });
    expect(first('how much money port is pay for the cranes, what town hall say')).toBe(CRANES_PAID);
  });

  it('THEN whom someone meets next restates what they do next', () => {
    expect(understandQuestion('what did holt do after the vote, who is she meeting next')).toMatchObject({ kind: 'what', restated: 'who is she meeting next' });
  });

  it('THEN a who-question naming someone new asks anew, its words no mere help', () => {
    const question = understandQuestion('what did holt say after the vote, who does the mayor want to act');
    expect(question.restated).toBeUndefined();
    expect(question.plain).toContain('who does the mayor want to act');
  });
});

describe('GIVEN a question word and a pronoun before a verb\'s -ing form, with no "is" or "are"', () => {
  it.each([
    ['where they meeting', 'where are they meeting'],
    ['so what she saying about the toll', 'what is she saying about the toll'],
    ['what holt do after the vote, who he meeting next', 'what holt do after the vote'],
    ['what they bring', 'what they bring'],
    ['where they morning', 'where they morning'],
  ])('%j THEN reads as %j', (typed, read) => {
    expect(plainForm(typed)).toBe(read);
  });
});
