// A question that weighs two things ("who gave more, X or Y", "did X give more than Y", "which is
// bigger, A or B", "X vs Y") is answered with each side's own sentence, in the question's order,
// and says which side the coverage gives nothing for; the bot never says which is more.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { comparisonIn } from '../../src/query/comparison.js';
import { plainForm } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const PELLONIA = 'Pellonia has given $40 million in flood aid to Zorvia since the spring.';
const QUELLMARK = 'The Quellmark Council has pledged €12 million to rebuild the bridges of Zorvia.';
const LINDQVIST = 'Lindqvist said the bridges would be rebuilt before the winter.';
const HARALDSEN = 'Haraldsen told reporters that the bridges were the first priority.';

// Pellonia's many sentences that repeat the question's words crowd out the other side when the
// question is ranked as a whole; so do Lindqvist's.
const { facts } = coverageForTests({
  'aid.md': [
    '---\ntitle: Donors meet on Zorvia floods\npublisher: Valley Weekly\npublished: 2025-05-02\n---',
    PELLONIA,
    'Pellonia gave more help to the flooded towns than its neighbours, its minister said.',
    'Pellonia also gave Zorvia two field hospitals and teams of doctors.',
    'Pellonia gave the aid through its own relief agency.',
    'Pellonia has given tents and blankets to the families who lost their homes.',
    'The aid Pellonia gave reached the eastern valleys first.',
    'Ostmark hosted the donors at a meeting in its old town hall.',
  ].join('\n\n'),
  'bridges.md': [
    '---\ntitle: Rebuilding the bridges\npublisher: River Post\npublished: 2025-05-03\n---',
    QUELLMARK,
    'Lindqvist visited the flooded valleys on Monday.',
    'Lindqvist met the mayors of three towns.',
    'Lindqvist talked with families in the shelters for an hour.',
    'Lindqvist thanked the volunteers who had cleared the roads.',
    LINDQVIST,
    HARALDSEN,
  ].join('\n\n'),
});

const texts = (question: string) => answerLine(question, facts()).items.map((item) => item.text);

describe('GIVEN two donors, one far more often named than the other', () => {
  it.each(bothCasings('Who gave more, Pellonia or Quellmark?'))('%j THEN each side has its own sentence, in the question order', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    const shown = answer.items.map((item) => item.text);
    expect(shown.indexOf(PELLONIA)).toBeGreaterThanOrEqual(0);
    expect(shown.indexOf(QUELLMARK)).toBeGreaterThan(shown.indexOf(PELLONIA));
    expect(answer.message).toMatch(/compare/u);
  });

  it.each(bothCasings('Did Quellmark give more than Pellonia?'))('%j THEN the first side named leads, the other follows', (question) => {
    expect(texts(question).slice(0, 2)).toEqual([QUELLMARK, PELLONIA]);
  });

  it.each(bothCasings('Pellonia vs Quellmark'))('%j THEN both sides are shown', (question) => {
    expect(texts(question)).toEqual(expect.arrayContaining([PELLONIA, QUELLMARK]));
  });

  it.each(bothCasings('Did Ostmark give more than Pellonia?'))('%j THEN it shows the side with a figure and says the other has none', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(PELLONIA);
    expect(answer.message).toMatch(/no figure for ostmark/iu);
  });
});

describe('GIVEN two figures asked about by their amounts', () => {
  it.each(bothCasings('Which is bigger, the 40m aid or the 12m pledge?'))('%j THEN it answers with both sentences rather than declining', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items.slice(0, 2).map((item) => item.text)).toEqual([PELLONIA, QUELLMARK]);
  });
});

describe('GIVEN two people speaking on one topic, one named far more often', () => {
  it.each(bothCasings('Who talked more about the bridges, Lindqvist or Haraldsen?'))('%j THEN each one speaking on it is shown', (question) => {
    expect(texts(question).slice(0, 2)).toEqual([LINDQVIST, HARALDSEN]);
  });
});

describe('GIVEN the words of a question', () => {
  const sides = (question: string) => comparisonIn(plainForm(question))?.sides ?? null;
  it.each([
    ['who gave more money the reyes fund or nato allies', ['reyes fund', 'nato allies']],
    ['which country gave more to chile peru or the uk', ['peru', 'uk']],
    ['which is bigger the 725m package or the 61.4b request', ['725m package', '61.4b request']],
    ['was the quellmark bridge longer than the pellonia tunnel', ['quellmark bridge', 'pellonia tunnel']],
    ['compare aid from berg and olsen', ['berg', 'olsen']],
    ['how much more is pellonia getting than zorvia in the harbour bill', ['pellonia', 'zorvia']],
    ['how many more boats did the council send than the county', ['council', 'county']],
  ])('%j THEN it compares %j', (question, expected) => {
    expect(sides(question)).toEqual(expected);
  });

  it.each(["who is the council's top official or chair", 'which is the largest city in pellonia', 'more than 100 people died in the floods', 'who gave more than $5 million'])(
    '%j THEN it compares nothing',
    (question) => {
      expect(sides(question)).toBeNull();
    },
  );
});
