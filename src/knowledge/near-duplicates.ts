// Groups sentences that state the same fact — repeated verbatim, re-used as a caption, or
// lightly paraphrased — so an answer can show the fact once with every source that carries it.
//
// Similarity is Jaccard over sets of stemmed meaning words (stop words dropped, negations and
// numbers kept, month abbreviations expanded); a pair must also carry the same figures and the
// same negation. Identical sets always group. Other candidate pairs come from prefix filtering
// over an inverted index (each set is sorted rarest-word-first; two sets reaching the threshold
// must share a word among their first few), bounded so the work stays near-linear on a million
// sentences: very common words are not probed, each postings list keeps only its most recent
// entries, and long sentences must meet a candidate in two lists. The bounds trade a little
// recall on formulaic text for speed; they never group sentences below the threshold.
import { createRequire } from 'node:module';

// natural ships no types for its submodules; this is the one function we use.
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(token: string): string;
};

export interface NearDuplicateOptions {
  /** Minimum Jaccard similarity of two sentences' meaning-word sets. Default 0.7. */
  threshold?: number;
  /** Sentences with fewer meaning words group only with sentences of the same words. Default 4. */
  minWords?: number;
}

const DEFAULT_THRESHOLD = 0.7;
const DEFAULT_MIN_WORDS = 4;
const MAX_POSTINGS = 32;
/** A word in more sentences than this (or 0.1% of them, if more) finds no candidates. */
const MIN_COMMON_WORD_COUNT = 1_000;

// Function words carry no fact. Negations ("not", "no", "never") are deliberately absent: they
// flip a fact, so "will not send" must not match "will send".
const STOP_WORDS = new Set(
  ('a an the and or but if of to in on at by for from with without into onto over under about as is are was were be ' +
    'been being am do does did has have had having it its it\'s this that these those there their they them he she his ' +
    'her him we our us you your i my me which who whom whose what when where while than then so such also very just ' +
    'can could would should will shall may might must s t said says say according during').split(' '),
);

// Every negation ("not", "never", "won't") is one word, so a statement and its denial differ by it.
const NEGATION = 'not';
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'none', 'nothing', 'nobody', 'cannot']);

const MONTH_ABBREVIATIONS: Readonly<Record<string, string>> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

// Token → meaning word ('' for a stop word). News vocabulary is small, so after warm-up almost
// every token is one map lookup.
const wordMemo = new Map<string, string>();

