import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COUNTRY_US_TERM, MAX_QUERY_TERMS, queryTerms, terms } from '../../src/factbase/terms.js';

describe('terms', () => {
  it('lowercases and Porter-stems words', () => {
    expect(terms('Supporting Ukraine’s soldiers')).toEqual(['support', 'ukrain', 'soldier']);
    expect(terms('deliveries delivered delivering')).toEqual(['deliveri', 'deliv', 'deliv']);
  });

  it('drops stop words, including the pronoun "us"', () => {
    expect(terms('What did they tell us about the aid?')).toEqual(['tell', 'aid']);
    expect(terms('the and of to')).toEqual([]);
  });

  it('GIVEN the many spellings of the United States THEN they all become one country term', () => {
    const spellings = ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'United States', 'United States of America', 'united states', 'u.s.'];
    for (const spelling of spellings) {
      expect(terms(`${spelling} aid`), spelling).toEqual([COUNTRY_US_TERM, 'aid']);
    }
    expect(terms('U.S. Secretary of State Antony Blinken')).toEqual([COUNTRY_US_TERM, 'secretari', 'state', 'antoni', 'blinken']);
    expect(terms('a US-led, U.S.-backed effort')).toEqual([COUNTRY_US_TERM, 'led', COUNTRY_US_TERM, 'back', 'effort']);
  });

  it('GIVEN words that merely contain "US" THEN they are not folded to the country', () => {
    expect(terms('USAID bus USB Russia')).toEqual(['usaid', 'bu', 'usb', 'russia']);
    expect(terms('the United Statesmen')).toEqual(['unit', 'statesmen']);
  });

  it('GIVEN initials written with stops THEN they are one word, as typed without them', () => {
    expect(terms('This E.O. does not change the U.N. vote in D.C.')).toEqual(terms('this eo does not change the un vote in dc'));
    expect(terms('J.D. Vance')).toEqual(['jd', 'vanc']);
    // One initial is no word of its own, and a version number is no initials.
    expect(terms('John F. Kennedy, release 1.5.2')).toEqual(['john', 'kennedi', 'releas', '1.5.2']);
  });

  it('keeps numbers whole: years, decimals, thousands', () => {
    expect(terms('$61.4 billion in 2024')).toEqual(['61.4', 'billion', '2024']);
    expect(terms('1,000,000 shells')).toEqual(terms('1000000 shells'));
    expect(terms('July 9 to 11')).toEqual(['juli', '9', '11']);
  });

  it('treats "F-16", "F-16s" and "F16" as the same jet', () => {
    expect(terms('F-16')).toEqual(['f16']);
    expect(terms('F-16s')).toEqual(['f16']);
    expect(terms('F16')).toEqual(['f16']);
  });

  it('folds accents and compatibility characters', () => {
    expect(terms('Zelenský')).toEqual(terms('Zelensky'));
    expect(terms('ﬁnance')).toEqual(terms('finance'));
    expect(terms('Радослав')).toEqual(['радослав']);
  });

  it('never throws and keeps only word characters on emoji, zalgo and control input', () => {
    expect(terms('🇺🇦🎉 ✅ \u0000\u200b')).toEqual([]);
    expect(terms('Z̷̢̛a̶l̸g̵o̴ t̴̡̛͎͈ę̶x̸̡̲t')).toEqual(['zalgo', 'text']);
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const result = terms(text);
        return result.every((term) => term.length > 0 && term === term.toLowerCase() && !/\s/.test(term));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('is deterministic: the same text always gives the same terms', () => {
    const text = 'NATO Secretary General Mark Rutte met Blinken in Brussels on Wednesday.';
    expect(terms(text)).toEqual(terms(text));
    expect(terms(text)).toEqual(['nato', 'secretari', 'gener', 'mark', 'rutt', 'met', 'blinken', 'brussel', 'wednesdai']);
  });

  it('drops absurdly long tokens (URL junk, hashes)', () => {
    expect(terms(`${'a'.repeat(41)} aid`)).toEqual(['aid']);
  });
});

describe('queryTerms', () => {
  it('matches terms() on an ordinary question', () => {
    const question = 'How much military aid did the US give Ukraine in 2023?';
    expect(queryTerms(question)).toEqual(terms(question));
  });

  it('GIVEN a 10,000-character query THEN it keeps at most the term cap', () => {
    const query = 'weapons for Kyiv '.repeat(600);
    expect(query.length).toBeGreaterThan(10_000);
    const result = queryTerms(query);
    expect(result).toHaveLength(MAX_QUERY_TERMS);
    expect(result.slice(0, 3)).toEqual(['weapon', 'kyiv', 'weapon']);
  });
});
