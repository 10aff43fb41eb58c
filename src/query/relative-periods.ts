// Periods a question names relative to when it is asked: "yesterday", "last week", "two weeks
// ago", "recently", "in march" (no year). Read as words they match the coverage's own relative
// words ("Yesterday, an official said …", dated by its article), which answer nothing; read as
// periods they bound the answer. Resolved against the asker's day (an injected clock, so tests
// are deterministic), in UTC days. A month without a year is the latest such month up to the
// asker's day or the coverage's latest article, whichever is earlier: "in march" asks about the
// coverage's March, not about one it cannot have reported yet.
import { COUNT_WORD_ALTERNATION, MONTH_WORD_ALTERNATION, countWordValue, monthNumber } from '../lexicon/calendar.js';
import { extractDates, periodOf, type DatesInText, type Period } from './periods.js';

/** When a question is asked: the asker's day and the coverage's latest article day (ISO). */
export interface AskedAt {
  readonly today: string;
  readonly coverageEnd?: string | undefined;
}

/** The asker's day of `now` (UTC), with the coverage's latest day when known. */
export function askedAt(now: Date, coverageEnd?: string | null): AskedAt {
  return { today: now.toISOString().slice(0, 10), coverageEnd: coverageEnd ?? undefined };
}

/** A relative period found in a question, with the preposition before it ("since", "before", …). */
export interface RelativePeriod extends Period {
  preposition: string;
  /** Where the phrase (with its preposition) starts and ends in the text. */
  start: number;
  end: number;
  /** Counted from the asking ("last week"), not a calendar month named without its year ("in june"). */
  fromAsking: boolean;
}

const isoAt = (ms: number): string => new Date(ms).toISOString().slice(0, 10);
/** Year, month (1–12) and day of an ISO day. */
const partsOf = (iso: string): [number, number, number] => [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];

type Unit = 'day' | 'week' | 'month' | 'year';
const unitOf = (word: string): Unit => word.replace(/s$/u, '') as Unit;

/** The calendar unit `back` units before today's ("last week" is back 1, "this week" back 0); weeks run Monday to Sunday (ISO 8601). */
function unitSpan(unit: Unit, today: string, back: number): { first: string; last: string } {
  const [year, month, day] = partsOf(today);
  if (unit === 'day') return { first: isoAt(Date.UTC(year, month - 1, day - back)), last: isoAt(Date.UTC(year, month - 1, day - back)) };
  if (unit === 'week') {
    const monday = day - ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) - 7 * back;
    return { first: isoAt(Date.UTC(year, month - 1, monday)), last: isoAt(Date.UTC(year, month - 1, monday + 6)) };
  }
  if (unit === 'month') return { first: isoAt(Date.UTC(year, month - 1 - back, 1)), last: isoAt(Date.UTC(year, month - back, 0)) };
  return { first: `${year - back}-01-01`, last: `${year - back}-12-31` };
}

/** The `count` units up to and including today ("the past two weeks"). */
function rollingSpan(unit: Unit, today: string, count: number): { first: string; last: string } {
  const [year, month, day] = partsOf(today);
  const start =
    unit === 'day' || unit === 'week'
      ? Date.UTC(year, month - 1, day - count * (unit === 'week' ? 7 : 1) + 1)
      : unit === 'month'
        ? Date.UTC(year, month - 1 - count, day + 1)
        : Date.UTC(year - count, month - 1, day + 1);
  return { first: isoAt(start), last: today };
}

/** "Recently" and "lately": the last 30 days, a month of news. */
const RECENT_DAYS = 30;

const COUNT = String.raw`(\d{1,3}|${COUNT_WORD_ALTERNATION})`;
const countOf = (text: string): number => countWordValue(text) ?? Number(text);

interface Phrase {
  pattern: string;
  /** A calendar month named without its year: it may be what a sentence says ("starts in june"), not when. */
  namedMonth?: true;
  resolve(groups: readonly (string | undefined)[], asked: AskedAt, phrase: string, preposition: string): { first: string; last: string } | null;
}

// The days chat writes as ordinals, which the question's plain form spells out ("3rd": third; chat-shorthand.ts).
const ORDINAL_DAYS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_DAY_ALTERNATION = ORDINAL_DAYS.join('|');
const dayValue = (text: string): number => (ORDINAL_DAYS.includes(text) ? ORDINAL_DAYS.indexOf(text) + 1 : Number(text));

