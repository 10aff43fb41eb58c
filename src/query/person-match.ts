// Name lookup for /who, /quote, their autocomplete and the question router. A person is matched
// only on evidence in the letters typed: the exact name or an alias, every word of the query in
// the person's names, a spelling variant ("Vorensky"), a prefix of at least three letters
// ("hara"), a small typo in a word of at least five letters ("haraldson"), the same letters
// in another script ("Олсен", "王小明", through `foldName`). A query with no letters left once
// folded ("!!!", "🤡") matches no one: it is never read as "everyone". Case, accents and a title
// ("secretary haraldsen") change nothing. Names in running text: `person-in-text.ts`.
import type { Person } from '../factbase/schema.js';
import { spellingKey } from '../lexicon/name-fold.js';
import { isTitleWord } from '../lexicon/titles.js';
import { editDistance } from './edit-distance.js';
import {
  compact,
  indexOf,
  LETTER_SLOTS,
  letterCounts,
  MIN_VARIANT_LETTERS,
  normalise,
  SCORE,
  type IndexedPerson,
  type NamedPerson,
  type PeopleIndex,
} from './people-index.js';

export interface PersonMatch<P extends NamedPerson = Person> {
  person: P;
  /** Higher is better: exact name 100, exact alias 90, all words exact 85, spelling variant 80,
   *  prefix 70, typo 60 or less. */
  score: number;
}

export interface MatchOptions {
  /** At most this many matches, best first (default 25). */
  limit?: number;
  /**
   * The query is still being typed (autocomplete): its last word may be a prefix of any length
   * and the others of two letters. Suggestions only; an answer needs the full evidence.
   */
  completing?: boolean;
}

export const DEFAULT_MATCH_LIMIT = 25;

/** Shortest prefix that counts as evidence in an answer ("ols" for Olsen; "ol" does not). */
export const MIN_PREFIX_LETTERS = 3;
/** Shortest word a typo is forgiven in: shorter words are too close to too many names. */
export const MIN_TYPO_LETTERS = 5;

/**
 * People matching `query`, best first; ties go to the more mentioned person, then by name.
 * A query without letters or digits once folded matches no one.
 */
export function matchPeople<P extends NamedPerson>(query: string, people: readonly P[], options: MatchOptions = {}): PersonMatch<P>[] {
  const { limit = DEFAULT_MATCH_LIMIT, completing = false } = options;
  const analysed = analyseQuery(withoutPossessives(normalise(query)), completing);
  if (analysed === null) return [];
  const index = indexOf(people);
  return [...candidates(analysed, index)]
    .flatMap((entry) => {
      const score = scoreOf(analysed, entry);
      return score > 0 ? [{ entry, score }] : [];
    })
    .sort((a, b) => b.score - a.score || b.entry.mentions - a.entry.mentions || a.entry.person.name.localeCompare(b.entry.person.name))
    .slice(0, Math.max(0, limit))
    // The index holds the very objects of `people`.
    .map(({ entry, score }) => ({ person: entry.person as P, score }));
}

/**
 * Everyone `scoreOf` could score above 0, found through the index rather than by scoring
 * thousands of people: a whole form, else the people the most selective query word can match
 * (every word must match, and a whole-name prefix starts with a prefix of the first word).
 */
function candidates(query: AnalysedQuery, index: PeopleIndex): Set<IndexedPerson> {
  const found = new Set<IndexedPerson>();
  for (const form of [query.typed, query.stripped, query.compact]) for (const entry of index.byForm.get(form) ?? []) found.add(entry);
  let fewest: Set<IndexedPerson> | undefined;
  for (const word of query.words) {
    const matching = wordCandidates(word.word, word.key, index);
    // A word no name has may be a short slip that scoreOf forgives beside the others: their people are the candidates.
    if (matching.size > 0 && (fewest === undefined || matching.size < fewest.size)) fewest = matching;
  }
  for (const entry of fewest ?? []) found.add(entry);
  return found;
}

