// Messages as people type them in chat: a statement before the question ("saw the ferry news.
// when does it start"), a clause saying which thing is meant (", the one with the new engines"),
// pronouns run together with their verb ("itd take weeks"), idioms ("out the door"), a headline
// word for a role ("the harbour chief"), a passive "was … announced" (the words between are what
// was announced, not who spoke), a bill's name typed after its owner with a prefix apart, "cash"
// for money, "supposed to" before the verb of what is planned, "the lady who speaks for …" for a
// spokesperson, "keep running" for going on.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const START = 'The Lindvik ferry route will start on June 3, the harbour office said.';
const GRANT = 'Transport Minister Ingrid Vos announced a grant worth $4 million for the Lindvik ferries.';
const WEEKS = 'A council member said it will take weeks and months to reach a deal on the fares.';
const VISIT = 'Transport Minister Ingrid Vos said during a visit to Quellmark that the ferries would run all winter.';
const BILL = 'The council passed a bill to avoid a ferry shutdown that did not include money for Quellmark.';
const RUSH = 'The council is sending the new ferries early because the old ones keep breaking down.';
const PIER = 'The council has promised $2 million in aid to help repair the damaged pier.';
const LAUNCH = 'Transport Minister Ingrid Vos is expected to attend the ferry launch on June 5.';
const SPOKESPERSON = 'Harbour office spokeswoman Lena Marsh said the ferries were on time.';
const FUND = 'The Lindvik ferry fund will remain open until the end of the year, the council said.';
const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Ferry news\npublisher: Coastal Gazette\npublished: 2025-03-08\n---', START, GRANT, WEEKS, VISIT, BILL, RUSH, PIER, LAUNCH, SPOKESPERSON, FUND, 'The new ferries have quieter engines and wider decks.'].join('\n\n'),
});
const answered = (question: string): string | undefined => {
  const answer = answerLine(question, facts());
  return answer.abstained ? undefined : answer.items[0]?.text;
};

describe('GIVEN a message with a statement before its question', () => {
  it('THEN the question is its last sentence and the statement a lead-in', () => {
    const read = understandQuestion('saw the ferry news. when does the lindvik route start');
    expect(read.plain).toBe('when does the lindvik route start');
    expect(read.kind).toBe('when');
    expect(read.restated).toBe('saw the ferry news');
    // A question leaning on the statement for its topic is read with it.
    expect(understandQuestion('saw the ferry news. when does it start').plain).toBe('saw the ferry news. when does it start');
  });
  it('THEN two questions in one message are read together, and "u.s." breaks no sentence', () => {
    expect(understandQuestion('is the route starting? which day').plain).toBe('is the route starting? which day');
    expect(understandQuestion('how much did the u.s. give').plain).toBe('how much did the u.s. give');
  });
  it.each(bothCasings('Saw the ferry news. When does the Lindvik route start?'))('%j THEN the date leads', (question) => {
    expect(answered(question)).toBe(START);
  });
});

describe('GIVEN chat forms of a question', () => {
  it.each(bothCasings('How much was the grant Vos announced, the one for the Lindvik ferries?'))('%j THEN the grant leads: "was … announced" is passive, and the clause tells which grant', (question) => {
    expect(answered(question)).toBe(GRANT);
  });
  it.each(bothCasings('who said itd take weeks and months to reach a deal on fares'))('%j THEN "itd" is "it would", no unknown name', (question) => {
    expect(answered(question)).toBe(WEEKS);
  });
  it.each(bothCasings('What did the transport chief say during the visit to Quellmark?'))('%j THEN "chief" reads as the minister who leads it', (question) => {
    expect(answered(question)).toBe(VISIT);
  });
  it.each(bothCasings("Did the council's anti shutdown bill have any money for Quellmark?"))('%j THEN the bill is found though its owner and prefix are typed apart', (question) => {
    expect(answered(question)).toBe(BILL);
  });
  it.each(bothCasings('how much cash is the council putting toward fixing up the pier'))('%j THEN "cash" asks for a sum as "money" does', (question) => {
    expect(answered(question)).toBe(PIER);
  });
  it.each(bothCasings('When is Vos supposed to show up at the ferry launch?'))('%j THEN "supposed to" only says it is planned: the date of attending answers', (question) => {
    expect(answered(question)).toBe(LAUNCH);
  });
  it.each(bothCasings('the lady who speaks for the office, whats her name'))('%j THEN "speaks for" is its spokesperson, "lady" no topic', (question) => {
    expect(answered(question)).toBe(SPOKESPERSON);
  });
  it.each(bothCasings('how long will the lindvik ferry fund keep running'))('%j THEN "keep running" asks how long it goes on ("remain open")', (question) => {
    expect(answered(question)).toBe(FUND);
  });
  it.each(bothCasings('why is the council rushing the new ferries out the door right now'))('%j THEN "out the door" and "right now" are idioms, no unknown words', (question) => {
    expect(answered(question)).toBe(RUSH);
  });
});
