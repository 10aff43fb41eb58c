// "What happened after the Lindvik summit": the summit is an event the coverage dates, not a
// topic. Its date is the one the sentences answering "when was the Lindvik summit" agree on:
// one sentence can date it wrongly or state an incidental date ("ahead of the summit in July",
// resolved against the wrong year; "met today to prepare for the summit"), while most of the
// sentences about it state dates in one period, several of them to the same days.
import type { DateRef } from '../factbase/schema.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { searchAnswers } from './ask.js';
import { statedDates } from './in-period.js';
import { spanOf } from './options.js';

/** An event's date, its first and last day, and the sentence that states it. */
export interface Anchor {
  date: DateRef;
  first: string;
  last: string;
  sentenceId: number;
}

const overlaps = (a: Anchor, b: Anchor): boolean => a.first <= b.last && b.first <= a.last;
const inside = (inner: Anchor, outer: Anchor): boolean => inner.first >= outer.first && inner.last <= outer.last;

/** Ever narrower dates a vote is held among: within one year, within one month, to the day. */
const LEVELS: readonly ((date: Anchor) => boolean)[] = [
  (date) => date.first.slice(0, 4) === date.last.slice(0, 4),
  (date) => date.first.slice(0, 7) === date.last.slice(0, 7),
  (date) => date.date.precision === 'day' && date.first.slice(0, 7) === date.last.slice(0, 7),
];

/** Several sentences agreeing on a narrower date make it the event's, not one sentence's. */
const AGREEING = 2;

/**
 * The date the sentences agree on, from their dates in rank order (earlier wins ties): at each
 * level, inside the date chosen so far, the date overlapped by the most dates of that level
 * ("2023", then "July 2023", then "July 11–12, 2023"); a narrower level is taken only when at
 * least AGREEING dates agree on it. A range of years votes for nothing. Null without dates.
 */
export function agreedDate(dates: readonly Anchor[]): Anchor | null {
  let chosen: Anchor | null = null;
  for (const level of LEVELS) {
    const pool = dates.filter((date) => level(date) && (chosen === null || inside(date, chosen)));
    let best: Anchor | undefined;
    let bestSupport = 0;
    for (const date of pool) {
      const support = pool.filter((other) => overlaps(other, date)).length;
      if (support > bestSupport) [best, bestSupport] = [date, support];
    }
    if (best === undefined || (chosen !== null && bestSupport < AGREEING)) break;
    chosen = best;
  }
  return chosen;
}

/** The date of the event `text` names, agreed by the sentences answering "when was <text>"; null when none states one. */
export function anchorDate(text: string, facts: LoadedFactBase): Anchor | null {
  const stated = statedDates(facts);
  const { ranked, found, analysis, unheld } = searchAnswers(`when was ${text}`, facts);
  // An event naming someone the coverage lacks is none it dates.
  if (analysis.unknownNames.length > 0 || unheld) return null;
  // The best sentences on it may tell of it without a date of their own.
  const hits = [...ranked.slice(0, ANCHOR_CANDIDATES), ...found.filter((hit) => !ranked.slice(0, ANCHOR_CANDIDATES).some((top) => top.sentenceId === hit.sentenceId))];
  // Only sentences about the whole event ("holm met berg"), not those on a part of it
  // ("Holm met with his counterparts"): their dates are other events'.
  const best = Math.max(0, ...hits.map((hit) => hit.coverage));
  const about = hits.filter((hit) => hit.coverage >= best * ANCHOR_COVERAGE);
  const dates = about.flatMap((hit) => {
    // One telling of it undated ("During a meeting with Berg, Holm warned …") dates nothing: its
    // report is only a day by which it had happened, no day to list events before or after.
    const event = stated.get(hit.sentenceId);
    return event === undefined ? [] : [{ date: event.date, ...spanOf(event.date), sentenceId: hit.sentenceId }];
  });
  return agreedDate(dates);
}

/** The best-ranked sentences read for the event's date, beside those stating a date. */
const ANCHOR_CANDIDATES = 10;
/** How much of the best sentence's coverage of the event another must have for its date to count. */
const ANCHOR_COVERAGE = 0.8;
