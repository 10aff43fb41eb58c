// Finds the dates a sentence mentions and resolves them against the article's publication
// date, keeping only the precision the words support. chrono-node does the parsing; the
// ordered steps below decide what its results are worth, because for news a wrong date
// is worse than a missing one (see DESIGN.md, "Known pitfalls").
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { DateRef } from '../factbase/schema.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';

/** A date found in a sentence: a DateRef plus where its words start in the sentence. */
export type ResolvedDate = DateRef & { index: number };

/** The DateRef part of a ResolvedDate (what the fact base stores). */
export function toDateRef(resolved: ResolvedDate): DateRef {
  const date: DateRef = { start: resolved.start, precision: resolved.precision, text: resolved.text };
  if (resolved.end !== undefined) date.end = resolved.end;
  return date;
}

type Precision = DateRef['precision'];
type Tense = 'past' | 'future' | 'unknown';

// ---------------------------------------------------------------------------------------
// Calendar helpers (UTC, so the machine's time zone never shifts a day)

interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const iso = ({ y, m, d }: Ymd): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const toUtc = ({ y, m, d }: Ymd): Date => new Date(Date.UTC(y, m - 1, d));
const fromUtc = (date: Date): Ymd => ({ y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() });
const addDays = (day: Ymd, days: number): Ymd => fromUtc(new Date(toUtc(day).getTime() + days * 86_400_000));
const weekdayOf = (day: Ymd): number => toUtc(day).getUTCDay();
const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const compare = (a: Ymd, b: Ymd): number => a.y - b.y || a.m - b.m || a.d - b.d;
const isValidDay = ({ y, m, d }: Ymd): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

function parseIsoDate(value: string): Ymd | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const day = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
  return isValidDay(day) ? day : null;
}

function periodEnd(start: Ymd, precision: Precision): Ymd {
  if (precision === 'year') return { y: start.y, m: 12, d: 31 };
  if (precision === 'month') return { y: start.y, m: start.m, d: daysInMonth(start.y, start.m) };
  return start;
}

function periodStart(day: Ymd, precision: Precision): Ymd {
  if (precision === 'year') return { y: day.y, m: 1, d: 1 };
  if (precision === 'month') return { y: day.y, m: day.m, d: 1 };
  return day;
}

// ---------------------------------------------------------------------------------------
// The cheap gate: most sentences name no date, and chrono costs ~60–120 µs a call. Month
// and weekday names only count capitalised (lowercase "may"/"march" are verbs, dropped anyway).

const DATE_NAMES = new RegExp(String.raw`\b(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES].join('|')})\b`);
const DATE_PHRASES =
  /\b(?:yesterday|today|tonight|tomorrow|weekend|ago)\b|\b(?:next|last|this|following|previous|preceding)\s+(?:month|year)\b|\b(?:19|20)\d\d\b|\d[/.-]\d{1,2}[/.-]\d/i;

// ---------------------------------------------------------------------------------------
// Tense: does the clause around a date look back (news default) or forward?

// Words that place a clause in the past or the future.
const PAST_CUES =
  /\b(?:was|were|had|did|said|told|held|met|took|came|went|began|begun|ended|launched|established|announced|signed|visited|attended|hosted|approved|passed|agreed|decided|invaded|attacked|occurred|happened|reported|stated|mentioned|arrived|returned|killed|struck|since|ago|last|earlier|previous|previously|recently)\b/gi;
const FUTURE_CUES =
  /\b(?:will|won['’]t|shall|would|going to|scheduled|expected|set to|plans? to|planned|planning|intends? to|upcoming|coming|next|ahead|later|tomorrow|due to|(?:is|are|am) \w+ing)\b|\w['’]ll\b/gi;
// "and" is not a break: "the leaders will meet and sign on Monday" is one clause for tense.
const CLAUSE_BREAK = /[,;:()"“”—–]|\b(?:that|which|who|whom|where|while|but|because|although|though|whether|if)\b/gi;

interface Span {
  from: number;
  to: number;
}

/** The clause holding [start, end), and the clauses just before and after it. */
function clausesAround(text: string, start: number, end: number): { before: Span; own: Span; after: Span } {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m): Span => ({ from: m.index, to: m.index + m[0].length }));
  const left = breaks.filter((b) => b.to <= start);
  const right = breaks.filter((b) => b.from >= end);
  const own = { from: left.at(-1)?.to ?? 0, to: right[0]?.from ?? text.length };
  const before = { from: left.at(-2)?.to ?? 0, to: left.at(-1)?.from ?? 0 };
  const after = { from: right[0]?.to ?? text.length, to: right[1]?.from ?? text.length };
  return { before, own, after };
}

