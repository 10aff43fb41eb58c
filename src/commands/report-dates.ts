// A sentence that states no date of its own is, in news, dated by its report: "During a meeting
// with Berg, Haraldsen warned …" in an article of 2025-03-18 tells of something that happened by
// then. It is shown "reported 2025-03-18", never as if it happened that day. Only a sentence
// that reports something past counts when it states no date at all (a plan or a state of things
// is no event), and only from a dated article.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { DatedEvent } from '../factbase/schema.js';
import { quotedSpans } from '../ingest/aside-dates.js';
import { reportsPast } from '../ingest/date-tense.js';
import { statedDates } from './in-period.js';

/** The sentence at its article's publication day (no words of its own date it: `text` is empty); null for an undated article. */
export function atReport(facts: LoadedFactBase, sentenceId: number): DatedEvent | null {
  const published = facts.article(facts.sentence(sentenceId).articleId).published;
  return published === null ? null : { id: -1, sentenceId, date: { start: published, precision: 'day', text: '' } };
}

/** The sentence at its report, when it states no date of its own and reports something past; else null. */
export function reportDated(facts: LoadedFactBase, sentenceId: number): DatedEvent | null {
  if (statedDates(facts).has(sentenceId)) return null;
  const event = atReport(facts, sentenceId);
  if (event === null) return null;
  const { text, articleId, paragraph } = facts.sentence(sentenceId);
  return reportsPast(text, quotedSpans([{ articleId, paragraph, text }])[0]!) ? event : null;
}

/** "reported 2025-03-18": how a date taken from the report is shown. */
export const reportedLabel = (event: DatedEvent): string => `reported ${event.date.start}`;
