// "The systems would come from German stocks": a definite noun phrase points back to the last
// sentence of its article that named the same thing ("a third Patriot system"), and a reader
// takes that sentence's words as said here too. News writing names a thing in full once and
// then says "the systems", "the deliveries", "the package"; without this a sentence that answers
// in those words looks as if it were about something else.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';

// A determiner and the one or two words after it: the head may follow a modifier ("the remaining deliveries").
const DEFINITE = /\b(?:the|these|those|such|both)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;
/** How many sentences back the antecedent may stand (news paragraphs are short; the article's opening names things in full). */
export const ANTECEDENT_LOOKBACK = 10;

/** The index terms that may head a definite noun phrase of the text. */
export function definiteHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (const match of text.matchAll(DEFINITE)) {
    for (const word of [match[1], match[2]]) if (word !== undefined) terms(word).forEach((term) => heads.add(term));
  }
  return heads;
}

/**
 * The sentence a definite phrase of `sentenceId` refers back to: the nearest earlier sentence of
 * its article (within ANTECEDENT_LOOKBACK) for which `namesHead` holds; null when none does.
 */
export function antecedentOf(facts: LoadedFactBase, sentenceId: number, namesHead: (id: number) => boolean): number | null {
  const { articleId } = facts.sentence(sentenceId);
  for (let id = sentenceId - 1; id >= 0 && sentenceId - id <= ANTECEDENT_LOOKBACK; id--) {
    if (facts.sentence(id).articleId !== articleId) return null;
    if (namesHead(id)) return id;
  }
  return null;
}
