// A question that weighs two things against each other: "who gave more, the us or nato allies",
// "did europe give more than the us", "compare aid from lindqvist and haraldsen", "berg vs olsen".
// Ranked as one question, the sentences about the better-covered side fill the answer and the
// other side is never shown; read here, each side is asked about on its own (side-evidence.ts).
// Read from the words only (lower case, no punctuation needed): the sides are the noun phrases
// on either side of "or", "than", "and" (after "compare") or "vs".
import { terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { ASKED_SPEECH_VERBS, SAYING_BASE_FORMS } from '../lexicon/speech-verbs.js';
import { questionWords, wordForms, type QuestionWord } from './parts-of-speech.js';
import { understandQuestion, type Expectation, type Question } from './question.js';

export interface Comparison {
  /** The things compared, as typed (plain form), in the question's order. */
  readonly sides: readonly string[];
  /** What is asked about each side: the question's other words, without its question word and comparing words. */
  readonly about: string;
  /** Whether words are weighed ("who talked more about …"), not amounts ("gave more money", "which is bigger"). */
  readonly speaking: boolean;
  /** For words weighed, what they were about: the other words without the speaking verb ("membership"). */
  readonly topic: string;
  /** The kinds of answer each side's sentence should state: amounts unless said ("which came first": dates). */
  readonly expects?: readonly Expectation[];
  /** Whether what each side gave is weighed ("who paid more, x or y"): its total so far answers, one gift only in part. */
  readonly giving?: boolean;
}

// Verbs of giving: "who gave more", "who has sent the most", "who paid more for it". General English.
const GIVING = /^(?:give|gave|given|giving|gives|pay|paid|pays|paying|send|sent|sends|sending|spend|spent|spends|spending|provide[sd]?|providing|contribute[sd]?|contributing|donate[sd]?|donating|pledge[sd]?|pledging|deliver(?:s|ed|ing)?)$/u;

// Words that ask for things side by side ("compare us and eu aid", "us vs europe"): general
// English, matched in any case.
const COMPARING = /(?:^|[^\p{L}])(?:compare[sd]?|comparing|comparison|versus|vs)(?=$|[^\p{L}])/iu;

/** True when a question asks in so many words to compare ("compare", "versus", "vs"): /aid then draws its figures as a chart too. */
export function asksToCompare(question: string): boolean {
  return COMPARING.test(question);
}

/** The most words a side has: "the 315m package", "nato allies", "european aid". */
const MAX_SIDE_WORDS = 4;
const ASKING_WORDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'what', 'which', 'how', 'compare', 'compared', 'comparing', 'comparison', 'versus', 'vs', 'between', 'difference']);
const AUXILIARIES = /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)$/u;
const SPEAKING: ReadonlySet<string> = new Set([...SAYING_BASE_FORMS, ...ASKED_SPEECH_VERBS, 'talk', 'speak', 'discuss']);

/** A word no side runs across: a stop word ("the", "or", "than", "about"), an English verb, a comparative, a question word. */
function ends(word: QuestionWord): boolean {
  return terms(word.word).length === 0 || (word.action && isEnglishWord(word.word)) || word.compares || ASKING_WORDS.has(word.word) || AUXILIARIES.test(word.word);
}

/** A name, or a word no dictionary has ("lindqvist", even where the tagger reads a verb). */
const nameLike = (word: QuestionWord): boolean => word.name || !isEnglishWord(word.word);

/**
 * Whether `before` starts another thing than the side that begins with `word`: a common noun
 * before a name ("money nato", "membership lindqvist"), or a place before a place ("zorvia pellonia").
 */
const apart = (before: QuestionWord, word: QuestionWord): boolean =>
  (nameLike(word) && !nameLike(before) && before.thing && !before.describes) || (word.place && before.place);

/** The side that ends right before `at`: a noun with the words that qualify it ("nato allies", "the reyes fund", "european aid"). */
function sideBefore(words: readonly QuestionWord[], at: number): [number, number] | null {
  let first = at - 1;
  if (first < 0 || ends(words[first]!)) return null;
  while (first > 0 && at - first < MAX_SIDE_WORDS && !ends(words[first - 1]!) && !apart(words[first - 1]!, words[first]!)) first--;
  return [first, at];
}

