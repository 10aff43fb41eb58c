// A surname alone names the person asked for when the coverage never writes it after another
// given name: "Varn was born in 1961" answers "when was ilse varn born" if every Varn the
// coverage names is Ilse Varn, and not when it also names a Tomas Varn.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const BORN = 'Varn was born in 1961 in a village on the northern coast.';
const article = (name: string, body: readonly string[]) => [`---\ntitle: ${name}\npublisher: Valley Weekly\npublished: 2025-06-01\n---`, ...body].join('\n\n');
const profile = article('Harbour profile', [
  'The new harbour master grew up among fishing boats.',
  BORN,
  'Her brother was born in the capital, and both her children were born abroad.',
  'Most of the crews were born in the valley.',
]);
const ilse = article('Harbour board', ['Ilse Varn opened the harbour board meeting on Monday.', 'The pier repairs Ilse Varn ordered would finish in spring.']);
const tomas = article('Fishing fleet', ['Tomas Varn kept the fleet in port until the storm passed.']);

describe('GIVEN a sentence naming only the surname Varn', () => {
  const sole = coverageForTests({ 'profile.md': profile, 'ilse.md': ilse });
  it.each(['when was ilse varn born', 'When was Ilse Varn born?'])('%j, every Varn in the coverage being Ilse Varn, THEN it answers', (question) => {
    const answer = answerLine(question, sole.facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(BORN);
  });

  const shared = coverageForTests({ 'profile.md': profile, 'ilse.md': ilse, 'tomas.md': tomas });
  it('AND the coverage also names a Tomas Varn THEN it is not given as the answer: that Varn may be him', () => {
    const answer = answerLine('when was ilse varn born', shared.facts());
    expect(answer.items.some((item) => item.text === BORN && item.closest !== true)).toBe(false);
  });
});
