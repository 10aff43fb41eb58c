// "Should …" asks for a judgement the coverage cannot make: it answers with who says what should
// or must be done, and declines when no one in the coverage says so.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const VIEW = 'Mayor Haraldsen said the council must keep funding the Lindvik ferry through the winter.';
const { facts } = coverageForTests({
  'ferry.md': [
    '---\ntitle: Ferry budget\npublisher: Valley Weekly\npublished: 2025-02-03\n---',
    'The council has funded the Lindvik ferry since 2019.',
    'The Lindvik ferry carried 40,000 passengers last year.',
    VIEW,
  ].join('\n\n'),
  'bridge.md': ['---\ntitle: Bridge works\npublisher: Valley Weekly\npublished: 2025-02-04\n---', 'The council has funded the Ostrand bridge works since 2021.', 'The Ostrand bridge carried 9,000 cars a day last year.'].join('\n\n'),
});

describe('GIVEN a "should" question', () => {
  it.each(['should the council keep funding the lindvik ferry', 'Should the council keep funding the Lindvik ferry?'])('%j THEN the sentence saying what should be done leads', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(VIEW);
  });

  it('GIVEN no one in the coverage says what should be done THEN it declines rather than offering facts as the answer', () => {
    const answer = answerLine('should the council keep funding the ostrand bridge', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/what should be done/iu);
  });
});
