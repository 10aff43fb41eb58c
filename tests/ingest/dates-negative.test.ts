// Words that look like dates but are not: none may produce a date, above all not a false day.
import { describe, expect, it } from 'vitest';
import { resolveDates } from '../../src/ingest/dates.js';

const published = '2024-12-03';

describe('resolveDates: text that must not produce a date', () => {
  it.each([
    ['a time of day alone', 'Wednesday, 13 November 2024, 13:19 is the stamp; later at 13:19 it ended.'],
    ['an ordinal anniversary', 'the alliance will be celebrating its 75th anniversary'],
    ['counts of nations and members', 'The United States and 50 other nations stand united; all 32 NATO member states agreed.'],
    ['a number sign', 'He is the No. 2 official.'],
    ['money', 'the request for $61.4 billion in additional aid and a $2024 fee'],
    ['an ordinal in a name', 'held in the 1st Kurdakhany Detention Center near Baku'],
    ['an ordinal season', 'as we enter the second winter of the war'],
    ['"may" as a verb', "Ukraine may not receive a membership invitation anytime soon."],
    ['"march" as a verb', 'Thousands of protesters march through the capital.'],
    ['a conference name', 'a rally at COP29 in Baku'],
    ['a count that looks like a year', 'Some 2000 soldiers and 2024 volunteers arrived.'],
    ['a date without a year in a slash form', 'the 9/11 attacks'],
    ['"now"', 'Ukraine is now closer to membership than ever.'],
    ['a story-relative day', 'The ministers had met the day before, and again two days later.'],
    ['a duration', 'Ukraine has fought for 10 years and may hold out within 30 days.'],
    ['a weekday abbreviation inside a name', 'The Sun reported the deal.'],
    ['a link', 'See https://example.com/news/2024/03/05/march-4-2025-report for details.'],
  ])('%s', (_label, text) => {
    const found = resolveDates(text, published).filter((d) => !(d.text.startsWith('Wednesday, 13 November 2024')));
    expect(found).toEqual([]);
  });

  it('GIVEN a time with a full date THEN only the day, the time ignored', () => {
    expect(resolveDates('Wednesday, 13 November 2024, 13:19', published)).toEqual([
      { start: '2024-11-13', precision: 'day', text: 'Wednesday, 13 November 2024', index: 0 },
    ]);
  });

  it('GIVEN "May Day" and "May" as a modal THEN no date; "in May" is a month', () => {
    expect(resolveDates('Workers rallied on May Day.', published)).toEqual([]);
    expect(resolveDates('May I ask a question?', published)).toEqual([]);
    expect(resolveDates('The law passed in May.', published).map((d) => d.start)).toEqual(['2024-05-01']);
  });

  it('GIVEN a treaty named by its year THEN a year mention, never a day', () => {
    expect(resolveDates('neither Russia nor the US has signed the 1997 Ottawa Treaty', published)).toEqual([
      { start: '1997-01-01', precision: 'year', text: '1997', index: 41 },
    ]);
  });

  it('GIVEN a slash date that reads differently in the US and Europe THEN only its year', () => {
    expect(resolveDates('The order was signed on 5/6/2023.', published).map((d) => `${d.start}/${d.precision}`)).toEqual(['2023-01-01/year']);
    expect(resolveDates('The order was signed on 11/13/2023.', published).map((d) => `${d.start}/${d.precision}`)).toEqual(['2023-11-13/day']);
  });

  it('GIVEN "the end of November" THEN the month, not an invented last day', () => {
    expect(resolveDates('The deliveries arrived at the end of November.', published).map((d) => `${d.start}/${d.precision}`)).toEqual([
      '2024-11-01/month',
    ]);
  });
});
