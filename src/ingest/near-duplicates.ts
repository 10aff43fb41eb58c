// Groups sentences that state the same fact — repeated verbatim, re-used as a caption, or
// lightly paraphrased — so an answer can show the fact once with every source that carries it.
//
// Similarity is Jaccard over sets of stemmed meaning words (stop words dropped, negations and
// numbers kept, month abbreviations expanded); a pair must also carry the same figures and the
// same negation. Identical sets always group. Other pairs are found almost exactly (no pair at or above
// the threshold is missed among ordinary sentences) by AllPairs/PPJoin filtering: sets are
// visited smallest first, each sorted rarest-word-first; two sets reaching the threshold must
// share a word among their first few (prefix filter), have similar sizes (length filter), and
// can still reach the needed overlap from where they meet (positional filter), and their words'
// 64-bit signatures must leave room for that overlap (bitmap filter). Only the pairs left are
// compared word by word, stopping as soon as the threshold is out of reach.
import { NEGATION, encodeMeaningWords, type EncodedWordSets, type WordSetIds } from './meaning-words.js';
import { byCodeUnit } from '../code-unit-order.js';
import { Vocabulary } from '../factbase/vocabulary.js';

export interface NearDuplicateOptions {
  /** Minimum Jaccard similarity of two sentences' meaning-word sets. Default 0.7. */
  threshold?: number;
  /** Sentences with fewer meaning words group only with sentences of the same words. Default 4. */
  minWords?: number;
}

const DEFAULT_THRESHOLD = 0.7;
const DEFAULT_MIN_WORDS = 4;
// Exact prefix filtering is still quadratic on formulaic text (measured on 1.1M White House
// sentences: hundreds of millions of candidate pairs). Two bounds keep it near-linear; they only
// lose pairs whose shared rare words are all common ones, and never group below the threshold:
/** A word in more sets than this (or 0.1% of them, if more) finds no candidates. */
const MIN_COMMON_WORD_COUNT = 1_000;
/** Per word, only the sets closest in size (the most recently indexed) are probed. */
const MAX_SCANNED_POSTINGS = 32;

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
  /** Keeps the smaller number as the root. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra < rb) this.parent[rb] = ra;
    else if (rb < ra) this.parent[ra] = rb;
  }
}

const isNumberWord = (word: string): boolean => /^\d/.test(word);

/** The words of some chunks of sets as one list, in how many sets each occurs, and each chunk's word ids into the list. */
interface MergedWords {
  words: readonly string[];
  counts: ArrayLike<number>;
  globalIds: readonly Int32Array[];
}

/** The words of `chunks`, each chunk numbering its own. */
function mergedWords(chunks: readonly EncodedWordSets[]): MergedWords {
  const idOfWord = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  const globalIds = chunks.map((chunk) =>
    Int32Array.from(chunk.vocabulary, (word, local) => {
      let id = idOfWord.get(word);
      if (id === undefined) {
        id = words.length;
        idOfWord.set(word, id);
        words.push(word);
        counts.push(0);
      }
      counts[id]! += chunk.counts[local]!;
      return id;
    }),
  );
  return { words, counts, globalIds };
}

/**
 * The words of `pieces`, which number theirs in one vocabulary (the build cache's: kept as it is)
 * or in a few (one per build thread), each shared by many pieces and mapped once.
 */
function piecesWords(pieces: readonly WordSetIds[]): MergedWords {
  const first = pieces[0]?.vocabulary ?? [];
  const merged = pieces.every((piece) => piece.vocabulary === first) ? null : new Vocabulary();
  const identity = merged === null ? Int32Array.from(first, (_, id) => id) : null;
  const globalIds = pieces.map((piece) => identity ?? merged!.mapping(piece.vocabulary));
  const words = merged?.words ?? first;
  const counts = new Int32Array(words.length);
  pieces.forEach(({ ids, offsets }, c) => {
    const toGlobal = globalIds[c]!;
    // A set holds a word once, so a word's count is the number of times it occurs.
    for (let k = offsets[0]!; k < offsets[offsets.length - 1]!; k++) counts[toGlobal[ids[k]!]!]!++;
  });
  return { words, counts, globalIds };
}

