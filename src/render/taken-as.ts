// How a follow-up in a conversation was understood ("and france" → "how much aid has france
// given"): the first line of the answer on every surface, so the user can see what was answered.
import { truncateAtWord } from './sanitize.js';

/** The longest question shown: a follow-up is built from two short lines. */
const TAKEN_AS_MAX = 300;

/** "Taking this as: …", the question made safe for the surface by `clean`. */
export function takenAsLine(question: string, clean: (text: string) => string): string {
  return `Taking this as: ${clean(truncateAtWord(question, TAKEN_AS_MAX))}`;
}
