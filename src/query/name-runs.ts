// Several words of a question that name one thing together ("san diego", "branch davidian",
// "maria ybarra"). Counted as separate concepts they would weigh as two things, and a sentence
// naming only one of them ("Jose Maria Figueres", "San Francisco") would pass for half the
// answer. The question's own capitals say nothing (it is typed in lower case), so the coverage
// decides: adjacent typed words it writes as names (titles such as "president" apart) form one
// phrase where the coverage writes them side by side; a given name the coverage never writes
// with the surname after it ("Maria" for "Ybarra") joins that surname, which then names it alone —
// a given name, that is, one the coverage writes only before another name.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { monthNumber } from '../lexicon/calendar.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { isTitleWord } from '../lexicon/titles.js';
import { Lru } from '../lru.js';
import { mistypedSurnameOf } from './person-match.js';
import type { Phrase } from './concept.js';
import { sentenceTerms } from './sentence-facts.js';
import { writtenAsName } from './written-as-name.js';

export interface NameRun {
  phrase: Phrase;
  /** Its last word alone names it: a surname the coverage uses without the given name typed before it. */
  bySurname: boolean;
  /**
   * Its last word alone names it in part: wherever the coverage writes another name before that
   * word, it is the run's own ("Capriati" after "Jennifer" only), so "Capriati was born in 1976"
   * is about the one asked for. Not when the coverage also writes "Jeb Bush" beside "George Bush".
   */
  soleBearer: boolean;
}

/** Sentences of the rarer word read to see how the coverage writes two words. */
const SAMPLE = 400;

/** Pairs remembered per fact base: each costs up to SAMPLE sentences' terms, and questions repeat. */
const MAX_REMEMBERED_PAIRS = 10_000;
const pairings = new WeakMap<LoadedFactBase, Lru<string, Pairing>>();

interface Pairing {
  adjacent: boolean;
  together: boolean;
}

/** Whether the coverage writes `a b` side by side, or at least `a` and `b` in one sentence. */
function pairing(a: string, b: string, facts: LoadedFactBase): Pairing {
  let known = pairings.get(facts);
  if (known === undefined) pairings.set(facts, (known = new Lru(MAX_REMEMBERED_PAIRS)));
  return known.getOrCompute(`${a} ${b}`, () => readPairing(a, b, facts));
}

function readPairing(a: string, b: string, facts: LoadedFactBase): Pairing {
  const [rare, other] = facts.index.idf(a) >= facts.index.idf(b) ? [a, b] : [b, a];
  let together = false;
  for (const id of facts.index.sentencesWith(rare, SAMPLE)) {
    const { list, set } = sentenceTerms(facts, id);
    if (!set.has(other)) continue;
    together = true;
    if (list.some((term, i) => term === a && list[i + 1] === b) && sideBySide(facts.sentence(id).text, a, b)) return { adjacent: true, together };
  }
  return { adjacent: false, together };
}

/**
 * Whether the text writes `a b` with nothing between: the index's terms leave out punctuation and
 * function words, but "Berg, Olsen and Vos" and "Berg and Olsen" list two people, not one
 * name ("when did lindqvist call berg olsen and vos" is typed without the commas).
 */
function sideBySide(text: string, a: string, b: string): boolean {
  const words = text.split(/\s+/u);
  return words.some((word, i) => {
    const own = terms(word);
    const at = own.indexOf(a);
    if (at < 0) return false;
    // "Berg-Olsen": both in one written word.
    if (own[at + 1] === b) return true;
    return at === own.length - 1 && !/[^\p{L}\p{N}]$/u.test(word) && terms(words[i + 1] ?? '')[0] === b;
  });
}

/**
 * Whether the coverage writes the word only as a given name: wherever it stands, a name follows
 * ("Lena Marsh", "Lena Ostrova"). A surname or a place it writes alone ("Haraldsen said", "in
 * Lindvik.") names a thing of its own: "haraldsen lindvik visit" asks about two.
 */
function onlyBeforeNames(term: string, facts: LoadedFactBase): boolean {
  for (const id of facts.index.sentencesWith(term, SAMPLE)) {
    const { list } = sentenceTerms(facts, id);
    for (let i = 0; i < list.length; i++) {
      if (list[i] !== term) continue;
      const next = list[i + 1];
      if (next === undefined || !writtenAsName(next, facts)) return false;
    }
  }
  return true;
}

/** Whether every name the coverage writes right before the run's last word (no comma between) is the word before it in the run. */
function soleBearer(phrase: Phrase, facts: LoadedFactBase): boolean {
  const last = phrase.at(-1)!;
  const before = phrase.at(-2)!;
  let known = soleBearers.get(facts);
  if (known === undefined) soleBearers.set(facts, (known = new Lru(MAX_REMEMBERED_PAIRS)));
  return known.getOrCompute(`${before} ${last}`, () => {
    for (const id of facts.index.sentencesWith(last, SAMPLE)) {
      const words = facts.sentence(id).text.split(/\s+/u);
      for (let i = 1; i < words.length; i++) {
        const previous = words[i - 1]!;
        if (terms(words[i]!)[0] !== last || /[^\p{L}\p{N}]$/u.test(previous)) continue;
        const term = terms(previous)[0];
        if (term === undefined || term === before) continue;
        // A sentence's first word is capitalised whatever it is: there a name is a word no dictionary has.
        if (i === 1 ? /^\p{Lu}/u.test(previous) && !isEnglishWord(previous.toLowerCase()) : writtenAsName(term, facts)) return false;
      }
    }
    return true;
  });
}
const soleBearers = new WeakMap<LoadedFactBase, Lru<string, boolean>>();

