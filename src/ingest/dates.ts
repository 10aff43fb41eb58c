// Finds the dates a sentence mentions and resolves them against the article's publication
// date, keeping only the precision the words support. chrono-node does the parsing; the
// ordered steps below decide what its results are worth, because for news a wrong date
// is worse than a missing one (see DESIGN.md, "Known pitfalls").
import * as chrono from 'chrono-node';
import type { DateRef } from '../factbase/schema.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { fromChrono, withQualifier, type Context } from './chrono-dates.js';
import { iso, parseIsoDate, toUtc, type Found } from './date-days.js';
import { anchoredRelative, bareYears } from './unread-dates.js';

/** A date found in a sentence: a DateRef plus where its words start in the sentence. */
export type ResolvedDate = DateRef & { index: number };

/** The DateRef part of a ResolvedDate (what the fact base stores). */
export function toDateRef(resolved: ResolvedDate): DateRef {
  const date: DateRef = { start: resolved.start, precision: resolved.precision, text: resolved.text };
  if (resolved.end !== undefined) date.end = resolved.end;
  return date;
}

// ---------------------------------------------------------------------------------------
// The cheap gate: most sentences name no date, and chrono costs ~60–120 µs a call. Month
// and weekday names only count capitalised (lowercase "may"/"march" are verbs, dropped anyway).

const DATE_NAMES = new RegExp(String.raw`\b(?:${[...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES].join('|')})\b`);
const DATE_PHRASES =
  /\b(?:yesterday|today|tonight|tomorrow|weekend|ago)\b|\b(?:next|last|this|following|previous|preceding)\s+(?:month|year)\b|\b(?:19|20)\d\d\b|\d[/.-]\d{1,2}[/.-]\d/i;


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