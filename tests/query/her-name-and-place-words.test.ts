// "…, whats her name" asks for a person. A city the question puts a forum in ("in houston") is no
// one's surname there, though the coverage knows a Senator Mara Houston: read as her, it asked for
// a sentence naming her. "The capital city of pellonia" asks for its capital, as "the capital of" does.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { understandQuestion } from '../../src/query/question.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';

const ANNOUNCED = 'Pellonian Harbour Minister Ana Holm announced on Monday that Pellonia will give Lindvik a new ferry package.';
const CAPITAL = 'Lindvik, the capital of Pellonia, hosted the ferry talks on Tuesday.';
const ZORVIA = 'Zorvia sent two ferries to the talks.';
const HOUSTON = 'Senator Mara Houston said the new boats were safer.';
const HOUSTON_AGAIN = 'Houston added that the crews had trained for a month.';

const { facts } = coverageForTests({
  'ferries.md': ['---\ntitle: Pellonia pledges ferry package\npublisher: Coastal Gazette\npublished: 2024-11-26\n---', ANNOUNCED, HOUSTON, HOUSTON_AGAIN, CAPITAL, ZORVIA].join('\n\n'),
});

describe('"whats her name"', () => {
  it('reads as asking for a person', () => {
    expect(understandQuestion('holm talked about her first teacher, whats her name').expects).toEqual(['person']);
  });
});

describe('a lone word the question reads as a place', () => {
  it('"… the ferry forum in houston …" THEN "houston" is no person asked about', () => {
    const { concepts } = analyseQuery('holm at the ferry forum in houston talked about her first teacher, whats her name', facts());
    expect(concepts.find((concept) => concept.term === 'houston')?.person).toBeUndefined();
  });

  it('"what did houston say about the new boats" THEN the senator is still asked about', () => {
    const { concepts } = analyseQuery('what did houston say about the new boats', facts());
    expect(concepts.find((concept) => concept.term === 'houston')?.person).toBe('mara-houston');
  });
});

describe('"the capital city of …"', () => {
  it('"what is the capital city of pellonia" THEN the sentence naming its capital answers', () => {
    expectAnsweredFirst(facts(), 'what is the capital city of pellonia', CAPITAL);
  });

  it('"whats the capital city of zorvia" THEN declined: the coverage names Zorvia, never its capital', () => {
    const answer = answerLine('whats the capital city of zorvia', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('capital of zorvia');
  });
});