function cuesIn(text: string, span: Span, skip: Span): { at: number; end: number; tense: Tense }[] {
  const found: { at: number; end: number; tense: Tense }[] = [];
  const slice = text.slice(span.from, span.to);
  for (const [re, tense] of [[PAST_CUES, 'past'], [FUTURE_CUES, 'future']] as const) {
    for (const match of slice.matchAll(re)) {
      const at = span.from + match.index;
      const end = at + match[0].length;
      if (end > skip.from && at < skip.to) continue; // a word of the date itself
      found.push({ at, end, tense });
    }
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The tense that governs a date: in its own clause the nearest cue before it (the verb
 * usually comes first: "met … on Monday", "will travel on Monday"), else the nearest after
 * it; a clause with none ("On Monday, …") takes the first cue of the next clause, then
 * the last of the one before.
 */
function tenseAround(text: string, start: number, end: number): Tense {
  const date = { from: start, to: end };
  const { before, own, after } = clausesAround(text, start, end);
  const inOwn = cuesIn(text, own, date);
  const cue =
    inOwn.filter((c) => c.end <= start).at(-1) ??
    inOwn.find((c) => c.at >= end) ??
    cuesIn(text, after, date)[0] ??
    cuesIn(text, before, date).at(-1);
  return cue?.tense ?? 'unknown';
}

// ---------------------------------------------------------------------------------------
// Turning chrono's results into honest dates

interface Context {
  text: string;
  published: Ymd | null;
}

interface Found {
  index: number;
  text: string;
  start: Ymd;
  end?: Ymd;
  precision: Precision;
}

const HAS_EXPLICIT_YEAR = /\b\d{4}\b|['’]\d\d\b/;
const FULL_WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
const FULL_OR_SHORT_MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/;
// "May" and "March" are also a verb; alone they count only after a word that introduces a date.
const VERB_LIKE_MONTH = /^(?:May|March)\b/;
const MONTH_INTRODUCER = /\b(?:in|since|by|until|till|from|through|during|before|after|of|early|late|mid|last|next|this|the|to|between|and|or)[\s-]*$/i;
const HEDGE_BEFORE = /\b(?:almost|nearly|about|around|roughly|some|over|under|than|approximately|circa|just)\s*$/i;
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

function unitsAgo(text: string): { count: number; unit: 'day' | 'month' | 'year' } | null {
  const match = /^(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s+(day|month|year)s?\s+ago$/i.exec(text);
  if (!match) return null;
  const word = match[1]!.toLowerCase();
  const count = SMALL_NUMBERS[word] ?? Number(word);
  return { count, unit: match[2]!.toLowerCase() as 'day' | 'month' | 'year' };
}

function shiftMonths(day: Ymd, months: number): Ymd {
  const zeroBased = day.y * 12 + (day.m - 1) + months;
  return { y: Math.floor(zeroBased / 12), m: (zeroBased % 12) + 1, d: 1 };
}

/** Picks the year for a month(-day) written without one, from the tense of its clause. */
function chooseYear(
  month: number,
  day: number | null,
  weekday: number | null,
  published: Ymd,
  tense: Tense,
): number | null {
  const candidates = [published.y - 1, published.y, published.y + 1]
    .map((y) => ({ y, m: month, d: day ?? 1 }))
    .filter((c) => isValidDay(c) && (weekday === null || weekdayOf(c) === weekday));
  const against = day === null ? { ...published, d: 1 } : published;
  const past = candidates.filter((c) => compare(c, against) <= 0).at(-1);
  const future = candidates.find((c) => compare(c, against) >= 0);
  if (tense === 'past') return past?.y ?? null;
  if (tense === 'future') return future?.y ?? null;
  if (!past || !future) return (past ?? future)?.y ?? null;
  const daysBack = toUtc(against).getTime() - toUtc(past).getTime();
  const daysAhead = toUtc(future).getTime() - toUtc(against).getTime();
  // Tense unknown: news looks back, so the future reading must be clearly the nearer one.
  return daysAhead * 2 < daysBack ? future.y : past.y;
}

// "last"/"this past"/"previous" Monday is strictly before the article; "next" strictly after;
// otherwise the clause's tense decides, and the default for news is the past.
function resolveWeekday(weekday: number, published: Ymd, rawModifier: string, tense: Tense): Ymd {
  const modifier = rawModifier === 'past' || rawModifier === 'previous' ? 'last' : rawModifier;
  const today = weekdayOf(published);
  if (modifier === 'next' || modifier === 'coming' || (modifier !== 'last' && tense === 'future')) {
    const ahead = (weekday - today + 7) % 7;
    return addDays(published, modifier === 'next' && ahead === 0 ? 7 : ahead);
  }
  const back = (today - weekday + 7) % 7;
  return addDays(published, modifier === 'last' && back === 0 ? -7 : -back);
}

function resolveWeekend(published: Ymd, modifier: string, tense: Tense): { start: Ymd; end: Ymd } | null {
  const saturday = 6;
  if (modifier === 'next' || (modifier !== 'last' && tense === 'future')) {
    const start = resolveWeekday(saturday, published, modifier, 'future');
    return { start, end: addDays(start, 1) };
  }
  // "last weekend" read on a Saturday or Sunday means the one before.
  const inWeekend = weekdayOf(published) === 0 || weekdayOf(published) === saturday;
  let start = resolveWeekday(saturday, published, '', 'past');
  if (modifier === 'last' && inWeekend) start = addDays(start, -7);
  return { start, end: addDays(start, 1) };
}

function modifierBefore(text: string, index: number, resultText: string): string {
  const own = /^(?:on\s+)?(last|next|this|past|previous|coming)\b/i.exec(resultText);
  if (own) return own[1]!.toLowerCase();
  const before = /\b(last|next|this|past|previous|coming)\s+$/i.exec(text.slice(Math.max(0, index - 12), index));
  return before ? before[1]!.toLowerCase() : '';
}

function certainPrecision(c: ParsedComponents): Precision | null {
  if (c.isCertain('day') && c.isCertain('month')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/** chrono's reading of a date-of-the-calendar (no weekday-only, no relative phrase). */
function absoluteDate(
  result: ParsedResult,
  components: ParsedComponents,
  ctx: Context,
  tense: Tense,
  explicitYear: boolean,
): { day: Ymd; precision: Precision } | null {
  const precision = certainPrecision(components);
  if (precision === null) return null;
  const month = components.get('month');
  const dayOfMonth = components.get('day');
  if (month === null || dayOfMonth === null) return null;
  let year = components.get('year');
  if (!explicitYear) {
    if (ctx.published === null || precision === 'year') return null;
    const weekday = components.isCertain('weekday') ? components.get('weekday') : null;
    year = chooseYear(month, precision === 'day' ? dayOfMonth : null, weekday, ctx.published, tense);
  }
  if (year === null) return null;
  const day = { y: year, m: month, d: precision === 'day' ? dayOfMonth : 1 };
  if (!isValidDay(day)) return null;
  // Slash dates such as 5/6/2023 read differently in the US and Europe: keep only the year.
  if (result.tags().has('parser/SlashDateFormatParser') && precision === 'day') {
    if (!explicitYear) return null;
    if (dayOfMonth <= 12 && month <= 12 && dayOfMonth !== month) return { day: { y: year, m: 1, d: 1 }, precision: 'year' };
  }
  return { day, precision };
}

/** Relative phrases chrono reads from the reference date: only the ones that name a period of the calendar. */
function relativeDate(result: ParsedResult, ctx: Context): { day: Ymd; precision: Precision } | null {
  if (ctx.published === null) return null;
  const words = result.text.trim().replace(/[.,;:]$/, '').toLowerCase();
  const tags = result.tags();
  if (tags.has('casualReference/now')) return null;
  if (/^(?:today|tonight)$/.test(words)) return { day: ctx.published, precision: 'day' };
  if (words === 'yesterday') return { day: addDays(ctx.published, -1), precision: 'day' };
  if (words === 'tomorrow') return { day: addDays(ctx.published, 1), precision: 'day' };

  const period = /^(next|last|this)\s+(month|year)$/.exec(words);
  if (period) {
    // "the next year" counts from the story's own time, not the article's: handled by anchoredRelative.
    if (/\bthe\s*$/i.test(ctx.text.slice(Math.max(0, result.index - 5), result.index))) return null;
    const step = period[1] === 'next' ? 1 : period[1] === 'last' ? -1 : 0;
    if (period[2] === 'year') return { day: { y: ctx.published.y + step, m: 1, d: 1 }, precision: 'year' };
    return { day: shiftMonths(ctx.published, step), precision: 'month' };
  }

  const ago = unitsAgo(words);
  if (ago && !HEDGE_BEFORE.test(ctx.text.slice(Math.max(0, result.index - 20), result.index))) {
    if (ago.unit === 'day') return { day: addDays(ctx.published, -ago.count), precision: 'day' };
    if (ago.unit === 'month') return { day: shiftMonths(ctx.published, -ago.count), precision: 'month' };
    return { day: { y: ctx.published.y - ago.count, m: 1, d: 1 }, precision: 'year' };
  }
  // Everything else ("last week", "the past year", "for 10 years", "2 days later",
  // "the day before") is a span, a duration or counts from the story's own time.
  return null;
}

function fromChrono(result: ParsedResult, ctx: Context): Found | null {
  const text = result.text.replace(/[\s,.;:]+$/, '');
  const index = result.index;
  const end = index + text.length;
  const explicitYear = HAS_EXPLICIT_YEAR.test(text);
  const tense = tenseAround(ctx.text, index, end);
  const start = result.start;
  const tags = result.tags();
  const base = { index, text };

  const relative =
    tags.has('result/relativeDate') ||
    [...tags].some((t) => t.startsWith('casualReference/')) ||
    /^(?:this|next|last)\s+(?:week|month|year)$/i.test(text);
  if (relative) {
    if (start.isCertain('weekday') && FULL_WEEKDAY.test(text) && ctx.published) {
      const modifier = modifierBefore(ctx.text, index, text);
      return { ...base, start: resolveWeekday(start.get('weekday')!, ctx.published, modifier, tense), precision: 'day' };
    }
    const period = relativeDate(result, ctx);
    return period && { ...base, start: period.day, precision: period.precision };
  }

  if (/weekend/i.test(text)) {
    if (!ctx.published) return null;
    const weekend = resolveWeekend(ctx.published, modifierBefore(ctx.text, index, text), tense);
    return weekend && { ...base, start: weekend.start, end: weekend.end, precision: 'day' };
  }

  // A weekday with no calendar date: resolved by tense, never forward by default.
  if (start.isCertain('weekday') && !start.isCertain('day') && !start.isCertain('month')) {
    if (!ctx.published || !FULL_WEEKDAY.test(text)) return null;
    const modifier = modifierBefore(ctx.text, index, text);
    return { ...base, start: resolveWeekday(start.get('weekday')!, ctx.published, modifier, tense), precision: 'day' };
  }

  // A month named alone must be written as a month ("protesters march" is not March).
  if (start.isCertain('month') && !start.isCertain('day') && !explicitYear) {
    const word = FULL_OR_SHORT_MONTH.exec(text);
    if (!word) return null;
    if (VERB_LIKE_MONTH.test(word[0]) && !MONTH_INTRODUCER.test(ctx.text.slice(0, index + word.index))) return null;
  }

  const first = absoluteDate(result, start, ctx, tense, explicitYear);
  if (!first) return null;
  let precision = first.precision;
  // "the end of November": chrono picks the 30th, the words only say November.
  if ([...tags].some((t) => t.includes('EndOf'))) precision = precision === 'day' ? 'month' : precision;

  if (!result.end) return { ...base, start: periodStart(first.day, precision), precision };
  const endComponents = result.end;
  const endPrecision = certainPrecision(endComponents);
  const endMonth = endComponents.get('month');
  const endDay = endComponents.get('day');
  if (endPrecision === null || endMonth === null || endDay === null) return null;
  // A range shares the year chosen for its start unless it wraps the new year.
  let endYear = explicitYear ? endComponents.get('year') ?? first.day.y : first.day.y;
  if (!explicitYear && endMonth < first.day.m) endYear += 1;
  const rangePrecision = ['year', 'month', 'day'].find((p) => p === precision || p === endPrecision) as Precision;
  const last = periodEnd(periodStart({ y: endYear, m: endMonth, d: endDay }, rangePrecision), rangePrecision);
  const startDay = periodStart(first.day, rangePrecision);
  if (!isValidDay(last) || compare(last, startDay) < 0) return null;
  const single = compare(periodEnd(startDay, rangePrecision), last) === 0;
  return single
    ? { ...base, start: startDay, precision: rangePrecision }
    : { ...base, start: startDay, end: last, precision: rangePrecision };
}

// ---------------------------------------------------------------------------------------
// What chrono does not read: bare years and "the following year"

const EVENT_NOUN =
  /^(?:elections?|summit|budget|campaign|invasion|war|offensive|counteroffensive|counter-offensive|census|agreement|treaty|accord|deal|law|act|report|season|games|olympics|race|vote|referendum|midterms?|cycle|conference|meeting|talks|annexation|revolution|bill|plan|strategy|review|decision|ceremony|presidential|parliamentary|general|federal|national|annual|fiscal|local)\b/;
// Words before a bare number that make it a year ("in 2024", "since 2022", "mid-2024").
const YEAR_INTRODUCER =
  /(?:\b(?:in|since|by|until|till|through|throughout|during|before|after|of|from|to|between|early|late|around|circa|year|fiscal|spring|summer|autumn|fall|winter)\s+|\bmid-)$/i;
const QUANTITY_BEFORE = /\b(?:some|about|nearly|over|than|around|approximately|almost|least|only|just|up to|all)\s+$/i;
const BARE_YEAR = /(?<![\d$€£¥₴.,/#]|\d-)\b(19\d\d|20\d\d)(?:\s*[-–]\s*(19\d\d|20\d\d))?\b(?![\d%]|[.,]\d|-\d)/g;

function bareYears(text: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(BARE_YEAR)) {
    const index = match.index;
    const end = index + match[0].length;
    if (taken.some((t) => index < t.index + t.text.length && end > t.index)) continue;
    const before = text.slice(Math.max(0, index - 20), index);
    const next = /^\s*([^\s]+)/.exec(text.slice(end))?.[1] ?? '';
    // "in 2024 soldiers…": a count of something, not a year.
    const nextIsCountedNoun = /^[a-z]+s$/.test(next) && !/^(?:was|has|is|as|this|thus|its)$/.test(next) && !EVENT_NOUN.test(next);
    const introduced = YEAR_INTRODUCER.test(before) && !nextIsCountedNoun;
    const named = /(?:\bthe|['’]s|^)\s*$/i.test(before) && (/^[A-Z]/.test(next) || EVENT_NOUN.test(next));
    if (QUANTITY_BEFORE.test(before) || !(introduced || named)) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first || last - first > 50) continue;
    const wording = /\b(?:early|late)\s+$|\bmid-$/i.exec(before);
    const start = { y: first, m: 1, d: 1 };
    const result: Found = {
      index: wording ? index - wording[0].length : index,
      text: wording ? wording[0] + match[0] : match[0],
      start,
      precision: 'year',
    };
    found.push(last === first ? result : { ...result, end: { y: last, m: 12, d: 31 } });
  }
  return found;
}

/** "the following year", "the next month", "the previous year": from the story's last stated date, else the article's. */
function anchoredRelative(text: string, taken: readonly Found[], published: Ymd | null): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(/\bthe\s+(following|next|previous|preceding)\s+(year|month)\b/gi)) {
    const unit = match[2]!.toLowerCase() as 'year' | 'month';
    const anchor = taken
      .filter((t) => t.index < match.index && (unit === 'year' || t.precision !== 'year'))
      .at(-1);
    const from = anchor?.start ?? published;
    if (!from) continue;
    const step = /following|next/i.test(match[1]!) ? 1 : -1;
    const start = unit === 'year' ? { y: from.y + step, m: 1, d: 1 } : shiftMonths(from, step);
    found.push({ index: match.index, text: match[0], start, precision: unit });
  }
  return found;
}

/** "in late July": the qualifier belongs to the words, not to the date. */
function withQualifier(found: Found, text: string): Found {
  if (found.precision !== 'month') return found;
  const before = /\b(?:early|late|mid)[\s-]$|\bmid-$/i.exec(text.slice(Math.max(0, found.index - 6), found.index));
  if (!before) return found;
  return { ...found, index: found.index - before[0].length, text: before[0] + found.text };
}

// ---------------------------------------------------------------------------------------

// chrono's English parsers minus those whose results are always rejected above (clock
// times, "within 30 days", "2 days later", "this morning", "+2 weeks"), and each of the
// rest guarded by a cheap test for the words it needs: every parser is a regex pass over
// the sentence, and chrono's are slow.
const UNUSED_PARSERS = new Set([
  'ENTimeExpressionParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualTimeParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const NUMERIC = /\d[/.-]\d/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const PARSER_NEEDS: Record<string, RegExp> = {
  ENYearMonthDayParser: NUMERIC,
  ISOFormatParser: NUMERIC,
  SlashDateFormatParser: NUMERIC,
  ENSlashMonthFormatParser: NUMERIC,
  ENMonthNameLittleEndianParser: MONTH_NAME,
  ENMonthNameMiddleEndianParser: MONTH_NAME,
  ENMonthNameParser: MONTH_NAME,
  ENYearMonthNameParser: MONTH_NAME,
  ENWeekdayParser: /mon|tue|wed|thu|fri|sat|sun|weekend|weekday/i,
  ENTimeUnitAgoFormatParser: /\b(?:ago|before|earlier)\b/i,
  ENCasualDateParser: /\b(?:now|today|tonight|tomorrow|tmrw?|yesterday|last\s*night)\b/i,
  ENEndOfCurrentMonthParser: /\bend of\b/i,
  ENRelativeDateFormatParser: /\b(?:this|last|past|next|after|following)\b/i,
};
const NEVER = /(?!)/;

function guarded(inner: chrono.Parser): chrono.Parser {
  const needs = PARSER_NEEDS[inner.constructor.name];
  if (needs === undefined) return inner;
  return {
    pattern: (context) => (needs.test(context.text) ? inner.pattern(context) : NEVER),
    extract: (context, match) => inner.extract(context, match),
  };
}

// Digits in a link ("…/2019/08/10/…", "…-march-4-2025-…") are not dates the text states.
const URL = /\b(?:https?:\/\/|www\.)[^\s)\]>]+/gi;

const parser = chrono.casual.clone();
parser.parsers = parser.parsers.filter((p) => !UNUSED_PARSERS.has(p.constructor.name)).map(guarded);

/**
 * Every date `text` states, resolved against `published` (the article's date, YYYY-MM-DD, or
 * null when unknown: then only dates that carry their own year are kept). Sorted by position.
 */
export function resolveDates(text: string, published: string | null): ResolvedDate[] {
  if (!DATE_NAMES.test(text) && !DATE_PHRASES.test(text)) return [];
  const publishedDay = published === null ? null : parseIsoDate(published);
  const ctx: Context = { text, published: publishedDay };
  const reference = { instant: toUtc(publishedDay ?? { y: 2000, m: 6, d: 15 }), timezone: 0 };
  reference.instant.setUTCHours(12);

  const fromParser = parser
    .parse(text, reference)
    .map((result) => fromChrono(result, ctx))
    .filter((f): f is Found => f !== null)
    .map((f) => withQualifier(f, text));
  const withYears = [...fromParser, ...bareYears(text, fromParser)].sort((a, b) => a.index - b.index);
  const urls = [...text.matchAll(URL)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const all = [...withYears, ...anchoredRelative(text, withYears, publishedDay)]
    .filter((f) => !urls.some(([from, to]) => f.index < to && f.index + f.text.length > from))
    .sort((a, b) => a.index - b.index);

  return all.map((f) => {
    const date: ResolvedDate = { start: iso(f.start), precision: f.precision, text: f.text, index: f.index };
    if (f.end !== undefined) date.end = iso(f.end);
    return date;
  });
}
