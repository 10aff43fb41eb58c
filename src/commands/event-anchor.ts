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
  const dates = searchAnswers(`when was ${text}`, facts).found.flatMap((hit) => {
    const event = stated.get(hit.sentenceId);
    return event === undefined ? [] : [{ date: event.date, ...spanOf(event.date), sentenceId: hit.sentenceId }];
  });
  return agreedDate(dates);
}