/** People with a word equal to `word`, sharing its spelling key, starting with it, or else a small typo away. */
function wordCandidates(word: string, key: string, index: PeopleIndex): Set<IndexedPerson> {
  const found = new Set<IndexedPerson>(index.byWord.get(word));
  if (key !== '') for (const entry of index.byWord.get(`~${key}`) ?? []) found.add(entry);
  const addWord = (known: string) => {
    for (const entry of index.byWord.get(known) ?? []) found.add(entry);
  };
  // "bergs job": a possessive typed without its apostrophe, as wordScore reads it.
  if (word.endsWith('s')) addWord(word.slice(0, -1));
  // Prefixes of any length: scoreOf applies the minimum, which depends on the query.
  const { vocabulary } = index;
  let low = 0;
  let high = vocabulary.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((vocabulary[middle] ?? '') < word) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < vocabulary.length && (vocabulary[i] ?? '').startsWith(word); i += 1) addWord(vocabulary[i] ?? '');
  // A typo is looked for only in a word no name has: "lindqvist" is Lindqvist, not also "Lindquist".
  if (!index.byWord.has(word) && !index.byWord.has(`~${key}`)) for (const { known } of typoNeighbours(word, index)) addWord(known);
  // "brenans job": a slip in a name typed possessive without its apostrophe.
  if (word.endsWith('s') && found.size === 0) for (const { known } of typoNeighbours(word.slice(0, -1), index)) addWord(known);
  return found;
}

/** Name words a small typo away from `word` (five letters or more), with their edit distances. */
function typoNeighbours(word: string, index: PeopleIndex): { known: string; distance: number }[] {
  if (word.length < MIN_TYPO_LETTERS) return [];
  const allowed = typoAllowance(word);
  const wanted = letterCounts(word, new Uint8Array(LETTER_SLOTS));
  const found: { known: string; distance: number }[] = [];
  for (let length = Math.max(MIN_TYPO_LETTERS, word.length - allowed); length <= word.length + allowed; length += 1) {
    const bucket = index.vocabularyByLength.get(length);
    if (bucket === undefined) continue;
    bucket.words.forEach((known, i) => {
      // Each edit changes the letter counts by at most two (a transposition by none): a cheap
      // bound that spares the edit distance for nearly every word.
      let difference = 0;
      for (let slot = 0, at = i * LETTER_SLOTS; slot < LETTER_SLOTS; slot += 1, at += 1) {
        difference += Math.abs((bucket.counts[at] ?? 0) - (wanted[slot] ?? 0));
      }
      if (difference > 2 * allowed) return;
      const distance = editDistance(word, known, allowed);
      if (distance <= allowed) found.push({ known, distance });
    });
  }
  return found;
}

/**
 * The name word a word no name has stands for when mistyped ("vorenksy" → "vorenskyy",
 * "lindqvsit" → "lindqvist"): the one known given name or surname nearest it, within one edit
 * (two from eight letters; two letters swapped are one). Null when the word is shorter than
 * five letters, is a name word itself, or two name words are equally near: a guess between
 * them would put words in the wrong person's mouth.
 */
export function mistypedNameWord(typed: string, people: readonly NamedPerson[]): string | null {
  const word = normalise(typed);
  const index = indexOf(people);
  if (index.byWord.has(word)) return null;
  const near = typoNeighbours(word, index);
  const nearest = Math.min(...near.map(({ distance }) => distance));
  const best = near.filter(({ distance }) => distance === nearest);
  return best.length === 1 ? best[0]!.known : null;
}

/**
 * Whether a typed word no name has is a slip of the surname of someone whose given name is typed
 * before it ("ivo carter" for Ivo Carder).
 */
export function mistypedSurnameOf(given: string, typed: string, people: readonly NamedPerson[]): boolean {
  const surname = mistypedNameWord(typed, people);
  if (surname === null) return false;
  const first = normalise(given);
  return (indexOf(people).byWord.get(surname) ?? []).some((entry) => entry.words.at(-1) === surname && entry.words.slice(0, -1).includes(first));
}

/**
 * The one person a name (as typed: any case, a typo, a surname, a title, another script)
 * stands for, or null when no one matches on real evidence. Ties go to the more mentioned.
 */
export function findPerson<P extends NamedPerson>(name: string, people: readonly P[]): P | null {
  return matchPeople(name, people, { limit: 1 })[0]?.person ?? null;
}

/** What scoring needs from the query, worked out once per query rather than once per person. */
interface AnalysedQuery {
  typed: string;
  /** The query without title words ("secretary haraldsen" → "haraldsen"). */
  stripped: string;
  compact: string;
  words: { word: string; key: string; minPrefix: number }[];
  /** Letters a whole-name prefix needs ("ingrid ha" is one; "in" is not). */
  minNamePrefix: number;
}

