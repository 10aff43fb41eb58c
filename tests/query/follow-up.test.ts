// Follow-ups read by their English form and rewritten against the previous question: the new
// element takes the place of the previous question's element of the same kind.
import { describe, expect, it } from 'vitest';
import { readFollowUp, remembered, takenAs } from '../../src/query/follow-up.js';
import { elementsOf } from '../../src/query/question-elements.js';
import type { RouterContext } from '../../src/query/route-question.js';

const context: RouterContext = {
  people: [
    { name: 'Marta Lindqvist', aliases: [] },
    { name: 'Erik Haraldsen', aliases: [] },
  ],
  donors: [],
};

/** What `line` stands for after `previous`, or null when it is a question of its own. */
function after(previous: string, line: string): string | null {
  const followUp = readFollowUp(line);
  return followUp === null ? null : takenAs(followUp, remembered(previous, context), context);
}

describe('GIVEN a short line after a question', () => {
  it.each([
    ['and chile', { element: 'chile', preposition: null, bare: false }],
    ['what about chile', { element: 'chile', preposition: null, bare: false }],
    ['how about chile?', { element: 'chile', preposition: null, bare: false }],
    ['and what about Chile', { element: 'Chile', preposition: null, bare: false }],
    ['same for 2023', { element: '2023', preposition: null, bare: false }],
    ['and in 2023', { element: '2023', preposition: 'in', bare: false }],
    ['and to peru', { element: 'peru', preposition: 'to', bare: false }],
    ['chile', { element: 'chile', preposition: null, bare: true }],
    ['marta lindqvist', { element: 'marta lindqvist', preposition: null, bare: true }],
  ])('%j THEN it reads as a follow-up adding %j', (line, expected) => {
    expect(readFollowUp(line)).toEqual(expected);
  });

  it.each([
    'how much has chile given',
    'and how much has chile given',
    'who is haraldsen',
    'did chile send aid',
    'and did chile send aid',
    'and chile sent engineers',
    'tell me about chile',
    'and chile norway peru argentina brazil uruguay',
  ])('%j THEN it is a question of its own', (line) => {
    expect(readFollowUp(line)).toBeNull();
  });

  it('THEN capitals and punctuation change nothing', () => {
    expect(readFollowUp('AND CHILE?')).toEqual({ ...readFollowUp('and chile'), element: 'CHILE' });
    expect(after('How much aid has Norway given?', 'What about Chile?')).toBe('How much aid has Chile given');
    expect(after('how much aid has norway given', 'what about chile')).toBe('how much aid has chile given');
  });
});

describe('GIVEN the previous question names a place, a person or a period', () => {
  it('THEN the elements are read by kind, a place with its "the" and each with its preposition', () => {
    expect(elementsOf('how much aid did the netherlands give to peru in 2023', context)).toEqual([
      { kind: 'place', text: 'the netherlands', preposition: null },
      { kind: 'place', text: 'peru', preposition: 'to' },
      { kind: 'period', text: '2023', preposition: 'in' },
    ]);
    expect(elementsOf('what did lindqvist say about the bridges', context)).toEqual([{ kind: 'person', text: 'lindqvist', preposition: null }]);
    // "us" is the country where a subject stands, the pronoun after a verb.
    expect(elementsOf('how much aid has the us given', context)).toEqual([{ kind: 'place', text: 'the us', preposition: null }]);
    expect(elementsOf('tell us about lindqvist', context)).toEqual([{ kind: 'person', text: 'lindqvist', preposition: 'about' }]);
  });

  it.each([
    ['how much aid has norway given', 'and chile', 'how much aid has chile given'],
    ['how much aid has norway given', 'and the united states', 'how much aid has the united states given'],
    ['what did lindqvist say about the bridges', 'and haraldsen', 'what did haraldsen say about the bridges'],
    ['who is marta lindqvist', 'erik haraldsen', 'who is erik haraldsen'],
    ['how much aid did norway give in 2022', 'same for 2023', 'how much aid did norway give in 2023'],
    ['how much aid has norway given since 2022', 'same for 2020', 'how much aid has norway given since 2020'],
    ['how much aid has norway given', 'same for 2023', 'how much aid has norway given in 2023'],
    ['how much aid has norway given to peru', 'and to bolivia', 'how much aid has norway given to bolivia'],
    ['how much aid has norway given to peru', 'chile in 2023', 'how much aid has chile given to peru in 2023'],
    ['what did lindqvist say about the bridges', 'and about the roads', 'what did lindqvist say about the roads'],
    ['what did lindqvist say about floods', 'and droughts', 'what did lindqvist say about droughts'],
  ])('%j then %j THEN it stands for %j', (previous, line, expected) => {
    expect(after(previous, line)).toBe(expected);
  });

  it.each([
    // A fragment must swap an element of its own kind.
    ['how much aid has norway given', 'haraldsen'],
    ['who is lindqvist', 'chile'],
    ['who is lindqvist', '2023'],
    // An element of another kind with no word for how it relates.
    ['how much aid has norway given', 'and haraldsen'],
    // More than elements: "engineers in chile" asks something new.
    ['how much aid has norway given', 'engineers in chile'],
  ])('%j then %j THEN nothing sensible can be built: it is a question of its own', (previous, line) => {
    expect(after(previous, line)).toBeNull();
  });
});

describe('GIVEN a follow-up that names a new topic with its own "the"', () => {
  it('THEN it takes the previous topic\'s place with one "the", not two', () => {
    expect(after('who paid for the harbour repairs', 'and the ferry fund?')).toBe('who paid for the ferry fund');
    expect(after('who paid for harbour repairs', 'and the ferry fund?')).toBe('who paid for the ferry fund');
  });
});
