// A figure the asker bounds ("was it over 40 million", "less than 2 million?", "around 50
// million"): the sentence that answers states the real one, which is seldom the bound itself
// ("$41.7 million"). The coverage's figures of the same scale within the bound stand for the
// guess, so a sentence stating one helps as a sentence repeating the guessed figure would; a
// figure far beyond it (ten times the bound) is likelier another sum than the one meant.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { scaleOf, scaleWords } from '../ingest/money-amounts.js';
import type { Phrase } from './concept.js';

type Bound = 'above' | 'below' | 'near';

const ABOVE = 'more than|over|above|greater than|bigger than|higher than|at least|north of|upwards of|in excess of';
const BELOW = 'less than|under|below|fewer than|smaller than|lower than|at most|south of';
const NEAR = 'about|around|roughly|approximately|nearly|almost|like|close to';
// Spelled out, as the plain form writes chat's "bil" and "mil".
const GUESSED = new RegExp(String.raw`(?<either>\bor )?\b(?<bound>${ABOVE}|${BELOW}|${NEAR}) [$€£]?(?<number>\d+(?:\.\d+)?) ?(?<scale>thousand|million|billion|trillion|bn|mn|[kmb])\b`, 'gu');
const ABOVE_WORDS = new RegExp(`^(?:${ABOVE})$`, 'u');
const BELOW_WORDS = new RegExp(`^(?:${BELOW})$`, 'u');

/** How far from the bound a figure still stands for the guess, as factors of it. */
const SPANS: Readonly<Record<Bound, readonly [number, number]>> = { above: [1, 2], below: [0.5, 1], near: [0.8, 1.25] };

const NUMBER = /^\d+(?:\.\d+)?$/u;

interface NumberTerms {
  values: Float64Array;
  terms: readonly string[];
}
const numbersMemo = new WeakMap<LoadedFactBase, NumberTerms>();

/** The index's number terms in order of value, made once per fact base. */
function numberTerms(facts: LoadedFactBase): NumberTerms {
  let found = numbersMemo.get(facts);
  if (found === undefined) {
    const all = [...'0123456789'].flatMap((digit) => facts.index.termsStartingWith(digit)).filter((term) => NUMBER.test(term));
    all.sort((a, b) => Number(a) - Number(b));
    numbersMemo.set(facts, (found = { values: Float64Array.from(all, Number), terms: all }));
  }
  return found;
}

/** The number terms whose value lies within [low, high], excluding `exclude` itself. */
function termsBetween(facts: LoadedFactBase, low: number, high: number, exclude: number): string[] {
  const { values, terms: list } = numberTerms(facts);
  let from = 0;
  for (let to = values.length; from < to; ) {
    const middle = (from + to) >>> 1;
    if (values[middle]! < low) from = middle + 1;
    else to = middle;
  }
  const found: string[] = [];
  for (let i = from; i < values.length && values[i]! <= high; i++) if (values[i] !== exclude) found.push(list[i]!);
  return found;
}

/**
 * For each figure the asker bounds in the (spelled-out) question, keyed by its number term, the
 * coverage's figures of the same scale within the bound, as phrases of number and scale word
 * ("over 40 million": ["41.7", "million"]).
 */
export function guessedRangeFigures(spelledOut: string, facts: LoadedFactBase): Map<string, Phrase[]> {
  const found = new Map<string, Phrase[]>();
  for (const match of spelledOut.matchAll(GUESSED)) {
    const { either, bound: word = '', number = '', scale: scaleWord = '' } = match.groups!;
    const scale = scaleOf(scaleWord);
    const [numberTerm] = terms(number);
    if (scale === undefined || numberTerm === undefined) continue;
    // "more or less than 20 million": either way, so near it.
    const bound: Bound = either !== undefined ? 'near' : ABOVE_WORDS.test(word) ? 'above' : BELOW_WORDS.test(word) ? 'below' : 'near';
    const value = Number(number);
    const [low, high] = SPANS[bound];
    const scaleTerms = [...new Set(scaleWords(scale).flatMap((spelling) => terms(spelling)))].filter((term) => facts.index.idf(term) > 0);
    const figures = termsBetween(facts, value * low, value * high, value).filter((term) => (bound === 'above' ? Number(term) > value : bound === 'below' ? Number(term) < value : true));
    const phrases = figures.flatMap((figure) => scaleTerms.map((scaleTerm) => [figure, scaleTerm]));
    if (phrases.length > 0) found.set(numberTerm, [...(found.get(numberTerm) ?? []), ...phrases]);
  }
  return found;
}
