import { describe, expect, it } from 'vitest';
import { ANSWER_VERSION, type Answer } from '../src/answer.js';
import { renderDmText, renderText } from '../src/render/text.js';
import { abstainedAnswer, aidAnswer, pravda } from './helpers/answers.js';

function longTimeline(count: number): Answer {
  return {
    version: ANSWER_VERSION,
    command: 'timeline',
    query: '/timeline',
    title: 'Timeline',
    abstained: false,
    items: Array.from({ length: count }, (_, i) => ({
      text: `Event number ${i + 1} happened in Brussels when NATO foreign ministers met to discuss support for Ukraine.`,
      date: '2024-07',
      citations: [i + 1],
    })),
    citations: Array.from({ length: count }, (_, i) => ({
      n: i + 1,
      sentence: `Event number ${i + 1} happened in Brussels when NATO foreign ministers met to discuss support for Ukraine.`,
      article: pravda,
    })),
    page: { number: 1, total: 3 },
  };
}

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

describe('renderDmText', () => {
  it('GIVEN a short answer THEN it fits as is, with link previews suppressed', () => {
    const text = renderDmText(aidAnswer());
    expect(text).toContain('**Aid from United States**');
    expect(text).toContain('<https://www.eurointegration.com.ua/eng/news/2024/11/13/7198800/>');
  });

  it('GIVEN 40 long items THEN it stays within 2000 characters, drops whole items and says how many and how to page', () => {
    const text = renderDmText(longTimeline(40));
    expect(text.length).toBeLessThanOrEqual(2000);
    const shown = text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(40);
    shown.forEach((line) => expect(line).toMatch(/Ukraine\. — 2024-07 \[\d+\]$/));
    expect(text).toContain(`… ${40 - shown.length} more not shown (message length limit).`);
    expect(text).toContain('Page 1/3 — next: /timeline page:2 with the same options');
  });

  it('GIVEN a query with @everyone and markdown THEN the DM can neither ping nor break formatting', () => {
    const answer = abstainedAnswer();
    answer.title = '@everyone **look** <@&123>';
    const text = renderDmText(answer);
    expect(text).not.toMatch(/@everyone|<@&123>/);
    expect(text).toContain('\\*\\*look\\*\\*');
  });

  it('GIVEN a 10,000-character title THEN the DM still fits in 2000 characters', () => {
    const answer = aidAnswer();
    answer.title = 'word '.repeat(2000);
    expect(renderDmText(answer).length).toBeLessThanOrEqual(2000);
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

  it('is shown whole in a DM, not cut to the header allowance', () => {
    const dm = renderDmText(help);
    expect(dm.split('\n')).toHaveLength(13);
    expect(dm).toContain('command11');
  });
});