function toMeaningWord(token: string): string {
  let word = wordMemo.get(token);
  if (word === undefined) {
    // "nato's" → "nato"; "61.4" and "1,000" stay whole; "u.s" stays one word.
    const bare = token.replace(/'s$/, '').replace(/,/g, '');
    const expanded = MONTH_ABBREVIATIONS[bare] ?? bare;
    if (STOP_WORDS.has(bare)) word = '';
    else if (NEGATIONS.has(bare) || bare.endsWith("n't")) word = NEGATION;
    else word = /\d/.test(expanded) ? expanded : porter.stem(expanded);
    wordMemo.set(token, word);
  }
  return word;
}

// Runs of letters and digits in lower-cased text (any character from U+00C0 up, except general
// punctuation, counts as a letter: twice as fast as \p{L} and the same on news text).
// Hyphenated words split, so "Secretary-General" matches "Secretary General".
const WORD = /[a-z0-9\u00c0-\u1fff\u2070-\uffff]+(?:[.,'][a-z0-9\u00c0-\u1fff\u2070-\uffff]+)*/g;

/** The distinct stemmed words of `text` that carry meaning, in order of first appearance. */
export function meaningWords(text: string): string[] {
  const seen = new Set<string>();
  const lower = text.toLowerCase();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(lower); match !== null; match = WORD.exec(lower)) {
    const word = toMeaningWord(match[0]);
    if (word !== '') seen.add(word);
  }
  return [...seen];
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size);
    for (let i = 0; i < size; i++) this.parent[i] = i;
  }
  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[x] !== root) {
      const next = this.parent[x]!;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
  /** Keeps the smaller id as the root, so a group's root is its earliest sentence. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

function jaccardOfSorted(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

const isNumberWord = (word: string): boolean => /^\d/.test(word);

/**
 * For each text, the index of its near-duplicate group's earliest member (itself when it has
 * none). `texts[i]` is sentence i; the result is what `Sentence.group` holds.
 */
export function groupNearDuplicates(texts: readonly string[], options: NearDuplicateOptions = {}): number[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;

  // Word ids numbered by ascending document frequency (ties by word), so sorting a set's ids
  // sorts it rarest-first — the order prefix filtering needs.
  const wordSets = texts.map(meaningWords);
  const frequency = new Map<string, number>();
  for (const words of wordSets) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
  const vocabulary = [...frequency.keys()].sort((a, b) => frequency.get(a)! - frequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0));
  const wordId = new Map<string, number>();
  vocabulary.forEach((w, i) => wordId.set(w, i));
  const numberIds = new Set(vocabulary.filter(isNumberWord).map((w) => wordId.get(w)!));

  const sets = wordSets.map((words) => Int32Array.from(words, (w) => wordId.get(w)!).sort());
  const groups = new UnionFind(texts.length);

  const negationId = wordId.get(NEGATION);
  // A different figure or date is a different fact, and a denial is not the statement it denies,
  // however similar the wording.
  const sameFigures = (a: Int32Array, b: Int32Array): boolean => {
    const numbersA = a.filter((id) => numberIds.has(id) || id === negationId);
    const numbersB = b.filter((id) => numberIds.has(id) || id === negationId);
    return numbersA.length === numbersB.length && numbersA.every((id, k) => id === numbersB[k]);
  };

  const commonWordCount = Math.max(MIN_COMMON_WORD_COUNT, texts.length / 1000);
  // Identical sets always group: a hash lookup (this alone handles short sets like "Thank you.").
  const firstWithSet = new Map<string, number>();
  // Longer sets: prefix filtering, then the exact similarity on the few candidates left.
  const postings = new Map<number, number[]>();
  const seenAt = new Int32Array(texts.length).fill(-1);
  const hits = new Int32Array(texts.length);
  const candidates: number[] = [];
  for (let id = 0; id < sets.length; id++) {
    const set = sets[id]!;
    if (set.length === 0) continue;
    const key = set.join(',');
    const same = firstWithSet.get(key);
    if (same !== undefined) {
      groups.union(same, id);
      continue;
    }
    firstWithSet.set(key, id);
    if (set.length < minWords) continue;
    const prefixLength = set.length - Math.ceil(threshold * set.length) + 1;
    // A long sentence and its near-duplicate share most of their rarer words, so they meet in
    // several postings lists; one shared word is enough only for short prefixes.
    const minHits = prefixLength >= 4 ? 2 : 1;
    candidates.length = 0;
    for (let k = 0; k < prefixLength; k++) {
      // Sets are sorted rarest-first, so once a word is this common the rest are too: such words
      // say little about which sentences match, and probing them would dominate the run time.
      if (frequency.get(vocabulary[set[k]!]!)! > commonWordCount) break;
      const list = postings.get(set[k]!);
      if (list === undefined) {
        postings.set(set[k]!, [id]);
        continue;
      }
      for (const other of list) {
        if (seenAt[other] !== id) {
          seenAt[other] = id;
          hits[other] = 0;
          candidates.push(other);
        }
        hits[other]!++;
      }
      list.push(id);
      // Scanning every earlier sentence with a word would make the grouping quadratic on
      // formulaic text. Only the most recent ones are kept: duplicates cluster (the same article,
      // the same day's coverage), and rarer words of the prefix still find older ones.
      if (list.length > MAX_POSTINGS) list.shift();
    }
    for (const other of candidates) {
      if (hits[other]! < minHits) continue;
      const otherSet = sets[other]!;
      // Jaccard ≥ t is impossible when one set is much larger than the other.
      if (otherSet.length < threshold * set.length || set.length < threshold * otherSet.length) continue;
      if (jaccardOfSorted(set, otherSet) >= threshold && sameFigures(set, otherSet)) groups.union(id, other);
    }
  }
  return texts.map((_, id) => groups.find(id));
}
