// Name lookup for /who, /quote, their autocomplete and the question router. A person is matched
// only on evidence in the letters typed: the exact name or an alias, every word of the query in
// the person's names, a spelling variant ("Zelensky"), a prefix of at least three letters
// ("blin"), a small typo in a word of at least five letters ("stoltenburg"), the same letters
// in another script ("Кулеба", "习近平", through `foldName`). A query with no letters left once
// folded ("!!!", "🤡") matches no one: it is never read as "everyone". Case, accents and a title
// ("secretary blinken") change nothing. Each people array is indexed once: a big fact base
// knows thousands of people and this runs on every question and every keystroke.
import type { Person } from '../factbase/schema.js';

/**
 * What matching needs of a person: the fact base's people, or the router's lighter list of
 * names (without mentions, ties go by name).
 */
export type NamedPerson = Pick<Person, 'name' | 'aliases'> & { readonly sentenceIds?: readonly unknown[] };
import { foldName, spellingKey } from '../lexicon/name-fold.js';
import { isTitleWord } from '../lexicon/titles.js';

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

const SCORE = {
  exactName: 100,
  exactAlias: 90,
  allWords: 85,
  variant: 80,
  prefix: 70,
  typo: 60,
} as const;

/** Shortest prefix that counts as evidence in an answer ("kul" for Kuleba; "ku" does not). */
export const MIN_PREFIX_LETTERS = 3;
/** Shortest word a typo is forgiven in: shorter words are too close to too many names. */
export const MIN_TYPO_LETTERS = 5;
/** Shortest word compared by spelling key (transliteration variants). */
const MIN_VARIANT_LETTERS = 4;

interface IndexedPerson {
  person: NamedPerson;
  name: string;
  aliases: Set<string>;
  /** Name and aliases without spaces or punctuation: CJK names transliterate as one word. */
  compacts: Set<string>;
  /** Name and alias words, titles left out: "antony", "blinken". */
  words: string[];
  wordKeys: Set<string>;
  mentions: number;
}

interface PeopleIndex {
  entries: IndexedPerson[];
  /** People by a whole form: name, alias or compact form. */
  byForm: Map<string, IndexedPerson[]>;
  /** People by each word of their names, and by its spelling key ("~zelensky"). */
  byWord: Map<string, IndexedPerson[]>;
  /** Every name word once, sorted (prefix look-ups), and by length (typo look-ups). */
  vocabulary: string[];
  vocabularyByLength: Map<number, LengthBucket>;
  /** Forms a mention in running text can take (see `personMentionedIn`), by their first word and its spelling key. */
  formsByWord: Map<string, MentionForm[]>;
}

interface MentionForm {
  entry: IndexedPerson;
  words: string[];
  score: number;
}

/** Name words of one length, with their letter counts for a quick typo test (`letterCounts`). */
interface LengthBucket {
  words: string[];
  /** LETTER_SLOTS counts per word, end to end. */
  counts: Uint8Array;
}

const indexes = new WeakMap<readonly NamedPerson[], PeopleIndex>();

// a–z, then one slot for everything else (digits, apostrophes, hyphens).
const LETTER_SLOTS = 27;

function letterCounts(word: string, into: Uint8Array, at = 0): Uint8Array {
  for (let i = 0; i < word.length; i += 1) {
    const letter = word.charCodeAt(i) - 97;
    const slot = at + (letter >= 0 && letter < 26 ? letter : 26);
    into[slot] = Math.min(255, (into[slot] ?? 0) + 1);
  }
  return into;
}

