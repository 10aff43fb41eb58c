// "Until when" asks for the end of a span: a date ("until June 2026") or its end in words ("until
// the council's term ends"). Read as a bare "when", a sentence giving the end in words was declined
// for stating no date.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const UNTIL = "Berg said the Quellmark ferry subsidy will remain in place until the council's term ends.";

const { facts } = coverageForTests({
  'ferry.md': ['---\ntitle: Ferry subsidy kept\npublisher: Coast Courier\npublished: 2025-05-09\n---', UNTIL, 'Fares rose by a fifth last year.'].join('\n\n'),
});

describe('GIVEN a subsidy kept until the end of a term', () => {
  it.each([...bothCasings('Until when will the ferry subsidy stay?'), 'ferry subsidy till when'])('%j THEN the sentence ending it in words answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message).toBe(false);
    expect(answer.items[0]?.text).toBe(UNTIL);
  });
});
