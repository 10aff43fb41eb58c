// Words chat types (or dictation writes) for others that sound the same. "there" for "their" is
// mended where "there" cannot stand: before an ordinal or "own" ("since there 2nd round", "on there
// own"), or after a preposition before a word that is only ever a noun ("for there ministry").
// "is there money for it", "be there next week", "stuff on there" keep their "there". "whose" is
// "who's" before a determiner; before a name, by the names the coverage knows (name-slips.ts); "were"
// is "where" before a subject and its verb. The other pairs below are mended by the coverage
// (typing-slips.ts): only a word it never uses, into one it does.
import { isStopWord } from '../factbase/terms.js';
import { DETERMINERS } from './determiners.js';
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

// "were" is "where" when a verb of its own follows the words after it ("were the ferries are
// going", "were is the summit"): a verb's subject runs up to it, stop words other than determiners
// ending the look ("were they there when it was signed" keeps its "were").
const BE_VERBS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'do', 'does', 'did', 'will', 'would', 'has', 'have']);
const MAX_SUBJECT_WORDS = 4;
function whereSpelledWere(after: readonly string[]): boolean {
  const verbAt = after.slice(0, MAX_SUBJECT_WORDS + 1).findIndex((next) => BE_VERBS.has(next) || (isStopWord(next) && !DETERMINERS.has(next)));
  return verbAt >= 0 && BE_VERBS.has(after[verbAt]!);
}

/** The words, each "there" that can only be "their" spelled so, each "whose" that can only be "who's", each "were" that can only be "where". */
export function mendSoundAlikes(words: readonly string[]): string[] {
  return words.map((word, i) => {
    // "whose the new minister", "whose this guy": a determiner never follows the possessive "whose".
    if (word === 'whose') return DETERMINERS.has(words[i + 1] ?? '') ? 'whos' : word;
    if (word === 'were') return whereSpelledWere(words.slice(i + 1)) ? 'where' : word;
    if (word !== 'there') return word;
    const next = words[i + 1] ?? '';
    const possessive = ORDINALS.has(next) || (BEFORE_POSSESSIVE.has(words[i - 1] ?? '') && /^[a-z]+$/u.test(next) && onlyNoun(next));
    return possessive ? 'their' : word;
  });
}

// Words typed (or dictated) for everyday words that sound the same ("when did they meat", "the
// sight of the talks"), the rarer for the commoner only: the other way round, and words common in
// other senses ("piece" of an article, "right" in "…, right?", "fair", "past", "poles"), the
// word typed is as likely meant.
const SOUND_ALIKES: ReadonlyMap<string, string> = new Map([
  ['meat', 'meet'], ['sight', 'site'], ['brake', 'break'], ['principle', 'principal'], ['capitol', 'capital'],
  ['counsel', 'council'], ['boarder', 'border'], ['troupe', 'troop'], ['troupes', 'troops'], ['pole', 'poll'],
]);

/** The everyday word `word` (lower case) is typed for by its sound, when it is a listed one. */
export const soundAlikeOf = (word: string): string | undefined => SOUND_ALIKES.get(word);
