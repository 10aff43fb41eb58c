// A question may say which of the coverage's articles it asks about: "according to that june 3 blog
// post", "in the valley weekly piece", "per the june 5 article". Those words describe the source,
// not what it reports: searched as topics, "blog" and "post" are words no sentence uses, and the
// question is declined. They are read instead as a filter on the articles (the day it was
// published, words of its publisher or title), and the question is searched without them.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Article } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { MONTH_NAMES } from '../lexicon/calendar.js';
import { alternativesOf } from './expansion.js';

// What a piece of coverage is called; not "report" or "statement", which sentences tell of as news.
export const DOCUMENT_NOUNS = String.raw`(?:blog posts?|blogs?|posts?|articles?|pieces?|stor(?:y|ies)|op-?eds?|columns?|write-?ups?|press releases?|readouts?|transcripts?)`;
// "according to that june 3 blog post": up to eight describing words between the determiner and the
// noun, as many as a headline quoted in part takes ("the mayor's 'we will not sell the pier' story");
// without a preposition ("what does the valley weekly piece say"), at least one.
// The noun ends the description: "in the post office", "the article 5 pledge" name no source.
const ENDS_DESCRIPTION = String.raw`(?=$|[,;:.?!]|\s+(?:say|says|said|saying|about|on|regarding|from|by|of|what|who|whom|when|where|how|why|which|is|was|does|did|do|has|had|report|reports|reported|mention|mentions|mentioned|claim|claims|claimed|state|states|stated|called|titled|named|headlined|and|or|that|to|for)\b)`;
const DESCRIBED = String.raw`(?:the|that|this|a|an|their|his|her|its)\s+((?:[\p{L}\p{N}.'"“”&-]+\s+){0,8}?)${DOCUMENT_NOUNS}${ENDS_DESCRIPTION}`;
const REFERENCE = new RegExp(String.raw`,?\s*\b(?:according to|per|in|from)\s+${DESCRIBED}`, 'u');
const SUBJECT_REFERENCE = new RegExp(String.raw`\b${DESCRIBED.replace('{0,8}', '{1,8}')}`, 'u');
// "what did the valley weekly say about …", "according to valley weekly": a publisher telling, named by its name alone.
const TOLD_BY = String.raw`(?:the\s+)?((?:[\p{L}\p{N}.'&-]+\s+){0,3}?[\p{L}\p{N}.'&-]+)`;
const PUBLISHER_TELLING = new RegExp(String.raw`\b(?:(?:did|does|do|has|have|had)\s+${TOLD_BY}\s+(?:say|report|write|claim|mention|cover)\b|(?:according to|per)\s+${TOLD_BY}(?=$|[,;:.?!]))`, 'u');
export const PUBLISHED_ON = new RegExp(String.raw`\b(${MONTH_NAMES.join('|').toLowerCase()})(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(\d{4}))?\b`, 'u');

const MIN_SITE_PREFIX = 3;

export interface SourceReference {
  /** The question without the words describing its source. */
  rest: string;
  /** The description as typed in the plain question ("that december 3 blog post"). */
  described: string;
  /** Ids of the articles it describes (empty when none is). */
  articles: ReadonlySet<string>;
}

// Who put a piece out, asked of it once its description is read ("who reported it", "which outlet
// ran it", "who's the source for it", "who put it out"; "who put out the ferry story" leaves "who put out it").
const OUTLET_NOUNS = String.raw`(?:outlet|paper|newspaper|site|website|publication|agency|news ?site|source|publisher)`;
const OUTLET_ASKED = new RegExp(
  String.raw`^(?:who|(?:which|what) ${OUTLET_NOUNS})(?: (?:first|originally))? (?:reported|published|wrote|ran|put out|broke|carried|covered|posted|released|put) it(?: out)?$|^(?:who|what) (?:is|was) (?:the )?(?:source|publisher|outlet) (?:for|of|behind) it$`,
  'u',
);

// Its title asked, once its description is read ("what was the headline of it", "what was it called").
const TITLE_NOUNS = String.raw`(?:headline|title|name|heading)`;
const TITLE_ASKED = new RegExp(
  String.raw`^(?:what|wat)(?:'s| is| was)? (?:the )?(?:exact |full |actual )?${TITLE_NOUNS} (?:of|for|on) it$|^(?:what|how) (?:is|was) it (?:called|titled|named|headlined)$|^(?:what|how) did (?:they|it|he|she) (?:call|title|name|headline) it$`,
  'u',
);

/** Whether what is left of a question once its source is read asks for that source's title. */
export const asksTitle = (rest: string): boolean => TITLE_ASKED.test(withoutPunctuation(rest));

/** Whether what is left of a question once its source is read asks who put that source out. */
export const asksWhoPutOut = (rest: string): boolean => OUTLET_ASKED.test(withoutPunctuation(rest));

/** What is left of a question, its punctuation read as spaces ("who ran it?" as "who ran it"). */
const withoutPunctuation = (rest: string): string => rest.replace(/[,;:.?!]+/gu, ' ').replace(/\s+/gu, ' ').trim();

