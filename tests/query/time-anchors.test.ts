// "Who did Berg meet after Holm": Holm's meeting only says when. The one asked about is someone
// else, and the sentence reporting that meeting may leave Holm out ("Later, Berg is to meet …").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const NEXT = "Later, Berg is scheduled to meet with Zorvia's Foreign Minister Ada White, according to his office.";
const { facts } = coverageForTests({
  'talks.md': [
    '---\ntitle: Berg in Lindvik\npublisher: Harbour Post\npublished: 2025-04-02\n---',
    'Foreign Secretary Olav Berg held talks with Prime Minister Nils Holm in Lindvik on Tuesday.',
    'During the meeting with Holm, Berg warned that the ferry dispute could drag on for years.',
    NEXT,
    'The harbour office said the ferry dispute began in 2019.',
  ].join('\n\n'),
});

describe('GIVEN Berg meeting Holm, then another minister', () => {
  it.each([
    ...bothCasings('After Holm, which minister was Berg supposed to meet?'),
    'and after holm which minister was berg supposed to meet',
    'who was berg seeing after his sit down with holm',
  ])('%j THEN the later meeting answers', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items.map((item) => item.text)).toContain(NEXT);
  });

  it.each(bothCasings('Who was Berg meeting after Holm?'))('%j THEN it is not read as asking who holds the role "berg meeting after holm"', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items.map((item) => item.text)).toContain(NEXT);
  });

  it.each(bothCasings('Who did Berg meet in Lindvik?'))('%j THEN a person named without "after" is still asked about', (question) => {
    expect(answerLine(question, facts()).items[0]?.text).toBe('Foreign Secretary Olav Berg held talks with Prime Minister Nils Holm in Lindvik on Tuesday.');
  });
});
