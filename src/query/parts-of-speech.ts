// Which words of a question are things (nouns, names, numbers) and which are actions or
// qualities, with compromise's English tagger. A question is typed in lower case, so capitals
// cannot tell "france" from "handed": the tagger's lexicon and suffix rules can ("france" is a
// place noun, "handed" a past-tense verb). Only questions are tagged (a few milliseconds each);
// the coverage is annotated at build time by annotate.ts, which is fast enough for a million
// sentences. compromise takes ~0.5 s to load, so it is loaded on the first question.
import { createRequire } from 'node:module';
import { terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { nounAndVerbUsage, senseOffsets } from '../lexicon/wordnet.js';
import { ADVERB_PARTICLES } from '../lexicon/prepositions.js';

interface TaggedTerm {
  text: string;
  tags: string[];
  /** Punctuation and spacing before and after the word. */
  pre: string;
  post: string;
}
type Forms = Record<string, string>;
interface Compromise {
  (text: string): { json(): { terms: TaggedTerm[] }[] };
  model(): object;
  methods(): {
    two: {
      transform: {
        verb: { conjugate(word: string, model: object): Forms; toInfinitive(word: string, model: object, tense?: string): string };
        noun: { toPlural(word: string, model: object): string; toSingular(word: string, model: object): string };
        adjective: Record<'toSuperlative' | 'toComparative' | 'fromSuperlative' | 'fromComparative', (word: string, model: object) => string>;
      };
    };
  };
}

function compromise(): Compromise {
  tagger ??= require('compromise/two') as Compromise;
  return tagger;
}

const require = createRequire(import.meta.url);
let tagger: Compromise | null = null;

export interface QuestionWord {
  /** The word as typed, lower-cased, without surrounding punctuation. */
  word: string;
  /** A noun, a name or a number: a thing the question is about. */
  thing: boolean;
  /**
   * A thing that names one particular thing: a proper noun, a place, person or organisation the
   * tagger knows ("france"), a number, or a word no English dictionary has ("pellonia"). A
   * question about one the coverage never mentions cannot be answered by it.
   */
  name: boolean;
  /** The noun this one narrows ("cruise" → "missiles"), when it stands right before another noun. */
  narrows: string | null;
  /** The run of thing words (and adjectives before them) it stands in, as typed: "cruise missiles". */
  phrase: string;
  /** An adjective describing the thing after it ("*presidential* aid"). */
  describes: boolean;
  /** A verb naming what happens ("when was it *discovered*"), not an auxiliary or a form of "be". */
  action: boolean;
  /** A verb in a tense or as a participle ("says", "gave", "flowing"), not in its base form ("pay"). */
  tensed: boolean;
  /** A comparative or superlative ("bigger", "more", "most"): the question weighs things against each other. */
  compares: boolean;
  /** A place the tagger knows ("austria"): two side by side are two places, not one name. */
  place: boolean;
  /** What the tagger's lexicon knows the word to name: a person ("olsen"), or a place or an organisation alike ("bern", "nato"). */
  names: 'person' | 'place' | null;
}

// Cache of recent questions: the same question is often analysed by several commands in turn.
const recent = new Map<string, QuestionWord[]>();
const MAX_RECENT = 256;

const isThing = (tags: readonly string[]): boolean =>
  (tags.includes('Noun') && !tags.includes('Pronoun')) || tags.includes('Value') || tags.includes('ProperNoun');
const isName = (tags: readonly string[]): boolean =>
  ['ProperNoun', 'Place', 'Person', 'Organization', 'Value'].some((tag) => tags.includes(tag));
const PLACE_TAGS = ['Place', 'Country', 'City', 'Region', 'Organization'];
const namedKind = (tags: readonly string[]): QuestionWord['names'] =>
  PLACE_TAGS.some((tag) => tags.includes(tag)) ? 'place' : tags.includes('Person') ? 'person' : null;
const isModifier = (tags: readonly string[]): boolean => tags.includes('Adjective') && !tags.includes('Comparable');
// The tagger reads these as plain adverbs or adjectives.
const COMPARING_WORDS: ReadonlySet<string> = new Set(['more', 'less', 'fewer', 'most', 'least']);
const isComparing = (word: string, tags: readonly string[]): boolean => COMPARING_WORDS.has(word) || tags.includes('Comparative') || tags.includes('Superlative');
const isTensed = (tags: readonly string[]): boolean =>
  tags.includes('Verb') && !tags.includes('Infinitive') && ['PastTense', 'PresentTense', 'Gerund', 'Participle'].some((tag) => tags.includes(tag));
const isAction = (tags: readonly string[]): boolean => tags.includes('Verb') && !['Auxiliary', 'Copula', 'Modal', 'Noun'].some((tag) => tags.includes(tag));

// Words that make a preposition with "to" after them ("*according* to the mayor"), which the tagger
// may read as a noun of the name before them ("pellonia overall according").
const COMPOUND_PREPOSITION_HEADS: ReadonlySet<string> = new Set(['according', 'owing', 'pursuant', 'prior', 'due', 'contrary', 'thanks']);

// What an imperative's object starts with: "show *the* aid", "tell *me* about".
const OBJECT_START = ['Determiner', 'Pronoun', 'Possessive'];
// How much more often than as a verb a word must be a noun in WordNet's tagged text.
const NOUN_RATHER_THAN_VERB = 3;
const NOUN_USES = 5;

/**
 * Whether the first word of a half-sentence is its head noun though the tagger read a verb:
 * "weather in bern tomorrow", "time in the capital". An imperative ("show the aid", "list
 * summits", "compare aid") stays a verb: its object follows, or it is used as a verb as often.
 */
function headsFragment(word: string, tags: readonly string[], next: readonly string[] | undefined): boolean {
  if (!isAction(tags) || (next !== undefined && OBJECT_START.some((tag) => next.includes(tag)))) return false;
  const { noun, verb } = nounAndVerbUsage(word);
  return noun >= NOUN_USES && noun >= NOUN_RATHER_THAN_VERB * verb;
}

/**
 * Whether a word the tagger read as a common noun is never one: lower case, "did the council send
 * drones" reads "council send drones" as a noun run, but WordNet's tagged text never uses "send",
 * "provide" or "approve" as a noun.
 */
function onlyAVerb(word: string, tags: readonly string[]): boolean {
  if (!tags.includes('Noun') || isName(tags) || tags.includes('Pronoun')) return false;
  const { noun, verb } = nounAndVerbUsage(word);
  return noun === 0 && verb >= NOUN_USES;
}

// Subjects a present-tense verb follows: "the one *that* outlaws …", "till *she* leaves".
const SUBJECT_WORDS: ReadonlySet<string> = new Set(['he', 'she', 'it', 'that', 'which', 'who']);
const NAME_RUN_STARTS = ['Determiner', 'Possessive', 'Adjective'];

/**
 * Whether a plural the tagger read as a noun is the verb of its subject: after "that", a pronoun,
 * or a person's name that opens no noun phrase ("till berg *leaves*", "the rule that *bans* …"),
 * a word WordNet's tagged text uses more as a verb than a noun. "The berg holm *talks*" stays a noun.
 */
function presentVerb(words: readonly { word: string; tags: string[] }[], index: number): boolean {
  const entry = words[index]!;
  if (index < 1 || !entry.tags.includes('Plural') || isName(entry.tags) || !entry.word.endsWith('s')) return false;
  const before = words[index - 1]!;
  // "Berg's talks": a possessive owns the noun after it.
  if (before.tags.includes('Possessive') || /['’]s$/u.test(before.word)) return false;
  const subject = SUBJECT_WORDS.has(before.word) || ((before.tags.includes('Person') || (isThing(before.tags) && !isEnglishWord(before.word))) && !NAME_RUN_STARTS.some((tag) => words[index - 2]?.tags.includes(tag) ?? false) && !isThing(words[index - 2]?.tags ?? []));
  if (!subject) return false;
  const bases = [entry.word.slice(0, -1), ...(entry.word.endsWith('es') ? [entry.word.slice(0, -2)] : [])];
  return bases.some((base) => {
    const { noun, verb } = nounAndVerbUsage(base);
    return verb > noun;
  });
}

const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'dont', 'doesnt', 'didnt']);

/**
 * Whether a verb and its particle after a "do" question's subject were read as nouns: "did
 * berg *sign off*" (compromise: a noun run "berg sign off"), a pair WordNet has as a verb.
 * Not after a determiner ("did the *roll out* go well"): that is a noun of the act.
 */
function phrasalVerbReadAsNouns(words: readonly { word: string; tags: string[] }[], index: number): boolean {
  const [before, entry, next] = [words[index - 1], words[index]!, words[index + 1]];
  if (before === undefined || next === undefined || !isThing(before.tags) || !isThing(entry.tags) || isName(entry.tags) || !ADVERB_PARTICLES.includes(next.word)) return false;
  if (!words.slice(0, index - 1).some(({ word }) => DO_SUPPORT.has(word))) return false;
  return senseOffsets('verb', `${entry.word}_${next.word}`).length > 0;
}

/**
 * Whether a past form after a determiner describes the word after it, a noun the tagger read as a
 * verb: "the *promised boats*" (compromise: "promised" then "boats" as a verb), "the pledged funds".
 */
function participleBeforeNoun(words: readonly { word: string; tags: string[] }[], index: number): boolean {
  const [before, entry, next] = [words[index - 1], words[index], words[index + 1]];
  if (before === undefined || entry === undefined || next === undefined || !before.tags.includes('Determiner')) return false;
  if (!entry.tags.includes('PastTense') || !entry.word.endsWith('ed') || !next.tags.includes('Verb')) return false;
  return wordForms(next.word).some((form) => nounAndVerbUsage(form).noun > 0);
}

const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'am']);
// What may stand between "is" and its subject's last word ("is *the* league planning").
const IN_SUBJECT = ['Determiner', 'Noun', 'Adjective', 'Possessive'];