/**
 * The non-empty sets of `chunks` (set ids run through the chunks in order) in probing order:
 * smallest first, by id within a size (`bySize[i]` is the id of set i here). Each set is its
 * word ranks sorted ascending, where a word's rank orders the vocabulary by how many sets hold
 * it (rarest first, ties by word).
 */
function rankedSetsBySize(
  chunks: readonly WordSetIds[],
  { words, counts, globalIds }: MergedWords,
): {
  ranks: Int32Array;
  offsets: Int32Array;
  bySize: Int32Array;
  isFigure: Uint8Array;
  sortedCounts: Int32Array;
} {
  const order = Array.from(words.keys()).sort((a, b) => counts[a]! - counts[b]! || byCodeUnit(words[a]!, words[b]!));
  const rankOf = new Int32Array(words.length);
  const isFigure = new Uint8Array(words.length);
  order.forEach((id, rank) => {
    rankOf[id] = rank;
    // A different figure or date is a different fact, and a denial is not the statement it denies.
    if (isNumberWord(words[id]!) || words[id] === NEGATION) isFigure[rank] = 1;
  });

  // Where each set goes: sizes first, then every set's ranks written straight to its place.
  const setCount = chunks.reduce((sum, chunk) => sum + chunk.offsets.length - 1, 0);
  const sizes = new Int32Array(setCount);
  let set = 0;
  for (const chunk of chunks) for (let local = 0; local + 1 < chunk.offsets.length; local++) sizes[set++] = chunk.offsets[local + 1]! - chunk.offsets[local]!;
  const bySize = setsBySize(sizes);
  const placeOf = new Int32Array(setCount).fill(-1);
  const offsets = new Int32Array(bySize.length + 1);
  for (let place = 0; place < bySize.length; place++) {
    placeOf[bySize[place]!] = place;
    offsets[place + 1] = offsets[place]! + sizes[bySize[place]!]!;
  }
  const ranks = new Int32Array(offsets[bySize.length]!);
  set = 0;
  chunks.forEach((chunk, c) => {
    const toGlobal = globalIds[c]!;
    for (let local = 0; local + 1 < chunk.offsets.length; local++, set++) {
      const from = offsets[placeOf[set]!]!;
      let at = from;
      for (let k = chunk.offsets[local]!; k < chunk.offsets[local + 1]!; k++) {
        // Insertion sort: sets are short, and this avoids a typed-array view per set.
        const rank = rankOf[toGlobal[chunk.ids[k]!]!]!;
        let j = at++;
        while (j > from && ranks[j - 1]! > rank) {
          ranks[j] = ranks[j - 1]!;
          j--;
        }
        ranks[j] = rank;
      }
    }
  });
  return { ranks, offsets, bySize, isFigure, sortedCounts: Int32Array.from(order, (id) => counts[id]!) };
}

// Float slack so a bound computed as 6.999999 or 7.000001 never prunes a pair that qualifies.
const EPSILON = 1e-9;
const PRUNED = -(2 ** 30);
/** Integers per posting: the set, then the word's position in it, its size, its signature (two). */
const POSTING = 5;
const POSTED_AT = 1;
const POSTED_SIZE = 2;
const POSTED_SIGNATURE = 3;

/**
 * For each text, the index of its near-duplicate group's earliest member (itself when it has
 * none). `texts[i]` is sentence i; the result is what `Sentence.group` holds.
 */
export function groupNearDuplicates(texts: readonly string[], options: NearDuplicateOptions = {}): number[] {
  return groupNearDuplicateSets([encodeMeaningWords(texts)], options);
}

/**
 * `groupNearDuplicates` over sets already encoded (`encodeMeaningWords`), possibly in several
 * chunks: set ids run through the chunks in order.
 */
export function groupNearDuplicateSets(chunks: readonly EncodedWordSets[], options: NearDuplicateOptions = {}): number[] {
  return groupSets(chunks, mergedWords(chunks), options);
}

