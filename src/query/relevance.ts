// Deciding whether retrieved sentences actually answer a query. The TF-IDF score ranks
// sentences but has no absolute meaning, so evidence is judged on two general rules:
//
// 1. A name the coverage never uses (a capitalised word or a figure such as "Japan",
//    "F-16s") means the coverage cannot speak about it: the query is unanswered, whatever
//    else matches ("How much aid has Japan given Ukraine?").
// 2. Otherwise a sentence is evidence when it carries enough of the query's *concepts*,
//    weighted by idf: its coverage. A concept is a query word or phrase with its aliases and
//    equivalents (aliases.ts), or what a question word asks for ("how much" → a figure,
//    "when" → a date, "how long" → a duration). Ordinary words the coverage never uses
//    ("handed over") are usually paraphrase, so they weigh little — unless the question is
//    about them ("what will the *weather* be"). When ranking answers, a concept the sentence
//    leaves implicit but its article's title or the sentences before it in its paragraph state
//    ("He said it would…") counts for part of its weight. "What did X say" needs X speaking.
import { placeAdjectiveGroups } from '../lexicon/place-adjectives.js';
import { NAME_ALIASES, NARROWER_TERMS, WORD_EQUIVALENTS } from '../lexicon/vocabulary.js';
import { kindsOf } from '../lexicon/word-kinds.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { queryTerms, terms } from '../factbase/terms.js';
import { RANKING } from './ranking-options.js';
import { questionWords, wordForms } from './parts-of-speech.js';
import { editDistance } from './person-match.js';
import { asTyped, understandQuestion, type Question } from './question.js';
import { writtenAsName } from './written-as-name.js';

/** A run of index terms that must appear consecutively ("north korea"); one term is a run of one. */
export type Phrase = readonly string[];

/** One thing the query asks about, satisfied by any of its alternative terms or phrases, or by `test`. */
export interface Concept {
  /** The term or phrase as the query has it ("#figure", "#date", "#duration" for what a question word asks). */
  term: string;
  /** Stemmed terms that count as this concept (the term, its aliases, synonyms, demonym forms). */
  alternatives: ReadonlySet<string>;
  /** The thing a what/which question asks about ("what *weapons*"): a sentence naming it is the kind of answer wanted. */
  focus: boolean;
  /** Narrower kinds of the term that answer for it in full ("weapons": "missiles"). */
  kinds: readonly Phrase[];
  /** For the thing a what/which question asks about, WordNet's kinds of it ("sport": basketball…), matched as whole terms. */
  kindTerms?: KindTerms;
  /** The term's own inflections as the coverage stems them ("die": "died" stems to "di"): the word itself, not an alias. */
  forms: ReadonlySet<string>;
  /** Multi-term alternatives, matched as consecutive terms. */
  phrases: readonly Phrase[];
  /** Other evidence, as the share (0–1) of the weight it earns: the sentence names (or quotes) the person, holds a figure, is dated. */
  test: ((sentenceId: number) => number) | null;
  /** Whether the sentence's title and preceding sentences may supply it (words may; "a figure" may not). */
  fromContext: boolean;
  /** Only `test` counts, not the terms ("what did X say": X must be the one speaking, not just named). */
  testOnly: boolean;
  /** A sentence without it is worth only part of its coverage (the speaker a question asks about). */
  required: boolean;
  weight: number;
}

/** Kinds of a thing as index terms: single terms, and longer phrases keyed by their first term. */
interface KindTerms {
  single: ReadonlySet<string>;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
}

const kindTermsMemo = new Map<string, KindTerms>();

/** WordNet's kinds of the word a what/which question asks about (its singular tried too). */
function kindTermsOf(word: string): KindTerms {
  let known = kindTermsMemo.get(word);
  if (known !== undefined) return known;
  const bases = [word, word.replace(/ies$/u, 'y'), word.replace(/e?s$/u, '')];
  const kinds = bases.map((base) => kindsOf(base)).find((found) => found.size > 0) ?? new Set<string>();
  const single = new Set<string>();
  const phrases = new Map<string, Phrase[]>();
  for (const kind of kinds) {
    const phrase = terms(kind);
    if (phrase.length === 1) single.add(phrase[0]!);
    else if (phrase.length > 1) phrases.set(phrase[0]!, [...(phrases.get(phrase[0]!) ?? []), phrase]);
  }
  kindTermsMemo.set(word, (known = { single, phrases }));
  return known;
}

