// "How much aid did the us send to greenland": the coverage knows Greenland, and it reports aid,
// but when no sentence that answers the question names Greenland (or has it in its context: the
// title, the sentences before it, the sentence one of its definite phrases refers back to), the
// figures found are about other places. A question whose weightiest word is a name the coverage
// writes as one is about that thing; evidence that never names it does not answer it, and the
// commands say so instead of answering about something else.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept } from './concept.js';
import { conceptShares } from './coverage.js';
import type { RankedSentence } from './rank.js';
import { RANKING } from './ranking-options.js';
import { writtenAsName } from './written-as-name.js';

/** The question's weightiest concept when it is a name and none of the answers names it; else undefined. */
export function unnamedSubject(concepts: readonly Concept[], answers: readonly RankedSentence[], facts: LoadedFactBase): Concept | undefined {
  const [weightiest] = concepts.filter((concept) => !concept.testOnly).sort((a, b) => b.weight - a.weight);
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (weightiest === undefined || answers.length === 0 || weightiest.weight < RANKING.subjectShare * total) return undefined;
  if (!weightiest.term.split(' ').every((term) => writtenAsName(term, facts))) return undefined;
  const at = concepts.indexOf(weightiest);
  // The whole question is read, so that a definite phrase ("the drones") can stand for the name through the sentence it refers back to.
  return answers.some((hit) => conceptShares(concepts, hit.sentenceId, facts, true)[at]! > 0) ? undefined : weightiest;
}

/** The concept's words as the question typed them ("Greenland" or "greenland"). */
export function typedWords(concept: Concept, question: string): string {
  const wanted = new Set(concept.term.split(' '));
  const words = question.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => terms(word).some((term) => wanted.has(term)));
  return words.length > 0 ? words.join(' ') : concept.term;
}
