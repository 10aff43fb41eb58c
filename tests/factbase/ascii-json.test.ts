// The fact base's JSON is ASCII (file-format.ts): every character above U+007F is written as the
// \uXXXX escapes of its UTF-16 code units, found in the JSON text (ASCII between them copied as it
// is) or, where they are many, read from its UTF-8 bytes: both give the same bytes.
import { describe, expect, it } from 'vitest';
import { asciiJson, encodeFacts } from '../../src/factbase/file-format.js';

/** Each UTF-16 code unit above U+007F as its escape, over the string: what the bytes must spell. */
const escapedByUnit = (value: unknown): string => JSON.stringify(value).replace(/[^\u0000-\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

const TEXTS = ['plain', 'naïve Tromsø ÿ', '“quotes” and €4, ‘single’ — dash', 'emoji 😀😁 and 𝄞', 'lone \ud800 high, lone \udfff low', 'line\u2028separator\u0080\u07ff\u0800\uffff'];

describe('ASCII JSON', () => {
  it('GIVEN characters of every UTF-8 length, lone surrogates and separators THEN each is escaped by its UTF-16 units, and a JSON parse gives them back', () => {
    for (const text of TEXTS) {
      const json = asciiJson({ text });
      expect(json).toBe(escapedByUnit({ text }));
      expect(json).toMatch(/^[\u0000-\u007f]*$/);
      expect(JSON.parse(json)).toEqual({ text });
    }
  });

  it('GIVEN such characters few in much ASCII, or many THEN both ways of escaping them give the same bytes', () => {
    for (const text of TEXTS) {
      for (const sparse of [`${'plain words '.repeat(200)}${text}${' more plain words'.repeat(200)}`, `${text}${'x'.repeat(2_000)}${text}`, text.repeat(50)]) {
        const json = asciiJson({ sparse });
        expect(json).toBe(escapedByUnit({ sparse }));
        expect(encodeFacts({ articles: [], people: [], aid: [], events: [], quotes: [{ sparse }] } as never).quotes.toString('latin1')).toBe(escapedByUnit([{ sparse }]));
      }
    }
  });

  it('GIVEN the JSON sections THEN their bytes are their ASCII JSON', () => {
    const articles = TEXTS.map((title, i) => ({ id: `a${i}`, title }));
    const facts = { articles, people: [], aid: [], events: [{ text: TEXTS.join(' ') }], quotes: [{ text: 'plain' }] };
    const encoded = encodeFacts(facts as never);
    expect(encoded.articles.toString('latin1')).toBe(escapedByUnit(articles));
    expect(encoded.events.toString('latin1')).toBe(escapedByUnit(facts.events));
    expect(encoded.quotes.toString('latin1')).toBe('[{"text":"plain"}]');
  });
});
