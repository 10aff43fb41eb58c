// Calendar periods a person types, read by one grammar: "2024", "2024-07", "2024-07-21",
// "July 2024", "sept. 2023", "July of 2024", "21 July 2024", "July 21, 2024". Whole, it is a
// `from`/`to` option of /aid and /timeline (parsePeriod); inside a question it bounds what the
// router asks for ("aid since March 2021", extractDates). Article text is read by chrono
// instead (ingest/dates.ts): it resolves "last Wednesday" against the article's own day, which a
// typed bound does not have.
import { MONTH_WORD_ALTERNATION, monthNumber } from '../lexicon/calendar.js';

/** A calendar period a user typed: its first and last day (ISO), and the text as given. */
export interface Period {
  first: string;
  last: string;
  text: string;
}

const MONTH = String.raw`(${MONTH_WORD_ALTERNATION})\.?`;
const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
const PHRASE = [
  String.raw`${DAY}\s+${MONTH},?\s+(\d{4})`,
  String.raw`${MONTH}\s+${DAY},?\s+(\d{4})`,
  String.raw`${MONTH},?\s+(?:of\s+)?(\d{4})`,
  String.raw`(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?`,
  String.raw`(\d{4})`,
].join('|');
const WHOLE = new RegExp(`^(?:${PHRASE})$`, 'iu');
const WITHIN = new RegExp(String.raw`\b(?:${PHRASE})\b`, 'iu');

interface DateParts {
  year: number;
  month: number | undefined;
  day: number | undefined;
  /** A year written alone, not beside a month. */
  bareYear: boolean;
}

// The grammar admits only month words, whose first three letters name the month.
const monthOf = (word: string): number | undefined => monthNumber(word.slice(0, 3));
const numberOr = (text: string | undefined): number | undefined => (text === undefined ? undefined : Number(text));

function partsOf(match: RegExpExecArray): DateParts | null {
  const [, d1, m1, y1, m2, d2, y2, m3, y3, yIso, mIso, dIso, yBare] = match;
  const parts = (year: string, month: number | undefined, day: string | undefined): DateParts | null =>
    month === undefined ? null : { year: Number(year), month, day: numberOr(day), bareYear: false };
  if (y1 !== undefined && m1 !== undefined) return parts(y1, monthOf(m1), d1);
  if (y2 !== undefined && m2 !== undefined) return parts(y2, monthOf(m2), d2);
  if (y3 !== undefined && m3 !== undefined) return parts(y3, monthOf(m3), undefined);
  if (yIso !== undefined) return parts(yIso, numberOr(mIso), dIso);
  return yBare === undefined ? null : { year: Number(yBare), month: undefined, day: undefined, bareYear: true };
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a year, a month of it or one day of it spans; null for a day or month that does not exist. */
export function periodOf(year: number, month: number | undefined, day: number | undefined, text: string): Period | null {
  if (year < 1000 || year > 9999) return null;
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31`, text };
  if (month < 1 || month > 12) return null;
  const lastDay = daysInMonth(year, month);
  if (day === undefined) return { first: `${year}-${pad(month)}-01`, last: `${year}-${pad(month)}-${pad(lastDay)}`, text };
  if (day < 1 || day > lastDay) return null;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { first: iso, last: iso, text };
}

/** The whole text read as one period; null for anything else, including impossible days (2024-02-30). */
export function parsePeriod(text: string): Period | null {
  const match = WHOLE.exec(text.replace(/\s+/gu, ' ').trim().replace(/,$/u, ''));
  const parts = match === null ? null : partsOf(match);
  return parts === null ? null : periodOf(parts.year, parts.month, parts.day, text);
}

export interface DatesInText {
  from?: string;
  to?: string;
  /** The text with the date phrases (and their prepositions) removed. */
  rest: string;
}

/** "9 July 2024" → "2024-07-09", "july 2024" → "2024-07", "2023" → "2023": the ISO text of the precision written. */
function isoOf(parts: DateParts): string | null {
  const period = periodOf(parts.year, parts.month, parts.day, '');
  if (period === null) return null;
  return parts.day !== undefined ? period.first : parts.month !== undefined ? period.first.slice(0, 7) : String(parts.year);
}

/** Reads up to two dates in a question and what they bound: "since X" → from, "before X" → to, "between X and Y", else both. */
export function extractDates(text: string): DatesInText {
  const found: { iso: string; preposition: string }[] = [];
  let rest = text;
  for (let i = 0; i < 2; i += 1) {
    const match = WITHIN.exec(rest);
    const parts = match === null ? null : partsOf(match);
    // A bare number is a year only in a plausible range ("in 2023", not "1500 troops").
    if (match === null || parts === null || (parts.bareYear && (parts.year < 1900 || parts.year > 2100))) break;
    const iso = isoOf(parts);
    if (iso === null) break;
    const before = rest.slice(0, match.index);
    const preposition = /\b(since|after|from|before|until|till|by|between|and|to|in|on|during|of|at)\s*$/iu.exec(before);
    const cutFrom = preposition === null ? match.index : match.index - preposition[0].length;
    found.push({ iso, preposition: preposition?.[1]?.toLowerCase() ?? '' });
    rest = `${rest.slice(0, cutFrom)} ${rest.slice(match.index + match[0].length)}`;
  }
  rest = rest.replace(/\s+/gu, ' ').trim();
  const [first, second] = found;
  if (first === undefined) return { rest };
  if (second !== undefined) return { from: first.iso, to: second.iso, rest };
  if (['since', 'after', 'from'].includes(first.preposition)) return { from: first.iso, rest };
  if (['before', 'until', 'till', 'by', 'to'].includes(first.preposition)) return { to: first.iso, rest };
  return { from: first.iso, to: first.iso, rest };
}
