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
import { NAME_ALIASES, NARROWER_TERMS, WORD_EQUIVALENTS } from '../knowledge/aliases.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import type { Person } from '../knowledge/schema.js';
import { queryTerms, terms } from '../knowledge/terms.js';

/**
 * A sentence must carry at least this share of a query's idf-weighted concepts to count as
 * evidence for it; when no sentence does, the commands abstain.
 */
export const MIN_COVERAGE = 0.4;

/** What a sentence's coverage is multiplied by when it lacks a required concept (the speaker asked about). */
export const REQUIRED_MISSING_FACTOR = 0.5;

/** Share of a concept's weight earned when only the sentence's context (title, paragraph) states it. */
export const CONTEXT_CREDIT = 0.5;

/** A run of index terms that must appear consecutively ("north korea"); one term is a run of one. */
export type Phrase = readonly string[];

/** One thing the query asks about, satisfied by any of its alternative terms or phrases, or by `test`. */
export interface Concept {
  /** The term or phrase as the query has it ("#figure", "#date", "#duration" for what a question word asks). */
  term: string;
  /** Stemmed terms that count as this concept (the term, its aliases, synonyms, demonym forms). */
  alternatives: ReadonlySet<string>;
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

export interface QueryAnalysis {
  concepts: Concept[];
  /** Names and figures in the query that the coverage never uses, as the user typed them. */
  unknownNames: string[];
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
  const groups = [...NAME_ALIASES, ...WORD_EQUIVALENTS].map((entries) =>
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
function alternativesOf(phrase: Phrase, facts: LoadedFactBase): { single: Set<string>; multi: Phrase[] } {
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
    for (const narrow of narrower.get(term) ?? []) add(narrow);
  }
  return { single, multi };
}

// --- Per loaded fact base lookups -------------------------------------------------------------

interface DatedSpan {
  first: string;
  last: string;
  precision: 'day' | 'month' | 'year';
}

interface Lookups {
  surnames: ReadonlyMap<string, Person>;
  /** Person id → sentences that name the person or quote them. */
  mentions: ReadonlyMap<string, ReadonlySet<number>>;
  /** Person id → sentences quoting them. */
  quotes: ReadonlyMap<string, ReadonlySet<number>>;
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
    list.push({ first: event.date.start, last: event.date.end ?? event.date.start, precision: event.date.precision });
    dates.set(event.sentenceId, list);
  }
  const built: Lookups = { surnames, mentions, quotes, dates, titleTerms: new Map(), sentenceTerms: new Map() };
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

// Words as typed, with their case, and whether each starts a sentence (capitals there say nothing).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function unknownNames(query: string, concepts: readonly Concept[], facts: LoadedFactBase): string[] {
  const found: string[] = [];
  const known = (term: string): boolean => {
    if (facts.index.idf(term) > 0) return true;
    const concept = concepts.find((c) => c.term.split(' ').includes(term));
    const single = concept ? concept.alternatives : alternativesOf([term], facts).single;
    const phrases = concept ? concept.phrases : [];
    return [...single].some((alt) => facts.index.idf(alt) > 0) || phrases.some((phrase) => phrase.every((t) => facts.index.idf(t) > 0));
  };
  for (const match of query.matchAll(WORD)) {
    const word = match[0].replace(/[.'’-]+$/u, '');
    const before = query.slice(0, match.index).trimEnd();
    const startsSentence = before === '' || /[.?!:;"“(]$/u.test(before);
    const nameLike = /\d/u.test(word) || (!startsSentence && /^\p{Lu}/u.test(word));
    if (!nameLike) continue;
    const wordTerms = terms(word);
    if (wordTerms.length > 0 && !wordTerms.every(known) && !found.includes(word)) found.push(word);
  }
  return found;
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
const FOCUS = /\b(?:what|which)\s+(?:(?:kinds?|types?|sorts?)\s+of\s+)?(?:(?:will|did|does|do|is|are|was|were|has|have|the|a|an)\s+)*([\p{L}-]+)/iu;
const FIGURE_QUESTION = /\bhow (?:much|many|big|large)\b|\b(?:what|which) (?:share|percentage|proportion|amount|number|sum|figure)\b/iu;
const DATE_QUESTION = /\bwhen\b|\b(?:what|which)\b(?:\s+(?:are|is|were|was|the))*\s+(?:dates?|day|year|month)\b/iu;
// In a date question, these name what is asked for rather than the topic ("what are the dates of …").
const DATE_WORDS: ReadonlySet<string> = new Set(stems(['date', 'dates', 'day', 'year', 'month']));
// "What did X say", "does X think", "in X's view": X must be the one speaking.
const SPEECH = String.raw`(?:say|says|said|tell|told|think|thinks|believe|believes|feel|react|respond|comment|claim|claims|want|wants|warn|expect|expects|announce)`;
const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)`;
const SPEAKER_PATTERNS = [
  new RegExp(String.raw`\b(?:[Dd]id|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave|[Hh]ad|[Ww]ill|[Ww]ould|[Ii]s|[Ww]as)\s+${NAME}\s+${SPEECH}\b`, 'u'),
  new RegExp(String.raw`\baccording to\s+${NAME}`, 'u'),
  new RegExp(String.raw`\bin\s+${NAME}['’]s?\s+(?:view|opinion|words)\b`, 'u'),
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
const DURATION_QUESTION = /\bhow long\b/iu;
// A stated span: "six weeks", "two and a half hours", "weeks and months", "lengthy" ("every day" is not one).
const DURATION =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|few|several|many)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\blength(?:y|ier)\b/iu;

/** The query's concepts (question words dropped), each weighted by idf, and the names the coverage lacks. */
export function analyseQuery(query: string, facts: LoadedFactBase): QueryAnalysis {
  const { surnames, mentions, quotes, dates } = lookups(facts);
  const asksDuration = DURATION_QUESTION.test(query);
  const asksDate = DATE_QUESTION.test(query);
  // "What did Blinken say": the terms of the one asked to be speaking.
  const months = datedMonths(query);
  const speakerTerms = new Set(SPEAKER_PATTERNS.flatMap((pattern) => terms(pattern.exec(query)?.[1] ?? '')));
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  for (const phrase of queryPhrases(queryTerms(query))) {
    const term = phrase.join(' ');
    if (covered.has(term) || (phrase.length === 1 && QUESTION_WORDS.has(term))) continue;
    if (asksDuration && term === 'long') continue; // "how long" asks for a duration, below
    if (asksDate && DATE_WORDS.has(term)) continue;
    const { single, multi } = alternativesOf(phrase, facts);
    const person = phrase.length === 1 ? surnames.get(term) : undefined;
    if (person) terms(person.name).forEach((name) => single.add(name));
    const mentioned = person ? mentions.get(person.id) : undefined;
    const period = phrase.length === 1 ? periodTest(term, months, facts) : null;
    // A word already stands for this one ("NATO allies": "allies" adds nothing to "NATO").
    single.forEach((alt) => covered.add(alt));
    multi.forEach((alt) => covered.add(alt.join(' ')));
    const weight = weightOf(phrase, single, facts);
    if (phrase.length === 1 && speakerTerms.has(term)) {
      const names = new Set(person ? terms(person.name).concat(term) : [term]);
      const quoted = person ? quotes.get(person.id) : undefined;
      const test = (id: number) => (quoted?.has(id) || speaks(facts.sentence(id).text, names) ? 1 : 0);
      concepts.push({ term, alternatives: single, phrases: multi, test, fromContext: false, testOnly: true, required: true, weight });
      continue;
    }
    const test = mentioned ? (id: number) => (mentioned.has(id) ? 1 : 0) : period ? (id: number) => (period(id) ? 1 : 0) : null;
    concepts.push({ term, alternatives: single, phrases: multi, test, fromContext: true, testOnly: false, required: false, weight });
  }
  // The word a what/which question is about carries as much as its heaviest word.
  const focus = terms(FOCUS.exec(query)?.[1] ?? '')[0];
  const heaviest = Math.max(0, ...concepts.map((c) => c.weight));
  for (const concept of concepts) if (concept.term === focus) concept.weight = heaviest;
  // What a question word asks for: sentences that have it answer better.
  const mean = concepts.reduce((sum, c) => sum + c.weight, 0) / Math.max(concepts.length, 1);
  const asked = (term: string, test: (id: number) => number): Concept => ({
    term, alternatives: new Set(), phrases: [], test, fromContext: false, testOnly: true, required: false, weight: mean,
  });
  const credit = (yes: boolean) => (yes ? 1 : 0);
  if (concepts.length > 0 && FIGURE_QUESTION.test(query)) concepts.push(asked('#figure', (id) => credit(/\d/u.test(facts.sentence(id).text))));
  if (concepts.length > 0 && asksDate) concepts.push(asked('#date', (id) => dateCredit(dates.get(id))));
  if (concepts.length > 0 && asksDuration) concepts.push(asked('#duration', (id) => credit(DURATION.test(facts.sentence(id).text))));
  return { concepts, unknownNames: unknownNames(query, concepts, facts) };
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

// A day or a month answers "when"; a bare year ("the 2024 summit") only in part.
const YEAR_ONLY_CREDIT = 0.5;
function dateCredit(spans: readonly DatedSpan[] | undefined): number {
  if (spans === undefined || spans.length === 0) return 0;
  return spans.some((span) => span.precision !== 'year') ? 1 : YEAR_ONLY_CREDIT;
}


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
  for (const word of words) for (let end = MIN_SHARED_STEM; end < word.length; end++) prefixes.add(word.slice(0, end));
  return prefixes;
}

function carries(concept: Concept, sentence: SentenceTerms): boolean {
  const { stems, prefixes } = matcherOf(concept);
  for (const alt of concept.alternatives) {
    // The alternative is a term of the sentence, or starts one ("deliv" → "deliveri").
    if (sentence.set.has(alt) || (stems.has(alt) && sentence.prefixes.has(alt))) return true;
  }
  // A term of the sentence starts an alternative.
  for (const term of sentence.stems) if (prefixes.has(term)) return true;
  return concept.phrases.some((phrase) => containsPhrase(sentence.list, phrase));
}

function containsPhrase(termList: readonly string[], phrase: Phrase): boolean {
  const first = phrase[0];
  for (let i = termList.indexOf(first ?? ''); i >= 0; i = termList.indexOf(first ?? '', i + 1)) {
    if (phrase.every((term, k) => termList[i + k] === term)) return true;
  }
  return false;
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
    if (tested === 1 || (!concept.testOnly && carries(concept, sentence))) {
      found += concept.weight;
    } else if (tested > 0) {
      found += concept.weight * tested;
    } else if (withContext && concept.fromContext) {
      context ??= contextTerms(facts, sentenceId);
      // Phrases are not checked in context: its terms come from several sentences.
      if ([...concept.alternatives].some((alt) => context?.has(alt))) found += concept.weight * CONTEXT_CREDIT;
    } else if (concept.required) {
      missingRequired = true;
    }
  }
  return (found / total) * (missingRequired ? REQUIRED_MISSING_FACTOR : 1);
}

// Porter leaves some derivations apart ("delivery" → deliveri, "delivered" → deliv): a stem of
// five or more letters that starts the other counts as the same word (see `carries`).
const MIN_SHARED_STEM = 5;
