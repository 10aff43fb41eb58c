// The meaning words of a sentence (stemmed, stop words dropped, negations and numbers kept,
// month abbreviations expanded) and their compact encoding for many sentences at once: the
// sets that near-duplicate grouping compares.
import { createRequire } from 'node:module';
import { TokenWords } from '../factbase/token-words.js';
import { concatIdSets, TokenIds, Vocabulary } from '../factbase/vocabulary.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, monthNumber } from '../lexicon/calendar.js';

// natural ships no types for its submodules; this is the one function we use.
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(token: string): string;
};

// Function words carry no fact. Negations ("not", "no", "never") are deliberately absent: they
// flip a fact, so "will not send" must not match "will send".
const STOP_WORDS = new Set(
  ('a an the and or but if of to in on at by for from with without into onto over under about as is are was were be ' +
    'been being am do does did has have had having it its it\'s this that these those there their they them he she his ' +
    'her him we our us you your i my me which who whom whose what when where while than then so such also very just ' +
    'can could would should will shall may might must s t said says say according during').split(' '),
);

// Every negation ("not", "never", "won't") is one word, so a statement and its denial differ by it.
export const NEGATION = 'not';
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'cannot']);

// "jan" and "january" are one meaning word.
const FULL_MONTH: ReadonlyMap<string, string> = new Map(
  MONTH_ABBREVIATIONS.map((abbreviation) => [abbreviation.toLowerCase(), (MONTH_NAMES[(monthNumber(abbreviation) ?? 1) - 1] ?? abbreviation).toLowerCase()]),
);

// Token → meaning word ('' for a stop word); memoised by `meaningWordsOfTokens` below.
function toMeaningWord(token: string): string {
  // "nato's" → "nato"; "48.3" and "1,000" stay whole; "u.s" stays one word.
  const bare = token.replace(/'s$/, '').replace(/,/g, '');
  const expanded = FULL_MONTH.get(bare) ?? bare;
  if (STOP_WORDS.has(bare)) return '';
  if (NEGATIONS.has(bare) || bare.endsWith("n't")) return NEGATION;
  return /\d/.test(expanded) ? expanded : porter.stem(expanded);
}

// Kept for the life of the thread: news vocabulary is small, so after warm-up almost every token
// is one lookup.
const meaningWordsOfTokens = new TokenWords(toMeaningWord);

// Runs of letters and digits in lower-cased text (any character from U+00C0 up, except general
// punctuation, counts as a letter: twice as fast as \p{L} and the same on news text), joined by
// single inner [.,'] ("u.s", "1,000", "nato's"): /[a-z0-9\u00c0-\u1fff\u2070-\uffff]+(?:[.,'][…]+)*/g,
// scanned by hand so that a word seen before need not be cut out as a string.
// Hyphenated words split, so "Secretary-General" matches "Secretary General".
const isWordCode = (code: number): boolean =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 0xc0 && code <= 0x1fff) || code >= 0x2070;
const isJoiner = (code: number): boolean => code === 46 || code === 44 || code === 39;

/** Passes each word of lower-cased `text` to `visit` by its place, in order. */
function visitWords(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      while (i < length && isWordCode(text.charCodeAt(i))) i++;
      if (i + 1 < length && isJoiner(text.charCodeAt(i)) && isWordCode(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    visit(start, i);
  }
}

/** The distinct stemmed words of `text` that carry meaning, in order of first appearance. */
export function meaningWords(text: string): string[] {
  const seen = new Set<string>();
  const lower = text.toLowerCase();
  visitWords(lower, (start, end) => {
    const entry = meaningWordsOfTokens.entryOf(lower, start, end);
    const word = entry < 0 ? toMeaningWord(lower.slice(start, end)) : meaningWordsOfTokens.words[entry]!;
    if (word !== '') seen.add(word);
  });
  return [...seen];
}


/**
 * Meaning-word sets of many sentences in a compact form: cheap to build in a worker and to send
 * back (typed arrays and one short word list instead of millions of strings).
 */
export interface EncodedWordSets {
  /** The distinct words of these sets; `ids` refer to them by index. */
  vocabulary: string[];
  /** In how many of these sets each vocabulary word occurs. */
  counts: Int32Array;
  /** The word ids of every set, one set after the other. */
  ids: Int32Array;
  /** Set i is `ids[offsets[i]] … ids[offsets[i + 1] - 1]`; one entry more than there are sets. */
  offsets: Int32Array;
}

/** The meaning-word sets of `texts` (each equal to `meaningWords(text)` as a set). */
export function encodeMeaningWords(texts: readonly string[]): EncodedWordSets {
  const encoder = new WordSetEncoder(new Vocabulary());
  const { ids, offsets } = encoder.encode(texts);
  // A set holds a word once, so a word's count is the number of times it occurs.
  const counts = new Int32Array(encoder.vocabulary.words.length);
  for (let k = 0; k < ids.length; k++) counts[ids[k]!]!++;
  return { vocabulary: encoder.vocabulary.words, counts, ids, offsets };
}

/**
 * Meaning-word sets numbered in one vocabulary across many calls (a build thread's articles),
 * each distinct token looked up once per encoder.
 */
export class WordSetEncoder {
  readonly vocabulary: Vocabulary;
  readonly #tokenIds: TokenIds;
  /** Per word id, the last set (counted over every call) it was added to. */
  #lastSet: Int32Array<ArrayBuffer> = new Int32Array(1024).fill(-1);
  #sets = 0;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
    this.#tokenIds = new TokenIds(vocabulary, meaningWordsOfTokens);
  }

  /** The sets of `texts` as ids into `vocabulary`, each word once per set, in order of first appearance. */
  encode(texts: readonly string[]): { ids: Int32Array; offsets: Int32Array } {
    let ids = new Int32Array(Math.max(16, texts.length * 12));
    const offsets = new Int32Array(texts.length + 1);
    let length = 0;
    for (let set = 0; set < texts.length; set++) {
      const setNumber = this.#sets++;
      const lower = texts[set]!.toLowerCase();
      visitWords(lower, (start, end) => {
        const id = this.#tokenIds.idOfSpan(lower, start, end);
        if (id < 0) return;
        if (id >= this.#lastSet.length) this.#lastSet = grownTo(this.#lastSet, id + 1);
        if (this.#lastSet[id] === setNumber) return;
        this.#lastSet[id] = setNumber;
        if (length === ids.length) {
          const grown = new Int32Array(ids.length * 2);
          grown.set(ids);
          ids = grown;
        }
        ids[length++] = id;
      });
      offsets[set + 1] = length;
    }
    return { ids: ids.slice(0, length), offsets };
  }
}

function grownTo(lastSet: Int32Array, minimum: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(minimum, lastSet.length * 2)).fill(-1);
  grown.set(lastSet);
  return grown;
}

/** Word sets as ids into a vocabulary that other sets may share (no per-word counts). */
export interface WordSetIds {
  vocabulary: readonly string[];
  ids: Int32Array;
  /** Set i is `ids[offsets[i]] … ids[offsets[i + 1] - 1]`. */
  offsets: Int32Array;
}

/** The sets of `chunks`, in order, as one encoding (one vocabulary, one typed array each). */
export function concatWordSets(chunks: readonly WordSetIds[]): EncodedWordSets {
  const { vocabulary, ids, offsets } = concatIdSets(chunks);
  // A set holds a word once, so a word's count is the number of times it occurs.
  const counts = new Int32Array(vocabulary.length);
  for (let k = 0; k < ids.length; k++) counts[ids[k]!]!++;
  return { vocabulary, counts, ids, offsets };
}
