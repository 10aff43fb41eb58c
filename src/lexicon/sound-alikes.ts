// Words chat types for others that sound the same. Only "there" for "their" is mended, and only
// where "there" cannot stand: before an ordinal or "own" ("since there 2nd round", "on there
// own"), or after a preposition before a word that is only ever a noun ("for there ministry").
// "is there money for it", "be there next week", "stuff on there" keep their "there".
import { regularSingulars } from './english-words.js';
import { ORDINAL_WORDS } from './number-words.js';
import { senseOffsets } from './wordnet.js';

const ORDINALS: ReadonlySet<string> = new Set([...ORDINAL_WORDS, 'own']);
// Prepositions after which "there" names no place before a noun ("since", "about", "of").
const BEFORE_POSSESSIVE: ReadonlySet<string> = new Set(['of', 'for', 'about', 'since', 'with', 'against', 'into', 'by', 'to', 'at']);

/** Whether WordNet knows the word (or its singular) as a noun and as nothing else: "ministry", not "place" or "now". */
const onlyNoun = (word: string): boolean =>
  regularSingulars(word).some((lemma) => senseOffsets('noun', lemma).length > 0) &&
  regularSingulars(word).every((lemma) => senseOffsets('verb', lemma).length === 0 && senseOffsets('adj', lemma).length === 0 && senseOffsets('adv', lemma).length === 0);

/** The words, each "there" that can only be "their" spelled so. */
export function mendSoundAlikes(words: readonly string[]): string[] {
  return words.map((word, i) => {
    if (word !== 'there') return word;
    const next = words[i + 1] ?? '';
    const possessive = ORDINALS.has(next) || (BEFORE_POSSESSIVE.has(words[i - 1] ?? '') && /^[a-z]+$/u.test(next) && onlyNoun(next));
    return possessive ? 'their' : word;
  });
}