export interface QueryAnalysis {
  question: Question;
  concepts: Concept[];
  /** Names, figures and kinds of thing the question is about that the coverage never mentions, as typed: it cannot answer. */
  unknownNames: string[];
  /** Other nouns of the question the coverage never uses (perhaps paraphrase), as typed: named when it abstains. */
  unmentioned: string[];
}

const stems = (words: readonly string[]): string[] => words.flatMap((word) => terms(word));

// Words that frame a question rather than say what it is about ("what did X say about Y").
const QUESTION_WORDS: ReadonlySet<string> = new Set(
  stems([
    'say', 'says', 'tell', 'told', 'know', 'think', 'happen', 'happened', 'mean', 'explain', 'describe', 'view', 'opinion',
    'anything', 'something', 'thing', 'things', 'latest', 'news', 'please', 'show', 'list', 'find', 'according', 'kind', 'type', 'sort',
  ]),
);

// --- Vocabulary tables, as index terms (built once) -------------------------------------------

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
  const groups = [...NAME_ALIASES, ...WORD_EQUIVALENTS, ...placeAdjectiveGroups()].map((entries) =>
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

// Demonym and plural endings, both ways: "Korea" ↔ "Korean", "Macedonia" ↔ "Macedonian".
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

/** Single-term and multi-term alternatives of a query term or phrase. */
function alternativesOf(phrase: Phrase, facts: LoadedFactBase): { single: Set<string>; multi: Phrase[]; kinds: readonly Phrase[] } {
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
    // A word the coverage never uses may be a typing slip of one it does ("weapns").
    if (facts.index.idf(term) === 0) facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 1)).forEach((near) => single.add(near));
    for (const narrow of narrower.get(term) ?? []) add(narrow);
  }
  return { single, multi, kinds: phrase.length === 1 ? narrower.get(phrase[0] ?? '') ?? [] : [] };
}

// --- Per loaded fact base lookups -------------------------------------------------------------

interface DatedSpan {
  first: string;
  last: string;
  precision: 'day' | 'month' | 'year';
  /** The words the date was resolved from. */
  text: string;
}

interface Lookups {
  surnames: ReadonlyMap<string, Person>;
  /** Person id → sentences that name the person or quote them. */
  mentions: ReadonlyMap<string, ReadonlySet<number>>;
  /** Person id → sentences quoting them. */
  quotes: ReadonlyMap<string, ReadonlySet<number>>;
  /** Sentences that name or quote some known person. */
  mentioned: ReadonlySet<number>;
  /** Sentence id → the periods its dated events cover, as [first, last] ISO days. */
  dates: ReadonlyMap<number, readonly DatedSpan[]>;
  /** Terms of each article's title, computed on first use. */
  titleTerms: Map<string, ReadonlySet<string>>;
  /** Terms of recently scored sentences (bounded). */
  sentenceTerms: Map<number, SentenceTerms>;
}
const lookupCache = new WeakMap<LoadedFactBase, Lookups>();
const MAX_CACHED_SENTENCES = 20_000;

function lookups(facts: LoadedFactBase): Lookups {
  const cached = lookupCache.get(facts);
  if (cached) return cached;
  const surnames = new Map<string, Person>();
  const byMentions = [...facts.data.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length);
  for (const person of byMentions) {
    for (const name of [person.name, ...person.aliases]) {
      const surname = terms(name).at(-1);
      if (surname !== undefined && !surnames.has(surname)) surnames.set(surname, person);
    }
  }
  const mentions = new Map(facts.data.people.map((person) => [person.id, new Set(person.sentenceIds)]));
  // What someone is quoted saying is theirs even when the sentence says "he".
  const quotes = new Map<string, Set<number>>();
  for (const quote of facts.data.quotes) {
    if (quote.speakerId === null) continue;
    const quoted = quotes.get(quote.speakerId) ?? new Set<number>();
    quote.sentenceIds.forEach((id) => {
      quoted.add(id);
      mentions.get(quote.speakerId ?? '')?.add(id);
    });
    quotes.set(quote.speakerId, quoted);
  }
  const dates = new Map<number, DatedSpan[]>();
  for (const event of facts.data.events) {
    const list = dates.get(event.sentenceId) ?? [];
    list.push({ first: event.date.start, last: event.date.end ?? event.date.start, precision: event.date.precision, text: event.date.text });
    dates.set(event.sentenceId, list);
  }
  const mentioned = new Set<number>();
  for (const ids of mentions.values()) ids.forEach((id) => mentioned.add(id));
  const built: Lookups = { surnames, mentions, quotes, mentioned, dates, titleTerms: new Map(), sentenceTerms: new Map() };
  lookupCache.set(facts, built);
  return built;
}