/** Whether a plain question says which piece of coverage it asks about ("according to the june 3 post"): the router leaves it to /ask, which reads it. */
export const namesSource = (plain: string): boolean => REFERENCE.test(plain);

/** The articles a plain question says it asks about, and the question without saying so; null when it names no source. */
export function sourceReference(plain: string, facts: LoadedFactBase): SourceReference | null {
  const after = REFERENCE.exec(plain);
  if (after !== null) return described(plain, after, '', facts, true);
  const telling = publisherTelling(plain, facts);
  if (telling !== null) return telling;
  // The source as the subject is "it" ("what does it say about …"), and only one the coverage has;
  // from a later determiner when an earlier one describes none ("the headline of that ferry story").
  const subjects = new RegExp(SUBJECT_REFERENCE.source, 'gu');
  for (let subject = subjects.exec(plain); subject !== null; subject = subjects.exec(plain)) {
    const reference = described(plain, subject, 'it', facts);
    if (reference.articles.size > 0) return reference;
    subjects.lastIndex = subject.index + 1;
  }
  return null;
}

const QUOTED = /['"“”](\p{L}[^'"“”]*\p{L})['"“”]/u;
const lettersOnly = (text: string): string => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;

function described(plain: string, match: RegExpExecArray, standIn: string, facts: LoadedFactBase, byContents = false): SourceReference {
  const description = match[1] ?? '';
  const day = PUBLISHED_ON.exec(description);
  const words = terms(day === null ? description : description.replace(day[0], ' '));
  const publishedOn = day === null ? () => true : onDay(day);
  // A word stands for its alternatives too: "the chilean article" is the one whose title says "Chile".
  const forms = words.map((word) => alternativesOf([word], facts).single);
  const ofDay = (article: Article) => day === null || (article.published !== null && publishedOn(article.published));
  const described = facts.data.articles.filter((article) => {
    if (!ofDay(article)) return false;
    const named = articleNameTerms(article, facts);
    const site = siteWords(article.publisher);
    return words.every((word, at) => [...forms[at]!].some((form) => named.has(form)) || startsSiteWord(word, site));
  });
  // "the 'we will not sell' story": words quoted from a headline, stop words and all, pick the one
  // that has them as quoted; quoted loosely ("the 'ferries saving lindvik' piece"), none may, and the words decide.
  const quoted = QUOTED.exec(description)?.[1];
  const asQuoted = quoted === undefined ? [] : described.filter((article) => lettersOnly(article.title ?? '').includes(lettersOnly(quoted)));
  const named = (asQuoted.length > 0 ? asQuoted : described).map((article) => article.id);
  // "in the harbour crane story" where no headline says so: the articles that tell of every word of
  // it (not a subject: "what is the crane story" may ask just that).
  const articles = new Set(named.length > 0 || quoted !== undefined || !byContents ? named : articlesTelling(forms, facts, ofDay));
  const rest = `${plain.slice(0, match.index)} ${standIn} ${plain.slice(match.index + match[0].length)}`.replace(/\s+/gu, ' ').trim();
  return { rest, described: match[0].replace(/^,?\s*/u, ''), articles };
}

/**
 * The articles of the publisher a question names as the one telling ("what did the valley weekly
 * say about …"), by every word of its name; not one that published all the coverage, whose name
 * narrows nothing and may be a speaker within it ("what did the white house say").
 */
function publisherTelling(plain: string, facts: LoadedFactBase): SourceReference | null {
  const match = PUBLISHER_TELLING.exec(plain);
  const typed = match?.[1] ?? match?.[2];
  if (match === null || typed === undefined) return publisherNamedInPassing(plain, facts);
  const articles = publisherArticles(typed, facts);
  if (articles === null) return null;
  const at = plain.indexOf(typed, match.index);
  const rest = `${plain.slice(0, at).replace(/\bthe\s+$/u, '')}it${plain.slice(at + typed.length)}`.replace(/,?\s*(?:according to|per) it(?=$|[,;:.?!])/u, '').replace(/\s+/gu, ' ').trim();
  return { rest, described: typed, articles };
}

/** The articles of the publisher the typed words name; null for none, or for one that published all the coverage. */
function publisherArticles(typed: string, facts: LoadedFactBase): ReadonlySet<string> | null {
  const words = siteWords(typed).filter((word) => word !== 'the');
  const articles = new Set(facts.data.articles.filter((article) => namesPublisher(words, article.publisher)).map((article) => article.id));
  return articles.size === 0 || articles.size === facts.data.articles.length ? null : articles;
}

// "valley weekly said the fund grew how much", "according to valley weekly how big is the fund": a
// publisher telling, with no stop to end its name; read where the words before a verb of telling,
// or after "according to", name a publisher whole. Those words are dropped, the question kept.
const TELLING = /^(?:says?|said|reports?|reported|writes?|wrote|claims?|claimed|mentions?|mentioned|states?|stated)$/u;
const MAX_NAME_WORDS = 4;

