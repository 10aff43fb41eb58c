// Turns chrono-node's results into honest dates: keeps only the precision the words
// support and rejects readings that are worse than no date (see DESIGN.md, "Known pitfalls").
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { tenseAround, type Tense } from './date-tense.js';
import { addDays, compare, isValidDay, periodEnd, periodStart, shiftMonths, toUtc, weekdayOf } from './date-days.js';
import type { Found, Precision, Ymd } from './date-days.js';

export interface Context {
  text: string;
  published: Ymd | null;
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

export function fromChrono(result: ParsedResult, ctx: Context): Found | null {
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

/** "in late July": the qualifier belongs to the words, not to the date. */
export function withQualifier(found: Found, text: string): Found {
  if (found.precision !== 'month') return found;
  const before = /\b(?:early|late|mid)[\s-]$|\bmid-$/i.exec(text.slice(Math.max(0, found.index - 6), found.index));
  if (!before) return found;
  return { ...found, index: found.index - before[0].length, text: before[0] + found.text };
}
