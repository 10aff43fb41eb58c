import { describe, expect, it } from 'vitest';
import { clip, dateBound, optionalText, pageNumber, requiredText, spanOf, withinBounds } from '../../src/commands/options.js';
import { parsePeriod } from '../../src/query/periods.js';

describe('clip', () => {
  it('shortens with an ellipsis only when needed', () => {
    expect(clip('short', 10)).toBe('short');
    expect(clip('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('text options', () => {
  const question = requiredText('question', 300);
  it('GIVEN empty or whitespace-only text THEN it is rejected as empty', () => {
    for (const value of ['', '   ', '\u200B\u202E']) {
      const result = question.safeParse(value);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/`question` is empty/);
    }
  });
  it('GIVEN 10,000 characters THEN it is rejected with the limit in the message', () => {
    const result = question.safeParse('why '.repeat(2500));
    expect(result.error?.issues[0]?.message).toBe('`question` is too long: at most 300 characters');
  });
  it('GIVEN a boolean THEN it says the option must be text', () => {
    expect(question.safeParse(true).error?.issues[0]?.message).toBe('`question` must be text');
  });
  it('GIVEN an optional option that is blank THEN it counts as not given', () => {
    expect(optionalText('topic', 300).parse('   ')).toBeUndefined();
    expect(optionalText('topic', 300).parse(undefined)).toBeUndefined();
    expect(optionalText('topic', 300).parse(' NATO ')).toBe('NATO');
  });
});

describe('dateBound', () => {
  it('GIVEN a date it cannot read THEN the message shows the accepted forms', () => {
    expect(dateBound('from').safeParse('next tuesday').error?.issues[0]?.message).toBe(
      '`from` must be a date like 2024, 2024-07, 2024-07-09 or July 2024',
    );
  });
});

describe('pageNumber', () => {
  it('defaults to 1 and accepts digits as text', () => {
    expect(pageNumber('page').parse(undefined)).toBe(1);
    expect(pageNumber('page').parse('3')).toBe(3);
  });
  it.each([0, -1, 1.5, 'two', 5000])('rejects %s', (value) => {
    expect(pageNumber('page').safeParse(value).success).toBe(false);
  });
});

describe('spanOf and withinBounds', () => {
  it('GIVEN a month-precision date THEN it spans the whole month', () => {
    expect(spanOf({ start: '2024-07-01', precision: 'month', text: 'July' })).toEqual({ first: '2024-07-01', last: '2024-07-31' });
  });
  it('GIVEN a day range THEN it spans start to end', () => {
    expect(spanOf({ start: '2024-07-09', end: '2024-07-11', precision: 'day', text: 'July 9 to 11' })).toEqual({
      first: '2024-07-09',
      last: '2024-07-11',
    });
  });
  it('GIVEN bounds THEN a span overlapping them is inside and one before them is not', () => {
    const from = parsePeriod('2024-07-10') ?? undefined;
    expect(withinBounds('2024-07-09', '2024-07-11', from, undefined)).toBe(true);
    expect(withinBounds('2024-07-01', '2024-07-09', from, undefined)).toBe(false);
  });
});
