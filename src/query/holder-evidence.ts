// What makes a sentence a poor answer to "who holds this role":
// - words before the role that make it someone else's. "Who is the us ambassador to chile" asks
//   who holds it now: "Former U.S. Ambassador to Chile Jane Roe" names someone who held it (a
//   question about the past, "who was …", is answered by former holders as well); "Deputy National
//   Water Advisor Tor Berg" holds another role, whatever the tense, unless the deputy is asked for;
// - a roster ("*Government:* Per Lindqvist, Assistant to the President and Chief of Staff Jennifer
//   Granholm, Secretary of Energy …"): twenty names and titles in one sentence do not say clearly
//   who holds which role, since a title stands between two names.
import { entitySpans } from '../ingest/annotate.js';
import type { Question } from './question.js';
import { RANKING } from './ranking-options.js';

// "Who was …", "who used to be …": a former holder answers too.
export const ASKS_PAST = /\b(?:was|were|former|formerly|used to|previous|previously)\b/u;

// A past-holder word up to two words before the role ("former U.S. ambassador", "then-Vice
// President"); "then" only hyphenated: "and then Ambassador Roe spoke" is about the holder of the day.
const FORMER_BEFORE = /\b(?:(?:former|onetime|erstwhile)[\s-]+|(?:ex|then)-)(?:[\p{L}\p{N}.'’]+[\s-]+){0,2}$/iu;
// A rank word right before the role: "Deputy National Water Advisor", "Vice President".
const LESSER_BEFORE = /\b(?:deputy|vice|assistant|associate|under)[\s-]+$/iu;
const LOOK_BACK = 40;

export interface HolderQuestion {
  /** "Who is …" (now), not "who was …". */
  present: boolean;
}

/** A question asking who holds a role ("who is the …", or a line naming a role the coverage gives people), or null. */
export function holderQuestion(question: Pick<Question, 'plain' | 'expects'>, namesHeldRole: boolean): HolderQuestion | null {
  if (question.expects[0] !== 'person' && !namesHeldRole) return null;
  return { present: !ASKS_PAST.test(question.plain) };
}

/** What the sentence loses as an answer to the holder question; `positions` are where the question's words stand in it. */
export function otherHolderPenalty(text: string, positions: readonly (readonly [number, number])[], asked: HolderQuestion): number {
  let penalty = entitySpans(text, 'person').length > RANKING.rosterPeople ? RANKING.roster : 0;
  if (positions.length === 0) return penalty;
  const first = Math.min(...positions.map(([, offset]) => offset));
  const before = text.slice(Math.max(0, first - LOOK_BACK), first);
  if (asked.present && FORMER_BEFORE.test(before)) penalty += RANKING.formerHolder;
  if (LESSER_BEFORE.test(before)) penalty += RANKING.lesserRole;
  return penalty;
}
