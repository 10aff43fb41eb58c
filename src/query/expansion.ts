// A question word's alternatives: aliases and interchangeable words from the lexicon, place
// adjectives and WordNet kinds, demonym and plural endings, spelling neighbours in the index; and
// its weight (idf, or its rarest equivalent's when the coverage lacks the word itself).
import { placeAdjectiveGroups } from '../lexicon/place-adjectives.js';
import { NAME_ALIASES, NARROWER_TERMS, WORD_EQUIVALENTS } from '../lexicon/vocabulary.js';
import { closedCompoundKinds, kindsOf, namedByTitles } from '../lexicon/word-kinds.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept, KindTerms, Phrase } from './concept.js';
import { editDistance } from './edit-distance.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { writtenAsName } from './written-as-name.js';
import { conjugations } from './parts-of-speech.js';
import { lookups } from './sentence-facts.js';
import { senseOffsets } from '../lexicon/wordnet.js';

interface Vocabulary {
  /** Every alias/equivalent group, as phrases. */
  groups: readonly (readonly Phrase[])[];
  /** Single term → the groups it belongs to. */
  groupsOfTerm: ReadonlyMap<string, readonly (readonly Phrase[])[]>;
  /** Multi-term phrases of any group, longest first, to find them in a query. */
  multiTerm: readonly Phrase[];
  /** Multi-term phrase (joined by a space) → its groups. */
  groupsOfPhrase: ReadonlyMap<string, readonly (readonly Phrase[])[]>;
  /** Broad term → narrower phrases. */
  narrower: ReadonlyMap<string, readonly Phrase[]>;
}

let vocabularyCache: Vocabulary | null = null;

function vocabulary(): Vocabulary {
  if (vocabularyCache) return vocabularyCache;
  // A verb of a group in any tense ("made" with "make"): stemming leaves irregular forms apart.
  const conjugated = (entries: readonly string[]) => [...entries, ...entries.flatMap((entry) => (entry.includes(' ') ? [] : conjugations(entry)))];
  const groups = [...NAME_ALIASES, ...WORD_EQUIVALENTS.map(conjugated), ...placeAdjectiveGroups()].map((entries) =>
    dedupePhrases(entries.map((entry) => terms(entry)).filter((phrase) => phrase.length > 0)),
  );
  const groupsOfTerm = new Map<string, Phrase[][]>();
  const groupsOfPhrase = new Map<string, Phrase[][]>();
  for (const group of groups) {
    for (const phrase of group) {
      const table = phrase.length === 1 ? groupsOfTerm : groupsOfPhrase;
      const key = phrase.join(' ');
      const list = table.get(key) ?? [];
      if (!list.includes(group)) list.push(group);
      table.set(key, list);
    }
  }
  const multiTerm = [...groupsOfPhrase.keys()].map((key) => key.split(' ')).sort((a, b) => b.length - a.length);
  const narrower = new Map<string, Phrase[]>();
  for (const [broad, words] of NARROWER_TERMS) {
    for (const term of terms(broad)) narrower.set(term, dedupePhrases(words.map((word) => terms(word)).filter((p) => p.length > 0)));
  }
  vocabularyCache = { groups, groupsOfTerm, multiTerm, groupsOfPhrase, narrower };
  return vocabularyCache;
}

