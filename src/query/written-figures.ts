// How the coverage may write a figure the question types. A figure typed rounded ("48 billion")
// stands for the coverage's figure that rounds to it ("$48.3 billion"): people repeat a figure to
// the precision they remember. Only with a scale word of the same size after it, so "48 billion"
// never meets "48.3 percent" or "48 people"; and the scale word may be written short or long
// ("bn", "billion"). Both are alternatives, so the figure as typed still counts more.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { scaleOf, scaleWords } from '../ingest/money-amounts.js';
import type { Phrase } from './concept.js';

const NUMBER = /^\d+(?:\.\d+)?$/u;

const decimalsOf = (number: string): number => number.split('.')[1]?.length ?? 0;

/** Whether the written figure, with more decimals than the typed one, rounds to it (half up). */
function roundsTo(written: string, typed: string): boolean {
  const places = decimalsOf(typed);
  if (decimalsOf(written) <= places) return false;
  const factor = 10 ** places;
  return Math.round(Number(written) * factor) === Math.round(Number(typed) * factor);
}

export interface FigureAlternatives {
  /** A number term's figures as the coverage writes them, with their scale word: "48" → ["48.3", "billion"]. */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** A scale term's other spellings the coverage uses: "bn" → "billion". */
  scales: ReadonlyMap<string, readonly string[]>;
}

/** The alternatives of each number term of the query followed by a scale word ("61", "billion"), and of that scale word. */
export function figureAlternatives(termList: readonly string[], facts: LoadedFactBase): FigureAlternatives {
  const phrases = new Map<string, Phrase[]>();
  const scales = new Map<string, string[]>();
  for (let i = 0; i + 1 < termList.length; i++) {
    const typed = termList[i]!;
    const scale = scaleOf(termList[i + 1]!);
    if (!NUMBER.test(typed) || scale === undefined) continue;
    const scaleTerms = [...new Set(scaleWords(scale).flatMap((word) => terms(word)))].filter((term) => facts.index.idf(term) > 0);
    scales.set(termList[i + 1]!, scaleTerms);
    const whole = Math.floor(Number(typed));
    // Figures that round to it start with its whole part or, rounding up, the one below.
    const written = [whole, whole - 1].flatMap((part) => facts.index.termsStartingWith(`${part}.`)).filter((term) => NUMBER.test(term) && roundsTo(term, typed));
    const found = written.flatMap((figure) => scaleTerms.map((scaleTerm) => [figure, scaleTerm]));
    if (found.length > 0) phrases.set(typed, found);
  }
  return { phrases, scales };
}