// Ordered: longer phrases first, so "the past two weeks" is not read as "two weeks".
const PHRASES: readonly Phrase[] = [
  { pattern: String.raw`(?:the\s+)?day\s+before\s+yesterday`, resolve: (_, { today }) => unitSpan('day', today, 2) },
  { pattern: 'yesterday', resolve: (_, { today }) => unitSpan('day', today, 1) },
  { pattern: String.raw`today|tonight|this\s+(?:morning|afternoon|evening)`, resolve: (_, { today }) => unitSpan('day', today, 0) },
  {
    pattern: String.raw`(?:in\s+|over\s+|during\s+)?the\s+(?:past|last)\s+${COUNT}\s+(days?|weeks?|months?|years?)`,
    resolve: ([count, unit], { today }) => rollingSpan(unitOf(unit!), today, countOf(count!)),
  },
  { pattern: String.raw`(?:the\s+)?past\s+(day|week|month|year)`, resolve: ([unit], { today }) => rollingSpan(unitOf(unit!), today, 1) },
  { pattern: String.raw`(this|last|previous)\s+(week|month|year)`, resolve: ([which, unit], { today }) => unitSpan(unitOf(unit!), today, which === 'this' ? 0 : 1) },
  { pattern: String.raw`${COUNT}\s+(days?|weeks?|months?|years?)\s+ago`, resolve: ([count, unit], { today }) => unitSpan(unitOf(unit!), today, countOf(count!)) },
  { pattern: String.raw`recently|lately|in\s+recent\s+(?:days|weeks)`, resolve: (_, { today }) => rollingSpan('day', today, RECENT_DAYS) },
  {
    // A day of a month without its year: "on 13 nov", "the 13th of november", "the third of june" (chat's "3rd"
    // reaches here spelt out), not "nov 13 2024"; a day in words only before "of" ("the first may be").
    pattern: String.raw`(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?|(${ORDINAL_DAY_ALTERNATION})\s+of\s+)(${MONTH_WORD_ALTERNATION})\.?(?!\s*,?\s*\d)`,
    resolve: ([day, ordinal, word], asked) => latestDay(monthNumber(word!.slice(0, 3))!, dayValue(day ?? ordinal!), asked),
    namedMonth: true,
  },
  {
    // Month first ("nov 13", "june third"); "may" and "march" only after a preposition, where they cannot be verbs ("may 5 countries join").
    pattern: String.raw`(?:(?<=\b(?:in|on|during|since|before|after|until|till|by|from|of)\s+)(?:may|mar(?:ch)?)|${MONTH_WORD_ALTERNATION.replace('may|', '').replace('mar(?:ch)?|', '')})\.?\s+(?:the\s+)?(\d{1,2}|${ORDINAL_DAY_ALTERNATION})(?:st|nd|rd|th)?(?!\s*,?\s*\d|[\d.:/-])`,
    // After "since", "in", "before"… a bare two-digit number is chat's short year ("since feb 22": February 2022).
    resolve: ([day], asked, phrase, preposition) =>
      preposition !== '' && preposition !== 'on' && /^\d\d$/u.test(phrase.split(/\s+/u).at(-1)!) ? null : latestDay(monthNumber(phrase.slice(0, 3))!, dayValue(day!), asked),
    namedMonth: true,
  },
  {
    // A month word after a preposition and before no day or year ("in march", "in late july", not "in march 2024", "march 9").
    // Early, mid or late in it is the whole month: most dates the coverage states of such times are months.
    pattern: String.raw`(?<=\b(?:in|during|since|before|after|until|till|by|from|of)\s+)(?:(?:early|mid|late)[\s-]+)?(${MONTH_WORD_ALTERNATION})\.?(?!\s*,?\s*(?:of\s+)?\d)`,
    resolve: ([word], asked) => latestMonth(monthNumber(word!.slice(0, 3))!, asked),
    namedMonth: true,
  },
];

/** The latest `day` of `month` up to the asker's day, or the coverage's latest day when that is earlier; null for a day the month lacks. */
function latestDay(month: number, day: number, asked: AskedAt) {
  const latest = latestMonth(month, asked);
  if (latest === null || day < 1 || day > 31) return null;
  const reference = asked.coverageEnd !== undefined && asked.coverageEnd < asked.today ? asked.coverageEnd : asked.today;
  const [year] = partsOf(latest.first);
  // Earlier this month than the reference day, or else the year before (the 20th asked on the 10th).
  const inYear = (y: number) => isoAt(Date.UTC(y, month - 1, day));
  const iso = inYear(year) <= reference ? inYear(year) : inYear(year - 1);
  // A day the month does not have ("31 nov") rolls into the next month: no such day.
  return Number(iso.slice(5, 7)) === month ? { first: iso, last: iso } : null;
}

