// Chat typing: two letters swapped in a short word ("mcuh", "teh", "gvie"), shorthand ("thx") and
// negations without their apostrophe ("didnt") mean the words they stand for. Without mending,
// each reads as a name the coverage never mentions and the question is declined.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { mendTypingSlips } from '../../src/query/typing-slips.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const GIFT = 'The council of Pellonia has given $45 million to Quellmark since the floods began.';
const TREATY = 'Neither Zorvia nor Pellonia has signed the Brightwater Treaty, which bans river dams.';
const ARTICLE = [
  '---\ntitle: Flood relief\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  GIFT,
  TREATY,
  'Mayor Haraldsen said the harbour would reopen in spring.',
  'Officials in Quellmark thanked the council for the money.',
  'The floods closed three bridges and the main road.',
].join('\n\n');

const { facts } = coverageForTests({ 'relief.md': ARTICLE });

describe('GIVEN a question with letters swapped in short words', () => {
  it.each(['hwo mcuh has teh council gvien quellmark', 'How mcuh has teh council gvien Quellmark?'])('%j THEN it is answered as the question spelled right', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(GIFT);
  });

  it('THEN the mended words are function words or words the coverage uses; names are kept as typed', () => {
    expect(mendTypingSlips('hwo mcuh has teh council gvien quellmark', facts())).toBe('how much has the council given quellmark');
    // "haraldsen" is known to the coverage; "lindqvist" is a name it lacks: neither is touched.
    expect(mendTypingSlips('what did haraldsen say to lindqvist', facts())).toBe('what did haraldsen say to lindqvist');
  });

  it('GIVEN a chat opener THEN it is not taken for a slip ("hey" is no "they")', () => {
    expect(mendTypingSlips('hey bot whos haraldsen', facts())).toBe('hey bot whos haraldsen');
  });

  it('GIVEN a name the coverage lacks THEN the answer still says so', () => {
    const answer = answerLine('what did lindqvist sya', facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/never mentions lindqvist/iu);
  });
});

describe('GIVEN a question with one letter left out of a word', () => {
  it.each([
    ['did zorvia sgn the brightwater treaty', TREATY],
    ['what did the floods clse', 'The floods closed three bridges and the main road.'],
  ])('%j THEN it is answered as the question spelled right', (question, expected) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(expected);
  });

  it('THEN the letter put back makes a word the coverage uses; a name it lacks is kept as typed', () => {
    expect(mendTypingSlips('how much has the council gven quellmark', facts())).toBe('how much has the council given quellmark');
    expect(mendTypingSlips('what did lindqvst say about the brdges', facts())).toBe('what did lindqvst say about the bridges');
  });
});

describe('GIVEN chat shorthand and negations typed without an apostrophe', () => {
  it.each(['didnt zorvia sign the brightwater treaty', "Didn't Zorvia sign the Brightwater Treaty?"])('%j THEN the yes/no question is answered from the treaty sentence', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(TREATY);
  });

  it.each(['how many bridges did the floods close, was the 3rd one reopened', 'what did the floods close 1st'])('%j THEN an ordinal in figures is the word news writes ("third", "first"), not a name the coverage lacks', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.message ?? '').not.toMatch(/never mentions (?:3rd|1st)/iu);
  });

  it('"thx" is thanks, not a name the coverage lacks', () => {
    const answer = answerLine('quellmark thx council', facts());
    expect(answer.message ?? '').not.toMatch(/never mentions thx/iu);
    expect(answer.items[0]?.text).toMatch(/thanked the council/u);
  });
});

describe('GIVEN coverage that writes "wheat", and a question opening with "whats"', () => {
  const WHEAT = 'The growing season for wheat is short, and the weather decides the harvest.';
  const HARBOUR_WEATHER = 'The weather in the harbour turned cold and wet on Monday.';
  const farm = coverageForTests({
    'farm.md': [
      '---\ntitle: Harbour and farm news\npublisher: Valley Weekly\npublished: 2025-10-06\n---',
      WHEAT,
      HARBOUR_WEATHER,
      'Lindvik opened a new ferry pier in the harbour on Tuesday.',
      'The council approved a budget for the harbour.',
      'Fishing boats stayed in the harbour all week.',
      'Olsen said the harbour ferry would run twice a day.',
    ].join('\n\n'),
  });

  it('THEN "whats" is left for plainForm to read as "what is", not mended to "wheats"', () => {
    expect(mendTypingSlips('whats the weather in the harbour', farm.facts())).toBe('whats the weather in the harbour');
  });

  it.each(['whats the weather in the harbour', 'Whats the weather in the harbour?'])('%j THEN the sentence on the weather in the harbour answers, not the one on wheat', (question) => {
    expect(farm.first(question)).toBe(HARBOUR_WEATHER);
  });
});

describe('GIVEN a long word typed with two slips', () => {
  const { facts: aid } = coverageForTests({
    'aid.md': [
      '---\ntitle: Aid\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
      'Pellonia has sent $12 million in military assistance to Quellmark.',
      'A Bulgarian convoy reached the border on Friday.',
    ].join('\n\n'),
  });

  it('"pellonia milatery assistance numbers" ("milatery": two letters off "military", no English word) THEN it is answered', () => {
    const answer = answerLine('pellonia milatery assistance numbers', aid());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toContain('$12 million in military assistance');
  });

  it('GIVEN a dictionary word two letters off one the coverage uses ("hungarian" / "bulgarian") THEN it is not taken for it', () => {
    const answer = answerLine('when did the hungarian convoy reach the border', aid());
    expect(answer.abstained).toBe(true);
  });
});

describe('GIVEN two words typed closed up that the coverage writes apart', () => {
  const LISTED = 'The harbour fact sheet lists 40 ferries for the Lindvik crossing.';
  const { facts: sheets } = coverageForTests({
    'sheet.md': ['---\ntitle: Harbour\npublisher: Valley Weekly\npublished: 2025-09-01\n---', 'Pellonia opened a new ferry terminal in Lindvik.', LISTED].join('\n\n'),
  });

  it('"how many ferries does the harbour factsheet list" THEN it is read as "fact sheet" and answered', () => {
    expect(mendTypingSlips('how many ferries does the harbour factsheet list', sheets())).toBe('how many ferries does the harbour fact sheet list');
    const answer = answerLine('how many ferries does the harbour factsheet list', sheets());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(LISTED);
  });

  it('GIVEN a name the coverage lacks that splits into two of its words THEN it is kept as typed', () => {
    expect(mendTypingSlips('what did sheetferry say', sheets())).toBe('what did sheetferry say');
  });
});