/**
 * Whether an -ing word the tagger read as a noun is the verb of a progressive question: "how is
 * the league *planning* to …", "are the members *planning* more aid" — a form of "be", its subject,
 * then the -ing word with an object or "to" after it. "is the council *meeting* in july" stays a noun.
 */
function progressiveVerb(words: readonly { word: string; tags: string[] }[], index: number): boolean {
  const entry = words[index]!;
  // The tagger may read the -ing word into a name run after a people's name ("are the rivians
  // *building*"): only a word it takes for a proper noun itself is a name.
  if (!entry.word.endsWith('ing') || !entry.tags.includes('Noun') || entry.tags.includes('ProperNoun') || entry.tags.includes('Person') || index < 2 || !isThing(words[index - 1]!.tags)) return false;
  const [next, after] = [words[index + 1], words[index + 2]];
  // An object: a determiner, pronoun or figure, or a describing word before a thing ("building *new* ships").
  const describedObject = next !== undefined && next.tags.includes('Adjective') && after !== undefined && isThing(after.tags);
  const takesObject = next !== undefined && (next.word === 'to' || COMPARING_WORDS.has(next.word) || describedObject || ['Determiner', 'Pronoun', 'Possessive', 'Value'].some((tag) => next.tags.includes(tag)));
  // The -ing form of a verb ("plan" → "planning", "make" → "making", "send" → "sending").
  const stem = entry.word.slice(0, -3);
  const bases = [stem, `${stem}e`, /(.)\1$/u.test(stem) ? stem.slice(0, -1) : stem];
  if (!takesObject || !bases.some((base) => nounAndVerbUsage(base).verb > 0)) return false;
  let at = index - 1;
  while (at >= 0 && IN_SUBJECT.some((tag) => words[at]!.tags.includes(tag)) && !BE_FORMS.has(words[at]!.word)) at--;
  return at >= 0 && BE_FORMS.has(words[at]!.word);
}

