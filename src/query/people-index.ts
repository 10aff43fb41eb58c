// The index person matching reads (`person-match.ts` for typed names, `person-in-text.ts` for
// names in running text): each people array is indexed once, by whole form, by word and its
// spelling key, by name-word prefix and length, and by the forms a mention can take. A big fact
// base knows thousands of people and matching runs on every question and every keystroke.
import type { Person } from '../factbase/schema.js';
import { foldName, spellingKey } from '../lexicon/name-fold.js';
import { isTitleWord } from '../lexicon/titles.js';

/**
 * What matching needs of a person: the fact base's people, or the router's lighter list of
 * names (without mentions, ties go by name).
 */
export type NamedPerson = Pick<Person, 'name' | 'aliases'> & { readonly sentenceIds?: readonly unknown[] };

/** Match scores, higher is better. */
export const SCORE = {
  exactName: 100,
  exactAlias: 90,
  allWords: 85,
  variant: 80,
  prefix: 70,
  typo: 60,
  /** A word of three or four letters one edit off, beside words that are exactly the person's. */
  shortTypo: 50,
} as const;

/** Shortest word compared by spelling key (transliteration variants). */
export const MIN_VARIANT_LETTERS = 4;

export interface IndexedPerson {
  person: NamedPerson;
  name: string;
  aliases: Set<string>;
  /** Name and aliases without spaces or punctuation: CJK names transliterate as one word. */
  compacts: Set<string>;
  /** Name and alias words, titles left out: "ingrid", "haraldsen". */
  words: string[];
  wordKeys: Set<string>;
  mentions: number;
}

export interface PeopleIndex {
  entries: IndexedPerson[];
  /** People by a whole form: name, alias or compact form. */
  byForm: Map<string, IndexedPerson[]>;
  /** People by each word of their names, and by its spelling key ("~vorensky"). */
  byWord: Map<string, IndexedPerson[]>;
  /** Every name word once, sorted (prefix look-ups), and by length (typo look-ups). */
  vocabulary: string[];
  vocabularyByLength: Map<number, LengthBucket>;
  /** Forms a mention in running text can take (see `personMentionedIn`), by their first word and its spelling key. */
  formsByWord: Map<string, MentionForm[]>;
}

export interface MentionForm {
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
export const LETTER_SLOTS = 27;

export function letterCounts(word: string, into: Uint8Array, at = 0): Uint8Array {
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

export function indexOf(people: readonly NamedPerson[]): PeopleIndex {
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
  // The parts of a hyphenated name are words of it too: "berg olsen" finds Berg-Olsen; so is a
  // word typed without its apostrophe: "oneill" (or "oneil") finds O'Neill.
  const words = [...new Set(forms.flatMap(nameWords).flatMap((word) => [word, ...hyphenParts(word), ...withoutApostrophe(word)]))];
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

/** Folded (accents, case, script), punctuation-free form: "Niamh O’Dowd" → "niamh o'dowd". */
export function normalise(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export const compact = (form: string): string => form.replace(/[^a-z0-9]+/g, '');
const nameWords = (form: string): string[] => form.split(' ').filter((w) => /[a-z0-9]/.test(w) && !isTitleWord(w));
const withoutApostrophe = (word: string): string[] => (word.includes("'") ? [word.replaceAll("'", '')] : []);
const hyphenParts = (word: string): string[] => (word.includes('-') ? word.split('-').filter((part) => /[a-z0-9]/.test(part)) : []);
/** Words of running text or of a name form, a hyphen separating them as a space does ("berg-olsen" = "berg olsen"). */
export const textWords = (form: string): string[] => form.split(/[ -]+/).filter((w) => /[a-z0-9]/.test(w));

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
    // Compared word by word with `textWords` of the text: a hyphenated name as its parts.
    const forms: [string[], number][] = [
      [textWords(nameForm.join(' ')), SCORE.exactName],
      ...[...entry.aliases].map((alias): [string[], number] => [textWords(nameWords(alias).join(' ')), SCORE.exactAlias]),
      [textWords(nameForm.slice(-1).join(' ')), SCORE.allWords],
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
