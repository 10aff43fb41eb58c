// A month named before a noun ("the june package") dates it, as "in June" does: the package of
// the article from June answers, though no sentence writes the word "June".
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const JUNE = 'The council approved a $5 million harbour package on Tuesday.';

const { first } = coverageForTests({
  'june.md': ['---\ntitle: Harbour money\npublisher: Valley Weekly\npublished: 2025-06-10\n---', JUNE, 'The mayor welcomed the decision.'].join('\n\n'),
  'september.md': ['---\ntitle: Road money\npublisher: Valley Weekly\npublished: 2025-09-02\n---', 'The council approved a $7 million road package on Monday.', 'Work starts next spring.'].join('\n\n'),
});

describe('GIVEN two packages reported in June and in September', () => {
  it.each(bothCasings('How much was the June package?'))('%j THEN the June one answers', (question) => {
    expect(first(question)).toBe(JUNE);
  });
});