const RUN_BREAK = /[,;:()[\]{}"]/;

/** The words of a question with what each is; never throws. */
export function questionWords(text: string): QuestionWord[] {
  const key = text.toLowerCase();
  const cached = recent.get(key);
  if (cached) return cached;
  const terms = compromise()(key).json().flatMap((sentence) => sentence.terms);
  const words = terms.map((term, index) => ({
    word: term.text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    tags: term.tags,
    // Punctuation typed between two words ("movements (tics), swearing") ends a noun run there;
    // without it (as chat is typed) the words alone decide.
    joinsNext: !RUN_BREAK.test(`${term.post}${terms[index + 1]?.pre ?? ''}`),
  }));
  if (words[0] !== undefined && headsFragment(words[0].word, words[0].tags, words[1]?.tags)) words[0] = { ...words[0], tags: ['Noun', 'Singular'] };
  words.forEach((entry, index) => {
    if (participleBeforeNoun(words, index)) {
      words[index] = { ...entry, tags: ['Adjective'] };
      words[index + 1] = { ...words[index + 1]!, tags: ['Noun', words[index + 1]!.word.endsWith('s') ? 'Plural' : 'Singular'] };
    } else if (COMPOUND_PREPOSITION_HEADS.has(entry.word) && words[index + 1]?.word === 'to') words[index] = { ...entry, tags: ['Preposition'] };
    else if (onlyAVerb(entry.word, entry.tags)) words[index] = { ...entry, tags: ['Verb', 'Infinitive'] };
    else if (progressiveVerb(words, index)) words[index] = { ...entry, tags: ['Verb', 'Gerund'] };
    else if (presentVerb(words, index)) words[index] = { ...entry, tags: ['Verb', 'PresentTense'] };
    else if (phrasalVerbReadAsNouns(words, index)) {
      words[index] = { ...entry, tags: ['Verb', 'Infinitive', 'PhrasalVerb'] };
      words[index + 1] = { ...words[index + 1]!, tags: ['Verb', 'PhrasalVerb', 'Particle'] };
    }
  });
  const result: QuestionWord[] = words.map((entry, index) => {
    const thing = isThing(entry.tags);
    let first = index;
    let last = index;
    if (thing) {
      while (first > 0 && words[first - 1]!.joinsNext && (isThing(words[first - 1]!.tags) || isModifier(words[first - 1]!.tags))) first--;
      while (last + 1 < words.length && words[last]!.joinsNext && isThing(words[last + 1]!.tags)) last++;
    }
    const phrase = words
      .slice(first, last + 1)
      .map((w) => w.word)
      .filter((w) => w !== '')
      .join(' ');
    const next = words[index + 1];
    // "shipping weapons": an -ing word before a noun is an action in a question, not a kind;
    // "full-scale invasion": a hyphenated modifier describes rather than names.
    const narrowsNext =
      thing && next !== undefined && entry.joinsNext && isThing(next.tags) && !entry.word.endsWith('ing') && !entry.tags.includes('Hyphenated') && !entry.tags.includes('Adjective');
    return { word: entry.word, thing, name: thing && (isName(entry.tags) || (entry.word !== '' && !isInflectedEnglish(entry.word))), narrows: narrowsNext ? next.word : null, phrase, describes: isModifier(entry.tags), action: isAction(entry.tags), tensed: isTensed(entry.tags), compares: isComparing(entry.word, entry.tags), place: entry.tags.includes('Place'), names: namedKind(entry.tags) };
  });
  if (recent.size >= MAX_RECENT) recent.clear();
  recent.set(key, result);
  return result;
}

/** The index terms of the words the tagger reads as things (nouns, names, numbers). */
export function thingTerms(text: string): Set<string> {
  return new Set(questionWords(text).flatMap(({ word, thing }) => (thing ? terms(word) : [])));
}

/**
 * The forms whose noun senses say what kind of thing a word names: its inflections, except for a
 * verb's "-ing" form, which names an act by itself ("pinning down" is no pin, a "boarding" no board).
 */
export function kindForms(word: string): string[] {
  const key = word.toLowerCase();
  if (!key.endsWith('ing')) return wordForms(key);
  const nlp = compromise();
  const model = nlp.model();
  const { noun } = nlp.methods().two.transform;
  return [...new Set([key, noun.toPlural(key, model)])];
}

const formsMemo = new Map<string, string[]>();
const TENSES = ['PastTense', 'PresentTense', 'Gerund', 'Participle'] as const;

// A compound's irregular head ("salespeople", "chairwomen"): the rules inflect the whole word regularly.
const IRREGULAR_HEADS: readonly (readonly [string, string])[] = [['person', 'people'], ['woman', 'women'], ['man', 'men'], ['child', 'children']];
const MIN_COMPOUND_HEAD_MODIFIER = 3;

/** The other number of a compound ending in an irregular head, when WordNet has it: "salespeople" → "salesperson", "chairwomen" ↔ "chairwoman". */
function compoundPersonForms(word: string): string[] {
  for (const [one, many] of IRREGULAR_HEADS) {
    for (const [from, to] of [[many, one], [one, many]] as const) {
      // Only a noun WordNet has: "human" is no man's compound.
      const other = word.slice(0, -from.length) + to;
      if (word.endsWith(from) && word.length - from.length >= MIN_COMPOUND_HEAD_MODIFIER) return senseOffsets('noun', other).length > 0 ? [other] : [];
    }
  }
  return [];
}

/** Whether a word is English or an irregular inflection of an English word: "feet", "women" are the dictionary's "foot", "woman". */
function isInflectedEnglish(word: string): boolean {
  if (isEnglishWord(word)) return true;
  const nlp = compromise();
  const model = nlp.model();
  const { verb, noun } = nlp.methods().two.transform;
  return [noun.toSingular(word, model), ...TENSES.map((tense) => verb.toInfinitive(word, model, tense))].some((base) => base !== '' && base !== word && isEnglishWord(base));
}

/**
 * The inflected forms of a word, irregular ones included ("die" → "died", "spend" → "spent",
 * "mouse" → "mice"): Porter stems them apart, but a question's word in any form is the same word.
 */
export function wordForms(word: string): string[] {
  const key = word.toLowerCase();
  const known = formsMemo.get(key);
  if (known) return known;
  const nlp = compromise();
  const model = nlp.model();
  const { verb, noun } = nlp.methods().two.transform;
  const forms = new Set<string>([key, noun.toPlural(key, model), noun.toSingular(key, model), ...compoundPersonForms(key)]);
  const bases = new Set([key, ...TENSES.map((tense) => verb.toInfinitive(key, model, tense))]);
  for (const base of bases) {
    if (base === '') continue;
    const conjugated = Object.values(verb.conjugate(base, model));
    // A base is the word's only when it conjugates back to it: the rules read "day" as a past tense of "die".
    if (base !== key && !conjugated.includes(key)) continue;
    for (const form of conjugated) if (!form.includes(' ')) forms.add(form);
  }
  const result = [...forms].filter((form) => form !== '');
  if (formsMemo.size >= MAX_RECENT * 16) formsMemo.clear();
  formsMemo.set(key, result);
  return result;
}

/** Whether the word is a verb's past tense ("sent", "approved"): its infinitive conjugates back to it as the past. */
export function isPastTense(word: string): boolean {
  const key = word.toLowerCase();
  const nlp = compromise();
  const model = nlp.model();
  const { verb } = nlp.methods().two.transform;
  const base = verb.toInfinitive(key, model, 'PastTense');
  return base !== '' && base !== key && verb.conjugate(base, model).PastTense === key;
}

type Degree = 'superlative' | 'comparative';

/** An adjective of degree as its base and degree ("biggest" → big, superlative; "worse" → bad, comparative), when WordNet has the base; null otherwise. */
export function adjectiveDegree(word: string): { base: string; degree: Degree } | null {
  const key = word.toLowerCase();
  const nlp = compromise();
  const model = nlp.model();
  const { adjective } = nlp.methods().two.transform;
  for (const [degree, from] of [['superlative', adjective.fromSuperlative], ['comparative', adjective.fromComparative]] as const) {
    const base = from(key, model);
    // The rules undo any "-est" or "-er" ("forest" → "for"): the base must be an adjective and inflect back to the word.
    const back = degree === 'superlative' ? adjective.toSuperlative(base, model) : adjective.toComparative(base, model);
    if (base !== key && back === key && senseOffsets('adj', base).length > 0) return { base, degree };
  }
  return null;
}

/** An adjective in a degree ("large", superlative → "largest"). */
export function inDegree(base: string, degree: Degree): string {
  const nlp = compromise();
  const { adjective } = nlp.methods().two.transform;
  return degree === 'superlative' ? adjective.toSuperlative(base, nlp.model()) : adjective.toComparative(base, nlp.model());
}

/** Whether the word is a verb's "-ing" form ("backing", "welcoming"), not a name or noun that ends so ("jinping", "king"). */
export const isVerbIngForm = (word: string): boolean => {
  const key = word.toLowerCase();
  return /^\p{L}{2,}ing$/u.test(key) && wordForms(key).some((form) => form !== key && !form.endsWith('ing') && senseOffsets('verb', form).length > 0);
};

/** A verb's conjugated forms when the word is its base form ("make" → "made", "begin" → "began", "begun"); none for other words. */
export function conjugations(word: string): string[] {
  const key = word.toLowerCase();
  if (senseOffsets('verb', key).length === 0) return [];
  const nlp = compromise();
  const conjugated = Object.values(nlp.methods().two.transform.verb.conjugate(key, nlp.model())) as string[];
  return conjugated.includes(key) ? conjugated.filter((form) => form !== key && !form.includes(' ')) : [];
}
