// Finds where known people are mentioned in a text: by canonical name or alias (case-sensitive,
// whole words, longest first) and by a surname spelled differently ("Vorensky" for
// "Vorenskyy") when that surname belongs to one person only. Linear in the text: one pass over
// its capitalised words with map look-ups, whatever the number of people.
import type { Person } from '../factbase/schema.js';
import { LETTER, UPPER } from '../lexicon/letters.js';
import { spellingKey } from '../lexicon/name-fold.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, TITLE_WORDS } from '../lexicon/name-words.js';

export interface Mention {
  start: number;
  end: number;
  personId: string;
  /** The words as written in the text. */
  text: string;
}

export type MentionFinder = (text: string) => Mention[];

export interface AliasEntry {
  text: string;
  personId: string;
}

// Words that can begin a name: capitalised words, and the particles of "von der Leyen"-style
// surnames. Boundaries are checked in code: lookarounds would slow down every position.
const NAME_START = new RegExp(String.raw`(?:[${UPPER}]|\b(?:von|van|de|al|bin)\b)[${LETTER}]*`, 'g');
const FIRST_WORD = new RegExp(`^[${LETTER}]+`);
const WORD_CHAR = new RegExp(`[${LETTER}0-9]`);
const NOT_AFTER = new RegExp(`[${LETTER}0-9'’]`);

/**
 * All that a finder reads of the people: per word that can begin a name, the forms beginning
 * with it (longest first, in the people's order within a length) with their owners; per spelling
 * key of a surname, its one owner (null when several people bear it). What the finder gives for a
 * text depends on the people only through these entries for the text's name words (`nameWords`).
 */
export interface MentionTables {
  byFirstWord: Map<string, AliasEntry[]>;
  personBySurnameKey: Map<string, string | null>;
}

export function mentionTables(people: readonly Pick<Person, 'id' | 'name' | 'aliases'>[]): MentionTables {
  const byFirstWord = new Map<string, AliasEntry[]>();
  const personBySurnameKey = new Map<string, string | null>();

  for (const person of people) {
    for (const form of [person.name, ...person.aliases]) {
      const first = FIRST_WORD.exec(form)?.[0];
      if (first === undefined) continue;
      const entries = byFirstWord.get(first) ?? [];
      if (!entries.some((e) => e.text === form && e.personId === person.id)) {
        entries.push({ text: form, personId: person.id });
      }
      byFirstWord.set(first, entries);
    }
    for (const surname of surnamesOf(person)) {
      const key = spellingKey(surname);
      if (key.length < 3) continue;
      const owner = personBySurnameKey.get(key);
      personBySurnameKey.set(key, owner === undefined || owner === person.id ? person.id : null);
    }
  }
  for (const entries of byFirstWord.values()) entries.sort((a, b) => b.text.length - a.text.length);
  return { byFirstWord, personBySurnameKey };
}

export function createMentionFinder(people: readonly Person[]): MentionFinder {
  const { byFirstWord, personBySurnameKey } = mentionTables(people);
  // The same capitalised words come back sentence after sentence: each word's key is made once.
  const keys = new Map<string, string>();
  const keyOf = (word: string): string => {
    let key = keys.get(word);
    if (key === undefined) {
      key = spellingKey(word);
      keys.set(word, key);
    }
    return key;
  };

  const ownerOf = (word: string): string | undefined =>
    word.length >= 4 ? (personBySurnameKey.get(keyOf(word)) ?? undefined) : undefined;

  return (text) => {
    const mentions: Mention[] = [];
    let consumedTo = 0;
    // exec over the one global pattern: matchAll would clone it for every sentence.
    NAME_START.lastIndex = 0;
    for (let match = NAME_START.exec(text); match !== null; match = NAME_START.exec(text)) {
      const start = match.index;
      if (start < consumedTo || (start > 0 && NOT_AFTER.test(text.charAt(start - 1)))) continue;
      const word = match[0];
      const exact = byFirstWord.get(word)?.find((e) => text.startsWith(e.text, start) && endsWord(text, start + e.text.length));
      // A surname alone is a mention only where it stands alone: "Black" in "Black History Month" is not Michael Black.
      if (exact !== undefined && (exact.text.includes(' ') || standsAlone(text, start, start + exact.text.length))) {
        mentions.push({ start, end: start + exact.text.length, personId: exact.personId, text: exact.text });
        consumedTo = start + exact.text.length;
        continue;
      }
      if (exact !== undefined) continue;
      // A hyphenated surname written otherwise ("MS. BERG-OLSEN:") is its owner's as a whole,
      // before its last part can be read as someone else's surname ("Olsen").
      const compound = hyphenatedAt(text, start, word);
      const surname = compound !== undefined && ownerOf(compound) !== undefined ? compound : word;
      // The map look-up first: most capitalised words are nobody's surname, and standsAlone is
      // the costly test (on the White House corpus it ran for nearly every capitalised word).
      const owner = ownerOf(surname);
      if (owner !== undefined && standsAlone(text, start, start + surname.length)) {
        mentions.push({ start, end: start + surname.length, personId: owner, text: surname });
        consumedTo = start + surname.length;
      }
    }
    return mentions;
  };
}