/**
 * `groupNearDuplicateSets` over `pieces` of sets numbered in one vocabulary or a few (the build
 * cache's, the build threads'), read as they are: what joining them (concatWordSets) would give,
 * without the copy (11M word ids of the White House corpus, in the grouping worker). A word's
 * rank is its count and its spelling, not its id, so the groups do not depend on the numbering.
 */
export function groupNearDuplicatePieces(pieces: readonly WordSetIds[], options: NearDuplicateOptions = {}): number[] {
  return groupSets(pieces, piecesWords(pieces), options);
}

function groupSets(chunks: readonly WordSetIds[], merged: MergedWords, options: NearDuplicateOptions): number[] {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const minWords = options.minWords ?? DEFAULT_MIN_WORDS;
  const setCount = chunks.reduce((sum, chunk) => sum + chunk.offsets.length - 1, 0);
  // Smallest sets first (ties by id): every set already indexed is then no larger than the one
  // probing, which lets the index hold shorter prefixes and drop entries that became too small.
  // Below, a set is named by its place in this order, not by its id: the sets a probe meets are
  // mostly the recently indexed ones, so their words and marks lie close together in memory
  // (numbered by id, each candidate was a cache miss: the White House grouping took 11-15 s of
  // CPU, 7-9 s so). Groups are the same; each is named by its smallest id at the end.
  const { ranks, offsets, bySize, isFigure, sortedCounts } = rankedSetsBySize(chunks, merged);
  const count = bySize.length;
  const sizeOf = (set: number): number => offsets[set + 1]! - offsets[set]!;
  const groups = new UnionFind(count);
  const signatures = wordSignatures(ranks, offsets, count);

  const sameWords = (a: number, b: number): boolean => {
    const size = sizeOf(a);
    if (size !== sizeOf(b)) return false;
    for (let k = 0; k < size; k++) if (ranks[offsets[a]! + k] !== ranks[offsets[b]! + k]) return false;
    return true;
  };
  const sameFigures = (a: number, b: number): boolean => {
    let i = offsets[a]!;
    let j = offsets[b]!;
    const endA = offsets[a + 1]!;
    const endB = offsets[b + 1]!;
    for (;;) {
      while (i < endA && isFigure[ranks[i]!] === 0) i++;
      while (j < endB && isFigure[ranks[j]!] === 0) j++;
      if (i === endA || j === endB) return i === endA && j === endB;
      if (ranks[i++] !== ranks[j++]) return false;
    }
  };
  /** Jaccard ≥ threshold, giving up as soon as too few words are left to share `needed`. */
  const similar = (a: number, b: number, needed: number): boolean => {
    let i = offsets[a]!;
    let j = offsets[b]!;
    const endA = offsets[a + 1]!;
    const endB = offsets[b + 1]!;
    let shared = 0;
    while (i < endA && j < endB) {
      if (shared + Math.min(endA - i, endB - j) < needed) return false;
      const x = ranks[i]!;
      const y = ranks[j]!;
      if (x === y) {
        shared++;
        i++;
        j++;
      } else if (x < y) i++;
      else j++;
    }
    return shared / (endA - offsets[a]! + endB - offsets[b]! - shared) >= threshold;
  };

  // Identical sets always group (this alone handles short sets like "Thank you."); only the first
  // of them takes part in the similarity search, the others would find the same pairs. An open-
  // addressing table of the first sets seen, by a hash of their words (typed arrays: a Map of a
  // million arrays cost seconds of allocation and collection on the White House corpus). Identical
  // sets have one size and come smallest first: the table holds the sets of one size at a time,
  // emptied when the size changes, so it is sized for the most sets of one size, not for all (its
  // reads, a cache miss each in a table of 16 MB for the White House sentences, hit less often).
  let mostOfOneSize = 0;
  for (let set = 0, from = 0; set <= count; set++) {
    if (set === count || sizeOf(set) !== sizeOf(from)) {
      mostOfOneSize = Math.max(mostOfOneSize, set - from);
      from = set;
    }
  }
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(2 * mostOfOneSize + 2))).fill(-1);
  const slotMask = slots.length - 1;
  /** The slots that sets of the current size took, emptied when the next size begins. */
  const taken = new Int32Array(mostOfOneSize);
  let takenCount = 0;
  let tableSize = -1;
  const isCopy = (set: number): boolean => {
    const size = sizeOf(set);
    if (size !== tableSize) {
      for (let t = 0; t < takenCount; t++) slots[taken[t]!] = -1;
      takenCount = 0;
      tableSize = size;
    }
    let h = Math.imul(0x811c9dc5 ^ size, 0x01000193);
    for (let k = offsets[set]!; k < offsets[set + 1]!; k++) h = Math.imul(h ^ ranks[k]!, 0x01000193) ^ (h >>> 15);
    for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
      const other = slots[slot]!;
      if (other === -1) {
        slots[slot] = set;
        taken[takenCount++] = slot;
        return false;
      }
      if (sameWords(other, set)) {
        groups.union(other, set);
        return true;
      }
    }
  };

  const overlapFactor = threshold / (1 + threshold);
  // Later sets are at least as large, so a set is indexed by a shorter prefix than it probes with.
  const indexPrefixOf = (size: number): number => size - Math.ceil(2 * overlapFactor * size - EPSILON) + 1;
  // Postings per word rank, in probing order, in one flat array with room for every set that may
  // be indexed (word w's entries start at base[w]): per entry the set, the word's position in it,
  // its size and its signature, read in a row by a probe. Looking up each set's size and signature
  // by its number was a cache miss per entry: a White House grouping reads 35M of them.
  const base = new Int32Array(isFigure.length + 1);
  for (let set = 0; set < count; set++) {
    const size = sizeOf(set);
    if (size < minWords) continue;
    for (let i = 0, prefix = indexPrefixOf(size); i < prefix; i++) base[ranks[offsets[set]! + i]! + 1]!++;
  }
  for (let word = 0; word < isFigure.length; word++) base[word + 1]! += base[word]!;
  const posted = new Int32Array(POSTING * base[isFigure.length]!);
  /** Where each word's list ends, and where its entries still large enough start. */
  const listEnd = base.slice(0, isFigure.length);
  const listStart = base.slice(0, isFigure.length);
  // Per set met by the current probe: the probe that last met it (stamp) and the words shared so
  // far (overlap), side by side so that one cache line holds both.
  const marks = new Int32Array(2 * count).fill(-1);
  const candidates = new Int32Array(count);
  const commonCount = Math.max(MIN_COMMON_WORD_COUNT, setCount / 1000);
  let commonFrom = 0;
  while (commonFrom < sortedCounts.length && sortedCounts[commonFrom]! <= commonCount) commonFrom++;
  for (let set = 0; set < count; set++) {
    if (isCopy(set)) continue;
    const size = sizeOf(set);
    // Sets this short group only with identical ones.
    if (size < minWords) continue;
    const start = offsets[set]!;
    const minSize = threshold * size - EPSILON;
    const probePrefix = size - Math.ceil(threshold * size - EPSILON) + 1;
    const signature0 = signatures[2 * set]!;
    const signature1 = signatures[2 * set + 1]!;
    let candidateCount = 0;
    for (let i = 0; i < probePrefix; i++) {
      const word = ranks[start + i]!;
      // Sets are sorted rarest-first, so once a word is this common the rest are too.
      if (word >= commonFrom) break;
      const end = listEnd[word]!;
      // Entries are in ascending size; the ones too small for this set are too small for every
      // later (larger) set as well.
      let from = listStart[word]!;
      while (from < end && posted[POSTING * from + POSTED_SIZE]! < minSize) from++;
      listStart[word] = from;
      for (let e = Math.max(from, end - MAX_SCANNED_POSTINGS); e < end; e++) {
        const entry = POSTING * e;
        const other = posted[entry]!;
        const otherSize = posted[entry + POSTED_SIZE]!;
        const needed = Math.ceil(overlapFactor * (size + otherSize) - EPSILON);
        // A pair whose signatures show it cannot share enough words goes no further. Most do: among
        // the White House sentences, 25.4M pairs passed the other filters and were compared word by
        // word for 62k similar ones; with this one, 82k are. Checked before the pair's mark, which
        // it then never touches (the mark is a cache miss; the signatures are in the entry), and
        // again at each of its entries: the answer is the same each time.
        const shared = sharedAtMost(signature0, signature1, posted[entry + POSTED_SIGNATURE]!, posted[entry + POSTED_SIGNATURE + 1]!, size, otherSize);
        if (shared < needed) continue;
        const mark = 2 * other;
        if (marks[mark] !== set) {
          marks[mark] = set;
          candidates[candidateCount++] = other;
          marks[mark + 1] = 0;
        }
        if (marks[mark + 1]! < 0) continue;
        // Words after this one, in either set, are all that can still be shared.
        const reachable = marks[mark + 1]! + 1 + Math.min(size - i - 1, otherSize - posted[entry + POSTED_AT]! - 1);
        marks[mark + 1] = reachable >= needed ? marks[mark + 1]! + 1 : PRUNED;
      }
    }
    for (let c = 0; c < candidateCount; c++) {
      const other = candidates[c]!;
      if (marks[2 * other + 1]! <= 0) continue;
      const needed = Math.ceil(overlapFactor * (size + sizeOf(other)) - EPSILON);
      if (similar(set, other, needed) && sameFigures(set, other)) groups.union(set, other);
    }
    for (let i = 0, prefix = indexPrefixOf(size); i < prefix; i++) {
      const entry = POSTING * listEnd[ranks[start + i]!]!++;
      posted[entry] = set;
      posted[entry + POSTED_AT] = i;
      posted[entry + POSTED_SIZE] = size;
      posted[entry + POSTED_SIGNATURE] = signature0;
      posted[entry + POSTED_SIGNATURE + 1] = signature1;
    }
  }

  // Each group named by its smallest id; an empty set is a group of its own.
  const smallest = new Int32Array(count).fill(setCount);
  for (let set = 0; set < count; set++) {
    const root = groups.find(set);
    smallest[root] = Math.min(smallest[root]!, bySize[set]!);
  }
  const result = Array.from({ length: setCount }, (_, id) => id);
  for (let set = 0; set < count; set++) result[bySize[set]!] = smallest[groups.find(set)]!;
  return result;
}

