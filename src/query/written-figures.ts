// How the coverage may write a figure the question types. A figure typed rounded ("48 billion")
// stands for the coverage's figure that rounds to it ("$48.3 billion"): people repeat a figure to
// the precision they remember. Only with a scale word of the same size after it, so "48 billion"
// never meets "48.3 percent" or "48 people"; and the scale word may be written short or long
// ("bn", "billion"). Both are alternatives, so the figure as typed still counts more. A year may be
// typed with two digits ("the 97 treaty").
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { scaleOf, scaleWords } from '../ingest/money-amounts.js';
import type { Phrase } from './concept.js';
import { questionWords, wordForms } from './parts-of-speech.js';
import { MONTH_NAMES } from '../lexicon/calendar.js';

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

// A figure written with its scale word, attached or apart ("€28 million", "$61.4B", "28bn").
const SCALED_FIGURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|mil|bil|[kmb])\b/giu;

/**
 * Whether the text writes one of the numbers with a scale word after it: "28 mil" typed is
 * "€28 million" or "$28bn", never "28 boats" nor "28 percent".
 */
export function writesScaled(text: string, numbers: ReadonlySet<string>): boolean {
  for (const [, number] of text.matchAll(SCALED_FIGURE)) if (numbers.has(number!.replaceAll(',', ''))) return true;
  return false;
}

// Words before a year typed with two digits ("the 97 treaty", "back in 08", "since 22").
// A month before it ("since feb 22") makes it a year only where the coverage never writes the number alone (below).
const BEFORE_YEAR: ReadonlySet<string> = new Set(['the', 'that', 'this', 'in', 'since', 'of', 'from', 'back', 'until', 'till', 'til', 'before', 'after', 'by', 'circa', 'around', ...MONTH_NAMES.map((month) => month.toLowerCase())]);
// Words after a two-digit number that make it a count or a measure ("the 30 day truce", "in 10 years").
const COUNTED_UNIT: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year', 'hour', 'minute', 'second', 'percent', 'per', 'cent', 'point', 'times']);

// A decade ("the 90s treaty", "in the 1990s", "the '80s"): the years of it the coverage writes.
const DECADE = /^'?(1[89]|20)?(\d0)s$/u;
const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * Chat shortens a year to its last two digits ("the 97 treaty", "back in 08"). A two-digit number
 * after a determiner or a preposition of time, not counting what follows ("the 30 days", "in 10
 * years"), stands for the years 19xx and 20xx the coverage writes, when it never writes the
 * number alone: then it is no figure the coverage lacks. A decade ("90s") stands for the years of
 * it the coverage writes. By index term.
 */
export function shortenedYears(query: string, facts: LoadedFactBase): Map<string, string[]> {
  const years = new Map<string, string[]>();
  const words = questionWords(query);
  for (const [i, { word }] of words.entries()) {
    const decade = DECADE.exec(word);
    if (decade !== null) {
      const [, century, tens = ''] = decade;
      const written = (century === undefined ? ['19', '20'] : [century]).flatMap((first) => DIGITS.map((last) => `${first}${tens.slice(0, 1)}${last}`)).filter((year) => facts.index.idf(year) > 0);
      if (written.length > 0) years.set(terms(word)[0] ?? word, written);
      continue;
    }
    if (!/^\d{2}$/u.test(word) || facts.index.idf(word) > 0 || !BEFORE_YEAR.has(words[i - 1]?.word ?? '')) continue;
    const next = words[i + 1];
    if (next !== undefined && next.thing && [next.word, ...wordForms(next.word)].some((form) => COUNTED_UNIT.has(form) || (form !== next.word && next.word.endsWith('s')))) continue;
    const written = [`19${word}`, `20${word}`].filter((year) => facts.index.idf(year) > 0);
    if (written.length > 0) years.set(word, written);
  }
  return years;
}