function bucketsByLength(vocabulary: readonly string[]): Map<number, LengthBucket> {
  const byLength = new Map<number, string[]>();
  for (const word of vocabulary) pushTo(byLength, word.length, word);
  return new Map(
    [...byLength].map(([length, words]) => {
      const counts = new Uint8Array(words.length * LETTER_SLOTS);
      words.forEach((word, i) => letterCounts(word, counts, i * LETTER_SLOTS));
      return [length, { words, counts }];
    }),
  );
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

function indexOf(people: readonly NamedPerson[]): PeopleIndex {
  let index = indexes.get(people);
  if (index === undefined) {
    const entries = people.map(indexPerson);
    const byForm = new Map<string, IndexedPerson[]>();
    const byWord = new Map<string, IndexedPerson[]>();
    for (const entry of entries) {
      for (const form of new Set([entry.name, ...entry.aliases, ...entry.compacts])) pushTo(byForm, form, entry);
      for (const word of entry.words) pushTo(byWord, word, entry);
      for (const key of entry.wordKeys) pushTo(byWord, `~${key}`, entry);
    }
    const vocabulary = [...new Set(entries.flatMap((entry) => entry.words))].sort();
    index = { entries, byForm, byWord, vocabulary, vocabularyByLength: bucketsByLength(vocabulary), formsByWord: mentionForms(entries) };
    indexes.set(people, index);
  }
  return index;
}

function indexPerson(person: NamedPerson): IndexedPerson {
  const forms = [person.name, ...person.aliases].map(normalise);
  const words = [...new Set(forms.flatMap(nameWords))];
  return {
    person,
    name: normalise(person.name),
    aliases: new Set(forms.slice(1)),
    compacts: new Set(forms.map(compact).filter((form) => form !== '')),
    words,
    wordKeys: new Set(words.filter((w) => w.length >= MIN_VARIANT_LETTERS).map(spellingKey)),
    mentions: person.sentenceIds?.length ?? 0,
  };
}

/** Folded (accents, case, script), punctuation-free form: "James O’Brien" → "james o'brien". */
function normalise(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const compact = (form: string): string => form.replace(/[^a-z0-9]+/g, '');
const nameWords = (form: string): string[] => form.split(' ').filter((w) => /[a-z0-9]/.test(w) && !isTitleWord(w));

/**
 * People matching `query`, best first; ties go to the more mentioned person, then by name.
 * A query without letters or digits once folded matches no one.
 */
export function matchPeople<P extends NamedPerson>(query: string, people: readonly P[], options: MatchOptions = {}): PersonMatch<P>[] {
  const { limit = DEFAULT_MATCH_LIMIT, completing = false } = options;
  const analysed = analyseQuery(normalise(query), completing);
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
    if (fewest === undefined || matching.size < fewest.size) fewest = matching;
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
  // A typo is looked for only in a word no name has: "sullivan" is Sullivan, not also "Sulliman".
  if (word.length >= MIN_TYPO_LETTERS && !index.byWord.has(word) && !index.byWord.has(`~${key}`)) {
    const allowed = typoAllowance(word);
    const wanted = letterCounts(word, new Uint8Array(LETTER_SLOTS));
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
        if (difference <= 2 * allowed && editDistance(word, known, allowed) <= allowed) addWord(known);
      });
    }
  }
  return found;
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
  /** The query without title words ("secretary blinken" → "blinken"). */
  stripped: string;
  compact: string;
  words: { word: string; key: string; minPrefix: number }[];
  /** Letters a whole-name prefix needs ("antony bl" is one; "an" is not). */
  minNamePrefix: number;
}

function analyseQuery(typed: string, completing: boolean): AnalysedQuery | null {
  if (!/[a-z0-9]/.test(typed)) return null;
  const allWords = typed.split(' ').filter((w) => /[a-z0-9]/.test(w));
  // "secretary blinken" → "blinken"; a query of titles only ("president") keeps its words.
  const nameOnly = allWords.filter((w) => !isTitleWord(w));
  const words = nameOnly.length > 0 ? nameOnly : allWords;
  // An initial ("j biden") stands for a word only beside a word that is more than an initial.
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
  if (query.compact.length >= query.minNamePrefix && (entry.name.startsWith(typed) || entry.name.startsWith(stripped))) return SCORE.prefix;

  let worst: number = SCORE.allWords;
  for (const word of words) {
    const score = wordScore(word, entry);
    if (score === 0) return 0;
    worst = Math.min(worst, score);
  }
  return worst;
}

