import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { resolveDates } from '../../src/ingest/dates.js';

/** The dates of a sentence as `start[..end]/precision`, the form a reader checks at a glance. */
function dates(text: string, published: string | null): string[] {
  return resolveDates(text, published).map((d) => `${d.start}${d.end ? `..${d.end}` : ''}/${d.precision}`);
}

describe('resolveDates: absolute dates', () => {
  it('GIVEN a day range with its year THEN start, end and day precision', () => {
    const [date] = resolveDates(
      'From July 9 to 11, 2024, Washington will be the location of the upcoming NATO summit hosted by the United States.',
      '2023-11-29',
    );
    expect(date).toEqual({ start: '2024-07-09', end: '2024-07-11', precision: 'day', text: 'July 9 to 11, 2024', index: 5 });
  });

  it('GIVEN abbreviated and day-first dates THEN the stated day', () => {
    expect(dates('NATO headquarters in Brussels, Nov. 29, 2023.', null)).toEqual(['2023-11-29/day']);
    expect(dates('The talks ended on 13 November 2024 in Brussels.', null)).toEqual(['2024-11-13/day']);
  });

  it('GIVEN a weekday with a day-first date and no year THEN the article year', () => {
    const [date] = resolveDates(
      'US Secretary of State Antony Blinken assured NATO on Wednesday, 13 November, that the administration will strengthen support.',
      '2024-11-13',
    );
    expect(date).toMatchObject({ start: '2024-11-13', precision: 'day', text: 'on Wednesday, 13 November' });
  });

  it('GIVEN a weekday that only matches another year THEN the weekday picks the year', () => {
    // 13 November was a Monday in 2023 and a Wednesday in 2024.
    expect(dates('They met on Monday, 13 November.', '2024-01-10')).toEqual(['2023-11-13/day']);
  });

  it('GIVEN a month with a year THEN month precision from the first of the month', () => {
    expect(dates('the upcoming U.S. presidential election in November 2024', '2023-11-29')).toEqual(['2024-11-01/month']);
    expect(dates('NATO was first established in April 1949.', null)).toEqual(['1949-04-01/month']);
    expect(dates('It has been working with us since February 2022.', '2023-11-29')).toEqual(['2022-02-01/month']);
    expect(dates('We have been working since February of 2022.', '2023-11-29')).toEqual(['2022-02-01/month']);
  });

  it('GIVEN a past event with a month and day but no year THEN the latest such day not after publication', () => {
    const text = 'The NATO-Ukraine Council was established at the NATO Summit in Vilnius on July 12, with the presence of leaders.';
    expect(dates(text, '2023-11-29')).toEqual(['2023-07-12/day']);
    expect(dates('The council was established on December 12.', '2023-11-29')).toEqual(['2022-12-12/day']);
  });

  it('GIVEN a future event with a month but no year THEN the next such month', () => {
    expect(dates("ahead of President-elect Donald Trump's return to the White House in January.", '2024-12-03')).toEqual(['2025-01-01/month']);
    expect(dates('NATO members are gathering in Brussels today, December 3, for a meeting.', '2024-12-03')).toEqual([
      '2024-12-03/day',
      '2024-12-03/day',
    ]);
  });

  it('GIVEN "in late July" THEN month precision with the qualifier kept in the words', () => {
    const [date] = resolveDates('The meeting was held for the second time in late July to address security.', '2023-11-29');
    expect(date).toMatchObject({ start: '2023-07-01', precision: 'month', text: 'late July' });
  });

  it('GIVEN bare years in a date context THEN year precision', () => {
    expect(dates('Putin will not pursue a deal until after the 2024 U.S. presidential election.', '2023-11-29')).toEqual(['2024-01-01/year']);
    expect(dates('the priorities for the Washington Summit in 2024.', null)).toEqual(['2024-01-01/year']);
    expect(dates('The sanctions have been in place since 2014.', null)).toEqual(['2014-01-01/year']);
    expect(dates('Output should double by mid-2025.', null)).toEqual(['2025-01-01/year']);
    expect(dates('He served in the Senate during 2009–2015.', null)).toEqual(['2009-01-01..2015-12-31/year']);
  });
});

