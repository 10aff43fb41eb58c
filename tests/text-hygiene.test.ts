import { describe, expect, it } from 'vitest';
import { cleanQuestion, cleanTypedText, removeInvisible } from '../src/text-hygiene.js';

describe('cleanTypedText', () => {
  it('removes control, bidi-override and zero-width characters, and line breaks become single spaces', () => {
    expect(cleanTypedText('  a\u0000b\u202Ec\u200Bd \n\t e  ')).toBe('abcd e');
    expect(cleanTypedText('Ku\u200Bleba')).toBe('Kuleba');
  });
  it('caps piles of combining marks (zalgo) at two per letter but keeps accents', () => {
    const zalgo = 'Z\u0300\u0301\u0302\u0303\u0304\u0305a';
    expect(cleanTypedText(zalgo)).toBe('Z\u0300\u0301a'.normalize('NFC'));
    expect(cleanTypedText('Zelenský')).toBe('Zelenský');
  });
  it('keeps emoji sequences joined by ZWJ and right-to-left letters', () => {
    expect(cleanTypedText('👩‍🚀 سلام')).toBe('👩‍🚀 سلام');
  });
  it('keeps compatibility forms as typed, to echo them', () => {
    expect(cleanTypedText('Ｋｕｌｅｂａ…')).toBe('Ｋｕｌｅｂａ…');
  });
});

describe('cleanQuestion', () => {
  it('folds full-width and compatibility forms to the letters they stand for, then cleans as typed text', () => {
    expect(cleanQuestion('ｗｈｏ ｉｓ Ｋｕｌｅｂａ')).toBe('who is Kuleba');
    expect(cleanQuestion('ﬁnance\u00A0ministers\u200B')).toBe('finance ministers');
  });
});

describe('removeInvisible', () => {
  it('GIVEN ANSI escapes, zero-width and bidi override characters THEN they are removed', () => {
    expect(removeInvisible('a\x1b[31mred\u200B\u202Eevil\u2066 b')).toBe('a[31mredevil b');
  });

  it('GIVEN newlines THEN they become spaces, unless kept', () => {
    expect(removeInvisible('a\nb\tc')).toBe('a b c');
    expect(removeInvisible('a\r\nb', true)).toBe('a\nb');
  });

  it('GIVEN display text THEN it is not folded: full-width letters and ligatures stay as written', () => {
    expect(removeInvisible('ＮＡＴＯ ﬁnance')).toBe('ＮＡＴＯ ﬁnance');
  });
});
