// "What did the fisheries minister say", "what did zorvia's top diplomat say": a speaker asked by
// role, or by an epithet for it, is whoever the coverage gives that role, speaking under their own
// name ("Fisheries Minister Ingrid Vos said …"); a role no one holds is not answered with someone else's words.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const QUOTA = 'Pellonian Fisheries Minister Ingrid Vos said the cod quota would rise next year.';
const HARBOUR = 'Mayor Haraldsen said the harbour would reopen in spring.';
const { facts } = coverageForTests({
  'quota.md': ['---\ntitle: Quotas\npublisher: Valley Weekly\npublished: 2025-09-01\n---', HARBOUR, QUOTA, 'Boats from Lindvik were kept in port by the storm.'].join('\n\n'),
});

describe('GIVEN a minister named by a field title the coverage writes before the name', () => {
  it.each(bothCasings('What did the fisheries minister say?'))('%j THEN the role\'s holder speaking answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(QUOTA);
  });

  it('"what did the transport minister say" (a role no one holds) THEN it declines', () => {
    expect(answerLine('what did the transport minister say', facts()).abstained).toBe(true);
  });
});

describe('GIVEN a secretary whose department the question names by another of its names', () => {
  const VISIT = 'Secretary of Defense Ingrid Vos said during a visit to Lindvik that the harbour would stay open.';
  const { facts: visit } = coverageForTests({
    'visit.md': ['---\ntitle: Visit\npublisher: Valley Weekly\npublished: 2025-09-01\n---', 'Mayor Haraldsen said the harbour would reopen in spring.', VISIT, 'Pentagon officials toured the harbour.'].join('\n\n'),
  });
  it.each(bothCasings('What did the Pentagon chief say in Lindvik?'))('%j THEN the Secretary of Defense speaking answers: the Pentagon is the Department of Defense', (question) => {
    const answer = answerLine(question, visit());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(VISIT);
  });
});

describe('GIVEN a speaker asked by an epithet of their role ("zorvia\'s top diplomat")', () => {
  const THANKS = 'Zorvian Foreign Minister Ada Lund thanked Pellonia, writing that the ferries "will keep the islands fed."';
  const OTHER = 'Mayor Haraldsen said the ferries would sail from Lindvik.';
  const { facts: ferries } = coverageForTests({
    'ferries.md': ['---\ntitle: Ferries\npublisher: Valley Weekly\npublished: 2025-09-01\n---', OTHER, THANKS, 'The ferries left Lindvik on Monday.'].join('\n\n'),
  });
  it.each(bothCasings("What did Zorvia's top diplomat say about the ferries?"))('%j THEN the holder of the role it stands for speaking answers', (question) => {
    const answer = answerLine(question, ferries());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(THANKS);
  });
});