// "berg's", "olsens'": the possessive a name is typed with is no part of it ("o'hara" keeps its apostrophe).
const withoutPossessives = (form: string): string => form.replace(/'s?(?= |$)/gu, '');

function analyseQuery(typed: string, completing: boolean): AnalysedQuery | null {
  if (!/[a-z0-9]/.test(typed)) return null;
  const allWords = typed.split(' ').filter((w) => /[a-z0-9]/.test(w));
  // "secretary haraldsen" → "haraldsen"; a query of titles only ("president") keeps its words.
  const nameOnly = allWords.filter((w) => !isTitleWord(w));
  const words = nameOnly.length > 0 ? nameOnly : allWords;
  // An initial ("i haraldsen") stands for a word only beside a word that is more than an initial.
  const initials = words.length > 1 && words.some((w) => w.length > 1);
  return {
    typed,
    stripped: words.join(' '),
    compact: compact(words.join(' ')),
    words: words.map((word, i) => ({
      word,
      key: word.length >= MIN_VARIANT_LETTERS ? spellingKey(word) : '',
      minPrefix: completing ? (i === words.length - 1 ? 1 : 2) : initials && word.length === 1 ? 1 : MIN_PREFIX_LETTERS,
    })),
    minNamePrefix: completing ? 1 : MIN_PREFIX_LETTERS,
  };
}

function scoreOf(query: AnalysedQuery, entry: IndexedPerson): number {
  const { typed, stripped, words } = query;
  if (typed === entry.name || stripped === entry.name) return SCORE.exactName;
  if (entry.aliases.has(typed) || entry.aliases.has(stripped)) return SCORE.exactAlias;
  if (entry.compacts.has(query.compact)) return SCORE.variant;
  // A prefix of the whole name ("ingrid ha") counts, but never less than the words typed: "jen"
  // is a whole word of Jen Roe's name as much as of Ai-jen Poo's, not merely a prefix of it.
  const namePrefix = query.compact.length >= query.minNamePrefix && (entry.name.startsWith(typed) || entry.name.startsWith(stripped)) ? SCORE.prefix : 0;
  return Math.max(namePrefix, wordsScore(words, entry));
}

/**
 * The worst of the typed words' matches to the person's words (0 when one matches none). A short
 * word too short for a typo on its own ("ida") is forgiven one edit when every other word is
 * exactly the person's ("ida vos" is Ada Vos, not Ingrid Vos).
 */
function wordsScore(words: AnalysedQuery['words'], entry: IndexedPerson): number {
  const scores = words.map((word) => wordScore(word, entry));
  const missed = scores.flatMap((score, i) => (score === 0 ? [i] : []));
  if (missed.length === 0) return Math.min(SCORE.allWords, ...scores);
  if (missed.length > 1 || words.length < 2 || scores.some((score, i) => i !== missed[0] && score !== SCORE.allWords)) return 0;
  const short = words[missed[0]!]!.word;
  const slipped = short.length >= MIN_SHORT_TYPO_LETTERS && short.length < MIN_TYPO_LETTERS && entry.words.some((known) => known.length >= MIN_SHORT_TYPO_LETTERS && editDistance(short, known, 1) <= 1);
  return slipped ? SCORE.shortTypo : 0;
}

/** Shortest word forgiven one edit beside an exact surname. */
const MIN_SHORT_TYPO_LETTERS = 3;

/** How well one typed word matches one of the person's words (0: not at all). */
function wordScore({ word, key, minPrefix }: AnalysedQuery['words'][number], entry: IndexedPerson): number {
  // "olsens job": a possessive typed without its apostrophe.
  if (entry.words.includes(word) || (word.endsWith('s') && entry.words.includes(word.slice(0, -1)))) return SCORE.allWords;
  if (key !== '' && entry.wordKeys.has(key)) return SCORE.variant;
  if (word.length >= minPrefix && entry.words.some((w) => w.startsWith(word))) return SCORE.prefix;
  const distance = typoDistance(word, entry.words) ?? (word.endsWith('s') ? typoDistance(word.slice(0, -1), entry.words) : null);
  return distance === null ? 0 : SCORE.typo - 5 * (distance - 1);
}

/** Edits forgiven in a word: one, two from eight letters. */
const typoAllowance = (word: string): number => (word.length >= 8 ? 2 : 1);

/** The smallest typo distance from `word` to one of `candidates`, or null when none is a small typo. */
function typoDistance(word: string, candidates: readonly string[]): number | null {
  if (word.length < MIN_TYPO_LETTERS) return null;
  const allowed = typoAllowance(word);
  let best = Infinity;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed || candidate.length < MIN_TYPO_LETTERS) continue;
    best = Math.min(best, editDistance(word, candidate, allowed));
  }
  return best <= allowed ? best : null;
}
