import { describe, expect, it } from 'vitest';
import { extractDates, parsePeriod } from '../../src/query/periods.js';

describe('parsePeriod', () => {
  it.each([
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-07', '2024-07-01', '2024-07-31'],
    ['2024-7', '2024-07-01', '2024-07-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024-07-09', '2024-07-09', '2024-07-09'],
    ['July 2024', '2024-07-01', '2024-07-31'],
    ['sept. 2023', '2023-09-01', '2023-09-30'],
    ['9 July 2024', '2024-07-09', '2024-07-09'],
    ['July 9, 2024', '2024-07-09', '2024-07-09'],
    ['July of 2024', '2024-07-01', '2024-07-31'],
    ['9th July, 2024', '2024-07-09', '2024-07-09'],
  ])('reads %s as %s … %s', (text, first, last) => {
    expect(parsePeriod(text)).toMatchObject({ first, last });
  });
  it.each(['2024-02-30', '2024-13', 'Julember 2024', 'yesterday', '24', '2024-07-09T10:00', ''])('rejects %s', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });
});

describe('extractDates', () => {
  it.each([
    ['in july 2024', { from: '2024-07', to: '2024-07', rest: '' }],
    ['since February 2022 x', { from: '2022-02', rest: 'x' }],
    ['before 9 July 2024', { to: '2024-07-09', rest: '' }],
    ['on November 29, 2023', { from: '2023-11-29', to: '2023-11-29', rest: '' }],
    ['all 32 member states', { rest: 'all 32 member states' }],
    ['the 1997 treaty', { from: '1997', to: '1997', rest: 'the treaty' }],
    ['aid since 2024/7', { from: '2024-07', rest: 'aid' }],
    ['aid before 2024-02-30', { rest: 'aid before 2024-02-30' }],
  ])('GIVEN "%s" THEN %o', (text, expected) => {
    expect(extractDates(text)).toEqual(expected);
  });
});
