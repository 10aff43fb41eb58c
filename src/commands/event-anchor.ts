// "What happened after the Lindvik summit": the summit is an event the coverage dates, not a
// topic. Its date is the one the sentence answering "when was the Lindvik summit" states, as
// /ask answers it, so the anchor is the date a reader would be shown for it.
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

/** The date of the event `text` names, from the best answer to "when was <text>" that states one; null when none does. */
export function anchorDate(text: string, facts: LoadedFactBase): Anchor | null {
  const stated = statedDates(facts);
  for (const hit of searchAnswers(`when was ${text}`, facts).answers) {
    const event = stated.get(hit.sentenceId);
    if (event !== undefined) return { date: event.date, ...spanOf(event.date), sentenceId: hit.sentenceId };
  }
  return null;
}
