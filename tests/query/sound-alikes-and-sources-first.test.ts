// Words chat types for others that sound the same, and where a question says it read what it asks:
// "whose" for "who's" before a determiner or a name the coverage knows (never before a thing: "whose
// idea was it" keeps its owner), "were" for "where" before a subject and its own verb; the source
// named first without a comma ("according to the harbour briefing what share …"), and "does it say
// anything about where …", whose question starts at its question word; "whose quote is …" asks who
// said it, and a short quotation whose speaker the sentence before names answers that.

import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';
import { VALLEY_NOTES } from '../helpers/valley-notes.js';

const MINISTER = 'Harbour Minister Ada Lindqvist, a former ferry captain, works for the regional council in Tarnby.';
const CRANES_FROM = 'Lindqvist said the two new cranes would come from old stock in Rotterdam.';
const GRANT_SHARE = 'Mayor Lena Holt said the port has paid out 60% of the harbour grant it promised this year.';
const NOT_STOPPING = '"We are not stopping the repairs," Holt said.';
const GOING_FASTER = '"We are going faster."';
const PIER_IDEA = 'The pier repair was first proposed by the fishermen of Tarnby in 2019.';

const { facts, firstOrDecline: first } = coverageForTests({
  'harbour.md': ['---\ntitle: Harbour board approves budget\npublisher: Valley Post\npublished: 2025-03-04\n---', MINISTER, CRANES_FROM, GRANT_SHARE, `${NOT_STOPPING} ${GOING_FASTER}`, PIER_IDEA].join('\n\n'),
  'notes.md': VALLEY_NOTES,
});

const answer = (question: string) => answerLine(question, facts());

describe('GIVEN "whose" typed for "who\'s"', () => {
  it.each(['whose ada lindqvist, like who does she work for', 'whose lindqvist', 'Whose Ada Lindqvist?'])('%j THEN a known person\'s name after it asks who she is', (question) => {
    expect(answer(question).items).toEqual(answer('who is ada lindqvist').items);
    expect(first(question)).not.toMatch(/^declined/u);
  });

  it('THEN a determiner after it asks who holds the post', () => {
    expect(plainForm('whose the harbour minister')).toBe('who is the harbour minister');
    expect(first('whose the harbour minister')).toBe(MINISTER);
  });

  it('THEN "whose" before a thing still asks whose it is', () => {
    expect(plainForm('whose idea was the pier repair')).toBe('whose idea was the pier repair');
    expect(first('whose idea was the pier repair')).toBe(PIER_IDEA);
  });
});

describe('GIVEN "were" typed for "where"', () => {
  it.each([
    'does it say anything about were the new cranes are coming from',
    'were are the new cranes coming from',
  ])('%j THEN a subject with its own verb after it asks where', (question) => {
    expect(first(question)).toBe(CRANES_FROM);
  });

  it.each([
    ['were the new cranes are coming from', 'where the new cranes are coming from'],
    ['were is the harbour', 'where is the harbour'],
    ['were the cranes paid for', 'were the cranes paid for'],
    ['were they there when it was signed', 'were they there when it was signed'],
  ])('%j THEN reads as %j', (typed, read) => {
    expect(plainForm(typed)).toBe(read);
  });
});

describe('GIVEN the source named first and no comma before the question', () => {
  it.each([
    ...bothCasings('According to the harbour briefing, what percent of the grant has the port paid so far?'),
    'according to the harbour briefing what percent of the grant has the port paid so far',
    'going by the mayors briefing what percent of the grant has the port paid so far',
  ])('%j THEN the share is answered, though no sentence says "briefing"', (question) => {
    expect(first(question)).toBe(GRANT_SHARE);
  });

  it('THEN a source described by no "-ing" word or owner stays part of the question ("according" itself describes nothing)', () => {
    expect(understandQuestion('according to the harbour call, how much did the port pay').told).toBeUndefined();
    expect(understandQuestion('according to the harbour briefing, how much did the port pay').told).toBe('according to the harbour briefing');
  });

  it('THEN "according to" someone, with no word describing a source, still names who tells', () => {
    expect(first('according to holt what percent of the grant has the port paid so far')).toBe(GRANT_SHARE);
    expect(first('according to nygaard what percent of the grant has the port paid so far')).toMatch(/^declined/u);
  });
});

describe('GIVEN "does it say anything about" before the question', () => {
  it.each(['does it say anything about where the new cranes are coming from', 'does the coverage mention where the cranes come from'])('%j THEN the question after it is what is asked', (question) => {
    expect(first(question)).toBe(CRANES_FROM);
  });
});

describe('GIVEN who said a few words the coverage quotes right after naming the speaker', () => {
  it.each([...bothCasings('Who said we are going faster?'), 'whose quote is we are going faster', "who's words were we are going faster"])('%j THEN the short quotation answers, with its speaker', (question) => {
    const answered = answer(question);
    expect(answered.abstained).toBe(false);
    expect(answered.items[0]?.text).toContain(GOING_FASTER);
    expect(JSON.stringify(answered)).toContain('Lena Holt');
  });
});