/** The side that starts after `at` (past a determiner): words up to the next stop word, verb or comparative. */
function sideAfter(words: readonly QuestionWord[], at: number): [number, number] | null {
  let first = at + 1;
  while (first < words.length && terms(words[first]!.word).length === 0 && !words[first]!.compares) first++;
  let last = first;
  while (last < words.length && last - first < MAX_SIDE_WORDS && !ends(words[last]!)) last++;
  return last > first ? [first, last] : null;
}

/** The two sides' word ranges, by the question's shape; null when it compares nothing. */
function sidesOf(words: readonly QuestionWord[], yesNo: boolean): [number, number][] | null {
  const at = (word: string) => words.findIndex((entry) => entry.word === word);
  const pair = (anchor: number, left: [number, number] | null) => {
    const right = sideAfter(words, anchor);
    return left === null || right === null ? null : [left, right];
  };
  const compares = words.some((word) => word.compares);
  // "who gave more money the us or nato allies", "which is bigger the 315m package or the 48.3b request".
  const or = at('or');
  if (or > 0 && compares) return pair(or, sideBefore(words, or));
  // "did europe give more than the us": the subject (after the auxiliary) against the side after "than".
  const than = at('than');
  if (than > 0 && words.slice(Math.max(0, than - 3), than).some((word) => word.compares)) {
    const subject = yesNo ? sideAfter(words, 0) : ends(words[0]!) ? null : sideAfter(words, -1);
    return subject !== null && subject[1] <= than ? pair(than, subject) : null;
  }
  // "how much more is pellonia getting than zorvia": the subject after the auxiliary that follows the comparative.
  const comparative = than > 0 && words[0]?.word === 'how' ? words.slice(0, than).findIndex((word) => word.compares) : -1;
  const auxiliary = comparative < 0 ? -1 : words.findIndex((word, i) => i > comparative && i < than && AUXILIARIES.test(word.word));
  if (auxiliary > 0) {
    const subject = sideAfter(words, auxiliary);
    return subject !== null && subject[1] <= than ? pair(than, subject) : null;
  }
  // "lindqvist vs haraldsen", "compare aid from the us and europe".
  const versus = words.findIndex((word) => word.word === 'vs' || word.word === 'versus');
  if (versus > 0) return pair(versus, sideBefore(words, versus));
  const and = at('and');
  if (and > 0 && words.some((word) => /^compar/u.test(word.word))) return pair(and, sideBefore(words, and));
  return null;
}

/** "which came first, the vote or the visit": each happening's date, side by side; null when no order is asked. */
export const orderComparison = (question: Question): Comparison | null =>
  question.ordered === undefined ? null : { sides: question.ordered, about: '', speaking: false, topic: '', expects: ['date'] };

/** The comparison the question asks for, or null. */
export function comparisonIn(plain: string): Comparison | null {
  const question = understandQuestion(plain);
  const words = questionWords(question.plain).filter((word) => word.word !== '');
  const sides = sidesOf(words, question.kind === 'yes-no');
  if (sides === null) return null;
  const inSide = (index: number) => sides.some(([first, last]) => index >= first && index < last);
  const asked = (word: QuestionWord, index: number) =>
    !inSide(index) && !word.compares && !AUXILIARIES.test(word.word) && !ASKING_WORDS.has(word.word) && word.word !== question.frame && terms(word.word).length > 0;
  const about = words.filter(asked).map((word) => word.word);
  const side = ([first, last]: [number, number]) => words.slice(first, last).map((word) => word.word).join(' ');
  const speaks = (word: string) => wordForms(word).some((form) => SPEAKING.has(form));
  const giving = about.some((word) => GIVING.test(word));
  return { sides: sides.map(side), about: about.join(' '), speaking: about.some(speaks), topic: about.filter((word) => !speaks(word)).join(' '), ...(giving ? { giving } : {}) };
}