function publisherNamedInPassing(plain: string, facts: LoadedFactBase): SourceReference | null {
  const words = plain.split(/\s+/u).filter(Boolean);
  for (let at = 0; at < words.length; at++) {
    // The name follows "according to" or "per" (`lead` words), or comes before a verb of telling.
    const lead = words[at - 1] === 'per' ? 1 : at >= 2 && `${words[at - 2]} ${words[at - 1]}` === 'according to' ? 2 : 0;
    const follows = lead > 0;
    if (!follows && !TELLING.test(words[at]!.replace(/[,;:]$/u, ''))) continue;
    for (let size = Math.min(MAX_NAME_WORDS, follows ? words.length - at : at); size >= 1; size--) {
      const from = follows ? at : at - size;
      const typed = words.slice(from, from + size).join(' ').replace(/[,;:]$/u, '');
      const articles = publisherArticles(typed, facts);
      if (articles === null) continue;
      // Dropped with what says it tells: "according to", the verb, a "the" before the name.
      const start = follows ? at - lead : words[from - 1] === 'the' ? from - 1 : from;
      const end = follows ? at + size : at + 1;
      const rest = [...words.slice(0, start), ...words.slice(end)].join(' ').replace(/^[,;:]\s*/u, '').trim();
      return { rest, described: typed, articles };
    }
  }
  return null;
}

/**
 * Whether typed words name a publisher: every word of its name ("valley weekly", "the north
 * ledger"), or a web address by the start of its first word ("vln" for "vlnnews.com").
 */
function namesPublisher(words: readonly string[], publisher: string | null): boolean {
  const site = siteWords(publisher).filter((word) => word !== 'the');
  if (words.length === 0 || site.length === 0) return false;
  if (WEB_ADDRESS.test(publisher ?? '')) return words[0]!.length >= MIN_SITE_PREFIX && site[0]!.startsWith(words[0]!) && words.every((word) => startsSiteWord(word, site));
  return words.length === site.length && site.every((part) => words.includes(part));
}
const WEB_ADDRESS = /\.[a-z]{2,}$/iu;

// A publisher named by its site's address is typed by its start: "harbour" for "harbournews.com", "vln" for "vlnnews.com".
export const siteWords = (publisher: string | null | undefined): string[] => (publisher ?? '').toLowerCase().split(/[^a-z]+/u).filter(Boolean);
export const startsSiteWord = (word: string, site: readonly string[]): boolean => word.length >= MIN_SITE_PREFIX && site.some((part) => part.startsWith(word));

const publisherWordsMemo = new WeakMap<LoadedFactBase, readonly string[]>();
/** Whether the word is the start of a word of some article's publisher as typed ("vln" of "vlnnews.com"): it names a source, not a topic. */
export function startsPublisherName(word: string, facts: LoadedFactBase): boolean {
  let site = publisherWordsMemo.get(facts);
  if (site === undefined) publisherWordsMemo.set(facts, (site = [...new Set(facts.data.articles.flatMap((article) => siteWords(article.publisher)))]));
  return startsSiteWord(word, site);
}

const nameTermsMemo = new WeakMap<LoadedFactBase, Map<string, ReadonlySet<string>>>();
/** The terms of an article's title and publisher, made once per fact base (14,000 titles re-tokenised took ~50 ms a question). */
export function articleNameTerms(article: Article, facts: LoadedFactBase): ReadonlySet<string> {
  let byArticle = nameTermsMemo.get(facts);
  if (byArticle === undefined) nameTermsMemo.set(facts, (byArticle = new Map()));
  let named = byArticle.get(article.id);
  if (named === undefined) byArticle.set(article.id, (named = new Set(terms(`${article.publisher ?? ''} ${article.title ?? ''}`))));
  return named;
}

/** Whether an ISO day is the month, day of month and year (each where typed) of the match. */
export function onDay([, month = '', dayOfMonth, year]: RegExpExecArray): (iso: string) => boolean {
  const monthNumber = MONTH_NAMES.findIndex((name) => name.toLowerCase() === month) + 1;
  return (iso) =>
    Number(iso.slice(5, 7)) === monthNumber && (dayOfMonth === undefined || Number(iso.slice(8, 10)) === Number(dayOfMonth)) && (year === undefined || iso.startsWith(year));
}

// A word in more sentences than this tells of too many things to pick the story by.
const MAX_TELLING_SENTENCES = 5_000;

/** The ids of the articles `fits` allows with a sentence holding each word in one of its forms; none for no words. */
function articlesTelling(forms: readonly ReadonlySet<string>[], facts: LoadedFactBase, fits: (article: Article) => boolean): string[] {
  if (forms.length === 0) return [];
  const telling = forms.map((wordForms) => [...wordForms].flatMap((form) => facts.index.sentencesWith(form, MAX_TELLING_SENTENCES + 1)));
  if (telling.some((ids) => ids.length > MAX_TELLING_SENTENCES)) return [];
  const articlesOf = telling.map((ids) => new Set(ids.map((id) => facts.sentence(id).articleId)));
  return [...articlesOf[0]!].filter((id) => articlesOf.every((articles) => articles.has(id)) && fits(facts.article(id)));
}
