// Which numbers in a sentence count something, for "how many": not the day of a date ("June 3
// to 5", "12 March", "5/12/2023"), a time ("10:30"), an ordinal ("60th anniversary"), a sum of
// money ("$45 billion": the money expectation answers for it, in part), a percentage ("80% of the
// ferries": a share, which the percent expectation answers for), someone's age ("Chiang,
// 68, said", "a 40-year-old"), and only
// in part a rough size ("tens of thousands", "dozens"), which gives an order, not a figure, or a
// number qualifying a noun ("a two-day meeting"), which counts its unit, not what may be asked.
import { entitySpans } from '../ingest/annotate.js';
import { isStopWord, terms } from '../factbase/terms.js';
import { monthNumber } from '../lexicon/calendar.js';
import { countsAnotherThing, type CountedThing } from './counted-thing.js';
import { RANKING } from './ranking-options.js';
import { ageSpans } from './stated-ages.js';

const ROUGH_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'several']);
const ORDINAL = /^\d+(?:st|nd|rd|th)$/iu;
const SCALE_AFTER = /^\s*(?:thousand|million|billion|trillion|bn|m)\b/iu;
// Characters read on each side of a number to tell a day or a time ("June 3 to 5", "9 a.m.").
const LOOK_AROUND = 20;
const MONTH_BEFORE = new RegExp(String.raw`\b([\p{L}]+)\.?\s+(?:\d{1,2}\s*(?:to|and|-|–)\s*)?$`, 'u');
const MONTH_AFTER = /^(?:st|nd|rd|th)?\s+(?:of\s+)?([\p{L}]+)/u;
const TIME_OR_NUMERIC_DATE = /^[:/.]\d|^\s*[ap]\.?m\b/iu;
const NUMERIC_DATE_BEFORE = /\d[:/]$/u;
const PERCENT_AFTER = /^(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)/iu;

function isDayOrTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - LOOK_AROUND), start);
  const after = text.slice(end, end + LOOK_AROUND);
  const number = Number(text.slice(start, end));
  if (TIME_OR_NUMERIC_DATE.test(after) || NUMERIC_DATE_BEFORE.test(before)) return true;
  if (!(number >= 1 && number <= 31)) return false;
  const month = (word: string | undefined) => word !== undefined && monthNumber(word) !== undefined;
  return month(MONTH_BEFORE.exec(before)?.[1]) || month(MONTH_AFTER.exec(after)?.[1]);
}

// "Her third visit", "for the second time": how many times something has happened, told by its order.
const ORDINAL_OCCASION = /\b(?:the|his|her|their|its|a|this|that)\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?=\p{L})/giu;

// The noun an ordinal numbers: the next word, or one after one or two words describing it ("third
// official trip", "seventh ferry aid package"), not a word after "in" ("the first in days").
const NUMBERED = /^(\p{L}+)(?:[\s-]+(\p{L}+))?(?:[\s-]+(\p{L}+))?/u;

/**
 * Where the text tells how many times by an ordinal ("his *third* trip"), for "how many times";
 * for "how many trips" (`counted`: the terms the counted thing is written with) only an ordinal
 * of one of those ("her third tour"), not "the second day".
 */
export function ordinalOccasionSpans(text: string, counted?: ReadonlySet<string>): [number, number][] {
  return [...text.matchAll(ORDINAL_OCCASION)].flatMap((match) => {
    const numbered = NUMBERED.exec(text.slice(match.index + match[0].length));
    const [, first, ...after] = numbered ?? [];
    // The run of words stops at a function word ("the third day *of* talks").
    const stop = after.findIndex((word) => word === undefined || isStopWord(word));
    const nouns = first === undefined || isStopWord(first) ? [] : [first, ...(after.slice(0, stop < 0 ? after.length : stop) as string[])];
    if (counted !== undefined && !nouns.some((word) => terms(word).some((term) => counted.has(term)))) return [];
    const start = match.index + match[0].indexOf(match[1]!, match[0].indexOf(' '));
    return [[start, start + match[1]!.length] as [number, number]];
  });
}

// "Has occurred twice": how many times, never how many of a thing ("how many soldiers").
const TIMES_WORD = /^(?:once|twice|thrice)$/iu;
const countsOccasionsOnly = (word: string, counted: CountedThing): boolean => TIMES_WORD.test(word) && !counted.terms.has('time');

/**
 * 0–1: how fully the text states a count — 1 for a figure or a number word, part for a rough size,
 * 0 for none (nor for a sum of money, a percentage, an age, or a count of another thing than the one asked).
 */
export function countShare(text: string, counted?: CountedThing | null): number {
  let share = 0;
  // A sum's scale word ("$45 billion") is part of the sum.
  const money = entitySpans(text, 'money').map(([from, to]) => [from, to + (SCALE_AFTER.exec(text.slice(to))?.[0].length ?? 0)] as const);
  const ages = ageSpans(text);
  const within = (spans: readonly (readonly [number, number])[], start: number, end: number) => spans.some(([from, to]) => start >= from && end <= to);
  for (const [start, end] of entitySpans(text, 'count')) {
    const word = text.slice(start, end);
    if (ORDINAL.test(word) || isDayOrTime(text, start, end) || within(money, start, end) || PERCENT_AFTER.test(text.slice(end, end + LOOK_AROUND)) || within(ages, start, end)) continue;
    if (counted != null && (countsAnotherThing(text, start, end, counted) || countsOccasionsOnly(word, counted))) continue;
    // "A two-day meeting", "a 4-year degree": a count of the unit it qualifies, which the question may not ask about.
    const qualifies = text[end] === '-' || word.includes('-');
    if (!ROUGH_NUMBER_WORDS.has(word.toLowerCase()) && !qualifies) return 1;
    share = Math.max(share, RANKING.roughCountShare);
  }
  return share;
}
