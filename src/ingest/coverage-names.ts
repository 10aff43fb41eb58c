// What the whole coverage says about name words: which words it writes in lower case in many
// articles, which first names it learns from titled people, and which candidates it supports.
import { spellingKey } from '../lexicon/name-fold.js';
import { PARTICLES } from './name-patterns.js';
import { writtenOf } from './written-names.js';
import type { Candidate } from './people-scan.js';

/** In how many articles each word is written in lower case, and of how many articles. */
export interface LowerCaseCounts {
  articles: number;
  counts: ReadonlyMap<string, number>;
}

export function countLowerCase(wordsOfArticles: readonly (readonly string[])[]): LowerCaseCounts {
  const counts = new Map<string, number>();
  for (const words of wordsOfArticles) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { articles: wordsOfArticles.length, counts };
}

/**
 * Words the coverage writes in lower case in many articles ("policy", "good", "fellow"): as the
 * last word of a name they need a first name the coverage knows ("Rep. Bob Good", not "General
 * Field Representatives"), and they are never a surname alias ("Good morning" is not Bob Good).
 */
export class OrdinaryWords {
  /** Keys of the first names the coverage gives titled people (filled by `settle`). */
  readonly firstNames = new Set<string>();
  private readonly threshold: number;

  constructor(private readonly lowerCase: LowerCaseCounts) {
    this.threshold = Math.max(2, Math.ceil(lowerCase.articles / 100));
  }

  has(word: string): boolean {
    return (this.lowerCase.counts.get(word.toLowerCase()) ?? 0) >= this.threshold;
  }
}

/**
 * Keeps what the whole coverage supports. First names are learnt from the coverage: a word is one
 * when it begins the titled names of two people or more ("Michael" in "Administrator Michael
 * Regan" and "Secretary Michael Pompeo"). A bare name needs such a first name ("Congressional
 * Republicans … Republicans said" is no one), and so does a titled one whose first word the
 * article also writes in lower case ("General Field Representatives"). A name from a title-case
 * headline is kept only when running text gives the same name (or the headline's words begin
 * with it: "Deb Haaland Visit" → Deb Haaland); a name without evidence of its own only when a
 * backed one has the same words.
 */
export function settle(candidates: readonly Candidate[], ordinary: OrdinaryWords): Candidate[] {
  const keyOf = (words: readonly string[]): string => words.map(wordKey).join(' ');
  const surnamesByFirst = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!c.titled || c.headline || c.lowerFirst || c.words.length < 2) continue;
    const first = wordKey(c.words[0] ?? '');
    const surnames = surnamesByFirst.get(first) ?? new Set<string>();
    surnames.add(wordKey(surnameOf(c.words)));
    surnamesByFirst.set(first, surnames);
  }
  const isFirstName = (word: string): boolean => (surnamesByFirst.get(wordKey(word))?.size ?? 0) >= 2;
  for (const [first, surnames] of surnamesByFirst) if (surnames.size >= 2) ordinary.firstNames.add(first);
  const supported = (c: Candidate): boolean => {
    if (!c.backed || c.headline) return false;
    const firstName = isFirstName(c.words[0] ?? '');
    if (!firstName && ordinary.has(c.words[c.words.length - 1] ?? '')) return false;
    return c.titled ? !c.lowerFirst || firstName : firstName;
  };

  const backed = new Set<string>();
  for (const c of candidates) if (c.words.length >= 2 && supported(c)) backed.add(keyOf(c.words));
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.words.length < 2) {
      kept.push(c.headline ? { ...c, titled: false, backed: false } : c);
    } else if (backed.has(keyOf(c.words))) {
      kept.push(c);
    } else if (c.words.length >= 3 && backed.has(keyOf(c.words.slice(0, -1))) && (c.headline || ordinary.has(c.words[c.words.length - 1] ?? ''))) {
      // "Secretary Deb Haaland Visit" in a headline, "James Hart Fellow": the name ran into a word.
      const words = c.words.slice(0, -1);
      kept.push({ ...c, words, written: writtenOf(c.written, words) });
    }
  }
  return kept;
}

export const surnameOf = (words: readonly string[]): string => {
  let from = words.length - 1;
  while (from > 1 && PARTICLES.has(words[from - 1] ?? '')) from -= 1;
  return words.slice(from).join(' ');
};

export const wordKey = (word: string): string => spellingKey(word);
