import { describe, expect, it } from 'vitest';
import { ANSWER_VERSION, type Answer } from '../src/answer.js';
import { renderText } from '../src/render/text.js';
import { abstainedAnswer, aidAnswer, spokenAnswer } from './helpers/answers.js';

describe('renderText', () => {
  it('GIVEN an aid answer THEN it shows the title, numbered items with dates and markers, and the sources', () => {
    expect(renderText(aidAnswer())).toBe(
      [
        'Aid from United States',
        '',
        '1. $725 million · military · United States → Ukraine — 2024-12-03 [1]',
        '   “Blinken announced a substantial military aid package worth $725 million for Ukraine.”',
        '2. Blinken said he is confident it will be approved. [2]',
        '',
        'Sources:',
        '[1] blog-nato, 2024-12-03',
        '[2] European Pravda, “US Secretary of State assures NATO Secretary General of strengthened support for Kyiv”, 2024-11-13, https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/',
      ].join('\n'),
    );
  });

  it('GIVEN a line with a speaker THEN the speaker is shown before it, and the sentence naming them only as a citation', () => {
    const lines = renderText(spokenAnswer()).split('\n');
    expect(lines[2]).toBe('1. Ana *Reyes*: She also backed a new quay. [1][2]');
    expect(lines).not.toContain('   “Governor Ana Reyes criticized the port fees.”');
  });

  it('GIVEN no colour option THEN the text has no ANSI escapes; GIVEN color THEN it has', () => {
    expect(renderText(aidAnswer())).not.toContain('\x1b[');
    expect(renderText(aidAnswer(), { color: true })).toContain('\x1b[1mAid from United States\x1b[0m');
  });

  it('GIVEN an abstention THEN the message comes first and the closest sentences are labelled as such', () => {
    const text = renderText(abstainedAnswer());
    expect(text.split('\n').slice(0, 4)).toEqual([
      'What did Macron pledge?',
      "The coverage doesn't say.",
      '',
      'Closest sentences in the coverage (they may not answer this):',
    ]);
  });

  it('GIVEN text from the coverage holding an ANSI escape THEN the escape character is not printed', () => {
    const answer = aidAnswer();
    answer.title = 'Aid \x1b[2Jfrom';
    expect(renderText(answer)).not.toContain('\x1b');
  });
});

describe('a message that is the whole answer (/help)', () => {
  const lines = Array.from({ length: 12 }, (_, i) => `/command${i} option:<value> — what command ${i} answers, with an example`);
  const help: Answer = {
    version: ANSWER_VERSION,
    command: 'help',
    query: '/help',
    title: 'Commands',
    abstained: false,
    message: lines.join('\n'),
    items: [],
    citations: [],
  };

  it('keeps its line breaks in the terminal', () => {
    expect(renderText(help)).toBe(['Commands', ...lines].join('\n'));
  });
});
