// /ask for a comparison ("who gave more, X or Y"): each side's own best sentence, never a verdict
// on which is more (query/comparison.ts reads the sides, query/side-evidence.ts finds their evidence).
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Comparison } from '../query/comparison.js';
import { asTyped } from '../query/question.js';
import type { RankedSentence } from '../query/rank.js';
import { sideEvidence } from '../query/side-evidence.js';
import { statesSuperlative } from '../query/superlatives.js';

// A comparative before "than" ("bigger than", "more than"), not "other than" or "rather than".
const COMPARATIVE = /\b(?!(?:other|rather)\b)(?:more|less|fewer|\p{L}{2,}er) than\b/iu;
/** Whether the text compares: a comparative with "than", or a superlative ("the largest since 2019"). */
const statesComparison = (text: string): boolean => COMPARATIVE.test(text) || statesSuperlative(text);

/** Sentences shown for each side of a comparison, at most: its best, and one more when there is room. */
const PER_SIDE = 2;

/**
 * "Who gave more, X or Y": each side's own best sentence, in the question's order (after any
 * sentence that names every side itself and so compares them), and which sides the coverage
 * leaves unanswered: at most `limit` sentences. Null when no side has evidence: the question is
 * then answered as a whole.
 */
export function comparedAnswer(comparison: Comparison, asked: string, answers: readonly RankedSentence[], facts: LoadedFactBase, limit: number): { hits: RankedSentence[]; message: string } | null {
  const sides = sideEvidence(comparison, facts);
  if (sides.every((side) => side.hits.length === 0)) return null;
  const shown: RankedSentence[] = [];
  const groups = new Set<number>();
  const show = (hit: RankedSentence) => {
    shown.push(hit);
    groups.add(facts.sentence(hit.sentenceId).group);
  };
  // A sentence naming every side compares them; so does the best answer to the whole question when
  // it states a comparison in words of its own ("the package is the largest since the one last autumn").
  const best = answers[0];
  const comparesItself =
    answers.find((hit) => sides.every((side) => side.namedIn(hit.sentenceId))) ?? (best !== undefined && statesComparison(facts.sentence(best.sentenceId).text) ? best : undefined);
  if (comparesItself !== undefined) show(comparesItself);
  for (let round = 0; round < PER_SIDE; round++) {
    for (const side of sides) {
      // A second sentence only where it states what is weighed as fully as the first, not filler naming the side.
      const floor = side.hits[0]?.coverage ?? 0;
      const next = side.hits.find((hit) => !groups.has(facts.sentence(hit.sentenceId).group) && (round === 0 || (hit.answerType > 0 && hit.coverage >= floor)));
      if (next !== undefined && shown.length < limit) show(next);
    }
  }
  const typed = (side: string) => asTyped(side, asked);
  const lacking = sides.filter((side) => side.hits.length === 0).map((side) =>
    side.unknown ? `The coverage never mentions ${typed(side.side)}.` : `The coverage gives no ${comparison.speaking ? 'sentence that answers this' : comparison.expects?.[0] === 'date' ? 'date' : 'figure'} for ${typed(side.side)}.`,
  );
  const message = ['Each side as the coverage states it, for you to compare: the bot does not weigh them.', ...lacking].join(' ');
  return { hits: shown, message };
}