/**
 * Whether the coverage writes `b` capitalised right after the name `a`, nearly always ("Amber
 * House", not "Berg Minister" or "Holm president"): the title's word is then the name's.
 */
function capitalisedAfter(a: string, b: string, facts: LoadedFactBase): boolean {
  let known = capitalisedPairs.get(facts);
  if (known === undefined) capitalisedPairs.set(facts, (known = new Lru(MAX_REMEMBERED_PAIRS)));
  return known.getOrCompute(`${a} ${b}`, () => {
    let capitalised = 0;
    let seen = 0;
    for (const id of facts.index.sentencesWith(a, SAMPLE)) {
      const words = facts.sentence(id).text.split(/\s+/u);
      for (let i = 1; i < words.length; i++) {
        if (terms(words[i]!)[0] !== b || terms(words[i - 1]!).at(-1) !== a || /[^\p{L}\p{N}]$/u.test(words[i - 1]!)) continue;
        seen++;
        if (/^\p{Lu}/u.test(words[i]!)) capitalised++;
      }
    }
    return seen >= MIN_PAIRS_SEEN && capitalised >= CAPITALISED_PAIR_SHARE * seen;
  });
}
const capitalisedPairs = new WeakMap<LoadedFactBase, Lru<string, boolean>>();
/** How often the pair must be written side by side, and how much of that capitalised, to be a name. */
const MIN_PAIRS_SEEN = 3;
const CAPITALISED_PAIR_SHARE = 0.9;

/** The question's words the coverage writes as names, grouped by typed adjacency (a comma or "of" breaks a group). */
function typedNameGroups(query: string, facts: LoadedFactBase): string[][] {
  const groups: string[][] = [];
  let group: string[] = [];
  const close = () => {
    if (group.length > 1) groups.push(group);
    group = [];
  };
  const words = query.toLowerCase().split(/[\s–—]+/u);
  for (const [at, word] of words.entries()) {
    const bare = word.replace(/^[^\p{L}\p{N}]+|(?:['’]s)?[^\p{L}\p{N}]*$/gu, '');
    const found = terms(bare);
    const term = found.length === 1 ? found[0]! : undefined;
    // "trump january 2025": a month before a day or a year dates the question, it names no one ("April Ryan" does).
    const dates = monthNumber(bare) !== undefined && /^\d/u.test(words[at + 1] ?? '');
    // A title's word ends a name the coverage writes with it ("amber house"), never starts one ("president").
    const named = term !== undefined && !dates && facts.index.idf(term) > 0 && (isTitleWord(bare) ? group.length > 0 && capitalisedAfter(group.at(-1)!, term, facts) : writtenAsName(term, facts));
    // "ivo carter": a slip of the surname of the person whose given name is before it ends the
    // name, even a dictionary word, which alone would be read as that word.
    const given = words[at - 1]?.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '') ?? '';
    if (named || (term !== undefined && group.length > 0 && facts.index.idf(term) === 0 && mistypedSurnameOf(given, bare, facts.data.people))) group.push(term);
    else close();
    if (/[,;:.!?)]$/u.test(word)) close();
  }
  close();
  return groups;
}

/** The question's multi-word names, as index terms. */
export function nameRuns(query: string, facts: LoadedFactBase): NameRun[] {
  const runs: NameRun[] = [];
  for (const group of typedNameGroups(query, facts)) {
    let phrase = [group[0]!];
    const close = (bySurname: boolean) => {
      if (phrase.length > 1) runs.push({ phrase, bySurname, soleBearer: !bySurname && soleBearer(phrase, facts) });
    };
    for (let i = 1; i < group.length; i++) {
      const word = group[i]!;
      const { adjacent, together } = pairing(group[i - 1]!, word, facts);
      const last = i === group.length - 1;
      // A slip of a surname ("carter") is never written side by side with anything.
      if (adjacent || facts.index.idf(word) === 0) phrase.push(word);
      else if (last && phrase.length === 1 && !together && onlyBeforeNames(phrase[0]!, facts)) {
        // "maria ybarra": the coverage calls her Ybarra; its Marias are other people.
        phrase.push(word);
        close(true);
        phrase = [];
      } else {
        close(false);
        phrase = [word];
      }
    }
    close(false);
  }
  return runs;
}

/** The phrases with each name run's words joined into one phrase. */
export function withNameRuns(phrases: readonly Phrase[], runs: readonly NameRun[]): Phrase[] {
  const joined: Phrase[] = [];
  for (let i = 0; i < phrases.length; ) {
    const run = runs.find(({ phrase }) => phrase.every((term, k) => phrases[i + k]?.length === 1 && phrases[i + k]?.[0] === term));
    if (run !== undefined) {
      joined.push(run.phrase);
      i += run.phrase.length;
    } else {
      joined.push(phrases[i]!);
      i++;
    }
  }
  return joined;
}
