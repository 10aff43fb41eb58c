// What the query side reads from a loaded fact base, computed once per base: who is named or
// quoted where, the dates each sentence states, and each sentence's terms (bounded cache).
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { RANKING } from './ranking-options.js';
import { MONTH_ALTERNATION } from '../lexicon/calendar.js';
import { listLeadIn } from './list-lead-ins.js';

interface DatedSpan {
  first: string;
  last: string;
  precision: 'day' | 'month' | 'year';
  /** The words the date was resolved from. */
  text: string;
}

interface Lookups {
  /** Person id → the person. */
  people: ReadonlyMap<string, Person>;
  surnames: ReadonlyMap<string, Person>;
  /** A given name (its index term) → the one known person who bears it, null when several do or it is someone's surname. */
  givenNames: ReadonlyMap<string, Person | null>;
  /** Person id → sentences that name the person or quote them. */
  mentions: ReadonlyMap<string, ReadonlySet<number>>;
  /** Person id → sentences quoting them. */
  quotes: ReadonlyMap<string, ReadonlySet<number>>;
  /** Sentence id → the sentences of the quotation it is part of (a remark told over several sentences), for sentences quoted so. */
  sameQuote: ReadonlyMap<number, readonly number[]>;
  /** Per sentence, how many known people it names or quotes (at most 255). */
  peopleNamed: Uint8Array;
  /** Sentence id → the periods its dated events cover, as [first, last] ISO days. */
  dates: ReadonlyMap<number, readonly DatedSpan[]>;
  /** Terms of each article's title, computed on first use. */
  titleTerms: Map<string, ReadonlySet<string>>;
  /** Terms of recently scored sentences (bounded). */
  sentenceTerms: Map<number, SentenceTerms>;
}
const lookupCache = new WeakMap<LoadedFactBase, Lookups>();
const MAX_CACHED_SENTENCES = 20_000;