/** A sentence's terms in order, as a set, those long enough to share a stem, and their proper prefixes. */
interface SentenceTerms {
  list: readonly string[];
  set: ReadonlySet<string>;
  stems: readonly string[];
  prefixes: ReadonlySet<string>;
}

function sentenceTerms(facts: LoadedFactBase, sentenceId: number): SentenceTerms {
  const { sentenceTerms: cache } = lookups(facts);
  let found = cache.get(sentenceId);
  if (found === undefined) {
    if (cache.size >= MAX_CACHED_SENTENCES) cache.clear();
    const list = terms(facts.sentence(sentenceId).text);
    const set = new Set(list);
    const stems = [...set].filter(stemmable);
    found = { list, set, stems, prefixes: prefixesOf(stems) };
    cache.set(sentenceId, found);
  }
  return found;
}

/** Terms the reader has in mind when reading the sentence: its article's title and the sentences before it in its paragraph. */
function contextTerms(facts: LoadedFactBase, sentenceId: number): Set<string> {
  const { titleTerms } = lookups(facts);
  const sentence = facts.sentence(sentenceId);
  let title = titleTerms.get(sentence.articleId);
  if (title === undefined) {
    title = new Set(terms(facts.article(sentence.articleId).title ?? ''));
    titleTerms.set(sentence.articleId, title);
  }
  const context = new Set(title);
  for (let id = sentenceId - 1; id >= 0 && sentenceId - id <= MAX_CONTEXT_SENTENCES; id--) {
    const before = facts.sentence(id);
    if (before.articleId !== sentence.articleId || before.paragraph !== sentence.paragraph) break;
    sentenceTerms(facts, id).set.forEach((term) => context.add(term));
  }
  return context;
}
const MAX_CONTEXT_SENTENCES = 3;

// --- Query analysis ---------------------------------------------------------------------------

// Nouns that frame a question rather than name what it is about ("what *kind* of", "the *name* of").
const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  stems([
    'kind', 'kinds', 'type', 'types', 'sort', 'name', 'names', 'thing', 'things', 'lot', 'lots', 'part', 'way', 'ways',
    'something', 'anything', 'everything', 'nothing', 'someone', 'anyone', 'everyone', 'people', 'person', 'one', 'ones',
    'time', 'times', 'today', 'now', 'latest', 'news', 'update', 'updates', 'info', 'information', 'detail', 'details',
    'question', 'answer', 'example', 'fact', 'facts', 'story', 'stories', 'article', 'articles', 'coverage', 'source',
  ]),
);

/**
 * Things the question is about (nouns, names, numbers) that the coverage never mentions in any
 * form it knows. `specific` ones (a name, a number, a kind of a thing the coverage knows:
 * "france", "patriot missiles") mean the coverage cannot answer; other nouns ("seats", "team")
 * may be the user's paraphrase, so they weigh as much as the question's weightiest word instead. Decided on the words and the
 * tagger, never on capitals.
 */
