// "These ports have agreed to close the route": a sentence opening by pointing back with a
// plural ("These nations", "Those officials", "They") is about what the sentence before it in the
// article names ("… the ports of Pellonia and Quellmark."). Who or where it means is there.
import type { LoadedFactBase } from '../factbase/persist.js';

const POINTS_BACK_PLURAL = /^\s*(?:(?:These|Those)\s+(?:\p{Ll}+\s+){0,2}?\p{Ll}+s\b|They\b)/u;

/** The sentence before in the same article, when this one opens by pointing back to it with a plural; else null. */
export function pluralReferent(facts: LoadedFactBase, sentenceId: number): number | null {
  const sentence = facts.sentence(sentenceId);
  if (sentenceId === 0 || !POINTS_BACK_PLURAL.test(sentence.text)) return null;
  return facts.sentence(sentenceId - 1).articleId === sentence.articleId ? sentenceId - 1 : null;
}
