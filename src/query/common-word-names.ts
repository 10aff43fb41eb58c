// Names made of common words: "the take it down act", "the buy now pay later rule", "the do not
// call registry". The index drops "take", "it", "now", "not" as stop words, so what is left ("down
// act", "act") would match any act. A run of typed words is read as such a name when, inside a noun
// phrase, a stop word stands where ordinary phrasing has none (a verb, a pronoun or an adverb
// between or before its words, lexicon/stop-words-in-names.ts); "of" or "and" between nouns is
// ordinary phrasing ("the capital of peru"). Decided on the words and the tagger, never on
// capitals or punctuation. A sentence carries the name only when it writes the whole run; a
// coverage that never writes it never mentions it.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';
import {
  NAME_DETERMINERS,
  OBJECT_PRONOUNS_IN_NAMES,
  OPENING_PRONOUNS_IN_NAMES,
  STOP_LIST_ADVERBS,
  STOP_LIST_AUXILIARIES,
  STOP_LIST_VERBS,
} from '../lexicon/stop-words-in-names.js';
import { nounAndVerbUsage } from '../lexicon/wordnet.js';
import { Lru } from '../lru.js';
import type { Concept, Phrase } from './concept.js';
import { questionWords, type QuestionWord } from './parts-of-speech.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

export interface CommonWordName {
  /** The run as typed, lower case, one space between words: "take it down act". */
  typed: string;
  /** Its words the index keeps, as index terms: ["down", "act"]. */
  phrase: Phrase;
}

// Words after which a noun phrase starts ("about take it down act", "the take it down act"); not
// "to", whose verb is an infinitive ("plan to make zorvia pay reparations").
const OPENS_PHRASE = (word: string) => NAME_DETERMINERS.has(word) || (NON_AGENT_PREPOSITIONS.has(word) && word !== 'to') || /^(?:of|by|from|with)$/u.test(word);
// "what is take it down act": a verb of the stop list cannot follow a copula but in a name.
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const opensName = (words: readonly QuestionWord[], start: number) =>
  start === 0 || OPENS_PHRASE(words[start - 1]!.word) || (COPULAS.has(words[start - 1]!.word) && STOP_LIST_VERBS.has(words[start]!.word));
// Kept words a name has after its first stop word: "take it *down act*"; one alone ("the weapons you *need*", "the war still *rage*") is a clause.
const MIN_WORDS_AFTER = 2;
const MIN_FORMING_OPENING_INPUT = 2;

const kept = (word: string) => terms(word).length > 0;
const baseVerb = (word: QuestionWord | undefined) => word !== undefined && word.action && !word.tensed && kept(word.word);
// "buy", "act": a word WordNet's tagged text uses as a verb more than as a noun, however the tagger reads it.
function mostlyVerb({ word, action }: QuestionWord): boolean {
  const { noun, verb } = nounAndVerbUsage(word);
  return action || verb > noun;
}
// A name ends on a noun ("act", "rule"), however the tagger reads it in lower case.
function nounish({ word, thing }: QuestionWord): boolean {
  if (thing) return true;
  const { noun, verb } = nounAndVerbUsage(word);
  return noun > 0 && noun >= verb;
}

/** Whether the stop word at `at` in a run from `start` is part of a name there, the words before it in the run being `formed` (a name-forming stop word among them). */
function formsName(words: readonly QuestionWord[], at: number, start: number, formed: boolean): boolean {
  const { word } = words[at]!;
  const first = at === start;
  const afterDeterminer = first && start > 0 && NAME_DETERMINERS.has(words[start - 1]!.word);
  if (STOP_LIST_VERBS.has(word)) return first || formed;
  if (afterDeterminer && (STOP_LIST_AUXILIARIES.has(word) || OPENING_PRONOUNS_IN_NAMES.has(word))) return true;
  // "stand *your* ground", "take *it* down": the object of a verb; "is the war *your* biggest worry" is no name.
  if (OBJECT_PRONOUNS_IN_NAMES.has(word)) return !first && mostlyVerb(words[at - 1]!);
  // "buy *now* pay later": between two verbs, or after the name's other stop words; after a noun
  // the verb is the clause's ("does the army *now* plan new offensives").
  return STOP_LIST_ADVERBS.has(word) && !first && (formed || (mostlyVerb(words[at - 1]!) && baseVerb(words[at + 1])));
}

