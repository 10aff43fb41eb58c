// "How much did thanksgiving dinner cost in Varnholm" is not answered by "the average cost in
// Quellmark was $58": a sentence that names another place of the same kind (another state,
// another city) where the question names one, and does not name the asked one, is about that
// other place. Kinds come from WordNet: a place the question names is an instance of a kind of
// location ("American state", "city"), whose other instances are the places it may be confused
// with. A sentence naming one of them is about it, whatever its paragraph names before (unlike a
// country, which a sentence may leave to its title). The sentence is the coverage's text, so its
// capitals can be read: a place is a name there ("Maine", not "main").
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { nounSynset, senseOffsets } from '../lexicon/wordnet.js';
import type { Concept } from './concept.js';
import { coverage } from './coverage.js';
import { questionWords } from './parts-of-speech.js';
import type { Question } from './question.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

/** WordNet's lexicographer file of places. */
const LOCATION_FILE = 15;
/** Names shorter than this are mostly abbreviations ("AR", "Me."). */
const MIN_NAME_LETTERS = 4;

export interface AskedPlace {
  concept: Concept;
  /** Each kind's instances as the coverage writes a name (one pattern per kind, made once). */
  kinds: readonly RegExp[];
  /** The asked place's own names, lower case: its instances' pattern finds them too. */
  itself: ReadonlySet<string>;
  /** Every index term the question asks about, in any of its forms: a place listed beside one is named with it. */
  alongside: ReadonlySet<string>;
}

// A place joined to the word before or after it ("neither Chile nor the US", "Chile and Peru").
const JOINED_BEFORE = /([\p{L}.]+)\s*,?\s+(?:and|or|nor|&)\s+(?:(?:neither|either|both)\s+)?$/u;
const JOINED_AFTER = /^\s*,?\s+(?:and|or|nor|&)\s+(?:the\s+)?([\p{L}.]+)/u;

/** Whether the place at `at` in the text is listed beside a word the question asks about: named with it, not instead of it. */
function listedBesideAsked(text: string, at: number, length: number, alongside: ReadonlySet<string>): boolean {
  const before = JOINED_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  const after = JOINED_AFTER.exec(text.slice(at + length, at + length + 40))?.[1];
  return [before, after].some((word) => word !== undefined && terms(word).some((term) => alongside.has(term)));
}

const kindMemo = new Map<number, RegExp | null>();

/** The head names of a kind's instances ("Michigan", "Ohio" of "American state") as one pattern; null when it has none. */
function instancesOf(kind: number): RegExp | null {
  if (kindMemo.has(kind)) return kindMemo.get(kind)!;
  const members = new Set<string>();
  for (const { symbol, offset } of nounSynset(kind).pointers) {
    if (symbol !== '~i') continue;
    const head = (nounSynset(offset).words[0] ?? '').replace(/\(.*\)$/u, '').replaceAll('_', ' ');
    if (head.replace(/[^\p{L}]/gu, '').length >= MIN_NAME_LETTERS && !/\.$/u.test(head) && head !== head.toUpperCase()) members.add(head);
  }
  const pattern = members.size === 0 ? null : new RegExp(String.raw`\b(?:${[...members].map(escapeRegex).join('|')})\b`, 'gu');
  kindMemo.set(kind, pattern);
  return pattern;
}

/** The question's words that name a place WordNet files as an instance of a kind of location, each with the other places of its kind. */
export function askedPlaces(question: Question, concepts: readonly Concept[]): AskedPlace[] {
  const places: AskedPlace[] = [];
  const alongside = new Set(concepts.filter((concept) => !concept.testOnly).flatMap((concept) => [...concept.alternatives]));
  for (const { word, thing } of questionWords(question.plain)) {
    if (!thing) continue;
    const concept = concepts.find((each) => !each.testOnly && each.term === terms(word)[0]);
    const sense = senseOffsets('noun', word)[0];
    if (concept === undefined || sense === undefined) continue;
    const synset = nounSynset(sense);
    if (synset.file !== LOCATION_FILE) continue;
    const kinds = synset.pointers.filter(({ symbol }) => symbol === '@i').flatMap(({ offset }) => instancesOf(offset) ?? []);
    if (kinds.length > 0) places.push({ concept, kinds, itself: new Set(synset.words.map((name) => name.replaceAll('_', ' ').toLowerCase())), alongside });
  }
  return places;
}

/** Whether the sentence is about another place of the kind of one the question asks about. */
export function aboutOtherPlace(asked: readonly AskedPlace[], sentenceId: number, facts: LoadedFactBase): boolean {
  if (asked.length === 0) return false;
  const text = facts.sentence(sentenceId).text;
  const namesOther = ({ kinds, itself, alongside }: AskedPlace) =>
    kinds.some((kind) => [...text.matchAll(kind)].some(({ 0: name, index }) => !itself.has(name.toLowerCase()) && !listedBesideAsked(text, index, name.length, alongside)));
  return asked.some((place) => coverage([place.concept], sentenceId, facts, false) === 0 && namesOther(place));
}