/**
 * Each set's words as 64 bits (two 32-bit halves): bit h(w) for each word w. Two sets with
 * signatures a and b share at most |A| − popcount(a & ~b) words, and |B| − popcount(b & ~a): each
 * bit of A's that B lacks stands for at least one word of A's that B lacks (the bitmap filter of
 * Sandes et al., 2016). An upper bound, never below the words shared: pruning on it loses no pair.
 */
function wordSignatures(ranks: Int32Array, offsets: Int32Array, count: number): Int32Array {
  const signatures = new Int32Array(2 * count);
  for (let set = 0; set < count; set++) {
    for (let k = offsets[set]!; k < offsets[set + 1]!; k++) {
      const bit = Math.imul(ranks[k]!, 0x9e3779b1) >>> 26;
      signatures[2 * set + (bit >>> 5)]! |= 1 << (bit & 31);
    }
  }
  return signatures;
}

/** At most how many words two sets (of `sizeA` and `sizeB` words, signatures a0 a1 and b0 b1) share. */
function sharedAtMost(a0: number, a1: number, b0: number, b1: number, sizeA: number, sizeB: number): number {
  return Math.min(sizeA - bitCount(a0 & ~b0) - bitCount(a1 & ~b1), sizeB - bitCount(b0 & ~a0) - bitCount(b1 & ~a1));
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** The non-empty sets, smallest first and by id within a size (a counting sort: sizes are small). */
function setsBySize(sizes: Int32Array): Int32Array {
  let largest = 0;
  for (const size of sizes) largest = Math.max(largest, size);
  const next = new Int32Array(largest + 2);
  for (const size of sizes) next[size + 1]!++;
  for (let size = 1; size <= largest; size++) next[size + 1]! += next[size]!;
  const empty = next[1]!;
  const bySize = new Int32Array(sizes.length - empty);
  sizes.forEach((size, set) => {
    if (size > 0) bySize[next[size]!++ - empty] = set;
  });
  return bySize;
}
