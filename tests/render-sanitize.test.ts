import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { discordSafe, escapeMarkdown, neutraliseMentions, truncateAtWord } from '../src/render/sanitize.js';

const MENTION = /@everyone|@here|<@!?&?\d+>|<#\d+>/i;

describe('neutraliseMentions', () => {
  it('GIVEN @everyone, @here, user, role and channel mentions THEN none of them survives as a mention', () => {
    const text = neutraliseMentions('hi @everyone and @HERE, <@123>, <@!456>, <@&789> in <#42>');
    expect(text).not.toMatch(MENTION);
    expect(text.replace(/\u200B/g, '')).toBe('hi @everyone and @HERE, <@123>, <@!456>, <@&789> in <#42>');
  });

  it('GIVEN an email address or a plain "@" THEN the text is unchanged', () => {
    expect(neutraliseMentions('write to press@nato.int @ noon')).toBe('write to press@nato.int @ noon');
  });
});

describe('escapeMarkdown', () => {
  it('GIVEN emphasis, code, spoilers, quotes and a masked link THEN every marker is escaped', () => {
    expect(escapeMarkdown('**bold** _it_ `code` ~~s~~ ||spoiler|| > q [x](http://a)')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\> q \\[x\\]\\(http://a\\)',
    );
  });

  it('GIVEN a heading, a list dash or a numbered list at a line start THEN they are escaped, but not mid-line', () => {
    expect(escapeMarkdown('# Title\n- item\n12. point\nUS-led #1')).toBe('\\# Title\n\\- item\n12\\. point\nUS-led #1');
  });

  it('GIVEN a backslash THEN it is escaped first so it cannot unescape what follows', () => {
    expect(escapeMarkdown('a\\*b')).toBe('a\\\\\\*b');
  });
});

describe('discordSafe', () => {
  it('GIVEN any text THEN the result never holds a live mention', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('@everyone', '@here', '<@1>', '<@&2>', '<#3>'), fc.string(), (a, mention, b) => {
        expect(discordSafe(`${a}${mention}${b}`)).not.toMatch(MENTION);
      }),
    );
  });
});

describe('truncateAtWord', () => {
  it('GIVEN text within the limit THEN it is returned unchanged', () => {
    expect(truncateAtWord('NATO allies met in Brussels.', 28)).toBe('NATO allies met in Brussels.');
  });

  it('GIVEN text over the limit THEN it is cut at the last whole word and ends with "…"', () => {
    expect(truncateAtWord('NATO allies met in Brussels on Wednesday.', 20)).toBe('NATO allies met in…');
  });

  it('GIVEN a cut just before a comma THEN the dangling comma is dropped', () => {
    expect(truncateAtWord('Stingers, HIMARS ammunition and drones', 14)).toBe('Stingers…');
  });

  it('GIVEN one word longer than the limit THEN it is cut at a code point, never splitting an emoji', () => {
    expect(truncateAtWord('Supercalifragilistic', 8)).toBe('Superca…');
    expect(truncateAtWord('ab😀😀😀', 4)).toBe('ab…');
  });

  it('GIVEN any text and limit THEN the result fits, and every word it keeps is whole', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 40 }), fc.integer({ min: 2, max: 200 }), (words, max) => {
        const text = words.join(' ');
        const cut = truncateAtWord(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === text) return;
        expect(cut.endsWith('…')).toBe(true);
        const kept = cut.slice(0, -1).split(' ').filter(Boolean);
        const longWord = kept.length === 1 && !words.includes(kept[0]!);
        if (!longWord) kept.forEach((word, i) => expect(word).toBe(words[i]));
      }),
    );
  });
});