/** How well one typed word matches one of the person's words (0: not at all). */
function wordScore({ word, key, minPrefix }: AnalysedQuery['words'][number], entry: IndexedPerson): number {
  if (entry.words.includes(word)) return SCORE.allWords;
  if (key !== '' && entry.wordKeys.has(key)) return SCORE.variant;
  if (word.length >= minPrefix && entry.words.some((w) => w.startsWith(word))) return SCORE.prefix;
  const distance = typoDistance(word, entry.words);
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

// ---------------------------------------------------------------------------------------
// Mentions in running text

export interface PersonMention<P extends NamedPerson = Person> extends PersonMatch<P> {
  /** The words of the text that name the person, folded ("secretary blinken" → "blinken"). */
  words: string;
}

export interface MentionOptions {
  /**
   * Whether a word is also an everyday word ("may", "price", "say"). Such a word names a person
   * only with more of the name ("ned price"): not alone, nor after a title, since a verb after
   * one reads the same ("what did the press secretary say"). Pass the coverage's own evidence
   * (`everydayWord` in commands/people.ts); by default only words of one or two letters ("he",
   * "li") are treated so.
   */
  commonWord?: (word: string) => boolean;
}

const shortWord = (word: string): boolean => word.length <= 2;

/** Name (100), multi-word alias (90) and single words (surname alias or the name's last word, 85). */
function mentionForms(entries: readonly IndexedPerson[]): Map<string, MentionForm[]> {
  const byWord = new Map<string, MentionForm[]>();
  for (const entry of entries) {
    // The same form twice (a surname that is also an alias) is listed once per person.
    const seen = new Set<string>();
    const add = (key: string, form: MentionForm) => {
      const id = `${key}|${form.words.join(' ')}`;
      if (seen.has(id)) return;
      seen.add(id);
      pushTo(byWord, key, form);
    };
    const nameForm = nameWords(entry.name);
    const forms: [string[], number][] = [
      [nameForm, SCORE.exactName],
      ...[...entry.aliases].map((alias): [string[], number] => [nameWords(alias), SCORE.exactAlias]),
      [nameForm.slice(-1), SCORE.allWords],
    ];
    for (const [words, score] of forms) {
      const [first] = words;
      if (first === undefined) continue;
      const form = { entry, words, score: words.length > 1 ? score : Math.min(score, SCORE.allWords) };
      add(first, form);
      if (first.length >= MIN_VARIANT_LETTERS) add(`~${spellingKey(first)}`, form);
    }
    // A name written in a script without spaces (CJK) folds to one word: "xijinping".
    for (const form of entry.compacts) if (!entry.words.includes(form)) add(form, { entry, words: [form], score: SCORE.variant });
  }
  return byWord;
}

function sameWord(typed: string, known: string): boolean {
  return typed === known || (typed.length >= MIN_VARIANT_LETTERS && known.length >= MIN_VARIANT_LETTERS && spellingKey(typed) === spellingKey(known));
}

/**
 * The person a question or sentence names, by their full name, an alias or their surname, in
 * any case or script ("what did blinken say", "who is кулеба"); null when it names no one the
 * coverage knows. Exact words and spelling variants only: in running text a typo is too likely
 * to be another word, so a span already known to be a name goes to `findPerson` instead.
 * The longest name found wins, then the better evidence, then the more mentioned person.
 */
export function personMentionedIn<P extends NamedPerson>(text: string, people: readonly P[], options: MentionOptions = {}): PersonMention<P> | null {
  const commonWord = options.commonWord ?? shortWord;
  const { formsByWord } = indexOf(people);
  const words = normalise(text).split(' ').filter((w) => /[a-z0-9]/.test(w));
  let best: { form: MentionForm; at: number; exact: boolean } | null = null;
  for (const [at, word] of words.entries()) {
    const candidates = [...(formsByWord.get(word) ?? []), ...(word.length >= MIN_VARIANT_LETTERS ? (formsByWord.get(`~${spellingKey(word)}`) ?? []) : [])];
    for (const form of candidates) {
      if (!form.words.every((known, i) => sameWord(words[at + i] ?? '', known))) continue;
      if (form.words.length === 1 && commonWord(word)) continue;
      const found = { form, at, exact: form.words.every((known, i) => words[at + i] === known) };
      if (best === null || outranks(found, best)) best = found;
    }
  }
  if (best === null) return null;
  const { form, at } = best;
  return { person: form.entry.person as P, score: form.score, words: words.slice(at, at + form.words.length).join(' ') };
}

/** More words first; then the name as typed over a spelling variant ("surnameb" is not "Surnamebb"); then the stronger form, then the more mentioned person. */
function outranks(a: { form: MentionForm; exact: boolean }, b: { form: MentionForm; exact: boolean }): boolean {
  const order =
    a.form.words.length - b.form.words.length || Number(a.exact) - Number(b.exact) || a.form.score - b.form.score || a.form.entry.mentions - b.form.entry.mentions;
  return order > 0;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: one transposition of neighbours
 * counts as one edit), or `bound + 1` as soon as it must exceed `bound`.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  let previousRow: number[] = [];
  let row: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const beforePrevious = previousRow;
    previousRow = row;
    row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previousRow[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previousRow[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > bound) return bound + 1;
  }
  return row[b.length] ?? 0;
}
