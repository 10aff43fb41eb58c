// A known person's name typed with one part off, mended by the other part as evidence:
// - "that harbour lady mira hot": a surname typed with a letter left out ("hot" for Holt) or two
//   letters swapped right after the given name the coverage writes before it. The slipped word may
//   be an everyday word, which the spelling mender (typing-slips.ts) rightly leaves alone. Another
//   letter in its place is no slip but maybe another person ("mira bolt" is not Mira Holt);
// - "michail holm", "anthony berg": a given name spelled another way before a surname the
//   coverage knows — a transliteration ("Michail", "Mikhail") or an English spelling. It must still
//   be the bearer's name: its first letter and at most two letters changed, in a name long enough
//   that two changes leave most of it ("jim" is not "joe": a relative who shares the surname is
//   someone else).
// - "whose mira holt": "who's", typed as its sound-alike, before a known person's name; the
//   possessive "whose" comes before a thing ("whose idea was it"), not before a person.
// A word near no one's name of that kind stays as typed.
import type { LoadedFactBase } from '../factbase/persist.js';
import { editDistance } from './edit-distance.js';
import { isStopWord } from '../factbase/terms.js';
import { oneSlipAway } from './typing-slips.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { nounAndVerbUsage, senseOffsets } from '../lexicon/wordnet.js';

