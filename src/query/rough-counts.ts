// "How many people were evacuated": "tens of thousands" gives an order of size, a figure answers.
import { entitySpans } from '../ingest/annotate.js';

const ROUGH_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'millions', 'billions', 'dozens', 'several']);

/** Whether the text states a count as a figure or a number word, not only a rough size ("thousands of"). */
export function statesExactCount(text: string): boolean {
  return entitySpans(text, 'count').some(([start, end]) => !ROUGH_NUMBER_WORDS.has(text.slice(start, end).toLowerCase()));
}