/** A name's last word as chat types it, apostrophes and hyphens left out ("O'Hara" → "ohara"), as an index term. */
export const foldedSurname = (name: string): string | undefined => terms((name.trim().split(/\s+/u).at(-1) ?? '').replace(/['’-]/gu, '')).at(-1);

export function lookups(facts: LoadedFactBase): Lookups {
  const cached = lookupCache.get(facts);
  if (cached) return cached;
  const surnames = new Map<string, Person>();
  const byMentions = [...facts.data.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length);
  for (const person of byMentions) {
    for (const name of [person.name, ...person.aliases]) {
      // "O'Hara" is indexed as "hara"; typed in chat it is "ohara".
      for (const surname of [terms(name).at(-1), foldedSurname(name)]) if (surname !== undefined && !surnames.has(surname)) surnames.set(surname, person);
    }
  }
  const givenNames = new Map<string, Person | null>();
  for (const person of facts.data.people) {
    const name = terms(person.name);
    const given = name[0];
    if (name.length < 2 || given === undefined) continue;
    givenNames.set(given, surnames.has(given) || (givenNames.has(given) && givenNames.get(given) !== person) ? null : person);
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
  const sameQuote = new Map<number, readonly number[]>();
  for (const { sentenceIds } of facts.data.quotes) if (sentenceIds.length > 1) sentenceIds.forEach((id) => sameQuote.set(id, sentenceIds));
  const dates = new Map<number, DatedSpan[]>();
  for (const event of facts.data.events) {
    const list = dates.get(event.sentenceId) ?? [];
    list.push({ first: event.date.start, last: event.date.end ?? event.date.start, precision: event.date.precision, text: event.date.text });
    dates.set(event.sentenceId, list);
  }
  const peopleNamed = new Uint8Array(facts.data.sentences.length);
  for (const ids of mentions.values()) ids.forEach((id) => (peopleNamed[id] = Math.min(255, peopleNamed[id]! + 1)));
  const built: Lookups = { people: new Map(facts.data.people.map((person) => [person.id, person])), surnames, givenNames, mentions, quotes, sameQuote, peopleNamed, dates, titleTerms: new Map(), sentenceTerms: new Map() };
  lookupCache.set(facts, built);
  return built;
}

/** A sentence's terms in order, as a set, those long enough to share a stem, and their proper prefixes. */
export interface SentenceTerms {
  list: readonly string[];
  set: ReadonlySet<string>;
  stems: readonly string[];
  prefixes: ReadonlySet<string>;
  /** It quotes a title ("Wall Street", "The Phantom Menace"): every longer word capitalised, not speech. */
  quotesTitle: boolean;
}

// A quoted run of words whose words of four letters or more are all capitalised.
const QUOTED_TITLE = /["“]\s*[\p{Lu}\p{N}][\p{L}\p{N}'’-]*(?:[\s:,-]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’-]*|[\p{Ll}]{1,3}))*\s*[,.]?\s*["”]/u;

export function sentenceTerms(facts: LoadedFactBase, sentenceId: number): SentenceTerms {
  const { sentenceTerms: cache } = lookups(facts);
  let found = cache.get(sentenceId);
  if (found === undefined) {
    if (cache.size >= MAX_CACHED_SENTENCES) cache.clear();
    const { text } = facts.sentence(sentenceId);
    found = termsOfList(terms(text), QUOTED_TITLE.test(text));
    cache.set(sentenceId, found);
  }
  return found;
}

/** Index terms in order, with the lookups matching reads. */
export function termsOfList(list: readonly string[], quotesTitle = false): SentenceTerms {
  const set = new Set(list);
  const stems = [...set].filter(stemmable);
  return { list, set, stems, prefixes: prefixesOf(stems), quotesTitle };
}

/** The terms of an article's title, read once per article. */
export function titleTermsOf(facts: LoadedFactBase, articleId: string): ReadonlySet<string> {
  const { titleTerms } = lookups(facts);
  let title = titleTerms.get(articleId);
  if (title === undefined) {
    title = new Set(terms(facts.article(articleId).title ?? ''));
    titleTerms.set(articleId, title);
  }
  return title;
}

/**
 * Terms the reader has in mind when reading the sentence: its article's title, the sentences
 * before it in its paragraph, the next one when that goes on about a thing it names, and the line
 * leading the list it is an item of.
 */
export function contextTerms(facts: LoadedFactBase, sentenceId: number): Set<string> {
  const sentence = facts.sentence(sentenceId);
  const context = new Set(titleTermsOf(facts, sentence.articleId));
  // A sentence that opens by pointing back ("These nations …", "He …", "The minister …"), or a
  // quotation its speaker says only as "he said" (the one the paragraph before introduced), leans
  // on what came before even across a paragraph break, as one-sentence paragraphs of web news do.
  const pointsBack = POINTS_BACK.test(sentence.text) || quotesSomeoneBefore(facts, sentenceId);
  // "This package includes …" leans on the sentence naming the package; once that is found, the
  // paragraph before it (which may tell of another country's package) is no longer its context.
  let found = false;
  for (let id = sentenceId - 1; id >= 0 && sentenceId - id <= MAX_CONTEXT_SENTENCES; id--) {
    const before = facts.sentence(id);
    // "Unrest broke out in the port twice this year. | … could stir more unrest": the sentence
    // right before, whose thing this one tells more of.
    const toldMoreOf = id === sentenceId - 1 && tellsMoreOf(sentence.text, sentenceTerms(facts, id).set);
    if (before.articleId !== sentence.articleId || (before.paragraph !== sentence.paragraph && (found || (!pointsBack && !toldMoreOf)))) break;
    const earlier = sentenceTerms(facts, id).set;
    earlier.forEach((term) => context.add(term));
    found ||= namesAgain(sentence.text, earlier);
  }
  // "Berg announced a package worth $5 million. This package includes patrol boats …": the next
  // sentence, opening with a determiner and a noun this one names, tells more of its thing.
  const next = sentenceId + 1 < facts.data.sentences.length ? facts.sentence(sentenceId + 1) : undefined;
  if (next !== undefined && next.articleId === sentence.articleId && namesAgain(next.text, sentenceTerms(facts, sentenceId).set)) sentenceTerms(facts, sentenceId + 1).set.forEach((term) => context.add(term));
  // "€4 million for new cranes" under "Key parts of the harbour package:": the line leading its
  // list, which says the item is part of what it names, as "the package includes" would.
  const leadIn = found ? undefined : listLeadIn(facts, sentenceId);
  if (leadIn !== undefined) [...sentenceTerms(facts, leadIn).set, ...INCLUDED].forEach((term) => context.add(term));
  return context;
}
const MAX_CONTEXT_SENTENCES = 3;
const INCLUDED = terms('include');
// A sentence opening with a determiner and up to three lower-case words: "This package", "The new package".
const DETERMINED_OPENING = /^\s*(?:This|These|That|Those|The|Such)\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u;

/** Whether the text opens by naming again, after a determiner, a thing the earlier sentence's terms hold. */
function namesAgain(text: string, earlier: ReadonlySet<string>): boolean {
  const opening = DETERMINED_OPENING.exec(text);
  return opening !== null && opening.slice(1).some((word) => word !== undefined && terms(word).some((term) => earlier.has(term)));
}
const POINTS_BACK = /^\s*(?:(?:He|She|They|It|Their|His|Her|Its|These|Those|This|That|Such)\b|The\s+(?:\p{Ll}+\s+){0,2}?(?:diplomat|official|minister|country|nation|nations|countries|meeting|event|talks|discussion|decision|move|plan|package|group|alliance|organi[sz]ation|council|summit|agreement|deal|bill|statement|report|spokes(?:man|woman|person))\b)/u;

// A quotation closed by a pronoun's verb of saying: '…," he said', '…," she added'.
const SAID_BY_PRONOUN = /["”]\s*,?\s*(?:he|she|they)\s+(?:said|says|added|told|noted|stressed|wrote)\b/u;

/** Whether the sentence opens a quotation whose speaker is given only by a pronoun, in it or in a later sentence of the same remark. */
function quotesSomeoneBefore(facts: LoadedFactBase, sentenceId: number): boolean {
  if (!/^\s*["“]/u.test(facts.sentence(sentenceId).text)) return false;
  return (lookups(facts).sameQuote.get(sentenceId) ?? [sentenceId]).some((id) => SAID_BY_PRONOUN.test(facts.sentence(id).text));
}

// "More unrest", "further talks", "the same concerns": more of a thing already named.
const MORE_OF = /\b(?:more|further|renewed|such|the same)\s+(\p{Ll}+)/gu;

/** Whether the text asks for more of, or names again as such, a thing the earlier sentence's terms hold. */
const tellsMoreOf = (text: string, earlier: ReadonlySet<string>): boolean =>
  [...text.matchAll(MORE_OF)].some((match) => terms(match[1]!).some((term) => earlier.has(term)));

// A date written with a month's name, a year or in figures; "tomorrow", "last Friday", "11 days
// ago" are read against the report's own date.
const CALENDAR_ANCHOR = new RegExp(String.raw`\b(?:${MONTH_ALTERNATION})\b|\b\d{4}\b|\b\d{1,2}[/.-]\d{1,2}\b`, 'iu');

// The year written out ("February 2022", "24.02.2022"), not left to the report's date.
const WRITTEN_YEAR = /\b\d{4}\b/u;

/**
 * How fully a stated date answers "when": a day or a month of a written year fully, one whose year
 * is the report's ("in February") or a bare year in part, a date relative to the report by
 * `relativeShare` (1 for a question about the future: "next month" may be its answer).
 */
function dateShare(span: DatedSpan, relativeShare: number): number {
  if (span.precision === 'year') return RANKING.yearOnlyShare;
  if (!CALENDAR_ANCHOR.test(span.text)) return relativeShare;
  return WRITTEN_YEAR.test(span.text) ? 1 : Math.max(relativeShare, RANKING.yearlessDateShare);
}

/** How well the sentence's own resolved dates answer "when" (the best of them), none 0. */
export function statedDateShare(facts: LoadedFactBase, sentenceId: number, relativeShare = 1): number {
  return Math.max(0, ...(lookups(facts).dates.get(sentenceId) ?? []).map((span) => dateShare(span, relativeShare)));
}

/** Whether the sentence states a date to the day ("on 12 May", "on Tuesday"), not only a month or a year. */
export const statesDayDate = (facts: LoadedFactBase, sentenceId: number): boolean => (lookups(facts).dates.get(sentenceId) ?? []).some((span) => span.precision === 'day');

/** The dates the sentence states, as the words they were read from and how fully each answers "when". */
export function statedDates(facts: LoadedFactBase, sentenceId: number, relativeShare = 1): { text: string; share: number }[] {
  return (lookups(facts).dates.get(sentenceId) ?? []).map((span) => ({ text: span.text, share: dateShare(span, relativeShare) }));
}

/** Whether a person the coverage knows is named or quoted in the sentence. */
export function mentionsKnownPerson(facts: LoadedFactBase, sentenceId: number): boolean {
  return lookups(facts).peopleNamed[sentenceId]! > 0;
}

// Porter leaves some derivations apart ("delivery" → deliveri, "delivered" → deliv): a stem of
// five or more letters that starts the other counts as the same word (see `carries`).
const MIN_SHARED_STEM = 5;
// …and differs from it by an ending of at most this many letters: "white" is not "whitehous".
export const MAX_DERIVATION_ENDING = 3;

export const stemmable = (term: string): boolean => term.length >= MIN_SHARED_STEM && !/\d/u.test(term);

export function prefixesOf(words: Iterable<string>): Set<string> {
  const prefixes = new Set<string>();
  for (const word of words) {
    for (let end = Math.max(MIN_SHARED_STEM, word.length - MAX_DERIVATION_ENDING); end < word.length; end++) prefixes.add(word.slice(0, end));
  }
  return prefixes;
}