function dedupePhrases(phrases: readonly Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return phrases.filter((phrase) => {
    const key = phrase.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Demonym and plural endings, both ways: "Bolivia" ↔ "Bolivian", "Chile" ↔ "Chilean".
const SUFFIXES = ['n', 'an', 'ian', 's', 'es'];
const MIN_STEM_FOR_SUFFIX = 4;
// What an unknown ordinary word weighs: that of a word in about a third of the sentences.
const UNKNOWN_WORD_WEIGHT = 1 + Math.log(3);

function suffixVariants(term: string, facts: LoadedFactBase): string[] {
  if (term.length < MIN_STEM_FOR_SUFFIX || /\d/u.test(term)) return [];
  const variants: string[] = [];
  for (const suffix of SUFFIXES) {
    const longer = terms(term + suffix)[0];
    const stripped = term.endsWith(suffix) ? term.slice(0, -suffix.length) : '';
    // A stripped form must still be a word of its own ("main" is not "mai" + "n").
    const shorter = stripped.length >= MIN_STEM_FOR_SUFFIX ? terms(stripped)[0] : undefined;
    for (const variant of [longer, shorter]) {
      if (variant && variant !== term && facts.index.idf(variant) > 0) variants.push(variant);
    }
  }
  return variants;
}

const isVerbOrQuality = (term: string): boolean => senseOffsets('verb', term).length > 0 || senseOffsets('adj', term).length > 0;

/** The single terms the lexicon's groups give as equivalents of a term (itself included when it is in one). */
export function vocabularyAlternatives(term: string): string[] {
  return (vocabulary().groupsOfTerm.get(term) ?? []).flatMap((group) => group.filter((phrase) => phrase.length === 1).map((phrase) => phrase[0]!));
}

// A long word typed with two slips ("goverrnent") is still nearer one word of the
// coverage than any other; a shorter one two slips off could be many words.
const MIN_TWO_SLIP_LETTERS = 8;

/**
 * The coverage's one term two typing slips from a long word that is neither English nor the
 * coverage's (`typed`, as typed, and its `term`): "goverrnent" → "govern". Undefined when the
 * word is short, a dictionary word (the coverage may just not report it: "hungarian" is no slip
 * of "bulgarian"), or two terms are as near.
 */
export function twoSlipNeighbour(typed: string, term: string, facts: LoadedFactBase): string | undefined {
  if (typed.length < MIN_TWO_SLIP_LETTERS || isEnglishWord(typed) || facts.index.idf(term) > 0) return undefined;
  const near = facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 2), 2);
  return near.length === 1 ? near[0] : undefined;
}

/** Single-term and multi-term alternatives of a query term or phrase. */
export function alternativesOf(phrase: Phrase, facts: LoadedFactBase): { single: Set<string>; multi: Phrase[]; kinds: readonly Phrase[] } {
  const { groupsOfTerm, groupsOfPhrase, narrower } = vocabulary();
  const single = new Set<string>();
  const multi: Phrase[] = [];
  const add = (alt: Phrase) => {
    if (alt.length === 1) single.add(alt[0] ?? '');
    else if (!multi.some((known) => known.join(' ') === alt.join(' '))) multi.push(alt);
  };
  add(phrase);
  const key = phrase.join(' ');
  const groups = phrase.length === 1 ? groupsOfTerm.get(key) : groupsOfPhrase.get(key);
  for (const group of groups ?? []) group.forEach(add);
  if (phrase.length === 1) {
    const term = phrase[0] ?? '';
    suffixVariants(term, facts).forEach((variant) => single.add(variant));
    // A word the coverage never uses may be a typing slip of one it does ("weapns"), standing for
    // what that word stands for ("austran": Austrian, Austria). Not a dictionary verb or
    // describing word ("founded": found), which means itself, not the coverage's word a letter
    // off ("fund"); a name WordNet lists as a noun may be spelled otherwise (a city's name a letter off the coverage's spelling).
    if (facts.index.idf(term) === 0 && !isVerbOrQuality(term)) {
      const clipped = clippedName(term, facts);
      for (const near of clipped ?? facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 1))) {
        single.add(near);
        for (const group of groupsOfTerm.get(near) ?? []) group.forEach(add);
      }
    }
    for (const narrow of narrower.get(term) ?? []) add(narrow);
  }
  return { single, multi, kinds: phrase.length === 1 ? narrower.get(phrase[0] ?? '') ?? [] : [] };
}

// A name cut short as chat does ("zorv" for Zorvia): a few letters, the coverage's words that begin so at least two longer.
const CLIPPED_LETTERS = { min: 3, max: 5, cutAtLeast: 2 };

/**
 * The forms of the name a word the coverage never uses cuts short ("zorv": "zorvia", "zorvian"),
 * or undefined: every indexed term it begins must be a name the coverage writes as one, none a
 * person's (a short surname is never someone with a longer one), all forms of the commonest
 * ("zorvian" begins with "zorvia"). A dictionary word is no clipping.
 */
export function clippedName(term: string, facts: LoadedFactBase): string[] | undefined {
  if (term.length < CLIPPED_LETTERS.min || term.length > CLIPPED_LETTERS.max || !/^\p{L}+$/u.test(term) || isEnglishWord(term)) return undefined;
  const longer = facts.index.termsStartingWith(term).filter((candidate) => candidate.length - term.length >= CLIPPED_LETTERS.cutAtLeast);
  if (longer.length === 0) return undefined;
  const commonest = longer.reduce((best, candidate) => (facts.index.idf(candidate) < facts.index.idf(best) ? candidate : best));
  const { surnames } = lookups(facts);
  const names = nameTermsOf(facts);
  const personal = (candidate: string) => surnames.has(candidate) || names.has(candidate);
  return longer.every((candidate) => candidate.startsWith(commonest) && writtenAsName(candidate, facts) && !personal(candidate)) ? longer : undefined;
}

const nameTermsMemo = new WeakMap<LoadedFactBase, ReadonlySet<string>>();
/** Every term of the coverage's people's names, made once per fact base (a clipped word is checked against them per question). */
function nameTermsOf(facts: LoadedFactBase): ReadonlySet<string> {
  let found = nameTermsMemo.get(facts);
  if (found === undefined) {
    found = new Set(facts.data.people.flatMap((person) => terms(person.name)));
    nameTermsMemo.set(facts, found);
  }
  return found;
}

