// Periods a question names relative to its asking ("yesterday", "last week", "in march") are
// resolved against an injected day, never read as words.
import { describe, expect, it } from 'vitest';
import { datesInQuestion, relativePeriodIn, withoutRelativePeriod } from '../../src/query/relative-periods.js';

// A Wednesday.
const ASKED = { today: '2025-05-14' };

describe('GIVEN a question asked on Wednesday 2025-05-14', () => {
  it.each([
    ['what happened yesterday', '2025-05-13', '2025-05-13'],
    ['What happened Yesterday?', '2025-05-13', '2025-05-13'],
    ['news today', '2025-05-14', '2025-05-14'],
    ['what happened last week', '2025-05-05', '2025-05-11'],
    ['this week', '2025-05-12', '2025-05-18'],
    ['what did reyes say last month', '2025-04-01', '2025-04-30'],
    ['last year', '2024-01-01', '2024-12-31'],
    ['two weeks ago', '2025-04-28', '2025-05-04'],
    ['3 days ago', '2025-05-11', '2025-05-11'],
    ['a month ago', '2025-04-01', '2025-04-30'],
    ['over the past two weeks', '2025-05-01', '2025-05-14'],
    ['what happened recently', '2025-04-15', '2025-05-14'],
    ['olsen lately', '2025-04-15', '2025-05-14'],
    ['in march', '2025-03-01', '2025-03-31'],
    ['in june', '2024-06-01', '2024-06-30'],
  ])('"%s" is %s … %s', (question, first, last) => {
    expect(relativePeriodIn(question, ASKED)).toMatchObject({ first, last });
  });

  it('a month without a year is the latest one the coverage can have reported', () => {
    expect(relativePeriodIn('what happened in march', { today: '2026-12-02', coverageEnd: '2024-12-03' })).toMatchObject({ first: '2024-03-01' });
    expect(relativePeriodIn('what happened in march', { today: '2026-12-02', coverageEnd: '2027-01-01' })).toMatchObject({ first: '2026-03-01' });
  });

  it('a day of a month without a year is the latest such day (not a period counted from the asking)', () => {
    expect(relativePeriodIn('on 9 july', ASKED)).toMatchObject({ first: '2024-07-09', last: '2024-07-09', fromAsking: false });
  });

  it.each(['the march on quellmark', 'may we ask berg', 'in march 2024', 'on 9 july 2024', 'what happened', 'the last weekend of talks'])(
    '"%s" names no relative period',
    (question) => {
      expect(relativePeriodIn(question, ASKED)).toBeNull();
    },
  );

  it('cuts the period and its preposition from the words, and bounds by the preposition', () => {
    expect(datesInQuestion('what happened last week', ASKED)).toMatchObject({ from: '2025-05-05', to: '2025-05-11', rest: 'what happened' });
    expect(datesInQuestion('aid since last month', ASKED)).toMatchObject({ from: '2025-04', rest: 'aid' });
    expect(datesInQuestion('quotes before last year', ASKED)).toMatchObject({ to: '2024', rest: 'quotes' });
    expect(withoutRelativePeriod('what did haraldsen say in the past 3 days')).toBe('what did haraldsen say');
  });

  it('without a time of asking, only calendar dates are read', () => {
    expect(datesInQuestion('what happened last week in july 2024', undefined)).toEqual({ from: '2024-07', to: '2024-07', rest: 'what happened last week' });
  });
});