/** The names made of common words in the typed query (see the module comment). */
export function commonWordNames(query: string): CommonWordName[] {
  const words = questionWords(query);
  const names: CommonWordName[] = [];
  for (let start = 0; start < words.length; start++) {
    if (!opensName(words, start)) continue;
    let end = start;
    let firstFormed = -1;
    let forming = 0;
    for (; end < words.length; end++) {
      const word = words[end]!;
      if (!/^\p{L}+$/u.test(word.word)) break;
      if (kept(word.word)) {
        // "the take it down act *signed*": a verb in a tense ends the phrase; so does one right after
        // its noun with more to follow, the clause's own ("will the senate *pass* it next week").
        if (word.tensed || (word.action && end > start && words[end - 1]!.thing && end + 1 < words.length)) break;
        continue;
      }
      if (!formsName(words, end, start, firstFormed >= 0)) break;
      if (firstFormed < 0) firstFormed = end;
      forming++;
    }
    while (end > start && !kept(words[end - 1]!.word)) end--;
    // Opening the input, one stop word may be an imperative's verb ("get latest news on pellonia"); "take it down act" has two.
    if (firstFormed < 0 || firstFormed >= end || (start === 0 && forming < MIN_FORMING_OPENING_INPUT)) continue;
    const run = words.slice(start, end);
    if (words.slice(firstFormed, end).filter(({ word }) => kept(word)).length < MIN_WORDS_AFTER || !nounish(run.at(-1)!)) continue;
    names.push({ typed: run.map(({ word }) => word).join(' '), phrase: run.flatMap(({ word }) => terms(word)) });
    start = end - 1;
  }
  return names;
}


/**
 * A test for a text writing the name: its words in order, any few marks between them ("TAKE IT
 * DOWN" Act, "Buy Now, Pay Later"), the last word singular, plural or possessive whichever was typed.
 */
function writtenPattern(name: CommonWordName): RegExp {
  const words = name.typed.split(' ').map(escapeRegex);
  // "stand your ground laws" is written "Stand Your Ground law" too.
  words.push(words.pop()!.replace(/(?<=\p{L}{2}[^s])s$/u, ''));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${words.join(String.raw`[^\p{L}\p{N}]{1,3}`)}(?:['’]s|e?s)?(?![\p{L}\p{N}])`, 'iu');
}

/** Names looked up per fact base: each reads the sentences holding all its kept words. */
const MAX_REMEMBERED_NAMES = 1_000;
const written = new WeakMap<LoadedFactBase, Lru<string, boolean>>();

/** The ids in both ascending lists. */
export function intersection(a: readonly number[], b: readonly number[]): number[] {
  const both: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      both.push(a[i]!);
      i++;
      j++;
    }
  }
  return both;
}

/** The sentences whose index terms include every one of `phrase`'s, from the index's postings (no text read). */
export function sentencesHoldingAll(phrase: readonly string[], facts: LoadedFactBase): number[] {
  return [...new Set(phrase)].map((term) => facts.index.sentencesWith(term, Number.MAX_SAFE_INTEGER)).reduce(intersection);
}

/** The sentences whose index terms include any of `termList`, in id order (postings only). */
export function sentencesWithAny(termList: Iterable<string>, facts: LoadedFactBase): number[] {
  return [...new Set([...termList].flatMap((term) => facts.index.sentencesWith(term, Number.MAX_SAFE_INTEGER)))].sort((a, b) => a - b);
}

/** Whether any sentence writes the name: only the texts of those the index says hold all its kept words are read (a text read cold costs tens of µs on a large coverage). */
function coverageWrites(name: CommonWordName, pattern: RegExp, facts: LoadedFactBase): boolean {
  let known = written.get(facts);
  if (known === undefined) written.set(facts, (known = new Lru(MAX_REMEMBERED_NAMES)));
  return known.getOrCompute(name.typed, () => {
    return sentencesHoldingAll(name.phrase, facts).some((id) => pattern.test(facts.sentence(id).text));
  });
}

/**
 * Each name's concept (its kept words joined) is carried only by a sentence writing the whole
 * name, and one without it is no evidence at all; the names the coverage never writes, as typed.
 */
export function requireWholeNames(names: readonly CommonWordName[], concepts: readonly Concept[], facts: LoadedFactBase): string[] {
  const unwritten: string[] = [];
  for (const name of names) {
    const pattern = writtenPattern(name);
    if (!coverageWrites(name, pattern, facts)) {
      unwritten.push(name.typed);
      continue;
    }
    const concept = concepts.find(({ term }) => term === name.phrase.join(' '));
    if (concept === undefined) continue;
    concept.test = (id) => (pattern.test(facts.sentence(id).text) ? 1 : 0);
    concept.testOnly = true;
    concept.required = true;
    concept.missingFactor = 0;
  }
  return unwritten;
}
