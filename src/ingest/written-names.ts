// The words of a written name: which capitalised words can be name words, where a name's words
// stop, and the name as written (middle initials kept) from its kept words.
import { mayBeNameWord } from '../lexicon/name-words.js';
import { INITIAL_WORD, NAME_WORD_ONLY, PARTICLES } from './name-patterns.js';

export function isNameWord(word: string): boolean {
  const bare = word.replace(/['’]s?$/, '').replace(/\.$/, '');
  return NAME_WORD_ONLY.test(bare) && mayBeNameWord(bare);
}

/**
 * The name words of a matched run, cut before the first word that cannot be a name
 * ("Ingrid Haraldsen Says" → Ingrid Haraldsen); null when the run starts with such a word, or, when
 * `whole`, when any word is cut.
 */
export function nameWordsOf(run: string, whole = false): string[] | null {
  const words: string[] = [];
  for (const word of run.split(/\s+/)) {
    if (INITIAL_WORD.test(word)) continue;
    if (PARTICLES.has(word)) {
      words.push(word);
      continue;
    }
    if (!mayBeNameWord(word)) {
      if (whole) return null;
      break;
    }
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 || PARTICLES.has(words[0] ?? '') ? null : words;
}

/** The written form of the kept words, with the middle initials between them. */
export function writtenOf(run: string, words: readonly string[]): string {
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  const start = run.indexOf(first);
  const end = run.indexOf(last, start + (words.length > 1 ? first.length : 0)) + last.length;
  return run.slice(start, end).replace(/\s+/g, ' ');
}