/**
 * The words of `text` a finder looks people up by: every word that can begin a name, and the
 * hyphenated word it begins ("BERG-OLSEN"), each once. A finder's mentions in the text can change
 * with the people only where the tables' entries for one of these change (coverage-memo.ts).
 */
export function nameWords(text: string, into: Set<string> = new Set()): Set<string> {
  NAME_START.lastIndex = 0;
  for (let match = NAME_START.exec(text); match !== null; match = NAME_START.exec(text)) {
    into.add(match[0]);
    const compound = hyphenatedAt(text, match.index, match[0]);
    if (compound !== undefined) into.add(compound);
  }
  return into;
}

const CAPITALISED_NEXT = new RegExp(String.raw`^[^\S\r\n]+[${UPPER}]`);
const NEXT_WORD = /^\s+([^\s,.;:!?'’]+)/;
const CAPITALISED_BEFORE = new RegExp(String.raw`([${UPPER}][${LETTER}'’.-]+)[^\S\r\n]+$`);

/**
 * Whether a surname stands alone: no capitalised word after it (a day or month aside) and none
 * before it but a title, an honorific or a function word ("Secretary Haraldsen", "The Haraldsen
 * doctrine"), so that the capitals do not go on into a longer name ("Capitol Hill", "Black
 * History Month").
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const rest = text.slice(end, end + 24);
  if (CAPITALISED_NEXT.test(rest) && !CALENDAR_WORDS.has(NEXT_WORD.exec(rest)?.[1] ?? '')) return false;
  const previous = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 24), start))?.[1];
  // "Lindvik. Olsen said", "Mr. Olsen": a full stop ends what came before.
  if (previous === undefined || previous.endsWith('.')) return true;
  const bare = previous.replace(/\.$/, '');
  const word = bare === bare.toUpperCase() ? bare.charAt(0) + bare.slice(1).toLowerCase() : bare;
  return TITLE_WORDS.has(word) || FUNCTION_WORDS.has(word) || CALENDAR_WORDS.has(word);
}

const HYPHENATED = new RegExp(`[${LETTER}]+(?:-[${LETTER}]+)+`, 'y');

/** The hyphenated word that begins with `word` at `start` ("BERG-OLSEN"), if it is one. */
function hyphenatedAt(text: string, start: number, word: string): string | undefined {
  if (text.charAt(start + word.length) !== '-') return undefined;
  HYPHENATED.lastIndex = start;
  return HYPHENATED.exec(text)?.[0];
}

function endsWord(text: string, at: number): boolean {
  return at >= text.length || !WORD_CHAR.test(text.charAt(at));
}

/**
 * The surname forms of a person: one-word aliases (and a one-word name). A surname that is not an
 * alias (shared by two people, or an ordinary word: "Good" of Bob Good) is matched in no spelling.
 */
function surnamesOf(person: Pick<Person, 'name' | 'aliases'>): string[] {
  return [person.name, ...person.aliases].filter((form) => !form.includes(' '));
}
