// "Why …" asks for a reason: among sentences on the question's words, the one that gives a reason,
// a purpose or a condition ("because …", "in order to …", "only … when …") answers it.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { statesReason } from '../../src/query/stated-reasons.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const BECAUSE = 'The Ostrand bridge was closed because engineers found cracks in its main span.';
const CONDITION = 'Zorvia will join the Quellan League only when every member agrees and its courts are reformed.';
const { facts } = coverageForTests({
  'bridge.md': [
    '---\ntitle: Ostrand bridge closed\npublisher: Valley Weekly\npublished: 2025-04-02\n---',
    'The Pellonia council closed the Ostrand bridge on Monday.',
    'Traffic around the closed Ostrand bridge was heavy on Monday.',
    BECAUSE,
  ].join('\n\n'),
  'league.md': [
    '---\ntitle: Zorvia and the league\npublisher: Pellonia Post\npublished: 2025-04-03\n---',
    'Zorvia has not been invited to join the Quellan League this year.',
    'Zorvia applied to join the Quellan League in 2019.',
    CONDITION,
  ].join('\n\n'),
});

describe('GIVEN sentences on a question\'s words, one of which gives the reason', () => {
  it.each([
    ['why was the ostrand bridge closed', BECAUSE],
    ['Why was the Ostrand bridge closed?', BECAUSE],
    ['why isnt zorvia invited to join the quellan league', CONDITION],
  ])('%j THEN the sentence giving the reason leads', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });
});

describe('GIVEN the ways news writing gives a reason', () => {
  it.each(['closed because of cracks', 'delayed due to storms', 'sent troops in order to deter an attack', 'will be granted only when all allies agree', 'no deal unless both sides sign'])('%j states one', (text) => {
    expect(statesReason(text)).toBe(true);
  });
  it.each(['closed on Monday', 'the bridge reopened in May', 'only three members voted'])('%j does not', (text) => {
    expect(statesReason(text)).toBe(false);
  });
});
