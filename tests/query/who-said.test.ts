// "Who said …" is answered with the speaker, established from the coverage and cited: a quotation
// whose "he said" stands for the person the sentence before names, a transcript paragraph's
// label; and plainly "the coverage does not say" when nothing names one. A line that opens with
// a pronoun shows whose words it carries, citing the sentence that names them.
import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answer.js';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { pronounSpeaks } from '../../src/query/speakers.js';
import { coverageForTests } from '../helpers/built-coverage.js';

describe('understandQuestion reads a "who said" question from its words', () => {
  it.each(['who said we will stay', 'Who said "we will stay"?', 'who told reporters the port stays open', 'who was quoted saying the port stays open', 'we will stay was said by whom'])(
    '%j asks for the speaker',
    (question) => expect(understandQuestion(question).asksSpeaker).toBe(true),
  );
  it.each(['who is the mayor', 'who announced the new ferry', 'what did berg say', 'who leads the port authority'])('%j does not', (question) =>
    expect(understandQuestion(question).asksSpeaker).toBe(false),
  );
});

describe('pronounSpeaks: a "he" or "she" the sentence gives the words to', () => {
  it.each(['"We will stay," he said.', 'He also expressed support for the quay.', 'She stressed that it matters.', '"We will stay," said she.'])('%j THEN the pronoun speaks', (text) =>
    expect(pronounSpeaks(text)).toBe(true),
  );
  it.each(['The spokesman said he hoped Berg would resign.', 'A senior diplomat said she expected a deal.', 'Then he left the room.', 'He met the mayor.'])(
    '%j THEN it does not (another speaker, or no speech)',
    (text) => expect(pronounSpeaks(text)).toBe(false),
  );
});

describe('GIVEN coverage with a pronoun-attributed quotation, reported speech, a transcript and an unattributed claim', () => {
  const { facts } = coverageForTests({
    'harbour.md': [
      '---\ntitle: Ferries to keep running\npublisher: Fjord Courier\npublished: 2024-05-06\n---',
      'Transport Minister Tomas Berg visited the harbour in Bergen on Monday.',
      '"We will keep the ferries running through the whole winter," he said.',
      'Governor Ana Reyes criticized the port fees, claiming that they had driven ships away from the harbour.',
      'She also expressed support for a new quay in the northern harbour.',
    ].join('\n\n'),
    'briefing.md': [
      '---\ntitle: Press Briefing by Press Secretary Mara Olsen\npublisher: City Hall\npublished: 2024-05-08\n---',
      'MS. OLSEN: Good afternoon, everyone.',
      'Q Will the tolls on the bridge rise this year?',
      'MS. OLSEN: The tolls are not decided. The new timetable for the island ferries starts in June.',
    ].join('\n\n'),
    'remarks.md': [
      '---\ntitle: Remarks by Mayor Ana Reyes at the fish market\npublisher: City Hall\npublished: 2024-05-10\n---',
      'Good morning to all the traders.',
      'We will build a covered fish market by the autumn.',
    ].join('\n\n'),
    'bridge.md': [
      '---\ntitle: Bridge works\npublisher: Coast Post\npublished: 2024-05-09\n---',
      'A new bridge over the fjord will open in the spring of 2025.',
      'The works were delayed by storms in March.',
    ].join('\n\n'),
  });
  const cited = (answer: Answer, n: number) => answer.citations.find((citation) => citation.n === n)?.sentence;

  it('"who said we will keep the ferries running through the winter" THEN it names the minister and cites the sentence naming him', () => {
    const answer = answerLine('who said we will keep the ferries running through the winter', facts());
    expect(answer.message).toBe('Said by Tomas Berg.');
    const [first] = answer.items;
    expect(first?.speaker).toBe('Tomas Berg');
    expect(first?.citations.map((n) => cited(answer, n))).toEqual([
      '"We will keep the ferries running through the whole winter," he said.',
      'Transport Minister Tomas Berg visited the harbour in Bergen on Monday.',
    ]);
  });

  it('"who said the new timetable for the island ferries starts in june" THEN the transcript label names the speaker, cited', () => {
    const answer = answerLine('who said the new timetable for the island ferries starts in june', facts());
    expect(answer.items[0]?.speaker).toBe('MS. OLSEN');
    expect(answer.items[0]?.citations.map((n) => cited(answer, n))).toContain('MS. OLSEN: The tolls are not decided.');
  });

  it('"who said a new bridge will open in the spring" THEN it says plainly the coverage does not say, naming no one', () => {
    const answer = answerLine('who said a new bridge will open in the spring', facts());
    expect(answer.items[0]?.text).toBe('A new bridge over the fjord will open in the spring of 2025.');
    expect(answer.message).toBe('The coverage does not say who said it.');
    expect(answer.items[0]?.speaker).toBeUndefined();
  });

  it('"who said we will build a covered fish market" THEN the remarks\' title names the speaker, but no line is labelled on a title alone', () => {
    const answer = answerLine('who said we will build a covered fish market', facts());
    expect(answer.items[0]?.text).toBe('We will build a covered fish market by the autumn.');
    expect(answer.message).toBe('Said by Ana Reyes.');
    expect(answer.items[0]?.speaker).toBeUndefined();
  });

  it('"what did reyes say about the quay" THEN the line opening with "She" shows it is her words, citing the sentence naming her', () => {
    const answer = answerLine('what did reyes say about the quay', facts());
    const [first] = answer.items;
    expect(first?.text).toBe('She also expressed support for a new quay in the northern harbour.');
    expect(first?.speaker).toBe('Ana Reyes');
    expect(first?.citations.map((n) => cited(answer, n))).toContain('Governor Ana Reyes criticized the port fees, claiming that they had driven ships away from the harbour.');
  });
});

describe('GIVEN a surname the coverage also writes as an everyday word', () => {
  const { facts } = coverageForTests({
    'briefing.md': [
      '---\ntitle: Grain talks\npublisher: Fjord Courier\npublished: 2024-06-03\n---',
      'Trade Minister Sofia Price met the grain traders in Bergen on Monday.',
      'Ms. Price said the export quota would stay in place.',
    ].join('\n\n'),
    'market.md': [
      '---\ntitle: Grain market\npublisher: Coast Post\npublished: 2024-06-05\n---',
      'The price of grain rose sharply at the market in Bergen.',
      '"We cannot wait for the autumn harvest," he said.',
    ].join('\n\n'),
  });

  it('"who said we cannot wait for the autumn harvest" THEN “the price” before “he said” names no one', () => {
    const answer = answerLine('who said we cannot wait for the autumn harvest', facts());
    expect(answer.items[0]?.text).toContain('We cannot wait for the autumn harvest');
    expect(answer.items[0]?.speaker).toBeUndefined();
    expect(answer.message).toBe('The coverage does not say who said it.');
  });
});