/** The latest `month` up to the asker's day, or the coverage's latest day when that is earlier. */
function latestMonth(month: number, { today, coverageEnd }: AskedAt) {
  const reference = coverageEnd !== undefined && coverageEnd < today ? coverageEnd : today;
  const year = Number(reference.slice(0, 4)) - (month > Number(reference.slice(5, 7)) ? 1 : 0);
  const period = periodOf(year, month, undefined, '');
  return period === null ? null : { first: period.first, last: period.last };
}

const PREPOSITION = String.raw`(?:(since|after|from|before|until|till|by|in|on|during|of|for|over)\s+)?`;
const COMPILED = PHRASES.map((phrase) => ({ ...phrase, regex: new RegExp(String.raw`\b${PREPOSITION}(?:${phrase.pattern})\b`, 'iu') }));

/** The earliest relative phrase in the text (with its preposition), whenever it is asked. */
function earliestPhrase(text: string): { match: RegExpExecArray; phrase: (typeof COMPILED)[number] } | null {
  let found: { match: RegExpExecArray; phrase: (typeof COMPILED)[number] } | null = null;
  for (const phrase of COMPILED) {
    const match = phrase.regex.exec(text);
    if (match !== null && (found === null || match.index < found.match.index)) found = { match, phrase };
  }
  return found;
}

/** The first relative period the text names, resolved against `asked`. */
export function relativePeriodIn(text: string, asked: AskedAt): RelativePeriod | null {
  const found = earliestPhrase(text);
  if (found === null) return null;
  const [whole, preposition, ...groups] = found.match;
  const phrase = (preposition === undefined ? whole : whole.slice(whole.indexOf(preposition) + preposition.length).trim()).toLowerCase();
  const days = found.phrase.resolve(groups.map((group) => group?.toLowerCase()), asked, phrase, preposition?.toLowerCase() ?? '');
  if (days === null) return null;
  const { index } = found.match;
  return { ...days, text: phrase, preposition: preposition?.toLowerCase() ?? '', start: index, end: index + whole.length, fromAsking: found.phrase.namedMonth !== true };
}

/** The relative period the text names as typed ("this year", "last month"), if any. */
export function typedRelativePeriod(text: string): string | undefined {
  const found = earliestPhrase(text);
  if (found === null) return undefined;
  const [whole, preposition] = found.match;
  return (preposition === undefined ? whole : whole.slice(whole.indexOf(preposition) + preposition.length)).trim();
}

/** The text without its relative period ("what happened last week" → "what happened"): the words to search for. */
export function withoutRelativePeriod(text: string): string {
  const found = earliestPhrase(text);
  return found === null ? text : cut(text, found.match.index, found.match.index + found.match[0].length);
}

const cut = (text: string, start: number, end: number): string => `${text.slice(0, start)} ${text.slice(end)}`.replace(/\s+/gu, ' ').trim();

/** A span as the period it is: "2026-11" for a whole month, "2026" for a whole year, else its days. */
function spanText({ first, last }: { first: string; last: string }): { first: string; last: string } {
  const month = periodOf(Number(first.slice(0, 4)), Number(first.slice(5, 7)), undefined, '');
  if (first.endsWith('-01-01') && last === `${first.slice(0, 4)}-12-31`) return { first: first.slice(0, 4), last: first.slice(0, 4) };
  if (month !== null && month.first === first && month.last === last) return { first: first.slice(0, 7), last: first.slice(0, 7) };
  return { first, last };
}

/** The bounds a preposition gives a period: "since X" → from, "before X" → to, else both. */
function boundsOf(period: RelativePeriod): { from?: string; to?: string } {
  const { first, last } = spanText(period);
  if (['since', 'after', 'from'].includes(period.preposition)) return { from: first };
  if (['before', 'until', 'till', 'by'].includes(period.preposition)) return { to: last };
  return { from: first, to: last };
}

/**
 * The dates a question bounds its answer by: a relative period when `asked` is known (it is
 * then cut from the text), else the calendar dates extractDates reads.
 */
export function datesInQuestion(text: string, asked: AskedAt | undefined): DatesInText & { relative?: RelativePeriod } {
  const relative = asked === undefined ? null : relativePeriodIn(text, asked);
  if (relative === null) return extractDates(text);
  return { ...boundsOf(relative), rest: cut(text, relative.start, relative.end), relative };
}
