// "Who is the us ambassador to the un" asks who holds the role now: "Former U.S. Ambassador to
// the UN Nikki Haley" names someone who held it, so it answers only in part. A question about the
// past ("who was …", "the former …") is answered by former holders as well.
import type { Question } from './question.js';

// "Who was …", "who used to be …": a former holder answers too.
export const ASKS_PAST = /\b(?:was|were|former|formerly|used to|previous|previously)\b/u;

// A past-holder word up to two words before the role ("former U.S. ambassador", "then-Vice President").
// "Then" only hyphenated: "and then Ambassador Rice spoke" is about the holder of the day.
const FORMER_BEFORE = /\b(?:(?:former|onetime|erstwhile)[\s-]+|(?:ex|then)-)(?:[\p{L}\p{N}.'’]+[\s-]+){0,2}$/iu;
const LOOK_BACK = 40;

/** Whether a question asking for a person asks who holds something now ("who is …", not "who was …"). */
export function asksPresentHolder(question: Pick<Question, 'plain' | 'expects'>): boolean {
  return question.expects[0] === 'person' && !ASKS_PAST.test(question.plain);
}

/** Whether the first of the question's words in the sentence follows "former", "ex-" or "then-". */
export function namesFormerHolder(text: string, positions: readonly (readonly [number, number])[]): boolean {
  if (positions.length === 0) return false;
  const first = Math.min(...positions.map(([, offset]) => offset));
  return FORMER_BEFORE.test(text.slice(Math.max(0, first - LOOK_BACK), first));
}
