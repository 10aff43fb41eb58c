// "Which countries closed the route": "These ports have agreed to close it" answers it
// only with the sentence before, which names them. An answer to a who/which/where question (or a
// "which ones") that opens by pointing back with a plural ("These nations", "Those officials",
// "They") is shown after the sentence it points back to, when that one names the kind of thing asked for.
import { ENTITY, type EntityKind } from '../factbase/entity-kinds.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Expectation, Question } from './question.js';
import { pluralReferent } from './plural-reference.js';
import { entitiesOf, type RankedSentence } from './rank.js';

const NAMED_KINDS: readonly Expectation[] = ['person', 'place', 'organisation'];
const isNamedKind = (expected: Expectation | undefined): expected is EntityKind => expected !== undefined && NAMED_KINDS.includes(expected);

// "Which ones boycotted it" asks for the ones named before, of no kind it says: any named kind answers.
const ANY_NAMED = NAMED_KINDS.reduce((bits, kind) => bits | ENTITY[kind as EntityKind], 0);
const WHICH_ONES = /\bwhich ones?\b/u;

/** The sentence before in the same article, when it names what is expected and the answer points back to it. */
function antecedentOf(hit: RankedSentence, expected: number, facts: LoadedFactBase): number | null {
  const before = pluralReferent(facts, hit.sentenceId);
  return before !== null && (entitiesOf(facts, before) & expected) !== 0 ? before : null;
}

/** The answers, each that points back preceded by the sentence it points back to (moved there if it is an answer of its own). */
export function withAntecedents(hits: readonly RankedSentence[], { expects, plain }: Pick<Question, 'expects' | 'plain'>, facts: LoadedFactBase): RankedSentence[] {
  const [asked] = expects;
  const expected = isNamedKind(asked) ? ENTITY[asked] : asked === undefined && WHICH_ONES.test(plain) ? ANY_NAMED : 0;
  if (expected === 0) return [...hits];
  const emitted = new Set<number>();
  const result: RankedSentence[] = [];
  for (const hit of hits) {
    if (emitted.has(hit.sentenceId)) continue;
    const before = antecedentOf(hit, expected, facts);
    if (before !== null && !emitted.has(before)) {
      result.push(hits.find((other) => other.sentenceId === before) ?? { ...hit, sentenceId: before });
      emitted.add(before);
    }
    result.push(hit);
    emitted.add(hit.sentenceId);
  }
  return result;
}