// A shorter surname is too easily another one slipped ("li" for "le").
const MIN_SURNAME_LETTERS = 3;
const MIN_GIVEN_LETTERS = 5;
const MAX_GIVEN_CHANGES = 2;
const NAME_WORD = /\p{L}[\p{L}'’-]*/gu;

interface NameParts {
  /** Each given name the coverage knows, with the surnames of the people it names. */
  surnamesByGiven: ReadonlyMap<string, readonly string[]>;
  /** Each surname, with the given names of the people who bear it. */
  givenBySurname: ReadonlyMap<string, readonly string[]>;
  /** Each given name, with the full names (lower case) of the people who bear it. */
  fullNamesByGiven: ReadonlyMap<string, readonly string[]>;
  /** The first letters of a given name and surname ("vb"), with the full names of the people who have them. */
  fullNamesByInitials: ReadonlyMap<string, readonly string[]>;
}

const partsMemo = new WeakMap<LoadedFactBase, NameParts>();

/** The parts of the names of the coverage's people of two words or more. */
export function nameParts(facts: LoadedFactBase): NameParts {
  let parts = partsMemo.get(facts);
  if (parts !== undefined) return parts;
  const [surnamesByGiven, givenBySurname, fullNamesByGiven, fullNamesByInitials] = [new Map<string, Set<string>>(), new Map<string, Set<string>>(), new Map<string, Set<string>>(), new Map<string, Set<string>>()];
  const add = (map: Map<string, Set<string>>, key: string, name: string) => map.set(key, (map.get(key) ?? new Set()).add(name));
  for (const person of facts.data.people) {
    const words = person.name.toLowerCase().match(NAME_WORD) ?? [];
    if (words.length < 2) continue;
    const [given, surname, full] = [words[0]!, words.at(-1)!, words.join(' ')];
    add(surnamesByGiven, given, surname);
    add(givenBySurname, surname, given);
    add(fullNamesByGiven, given, full);
    add(fullNamesByInitials, `${given[0]!}${surname[0]!}`, full);
  }
  const asLists = (map: Map<string, Set<string>>) => new Map([...map].map(([key, names]) => [key, [...names]]));
  parts = { surnamesByGiven: asLists(surnamesByGiven), givenBySurname: asLists(givenBySurname), fullNamesByGiven: asLists(fullNamesByGiven), fullNamesByInitials: asLists(fullNamesByInitials) };
  partsMemo.set(facts, parts);
  return parts;
}

/**
 * The line with each pair of words typed side by side (only a space between: "mira, hot news" is
 * two things) mended where `mend` names the first, the second or both words' replacement.
 */
function mendPairs(line: string, mend: (first: string, second: string) => { word: 0 | 1 | 'both'; name: string } | undefined): string {
  const words = [...line.matchAll(NAME_WORD)];
  let mended = line;
  // Right to left, so the earlier positions stay valid.
  for (let i = words.length - 2; i >= 0; i--) {
    const [first, second] = [words[i]!, words[i + 1]!];
    if (line.slice(first.index + first[0].length, second.index).trim() !== '') continue;
    const found = mend(first[0].toLowerCase(), second[0].toLowerCase());
    if (found === undefined) continue;
    const typed = found.word === 1 ? second : first;
    const end = found.word === 0 ? first.index + first[0].length : second.index + second[0].length;
    mended = mended.slice(0, typed.index) + found.name + mended.slice(end);
  }
  return mended;
}

/** The line with a surname slipped after a known given name written as the coverage writes it. */
export function mendSurnameSlips(line: string, facts: LoadedFactBase): string {
  const { surnamesByGiven } = nameParts(facts);
  return mendPairs(line, (given, typed) => {
    const surnames = surnamesByGiven.get(given);
    if (surnames === undefined || typed.length < MIN_SURNAME_LETTERS || surnames.includes(typed)) return undefined;
    const slips = oneSlipAway(typed);
    const near = surnames.filter((surname) => slips.has(surname));
    return near.length === 1 ? { word: 1, name: near[0]! } : undefined;
  });
}

// A surname split in two, as autocorrect splits a word it does not know ("bergs trom" for
// Bergstrom, "haral dsen"), maybe with a letter added to make a word ("haraldt sen"): long enough
// that it is no other name's, neither half a function word and one at least a word English rarely
// uses, so that two everyday words side by side ("new man", "share of") stay two.
const MIN_SPLIT_SURNAME_LETTERS = 6;
// Rare: at most this many uses as a noun or verb in WordNet's tagged text, none as an adjective or adverb.
const MAX_RARE_USES = 2;
const isRareWord = (word: string): boolean => {
  if (!isEnglishWord(word)) return true;
  const { noun, verb } = nounAndVerbUsage(word);
  return noun + verb <= MAX_RARE_USES && senseOffsets('adj', word).length === 0 && senseOffsets('adv', word).length === 0;
};

/** Whether `typed` is `name` with one letter added somewhere. */
const oneLetterAdded = (typed: string, name: string): boolean =>
  typed.length === name.length + 1 && [...typed].some((_, at) => typed.slice(0, at) + typed.slice(at + 1) === name);

/** The line with a known surname typed as two words mended: the two as one, a letter added at most. */
export function mendSplitSurnames(line: string, facts: LoadedFactBase): string {
  const { givenBySurname } = nameParts(facts);
  return mendPairs(line, (first, second) => {
    const joined = `${first}${second}`;
    if (joined.length < MIN_SPLIT_SURNAME_LETTERS || [first, second].some((half) => isStopWord(half) || givenBySurname.has(half)) || !(isRareWord(first) || isRareWord(second))) return undefined;
    if (givenBySurname.has(joined)) return { word: 'both', name: joined };
    const near = [...givenBySurname.keys()].filter((surname) => surname.length >= MIN_SPLIT_SURNAME_LETTERS && oneLetterAdded(joined, surname));
    return near.length === 1 ? { word: 'both', name: near[0]! } : undefined;
  });
}

/** The line with a given name spelled another way before a known surname written as the coverage writes it. */
export function mendGivenNameVariants(line: string, facts: LoadedFactBase): string {
  const { givenBySurname } = nameParts(facts);
  return mendPairs(line, (typed, surname) => {
    const given = givenBySurname.get(surname.replace(/['’]s?$/u, ''));
    if (given === undefined || typed.length < MIN_GIVEN_LETTERS || given.includes(typed)) return undefined;
    const near = given.filter((name) => name.length >= MIN_GIVEN_LETTERS && name[0] === typed[0] && editDistance(typed, name, MAX_GIVEN_CHANGES) <= MAX_GIVEN_CHANGES);
    return near.length === 1 ? { word: 0, name: near[0]! } : undefined;
  });
}

/** The line with "whose" before a known person's name (a given name and its surname, or a surname alone) as "who's". */
export function mendWhoseBeforeNames(line: string, facts: LoadedFactBase): string {
  const { surnamesByGiven, givenBySurname } = nameParts(facts);
  return line.replace(/\bwhose (\p{L}+)(?: (\p{L}+))?/giu, (typed, first: string, second: string | undefined) => {
    const [given, surname] = [first.toLowerCase(), second?.toLowerCase() ?? ''];
    const named = surnamesByGiven.get(given)?.includes(surname) === true || givenBySurname.has(given);
    return named ? `who's${typed.slice('whose'.length)}` : typed;
  });
}