/**
 * The terms of the closed-up compounds naming kinds of a typed noun that the coverage uses
 * ("ships" → "warship"), its singular tried too: a narrower kind, so a sentence with one carries the noun.
 */
export function closedKindTerms(typed: readonly string[], facts: LoadedFactBase): string[] {
  const found = new Set<string>();
  for (const word of typed) {
    const key = word.toLowerCase();
    const kinds = nounBases(key).map((base) => closedCompoundKinds(base)).find((each) => each.length > 0) ?? [];
    for (const kind of kinds) for (const term of terms(kind)) if (facts.index.idf(term) > 0) found.add(term);
  }
  return [...found];
}

/** A noun and the singulars a plural's ending suggests ("treaties" → "treaty", "ships" → "ship", "taxes" → "tax"). */
const nounBases = (word: string): string[] => [...new Set([word, word.replace(/ies$/u, 'y'), word.replace(/s$/u, ''), word.replace(/es$/u, '')])];

const kindTermsMemo = new Map<string, KindTerms>();

/** WordNet's kinds of the word a what/which question asks about (its singular tried too). */
export function kindTermsOf(word: string): KindTerms {
  let known = kindTermsMemo.get(word);
  if (known !== undefined) return known;
  const bases = nounBases(word);
  const kinds = bases.map((base) => kindsOf(base)).find((found) => found.size > 0) ?? new Set<string>();
  const titled = bases.some((base) => namedByTitles(base));
  const single = new Set<string>();
  const phrases = new Map<string, Phrase[]>();
  for (const kind of kinds) {
    const phrase = terms(kind);
    if (phrase.length === 1) single.add(phrase[0]!);
    else if (phrase.length > 1) phrases.set(phrase[0]!, [...(phrases.get(phrase[0]!) ?? []), phrase]);
  }
  kindTermsMemo.set(word, (known = { single, phrases, titled }));
  return known;
}

/** Query terms grouped into phrases where an alias or equivalent phrase matches ("north atlant allianc"). */
export function queryPhrases(termList: readonly string[]): Phrase[] {
  const { multiTerm } = vocabulary();
  const phrases: Phrase[] = [];
  for (let i = 0; i < termList.length; ) {
    const match = multiTerm.find((phrase) => phrase.every((term, k) => termList[i + k] === term));
    const phrase = match ?? [termList[i] ?? ''];
    phrases.push(phrase);
    i += phrase.length;
  }
  return phrases;
}

/** For a term the coverage never uses, its alternatives one typing slip away that it does: the words meant ("austran": austrian). */
export const slipsOf = (term: string, alternatives: ReadonlySet<string>, facts: LoadedFactBase): string[] =>
  facts.index.idf(term) > 0 ? [] : [...alternatives].filter((alt) => facts.index.idf(alt) > 0 && editDistance(alt, term, 1) <= 1);

/** The term's own idf when the coverage uses it, else the word meant by a typing slip's, else its rarest-used equivalent's. */
export function weightOf(phrase: Phrase, alternatives: ReadonlySet<string>, facts: LoadedFactBase): number {
  const own = phrase.map((term) => facts.index.idf(term));
  if (own.every((idf) => idf > 0)) return Math.max(...own);
  // A typing slip weighs as the word meant, not as the commonest word that one stands for.
  const slips = phrase.length === 1 ? slipsOf(phrase[0]!, alternatives, facts) : [];
  const weighed = (slips.length > 0 ? slips : [...alternatives]).map((alt) => facts.index.idf(alt)).filter((idf) => idf > 0);
  return weighed.length > 0 ? Math.min(...weighed) : UNKNOWN_WORD_WEIGHT;
}

/** Search text for the index: the query plus the nouns naming the event a "when" question dates ("invasion" for "invade"), not aliases. */
export function withEventNouns(query: string, concepts: readonly Concept[]): string {
  const extra = concepts.flatMap((concept) => concept.eventNouns ?? []);
  return extra.length > 0 ? `${query} ${extra.join(' ')}` : query;
}

/** Search text for the index: the query plus every concept's alternatives. */
export function expandedQuery(query: string, concepts: readonly Concept[]): string {
  const extra = concepts.flatMap((concept) => [
    ...[...concept.alternatives].filter((alt) => alt !== concept.term),
    ...concept.phrases.filter((phrase) => phrase.join(' ') !== concept.term).map((phrase) => phrase.join(' ')),
    ...(concept.synonyms ?? []).map((synonym) => synonym.join(' ')),
  ]);
  return extra.length > 0 ? `${query} ${extra.join(' ')}` : query;
}
