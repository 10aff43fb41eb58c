// A word the coverage never uses, inside a phrase the coverage writes with another word in its
// place ("presidential drawdown packages" / "presidential aid packages"), is the user's word for
// that one; a word in no such phrase ("patriot missiles") is still something the coverage lacks.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { slotFillers } from '../../src/query/phrase-slots.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const ANSWER = 'Both annual harbour festivals will continue until the council ends its term in 2030.';
const ARTICLE = [
  '---\ntitle: Festival plans\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  ANSWER,
  'The council ordered guided missiles for the coast guard, officials said.',
  'Tourism in the valley grew by a third last summer.',
  'The mayor said the new ferry would run every hour.',
].join('\n\n');

const { facts } = coverageForTests({ 'festival.md': ARTICLE });

describe('GIVEN coverage that writes "annual harbour festivals"', () => {
  it.each(bothCasings('How long will the annual Zorblat festivals continue?'))('%j THEN the unknown word stands for "harbour" and the sentence answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(ANSWER);
  });

  it('GIVEN the unknown word in that phrase THEN the coverage\'s word in its place is found, and nothing for a word outside such a phrase', () => {
    expect([...(slotFillers('how long will the annual zorblat festivals continue', facts()).get('zorblat') ?? [])]).toEqual(['harbour']);
    expect(slotFillers('did the council order patriot missiles', facts()).size).toBe(0);
  });

  it.each([...bothCasings('How long will the Zorblat festivals continue?'), ...bothCasings('Did the council order Patriot missiles?')])(
    '%j (no phrase of the coverage vouches for the word) THEN it still declines, naming it',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained).toBe(true);
      expect(answer.message?.toLowerCase()).toMatch(/never mentions .*(zorblat|patriot)/u);
    },
  );
});
