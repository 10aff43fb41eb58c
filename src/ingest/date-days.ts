// Calendar days in UTC (so the machine's time zone never shifts a day): the arithmetic the
// date-reading steps share, and the shape of a date found in words before it becomes ISO text.
import type { DateRef } from '../factbase/schema.js';

export type Precision = DateRef['precision'];

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const iso = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const toUtc = ({ y, m, d }: Ymd): Date => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
export const addDays = (day: Ymd, days: number): Ymd => fromUtc(new Date(toUtc(day).getTime() + days * 86_400_000));
export const weekdayOf = (day: Ymd): number => toUtc(day).getUTCDay();
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
export const compare = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;
export const isValidDay = ({ y, m, d }: Ymd): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

export function parseIsoDate(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

export function periodEnd(start: Ymd, precision: Precision): Ymd {
  if (precision === 'year') return { y: start.y, m: 12, d: 31 };
  if (precision === 'month') return { y: start.y, m: start.m, d: daysInMonth(start.y, start.m) };
  return start;
}

export function periodStart(day: Ymd, precision: Precision): Ymd {
  if (precision === 'year') return { y: day.y, m: 1, d: 1 };
  if (precision === 'month') return { y: day.y, m: day.m, d: 1 };
  return day;
}

export function shiftMonths(day: Ymd, months: number): Ymd {
  const zeroBased = day.y * 12 + (day.m - 1) + months;
  return { y: Math.floor(zeroBased / 12), m: (zeroBased % 12) + 1, d: 1 };
}

/** A date found in a sentence, before it becomes a DateRef. */
export interface Found {
  index: number;
  text: string;
  start: Ymd;
  end?: Ymd;
  precision: Precision;
}
