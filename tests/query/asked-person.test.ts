// Who a question asks about, and what a sentence must say of them itself: "which senator …" asks
// for someone the sentence itself calls a senator; "did zorvia sign …" is answered by a sentence saying
// what Zorvia did, not by one naming Zorvia beside a neighbour on what others did; "the pellonian
// prime ministers name" asks for a name, which a sentence on the office alone does not give.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { asksForName, understandQuestion } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PASSED = 'The Senate passed the harbour bill on Monday after a long delay.';
const BERG = 'Harbour Minister Tor Berg said the harbour bill was held up for too long.';
const WHITE = 'Senator Ada White opened the ferry fair in Lindvik.';
const NEITHER = 'Neither Pellonia nor Quellmark has signed the Lindvik Treaty on sea mines.';
const ASKING = 'After the floods, Zorvia began asking for patrol boats.';
const PRIME = 'The prime minister of Pellonia called for more patrol boats on Monday.';
const { facts } = coverageForTests({
  'senate.md': ['---\ntitle: Senate votes\npublisher: Valley Weekly\npublished: 2025-03-04\n---', PASSED, BERG].join('\n\n'),
  'ferry.md': ['---\ntitle: Ferry fair\npublisher: Valley Weekly\npublished: 2025-03-11\n---', WHITE].join('\n\n'),
  'sea.md': ['---\ntitle: Sea mines\npublisher: Coastal Gazette\npublished: 2025-04-01\n---', `${NEITHER} ${ASKING}`, PRIME].join('\n\n'),
});

const answerOf = (question: string) => {
  const answer = answerLine(question, facts());
  return { abstained: answer.abstained, first: answer.items[0]?.text, why: answer.message ?? '' };
};

describe('GIVEN "which <title>" asking for a person', () => {
  it.each(bothCasings('which senator opened the ferry fair'))('%j THEN the senator named answers', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(WHITE);
  });

  it.each(bothCasings('which senator held up the harbour bill'))('%j THEN a minister speaking of it does not: no senator is named', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
  });
});

describe('GIVEN a yes/no question about what its subject did', () => {
  it.each(bothCasings('did zorvia ever sign the lindvik treaty'))('%j THEN a sentence naming Zorvia beside one on others\' signing does not answer', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
  });

  it.each(bothCasings('has quellmark signed the lindvik treaty'))('%j THEN the sentence on its signing does', (question) => {
    const { abstained, first, why } = answerOf(question);
    expect(abstained, why).toBe(false);
    expect(first).toBe(NEITHER);
  });
});

describe('GIVEN a name asked with a possessive', () => {
  it('THEN the name itself is asked for, however the possessive is typed', () => {
    for (const typed of ["whats the pellonian prime minister's name", 'whats the pellonian prime ministers name', 'the pms name']) expect(asksForName(understandQuestion(typed))).toBe(true);
    expect(asksForName(understandQuestion('what is the name'))).toBe(false);
  });

  it.each(bothCasings('whats the pellonian prime ministers name'))('%j THEN a sentence on the office that names no one does not answer', (question) => {
    const { abstained, why } = answerOf(question);
    expect(abstained, why).toBe(true);
  });
});
