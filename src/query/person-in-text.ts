// Names in running text: the person a question or sentence names ("what did haraldsen say"), by
// exact words and spelling variants only, read from the same index as typed names.
import type { Person } from '../factbase/schema.js';
import { spellingKey } from '../lexicon/name-fold.js';
import { indexOf, MIN_VARIANT_LETTERS, normalise, textWords, type MentionForm, type NamedPerson } from './people-index.js';
import type { PersonMatch } from './person-match.js';

export interface PersonMention<P extends NamedPerson = Person> extends PersonMatch<P> {
  /** The words of the text that name the person, folded ("secretary haraldsen" → "haraldsen"). */
  words: string;
}

export interface MentionOptions {
  /**
   * The text is the coverage's edited prose, not a typed question: there a name is written with
   * a capital, so a one-word form written in lower case is an everyday word ("the price of oil"
   * names no one called Price). Capitals are evidence only in the coverage's text, never the user's.
   */
  editedText?: boolean;
}

const shortWord = (word: string): boolean => word.length <= 2;

function sameWord(typed: string, known: string): boolean {
  return typed === known || (typed.length >= MIN_VARIANT_LETTERS && known.length >= MIN_VARIANT_LETTERS && spellingKey(typed) === spellingKey(known));
}

/**
 * The person a question or sentence names, by their full name, an alias or their surname, in
 * any case or script ("what did haraldsen say", "who is олсен"); null when it names no one the
 * coverage knows. Exact words and spelling variants only: in running text a typo is too likely
 * to be another word, so a span already known to be a name goes to `findPerson` instead.
 * The longest name found wins, then the better evidence, then the more mentioned person.
 */
export function personMentionedIn<P extends NamedPerson>(text: string, people: readonly P[], options: MentionOptions = {}): PersonMention<P> | null {
  const { formsByWord } = indexOf(people);
  const words = textWords(normalise(text));
  let capitalised: Set<string> | undefined;
  // One- and two-letter words ("he", "li") and, in edited text, words written in lower case name no one alone.
  const everyday = (word: string): boolean => shortWord(word) || (options.editedText === true && !(capitalised ??= capitalisedWords(text)).has(word));
  let best: { form: MentionForm; at: number; exact: boolean } | null = null;
  for (const [at, word] of words.entries()) {
    const candidates = [...(formsByWord.get(word) ?? []), ...(word.length >= MIN_VARIANT_LETTERS ? (formsByWord.get(`~${spellingKey(word)}`) ?? []) : [])];
    for (const form of candidates) {
      if (!form.words.every((known, i) => sameWord(words[at + i] ?? '', known))) continue;
      if (form.words.length === 1 && everyday(word)) continue;
      const found = { form, at, exact: form.words.every((known, i) => words[at + i] === known) };
      if (best === null || outranks(found, best)) best = found;
    }
  }
  if (best === null) return null;
  const { form, at } = best;
  return { person: form.entry.person as P, score: form.score, words: words.slice(at, at + form.words.length).join(' ') };
}

/** The folded words of `text` that are not written in lower case. */
function capitalisedWords(text: string): Set<string> {
  const written = (text.match(/[\p{L}\p{M}\p{N}'’-]+/gu) ?? []).filter((token) => !/^\p{Ll}/u.test(token));
  return new Set(textWords(normalise(written.join(' '))));
}

/** More words first; then the name as typed over a spelling variant ("surnameb" is not "Surnamebb"); then the stronger form, then the more mentioned person. */
function outranks(a: { form: MentionForm; exact: boolean }, b: { form: MentionForm; exact: boolean }): boolean {
  const order =
    a.form.words.length - b.form.words.length || Number(a.exact) - Number(b.exact) || a.form.score - b.form.score || a.form.entry.mentions - b.form.entry.mentions;
  return order > 0;
}
