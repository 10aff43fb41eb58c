// Deciding whether retrieved sentences actually answer a query. The TF-IDF score ranks
// sentences but has no absolute meaning, so evidence is judged on two general rules:
//
// 1. A name the coverage never uses (a capitalised word or a figure such as "Japan",
//    "F-16s") means the coverage cannot speak about it: the query is unanswered, whatever
//    else matches ("How much aid has Japan given Ukraine?").
// 2. Otherwise a sentence is evidence when it carries enough of the query's *concepts*,
//    weighted by idf: its coverage. Ordinary words the coverage never uses ("handed over")
//    are usually paraphrase, so they weigh little.
import type { LoadedFactBase } from '../knowledge/factbase.js';
import type { Person } from '../knowledge/schema.js';
import { terms } from '../knowledge/terms.js';

/**
 * A sentence must carry at least this share of a query's idf-weighted concepts to count as
 * evidence for it; when no sentence does, the commands abstain.
 */
export const MIN_COVERAGE = 0.4;

/** One thing the query asks about, satisfied by any of its alternative terms or by `test`. */
export interface Concept {
  /** The term as the query has it ("#figure" and "#date" for what "how much" and "when" ask for). */
  term: string;
  /** Stemmed terms that count as this concept (the term, its aliases, synonyms, demonym forms). */
  alternatives: ReadonlySet<string>;
  /** Other evidence: the sentence names the person the term refers to, holds a figure, is dated. */
  test: ((sentenceId: number) => boolean) | null;
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
    'say', 'says', 'tell', 'told', 'know', 'think', 'happen', 'happened', 'mean', 'explain', 'describe',
    'anything', 'something', 'thing', 'things', 'latest', 'news', 'please', 'show', 'list', 'find', 'according',
  ]),
);

// Sets of words news writing uses interchangeably: places (capital for country, old and new
// transliterations) and the common verbs and nouns of reporting. A query word in a set also
// matches the others. General English and geography, not any one coverage.
const EQUIVALENTS: readonly (readonly string[])[] = [
  ['Ukraine', 'Ukrainian', 'Kyiv', 'Kiev'],
  ['U.S.', 'America', 'American', 'Washington'],
  ['Russia', 'Russian', 'Moscow', 'Kremlin'],
  ['Britain', 'British', 'UK', 'London'],
  ['Germany', 'German', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['China', 'Chinese', 'Beijing'],
  ['North Korea', 'North Korean', 'Pyongyang'],
  ['NATO', 'alliance', 'allies'],
  ['give', 'given', 'provide', 'send', 'sent', 'supply', 'donate', 'deliver', 'contribute', 'hand'],
  ['aid', 'assistance', 'help', 'support', 'funding'],
  ['weapons', 'arms', 'munitions', 'ammunition'],
  ['troops', 'soldiers', 'forces'],
  ['war', 'invasion', 'conflict'],
  ['meet', 'meeting', 'talks'],
  ['join', 'membership', 'member', 'accession'],
  ['agreement', 'deal', 'consensus', 'accord'],
  ['create', 'establish', 'found'],
  ['make', 'produce', 'manufacture', 'production'],
  ['election', 'vote'],
  ['ceasefire', 'truce'],
].map((words) => stems(words));

// Demonym and plural endings, both ways: "Korea" ↔ "Korean", "Macedonia" ↔ "Macedonian".
const SUFFIXES = ['n', 'an', 'ian', 's', 'es'];
const MIN_STEM_FOR_SUFFIX = 4;
// What an unknown ordinary word weighs: that of a word in about a third of the sentences.
const UNKNOWN_WORD_WEIGHT = 1 + Math.log(3);

function alternativesOf(term: string, facts: LoadedFactBase): Set<string> {
  const alternatives = new Set([term]);
  for (const set of EQUIVALENTS) if (set.includes(term)) set.forEach((alias) => alternatives.add(alias));
  if (term.length >= MIN_STEM_FOR_SUFFIX && !/\d/u.test(term)) {
    for (const suffix of SUFFIXES) {
      const longer = terms(term + suffix)[0];
      const shorter = term.endsWith(suffix) ? terms(term.slice(0, -suffix.length))[0] : undefined;
      for (const variant of [longer, shorter]) {
        if (variant && variant !== term && facts.index.idf(variant) > 0) alternatives.add(variant);
      }
    }
  }
  return alternatives;
}

// Per loaded fact base (it never changes after load): surname term → person, and the sentences
// holding dated events.
interface Lookups {
  surnames: ReadonlyMap<string, Person>;
  mentions: ReadonlyMap<string, ReadonlySet<number>>;
  dated: ReadonlySet<number>;
}
const lookupCache = new WeakMap<LoadedFactBase, Lookups>();

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
  const built: Lookups = {
    surnames,
    mentions: new Map(facts.data.people.map((person) => [person.id, new Set(person.sentenceIds)])),
    dated: new Set(facts.data.events.map((event) => event.sentenceId)),
  };
  lookupCache.set(facts, built);
  return built;
}