describe('resolveDates: dates relative to the article', () => {
  const wednesday = '2023-11-29';

  it('GIVEN "On Wednesday" in an article published on a Wednesday THEN that day', () => {
    expect(dates('On Wednesday, U.S. Secretary of State Antony Blinken stated that there is a strong consensus.', wednesday)).toEqual([
      '2023-11-29/day',
    ]);
  });

  it('GIVEN a past-tense weekday THEN the most recent one, never forward', () => {
    expect(dates('He arrived in Kyiv on Friday.', wednesday)).toEqual(['2023-11-24/day']);
    expect(dates('Chancellor Scholz visited Kyiv on Monday.', '2024-12-03')).toEqual(['2024-12-02/day']);
    expect(dates('The ministers met last Wednesday.', wednesday)).toEqual(['2023-11-22/day']);
  });

  it('GIVEN a future-tense weekday THEN the next one', () => {
    expect(dates('Blinken will travel to Brussels on Friday.', wednesday)).toEqual(['2023-12-01/day']);
    expect(dates('Blinken is traveling to Brussels on Monday for the meeting.', wednesday)).toEqual(['2023-12-04/day']);
    expect(dates('On Monday, the leaders will deliver remarks.', wednesday)).toEqual(['2023-12-04/day']);
    expect(dates('The ministers meet again next Wednesday.', wednesday)).toEqual(['2023-12-06/day']);
  });

  it('GIVEN a past clause and a future clause THEN each weekday takes its own clause', () => {
    expect(dates('Blinken said on Monday that he will travel to Kyiv on Friday.', wednesday)).toEqual(['2023-11-27/day', '2023-12-01/day']);
    expect(dates('The ministers met on Monday and will sign the deal on Friday.', wednesday)).toEqual(['2023-11-27/day', '2023-12-01/day']);
  });

  it('GIVEN a regular past verb no list names THEN a month and day stay before publication', () => {
    // "plans to" after the date would otherwise read the clause as future: next year's September.
    const text = 'Deputy Adviser Lindqvist traveled to Oslo on September 4 and 5 to coordinate on plans to support the alliance.';
    expect(dates(text, '2024-09-05')[0]).toBe('2024-09-04/day');
    expect(dates('Haraldsen carried the letter to Bergen in March to plan the summit.', wednesday)).toEqual(['2023-03-01/month']);
  });

  it('GIVEN a scheduled event in the present tense THEN its weekday is the next one, whatever a later clause says', () => {
    // "where … was signed" describes the hall, not the opening.
    const text = 'The summit opens on Tuesday with a ceremony at the old hall, where the charter was signed in April 1949.';
    expect(dates(text, '2024-07-08')).toEqual(['2024-07-09/day', '1949-04-01/month']);
    expect(dates('The congress convenes on Monday in Bergen.', wednesday)).toEqual(['2023-12-04/day']);
  });

  it('GIVEN an "-ed" word after "be" or a determiner THEN the auxiliary, not the participle, sets the tense', () => {
    expect(dates('The accord will be signed on Friday.', wednesday)).toEqual(['2023-12-01/day']);
    expect(dates('The aid will be delivered in March.', wednesday)).toEqual(['2024-03-01/month']);
    expect(dates('The accord was signed on Friday.', wednesday)).toEqual(['2023-11-24/day']);
  });

  it('GIVEN a future word only inside a reported question THEN it does not move the date forward', () => {
    const text = 'Speaking on November 22 at a press conference in Baku, the minister responded to a question about whether Berlin would provide missiles.';
    expect(dates(text, wednesday)).toEqual(['2023-11-22/day']);
  });

  it('GIVEN yesterday, today and tomorrow THEN the days around publication', () => {
    expect(dates('Yesterday, a high-ranking official from the State Department stated it.', wednesday)).toEqual(['2023-11-28/day']);
    expect(dates('Ministers meet today.', wednesday)).toEqual(['2023-11-29/day']);
    expect(dates('Ministers meet tomorrow.', wednesday)).toEqual(['2023-11-30/day']);
  });

  it('GIVEN "last weekend" THEN the Saturday and Sunday before publication', () => {
    expect(dates('the biggest-ever drone attack on Kyiv just last weekend', wednesday)).toEqual(['2023-11-25..2023-11-26/day']);
    expect(dates('the attack last weekend', '2023-11-26')).toEqual(['2023-11-18..2023-11-19/day']);
  });

  it('GIVEN next month, this month, next year, last year THEN month or year precision only', () => {
    expect(dates('before the Biden administration exits office next month.', '2024-12-03')).toEqual(['2025-01-01/month']);
    expect(dates('planned negotiations for this month.', '2024-12-03')).toEqual(['2024-12-01/month']);
    expect(dates('in preparation for potential negotiations next year.', '2024-12-03')).toEqual(['2025-01-01/year']);
    expect(dates('Exports fell last year.', wednesday)).toEqual(['2022-01-01/year']);
  });

  it('GIVEN "in the following year" THEN the year after the article, or after the year the sentence names', () => {
    expect(dates("coinciding with the alliance's 75th anniversary in the following year.", wednesday)).toEqual(['2024-01-01/year']);
    expect(dates('He was elected in 2019; the following year he resigned.', wednesday)).toEqual(['2019-01-01/year', '2020-01-01/year']);
  });

  it('GIVEN "N days ago" THEN the day, and "N years ago" only the year', () => {
    expect(dates('The strike happened two days ago.', wednesday)).toEqual(['2023-11-27/day']);
    expect(dates('The war began two years ago.', wednesday)).toEqual(['2021-01-01/year']);
  });

  it('GIVEN vague spans THEN no date rather than a false day', () => {
    expect(dates('Earlier this week, Bulgaria granted approval for the flight.', wednesday)).toEqual([]);
    expect(dates('It will strengthen support in the coming months.', wednesday)).toEqual([]);
    expect(dates('when the Kremlin launched that war almost two years ago.', wednesday)).toEqual([]);
    expect(dates('what we have done over the last four years', wednesday)).toEqual([]);
    expect(dates('The talks resume next week.', wednesday)).toEqual([]);
  });

  it('GIVEN no publication date THEN relative dates and yearless dates are dropped, absolute ones kept', () => {
    expect(dates('On Wednesday, Blinken spoke.', null)).toEqual([]);
    expect(dates('Yesterday, the official spoke, and talks resume next year.', null)).toEqual([]);
    expect(dates('The summit in Vilnius on July 12 ended.', null)).toEqual([]);
    expect(dates('Stoltenberg spoke on November 29, 2023.', null)).toEqual(['2023-11-29/day']);
  });

  it('PROPERTY: a past-tense weekday is within the six days up to publication', () => {
    const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.nat(6), (day, w) => {
        const published = day.toISOString().slice(0, 10);
        const [date] = resolveDates(`The ministers met on ${weekdays[w]}.`, published);
        const back = (Date.parse(published) - Date.parse(date!.start)) / 86_400_000;
        return date!.precision === 'day' && back >= 0 && back <= 6 && new Date(date!.start).getUTCDay() === w;
      }),
    );
  });
});
