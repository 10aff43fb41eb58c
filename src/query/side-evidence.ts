// The evidence for each side of a comparison (comparison.ts): the rest of the question asked
// about that side alone, answered only by sentences that name the side themselves (a sentence
// whose paragraph names it is about something else). The bot never says which side is more: it
// shows each side's sentence, in the question's order, and says which sides the coverage leaves
// without one.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Comparison } from './comparison.js';
import { conceptShares, namesItself, sentencesThatMayName } from './coverage.js';
import { RANKING } from './ranking-options.js';
import { understandQuestion, type Expectation } from './question.js';
import { evidence, rankSentences, type RankedSentence } from './rank.js';
import { analyseQuery, type QueryAnalysis } from './relevance.js';
import type { Concept } from './concept.js';

export interface SideEvidence {
  /** The side as the question has it (plain form). */
  readonly side: string;
  /** Its best sentences, best first; empty when the coverage says nothing on it that answers. */
  readonly hits: readonly RankedSentence[];
  /** Whether the coverage never mentions the side at all. */
  readonly unknown: boolean;
  /** Whether a sentence itself names the side. */
  readonly namedIn: (sentenceId: number) => boolean;
}

// A comparison of amounts prefers, for each side, the sentence that states one.
const AMOUNTS: readonly Expectation[] = ['money', 'count', 'percent'];

/** Whether the sentence itself names every word of the side ("nato allies": NATO; "the 315m package": 315 and package). */
function namesSide(sideConcepts: readonly Concept[], facts: LoadedFactBase): (sentenceId: number) => boolean {
  // The index rules out most sentences before their words are read (the side's search filters by this).
  const mayName = sideConcepts.flatMap((concept) => sentencesThatMayName(concept, facts) ?? []);
  return (sentenceId) => mayName.every((marks) => marks[sentenceId] === 1) && sideConcepts.every((concept) => namesItself(concept, sentenceId, facts));
}

/** Whether the sentence, read with its paragraph, carries most of a happening described in words ("the council vote on the pier"). */
function describesSide(sideConcepts: readonly Concept[], facts: LoadedFactBase): (sentenceId: number) => boolean {
  const total = sideConcepts.reduce((sum, concept) => sum + concept.weight, 0);
  return (sentenceId) => {
    const shares = conceptShares(sideConcepts, sentenceId, facts, true);
    return sideConcepts.reduce((sum, concept, i) => sum + concept.weight * shares[i]!, 0) >= total * RANKING.describedSideCoverage;
  };
}

/**
 * The question asked of one side: "who talked more about membership, X or Y" asks what X said
 * about membership (X speaking, by the quote and speaker evidence); otherwise the side with the
 * question's other words ("X gave money"), preferring a sentence that states an amount.
 */
function askedOfSide(side: string, sideConcepts: readonly Concept[], comparison: Comparison, facts: LoadedFactBase): QueryAnalysis {
  if (comparison.speaking) return analyseQuery(`what did ${side} say about ${comparison.topic}`.trim(), facts);
  const asked = understandQuestion(`${side} ${comparison.about}${comparison.giving === true ? ' in total' : ''}`.trim());
  const analysis = analyseQuery({ ...asked, expects: comparison.expects ?? AMOUNTS }, facts);
  // The side is what this question is about, and every candidate names it itself (in any spelling
  // of it, "European Union" for "eu"): it weighs as the heaviest of the other words and counts in full.
  const heaviest = Math.max(0, ...analysis.concepts.map((concept) => concept.weight));
  for (const concept of analysis.concepts) {
    if (!sideConcepts.some((of) => of.term === concept.term)) continue;
    const ownWords = { ...concept };
    concept.weight = heaviest;
    concept.test = (id) => (namesItself(ownWords, id, facts) ? 1 : 0);
  }
  return analysis;
}

/** Each side's evidence, in the question's order. */
export function sideEvidence(comparison: Comparison, facts: LoadedFactBase): SideEvidence[] {
  return comparison.sides.map((side) => {
    const ofSide = analyseQuery(side, facts);
    // The sides of an order asked are happenings, described rather than named.
    const namedIn = comparison.expects === undefined ? namesSide(ofSide.concepts, facts) : describesSide(ofSide.concepts, facts);
    if (ofSide.unknownNames.length > 0 || ofSide.concepts.length === 0) return { side, hits: [], unknown: ofSide.unknownNames.length > 0, namedIn: () => false };
    const analysis = askedOfSide(side, ofSide.concepts, comparison, facts);
    // The one asked to be speaking is matched by what the coverage attributes to them; anyone else by name.
    const speaker = analysis.concepts.find((concept) => concept.speaker === true)?.test;
    const about = speaker ? (id: number) => speaker(id) > 0 : namedIn;
    return { side, hits: evidence(rankSentences(analysis, facts, about)), unknown: false, namedIn };
  });
}
