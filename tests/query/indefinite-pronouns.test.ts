// "Why is everyone so worried about …": "everyone" is no one in particular, so a sentence that
// happens to say "everyone" is no closer to the answer, however rare the word is in the coverage.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { isStopWord } from '../../src/factbase/terms.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const REASON = 'The ferry fares are contentious because they doubled within a single year.';
const { facts } = coverageForTests({
  'ferry.md': [
    '---\ntitle: Ferry fares in Lindvik\npublisher: Harbour Post\npublished: 2025-05-02\n---',
    'Everyone on the ferry council said the fares of the Lindvik ferry were discussed by everyone for hours.',
    REASON,
    'The Lindvik ferry fares rose again in March.',
  ].join('\n\n'),
});

describe('GIVEN a reason for the ferry fares and a sentence saying "everyone" twice', () => {
  it.each([...bothCasings('Why is everyone so worried about the Lindvik ferry fares?'), 'why is everybody so upset about the ferry fares'])('%j THEN the reason leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(REASON);
  });

  it('THEN the indefinite pronouns are stop words and the negative ones are not', () => {
    expect(['everyone', 'everybody', 'anyone', 'anybody', 'someone', 'somebody', 'everything', 'anything', 'something'].filter((word) => !isStopWord(word))).toEqual([]);
    expect(['nobody', 'nothing'].filter(isStopWord)).toEqual([]);
  });
});
