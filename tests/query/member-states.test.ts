// News counts an organisation's countries as its "member states": "how many countries are in the
// league" is answered by "all 12 league member states", not by a sentence on "two countries".
import { describe, expect, it } from 'vitest';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const COUNT = 'Foreign ministers from all 12 league member states met in Geneva on Monday.';

const { first } = coverageForTests({
  'league.md': [
    '---\ntitle: League ministers meet\npublisher: Valley Weekly\npublished: 2025-02-01\n---',
    COUNT,
    'The envoy said the two countries would keep talking about the border.',
    'The league countries agreed to meet again in the spring.',
    'The league secretary said the talks were useful.',
  ].join('\n\n'),
});

describe('GIVEN a count of the league\'s member states', () => {
  it.each(bothCasings('How many countries are in the league?'))('%j THEN that sentence answers', (question) => {
    expect(first(question)).toBe(COUNT);
  });
});
