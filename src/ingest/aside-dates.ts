// Dates a sentence states in passing. A date can belong to another event than the one the
// sentence reports: the event a "before/after/until/since" phrase places it against ("is
// significant … before the government leaves office next spring", "has delivered 74% … since
// parliament approved funding in May 2025"), or the moment quoted words were spoken, which the
// report does not fix ("I can't promise that by tomorrow"). Such a date still answers "when"
// about that other event, but the timeline places the sentence by its report instead.
import { MONTH_ALTERNATION } from '../lexicon/calendar.js';
import type { Span } from './annotate.js';

// Words that place what the sentence reports against another event.
const RELATOR = /\b(?:before|after|ahead\s+of|prior\s+to|until|till|since|following)\b/giu;
// Words that name an event still to come ("the upcoming election in October 2026"): in a
// sentence that reports something past, a date in that phrase is the coming event's.
const ANTICIPATION = /\b(?:upcoming|forthcoming)\b/giu;
// Words that may stand between a relator and its own date without naming an event: "since
// March 2021", "until the end of 2024", "after the summer of 2023", "before mid-July".
const DATE_FILLER = new Set(['the', 'a', 'on', 'in', 'at', 'of', 'early', 'late', 'mid', 'end', 'start', 'beginning', 'middle', 'close', 'spring', 'summer', 'autumn', 'fall', 'winter', 'first', 'second', 'half', 'around', 'about']);
// Punctuation that closes the relator's phrase: a date beyond it belongs to another clause.
const PHRASE_BREAK = /[,;:()"—–]/u;
// A relator this many words or more before the date is too far to govern it.
const MAX_GAP_WORDS = 12;
// A date written on the calendar: a month's name, a year, or figures. Without one it is relative to when it was said.
const CALENDAR = new RegExp(String.raw`\b(?:${MONTH_ALTERNATION})\b|\b\d{4}\b|\d[/.-]\d`, 'iu');

/**
 * Whether the date at [index, index + length) of `text` dates another event that a relator
 * names: a relator before it in the same phrase ("ahead of Vos's return … in March"), with
 * words between them that are not the date's own ("since March 2021" dates the sentence), or
 * the date standing as a modifier of the event named ("until after the 2026 election"). An
 * anticipated event ("when asked about the upcoming election in October 2026, Reyes stated …")
 * counts when `reportsPast()` says the sentence reports something past.
 */
export function datesAnotherEvent(text: string, index: number, length: number, reportsPast: () => boolean): boolean {
  const before = text.slice(0, index);
  const relator = [...before.matchAll(RELATOR)].at(-1);
  const anticipation = [...before.matchAll(ANTICIPATION)].at(-1);
  if (anticipation !== undefined && (relator === undefined || anticipation.index > relator.index) && otherEventBetween(text, anticipation, index, length)) return reportsPast();
  return relator !== undefined && otherEventBetween(text, relator, index, length);
}

/** Whether the words from `relator` to the date name an event other than the date itself (see datesAnotherEvent). */
function otherEventBetween(text: string, relator: RegExpMatchArray & { index: number }, index: number, length: number): boolean {
  const before = text.slice(0, index);
  // "the following year" is a date of its own, not a relator.
  if (/^following$/iu.test(relator[0]) && /\bthe\s+$/iu.test(before.slice(0, relator.index))) return false;
  const gap = before.slice(relator.index + relator[0].length);
  if (PHRASE_BREAK.test(gap)) return false;
  const words = gap.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length >= MAX_GAP_WORDS) return false;
  if (words.some((word) => !DATE_FILLER.has(word.replace(/-$/u, '')))) return true;
  // "after the 2026 election": the date narrows the noun after it, the event the relator names.
  return /(?:\bthe|['’]s)\s*$/iu.test(gap) && /^\s+\p{L}/u.test(text.slice(index + length)) && !/^\s+(?:and|or|to|when|as)\b/iu.test(text.slice(index + length));
}

/** Whether the date's words are relative to when they were written or said ("tomorrow", "last weekend", "next month"). */
export const isRelativeDate = (words: string): boolean => !CALENDAR.test(words);

/**
 * The spans of each sentence's text that are quoted words, sentences in order. A quotation can
 * open in one sentence and close in a later one of the same paragraph (quotation marks are
 * straight after cleaning, so each one toggles); a new paragraph starts outside quotes.
 */
export function quotedSpans(sentences: readonly { articleId: string; paragraph: number; text: string }[]): Span[][] {
  let inside = false;
  let previous: { articleId: string; paragraph: number } | undefined;
  return sentences.map((sentence) => {
    if (previous === undefined || previous.articleId !== sentence.articleId || previous.paragraph !== sentence.paragraph) inside = false;
    previous = sentence;
    const spans: [number, number][] = [];
    let from = inside ? 0 : -1;
    for (let i = 0; i < sentence.text.length; i++) {
      if (sentence.text.charAt(i) !== '"') continue;
      if (from < 0) from = i;
      else {
        spans.push([from, i + 1]);
        from = -1;
      }
    }
    inside = from >= 0;
    if (inside) spans.push([from, sentence.text.length]);
    return spans;
  });
}

/** Whether [index, index + length) lies inside one of the spans. */
export const insideSpans = (index: number, length: number, spans: readonly Span[]): boolean =>
  spans.some(([from, to]) => index >= from && index + length <= to);