const COUNTED = /\bhow many ((?:[\p{L}'-]+ ){0,2}[\p{L}'-]+)/u;

function unknownFocus(question: Question, concepts: readonly Concept[], facts: LoadedFactBase): { specific: string[]; other: Map<string, string> } {
  const known = (term: string): boolean => {
    if (facts.index.idf(term) > 0) return true;
    const concept = concepts.find((c) => c.term.split(' ').includes(term));
    const single = concept ? concept.alternatives : alternativesOf([term], facts).single;
    const phrases = concept ? concept.phrases : [];
    return [...single].some((alt) => facts.index.idf(alt) > 0) || phrases.some((phrase) => phrase.every((t) => facts.index.idf(t) > 0));
  };
  const frame = new Set(question.frame === null ? [] : terms(question.frame));
  // What a "how many" question counts: if the coverage never names it, no figure there counts it.
  const counted = new Set(question.kind === 'how-many' ? terms(COUNTED.exec(question.plain)?.[1] ?? '') : []);
  const specific: string[] = [];
  const other = new Map<string, string>();
  for (const { word, thing, name, narrows, phrase } of questionWords(question.plain)) {
    const wordTerms = terms(word).filter((term) => !QUESTION_WORDS.has(term) && !GENERIC_NOUNS.has(term) && !frame.has(term));
    const unknown = wordTerms.filter((term) => !known(term));
    if (!thing || unknown.length === 0) continue;
    // A noun that narrows one the coverage knows names a kind it never reports ("patriot missiles").
    const narrowsKnown = narrows !== null && terms(narrows).some(known);
    if (!name && !narrowsKnown && !unknown.some((term) => counted.has(term))) {
      unknown.forEach((term) => other.set(term, asTyped(word, question.text)));
      continue;
    }
    const shown = asTyped(phrase === '' ? word : phrase, question.text);
    if (!specific.some((seen) => seen.includes(shown) || shown.includes(seen))) specific.push(shown);
  }
  return { specific, other };
}

/** Query terms grouped into phrases where an alias or equivalent phrase matches ("north atlant allianc"). */
function queryPhrases(termList: readonly string[]): Phrase[] {
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_TERMS: ReadonlyMap<string, number> = new Map(MONTHS.map((name, index) => [terms(name)[0] ?? name, index + 1]));

// A month name used as a date ("in May", "May 2024", "early March"), not as a word ("Ukraine may join").
const MONTH_AS_DATE = new RegExp(
  String.raw`\b(?:in|since|during|by|until|before|after|early|late|mid|of)\s+(${MONTHS.join('|')})\b|\b(${MONTHS.join('|')})\s+\d`,
  'giu',
);
function datedMonths(query: string): Set<string> {
  return new Set([...query.matchAll(MONTH_AS_DATE)].flatMap((match) => terms(match[1] ?? match[2] ?? '')));
}

/** A test for "in December", "in 2024": the sentence's own dates or its article's date fall in the period. */
function periodTest(term: string, months: ReadonlySet<string>, facts: LoadedFactBase): ((sentenceId: number) => boolean) | null {
  const month = months.has(term) ? MONTH_TERMS.get(term) : undefined;
  const year = /^(19|20)\d\d$/u.test(term) ? term : undefined;
  if (month === undefined && year === undefined) return null;
  const { dates } = lookups(facts);
  const inPeriod = (day: string) =>
    year !== undefined ? day.startsWith(year) : Number(day.slice(5, 7)) === month;
  return (id) => {
    const published = facts.article(facts.sentence(id).articleId).published;
    if (published !== null && inPeriod(published)) return true;
    return (dates.get(id) ?? []).some(({ first, last }) => inPeriod(first) || inPeriod(last));
  };
}

// The word a "what …" / "which …" question asks about ("which *treaty*", "what kind of *weapons*").
const FOCUS = /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?|styles?|forms?|genres?)\s+of\s+(?:an?\s+)?)?(?:(?:will|did|does|do|is|are|was|were|has|have|the|a|an)\s+)*([\p{L}-]+)/u;
// "What did X say", "does X think", "according to X", "in X's view": X must be the one speaking.
// Read on the lower-cased question: the words between the auxiliary and the verb are the speaker.
const SPEECH = String.raw`(?:say|says|said|tell|told|think|thinks|believe|believes|feel|react|respond|comment|claim|claims|want|wants|warn|expect|expects|announce)`;
const SPEAKER_PATTERNS = [
  new RegExp(String.raw`\b(?:did|does|do|has|have|had|will|would|is|was)\s+((?:[\p{L}'.-]+\s+){0,3}?[\p{L}'.-]+)\s+${SPEECH}\b`, 'u'),
  /\baccording to\s+((?:[\p{L}'.-]+\s*){1,4}?)(?=,|$|\s(?:how|what|when|where|who|why|which|did|does|is|was|has|have)\b)/u,
  /\bin\s+((?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+?)'s?\s+(?:view|opinion|words)\b/u,
];
// Speech and stance verbs as written (several are stop words, so they never reach the index terms).
const SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'say', 'says', 'said', 'tell', 'told', 'state', 'stated', 'announce', 'announced', 'add', 'added', 'warn', 'warned',
    'emphasize', 'emphasized', 'emphasise', 'emphasised', 'stress', 'stressed', 'note', 'noted', 'write', 'wrote', 'writing', 'call', 'called',
    'thank', 'thanked', 'urge', 'urged', 'argue', 'argued', 'insist', 'insisted', 'claim', 'claimed', 'believe', 'believes',
    'think', 'thinks', 'expect', 'expects', 'express', 'expressed', 'declare', 'declared', 'mention', 'mentioned', 'reaffirm',
    'reaffirmed', 'confirm', 'confirmed', 'explain', 'explained', 'describe', 'described', 'elaborate', 'concluded', 'according',
    'tells', 'states', 'announces', 'adds', 'warns', 'writes', 'calls', 'urges', 'argues', 'insists', 'claims',
    // Stances reported for someone answer what they think or want.
    'supports', 'supported', 'wants', 'wanted', 'hopes', 'hoped', 'opposes', 'opposed', 'backs', 'backed', 'favours', 'favors',
    'confident', 'rejects', 'rejected', 'welcomed', 'welcomes',
  ],
);
// Verbs that may come before the speaker ("said Blinken", "according to Blinken"); others before a
// name make it the object ("thanked Canada").
const VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote', 'according', 'asked']);
// How near a name and a speech verb must be: "Blinken said", "said Blinken", "Kuleba, the minister, said".
const SPEAKER_SPAN_AFTER = 6;
const SPEAKER_SPAN_BEFORE = 2;
// A stated span or its end: "six weeks", "two and a half hours", "lengthy", "until the term ends" ("every day" is not one).
export const DURATION =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|few|several|many)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\blength(?:y|ier)\b|\b(?:until|till|through the end of|for the rest of|as long as)\b/iu;

/**
 * The question's concepts (question words and the noun that frames the expected answer dropped),
 * each weighted by idf, what it expects, and the things it names that the coverage lacks.
 */
export function analyseQuery(input: string | Question, facts: LoadedFactBase): QueryAnalysis {
  const question = typeof input === 'string' ? understandQuestion(input) : input;
  const query = question.plain;
  const { surnames, mentions, quotes } = lookups(facts);
  const months = datedMonths(query);
  // "What did Blinken say": the terms of the one asked to be speaking.
  const spokenOf = SPEAKER_PATTERNS.flatMap((pattern) => terms(pattern.exec(query)?.[1] ?? ''));
  // A name ("putin", "vladimir putin") must be the one speaking; so must a person the coverage
  // knows inside a description; "a senior american official" is a topic, not a required speaker.
  const speakerTerms = new Set(spokenOf.length <= 2 ? spokenOf : spokenOf.filter((term) => surnames.has(term)));
  // The noun that says what kind of answer is wanted ("what *year*", "which *country*") is not a topic.
  const frame = new Set(question.expects.length > 0 && question.frame !== null ? terms(question.frame) : []);
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  // Each term's words as typed, for their inflections.
  const typedWords = new Map<string, string[]>();
  for (const word of query.split(/[^\p{L}\p{N}'-]+/u)) {
    const term = terms(word)[0];
    if (term !== undefined) typedWords.set(term, [...(typedWords.get(term) ?? []), word]);
  }
  for (const phrase of queryPhrases(queryTerms(query))) {
    const term = phrase.join(' ');
    if (covered.has(term) || (phrase.length === 1 && (QUESTION_WORDS.has(term) || frame.has(term)))) continue;
    if (question.kind === 'how-long' && term === 'long') continue;
    const { single, multi, kinds } = alternativesOf(phrase, facts);
    const forms = new Set([term]);
    if (phrase.length === 1) {
      for (const word of typedWords.get(term) ?? []) {
        for (const form of wordForms(word).flatMap((inflected) => terms(inflected))) if (facts.index.idf(form) > 0) forms.add(form);
      }
      forms.forEach((form) => single.add(form));
    }
    const person = phrase.length === 1 ? surnames.get(term) : undefined;
    if (person) terms(person.name).forEach((name) => single.add(name));
    const mentioned = person ? mentions.get(person.id) : undefined;
    const period = phrase.length === 1 ? periodTest(term, months, facts) : null;
    // A word already stands for this one ("NATO allies": "allies" adds nothing to "NATO").
    single.forEach((alt) => covered.add(alt));
    multi.forEach((alt) => covered.add(alt.join(' ')));
    const weight = weightOf(phrase, single, facts) * (phrase.some((word) => writtenAsName(word, facts)) ? RANKING.nameWeight : 1);
    if (phrase.length === 1 && speakerTerms.has(term)) {
      const names = new Set(person ? terms(person.name).concat(term) : [term]);
      const quoted = person ? quotes.get(person.id) : undefined;
      const test = (id: number) => (quoted?.has(id) || speaks(facts.sentence(id).text, names) || speakerOfContext(facts, id, names) ? 1 : 0);
      concepts.push({ term, alternatives: single, forms, kinds, focus: false, phrases: multi, test, fromContext: false, testOnly: true, required: true, weight });
      continue;
    }
    const test = mentioned ? (id: number) => (mentioned.has(id) ? 1 : 0) : period ? (id: number) => (period(id) ? 1 : 0) : null;
    concepts.push({ term, alternatives: single, forms, kinds, focus: false, phrases: multi, test, fromContext: true, testOnly: false, required: false, weight });
  }
  // The word a what/which question is about carries as much as its heaviest word.
  const focusWord = FOCUS.exec(query)?.[1] ?? '';
  const focus = terms(focusWord)[0];
  const heaviest = Math.max(0, ...concepts.map((c) => c.weight));
  for (const concept of concepts) {
    if (concept.term !== focus) continue;
    concept.weight = heaviest;
    concept.focus = true;
    concept.kindTerms = kindTermsOf(focusWord);
  }
  const { specific, other } = unknownFocus(question, concepts, facts);
  // "What did macron say": one asked to be speaking whom the coverage never mentions cannot be quoted.
  for (const [term, typed] of other) if (spokenOf.includes(term) && !specific.includes(typed)) specific.push(typed);
  // A noun the coverage lacks outweighs the question's weightiest word: a sentence must carry the rest well.
  const weightiest = Math.max(0, ...concepts.filter((concept) => !other.has(concept.term)).map((concept) => concept.weight));
  for (const concept of concepts) if (other.has(concept.term)) concept.weight = Math.max(concept.weight, weightiest * RANKING.unmentionedNounWeight);
  return { question, concepts, unknownNames: specific, unmentioned: [...new Set(other.values())] };
}

// An article that is someone's own words ("Statement by …", "Remarks of …"), and a transcript
// paragraph under a speaker's label ("MR. SULLIVAN: …", "SECRETARY BLINKEN: …").
const OWN_WORDS_TITLE = /^\s*(?:(?:joint\s+)?statement|remarks|readout|letter|message|op-ed|interview|proclamation|press\s+(?:briefing|gaggle|conference))\b/iu;
const SPEAKER_LABEL = /^\s*((?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z.'’-]+):\s/u;

/** Whether the sentence's article is the speaker's own statement, or its paragraph is labelled with their name. */
function speakerOfContext(facts: LoadedFactBase, sentenceId: number, names: ReadonlySet<string>): boolean {
  const sentence = facts.sentence(sentenceId);
  const title = facts.article(sentence.articleId).title ?? '';
  if (OWN_WORDS_TITLE.test(title) && terms(title).some((term) => names.has(term))) return true;
  let first = sentenceId;
  while (first > 0 && facts.sentence(first - 1).articleId === sentence.articleId && facts.sentence(first - 1).paragraph === sentence.paragraph) first--;
  const label = SPEAKER_LABEL.exec(facts.sentence(first).text)?.[1];
  return label !== undefined && terms(label).some((term) => names.has(term));
}

/** Whether a name of the speaker stands next to a speech verb ("Blinken said", "said Blinken", "according to Blinken"). */
function speaks(text: string, names: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((word, i) => {
    if (!names.has(terms(word)[0] ?? '')) return false;
    const after = words.slice(i + 1, i + SPEAKER_SPAN_AFTER + 1);
    const before = words.slice(Math.max(0, i - SPEAKER_SPAN_BEFORE), i);
    return after.some((other) => SPEECH_VERBS.has(other)) || before.some((other) => VERBS_BEFORE_SPEAKER.has(other));
  });
}

/** How well the sentence's own resolved dates answer "when": a day or a month fully, a bare year in part, none 0. */
export function statedDateShare(facts: LoadedFactBase, sentenceId: number): number {
  const spans = lookups(facts).dates.get(sentenceId);
  if (spans === undefined || spans.length === 0) return 0;
  return spans.some((span) => span.precision !== 'year') ? 1 : RANKING.yearOnlyShare;
}

/** The dates the sentence states, as the words they were read from and how fully each answers "when". */
export function statedDates(facts: LoadedFactBase, sentenceId: number): { text: string; share: number }[] {
  return (lookups(facts).dates.get(sentenceId) ?? []).map((span) => ({
    text: span.text,
    share: span.precision === 'year' ? RANKING.yearOnlyShare : 1,
  }));
}

/** Whether a person the coverage knows is named or quoted in the sentence. */
export function mentionsKnownPerson(facts: LoadedFactBase, sentenceId: number): boolean {
  return lookups(facts).mentioned.has(sentenceId);
}

/** Where in `text` each concept's words stand: [concept index, start offset] pairs, in text order. */
export function conceptPositions(concepts: readonly Concept[], text: string): [number, number][] {
  const positions: [number, number][] = [];
  for (const match of text.matchAll(TOKEN)) {
    const term = terms(match[0])[0];
    if (term === undefined) continue;
    const index = concepts.findIndex((concept) => !concept.testOnly && (concept.term.split(' ').includes(term) || concept.alternatives.has(term)));
    if (index >= 0) positions.push([index, match.index ?? 0]);
  }
  return positions;
}
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;

/** The term's own idf when the coverage uses it, else its rarest-used equivalent's. */
function weightOf(phrase: Phrase, alternatives: ReadonlySet<string>, facts: LoadedFactBase): number {
  const own = phrase.map((term) => facts.index.idf(term));
  if (own.every((idf) => idf > 0)) return Math.max(...own);
  const equivalents = [...alternatives].map((alt) => facts.index.idf(alt)).filter((idf) => idf > 0);
  return equivalents.length > 0 ? Math.min(...equivalents) : UNKNOWN_WORD_WEIGHT;
}

/** Search text for the index: the query plus every concept's alternatives. */
export function expandedQuery(query: string, concepts: readonly Concept[]): string {
  const extra = concepts.flatMap((concept) => [
    ...[...concept.alternatives].filter((alt) => alt !== concept.term),
    ...concept.phrases.filter((phrase) => phrase.join(' ') !== concept.term).map((phrase) => phrase.join(' ')),
  ]);
  return extra.length > 0 ? `${query} ${extra.join(' ')}` : query;
}

// --- Coverage ---------------------------------------------------------------------------------

// Per concept, its alternatives that may stand for longer words and every proper prefix of
// them (MIN_SHARED_STEM letters or more); per sentence, the same prefixes of its terms. Matching
// "same stem" then costs set lookups, not a comparison of every alternative with every term.
const matchers = new WeakMap<Concept, { stems: ReadonlySet<string>; prefixes: ReadonlySet<string> }>();

function matcherOf(concept: Concept): { stems: ReadonlySet<string>; prefixes: ReadonlySet<string> } {
  let matcher = matchers.get(concept);
  if (matcher === undefined) {
    const stems = new Set([...concept.alternatives].filter(stemmable));
    matcher = { stems, prefixes: prefixesOf(stems) };
    matchers.set(concept, matcher);
  }
  return matcher;
}

const stemmable = (term: string): boolean => term.length >= MIN_SHARED_STEM && !/\d/u.test(term);

function prefixesOf(words: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const word of words) {
    for (let end = Math.max(MIN_SHARED_STEM, word.length - MAX_DERIVATION_ENDING); end < word.length; end++) prefixes.add(word.slice(0, end));
  }
  return prefixes;
}

/** 1 when the sentence has the concept's own word or phrase (or a narrower kind of it), `expansionCredit` when only another form of it, else 0. */
function carries(concept: Concept, sentence: SentenceTerms): number {
  const own = concept.term.split(' ');
  if (own.length > 1 ? containsPhrase(sentence.list, own) : [...concept.forms].some((form) => hasTerm(form, sentence))) return 1;
  if (concept.kinds.some((kind) => (kind.length > 1 ? containsPhrase(sentence.list, kind) : hasTerm(kind[0] ?? '', sentence)))) return 1;
  if (concept.kindTerms !== undefined && namesKind(concept.kindTerms, sentence.list)) return 1;
  const { stems, prefixes } = matcherOf(concept);
  for (const alt of concept.alternatives) {
    // The alternative is a term of the sentence, or starts one ("deliv" → "deliveri").
    if (sentence.set.has(alt) || (stems.has(alt) && sentence.prefixes.has(alt))) return RANKING.expansionCredit;
  }
  // A term of the sentence starts an alternative.
  for (const term of sentence.stems) if (prefixes.has(term)) return RANKING.expansionCredit;
  return concept.phrases.some((phrase) => containsPhrase(sentence.list, phrase)) ? RANKING.expansionCredit : 0;
}

function namesKind({ single, phrases }: KindTerms, termList: readonly string[]): boolean {
  return termList.some((term, i) => single.has(term) || (phrases.get(term)?.some((phrase) => phrase.every((t, k) => termList[i + k] === t)) ?? false));
}

function hasTerm(term: string, sentence: SentenceTerms): boolean {
  if (sentence.set.has(term)) return true;
  if (!stemmable(term)) return false;
  return sentence.prefixes.has(term) || sentence.stems.some((other) => term.startsWith(other) && term.length - other.length <= MAX_DERIVATION_ENDING);
}

function containsPhrase(termList: readonly string[], phrase: Phrase): boolean {
  const first = phrase[0];
  for (let i = termList.indexOf(first ?? ''); i >= 0; i = termList.indexOf(first ?? '', i + 1)) {
    if (phrase.every((term, k) => termList[i + k] === term)) return true;
  }
  return false;
}

/** Whether the sentence itself names the concept (in any of its forms), not just its context. */
export function names(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  return carries(concept, sentenceTerms(facts, sentenceId)) > 0;
}

/**
 * Share (0–1) of the concepts' weight the sentence carries. With `withContext`, concepts only its
 * title or the sentences before it state count in part (for ranking answers to a question; a
 * topic filter wants the sentence itself to be about the topic).
 */
export function coverage(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase, withContext = false): number {
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  const sentence = sentenceTerms(facts, sentenceId);
  let context: Set<string> | null = null;
  let found = 0;
  let missingRequired = false;
  for (const concept of concepts) {
    const tested = concept.test?.(sentenceId) ?? 0;
    const carried = Math.max(tested, concept.testOnly ? 0 : carries(concept, sentence));
    if (carried > 0) {
      found += concept.weight * carried;
      continue;
    }
    // Phrases are not checked in context: its terms come from several sentences.
    const inContext = withContext && concept.fromContext && [...concept.alternatives].some((alt) => (context ??= contextTerms(facts, sentenceId)).has(alt));
    if (inContext) found += concept.weight * RANKING.contextCredit;
    else if (concept.required) missingRequired = true;
  }
  return (found / total) * (missingRequired ? RANKING.requiredMissingFactor : 1);
}

// Porter leaves some derivations apart ("delivery" → deliveri, "delivered" → deliv): a stem of
// five or more letters that starts the other counts as the same word (see `carries`).
const MIN_SHARED_STEM = 5;
// …and differs from it by an ending of at most this many letters: "white" is not "whitehous".
const MAX_DERIVATION_ENDING = 3;