// Words as typed, with their case, and whether each starts a sentence (capitals there say nothing).
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

function unknownNames(query: string, facts: LoadedFactBase): string[] {
  const found: string[] = [];
  for (const match of query.matchAll(WORD)) {
    const word = match[0].replace(/[.'’-]+$/u, '');
    const before = query.slice(0, match.index).trimEnd();
    const startsSentence = before === '' || /[.?!:;"“(]$/u.test(before);
    const nameLike = /\d/u.test(word) || (!startsSentence && /^\p{Lu}/u.test(word));
    if (!nameLike) continue;
    const wordTerms = terms(word);
    const known = wordTerms.every((term) => [...alternativesOf(term, facts)].some((alt) => facts.index.idf(alt) > 0));
    if (wordTerms.length > 0 && !known && !found.includes(word)) found.push(word);
  }
  return found;
}

/** The query's concepts (question words dropped), each weighted by idf, and the names the coverage lacks. */
export function analyseQuery(query: string, facts: LoadedFactBase): QueryAnalysis {
  const { surnames, mentions, dated } = lookups(facts);
  const seen = new Set<string>();
  const concepts: Concept[] = [];
  for (const term of terms(query)) {
    if (seen.has(term) || QUESTION_WORDS.has(term)) continue;
    seen.add(term);
    const alternatives = alternativesOf(term, facts);
    const person = surnames.get(term);
    if (person) terms(person.name).forEach((name) => alternatives.add(name));
    const mentioned = person ? mentions.get(person.id) : undefined;
    // The term's own idf when the coverage uses it, else its rarest-used equivalent's.
    const own = facts.index.idf(term);
    const equivalents = [...alternatives].map((alt) => facts.index.idf(alt)).filter((idf) => idf > 0);
    const weight = own > 0 ? own : equivalents.length > 0 ? Math.min(...equivalents) : UNKNOWN_WORD_WEIGHT;
    concepts.push({ term, alternatives, test: mentioned ? (id) => mentioned.has(id) : null, weight });
  }
  // "How much", "how many" ask for a figure; "when" for a date: sentences that have one answer better.
  const mean = concepts.reduce((sum, c) => sum + c.weight, 0) / Math.max(concepts.length, 1);
  if (concepts.length > 0 && /\bhow (?:much|many|big|large)\b/iu.test(query)) {
    concepts.push({ term: '#figure', alternatives: new Set(), test: (id) => /\d/u.test(facts.sentence(id).text), weight: mean });
  }
  if (concepts.length > 0 && /\bwhen\b/iu.test(query)) {
    concepts.push({ term: '#date', alternatives: new Set(), test: (id) => dated.has(id), weight: mean });
  }
  return { concepts, unknownNames: unknownNames(query, facts) };
}

/** Search text for the index: the query plus every concept's alternatives. */
export function expandedQuery(query: string, concepts: readonly Concept[]): string {
  const extra = concepts.flatMap((concept) => [...concept.alternatives].filter((alt) => alt !== concept.term));
  return extra.length > 0 ? `${query} ${extra.join(' ')}` : query;
}

/** Share (0–1) of the concepts' weight the sentence carries. */
export function coverage(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase): number {
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  const sentenceTerms = new Set(terms(facts.sentence(sentenceId).text));
  let found = 0;
  for (const concept of concepts) {
    const carried =
      concept.test?.(sentenceId) ||
      [...concept.alternatives].some((alt) => sentenceTerms.has(alt) || [...sentenceTerms].some((term) => sameStem(alt, term)));
    if (carried) found += concept.weight;
  }
  return found / total;
}

// Porter leaves some derivations apart ("delivery" → deliveri, "delivered" → deliv): a stem of
// five or more letters that starts the other counts as the same word.
const MIN_SHARED_STEM = 5;
function sameStem(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= MIN_SHARED_STEM && longer.startsWith(shorter) && !/\d/u.test(shorter);
}
