// "How much has zorvia given pellonia" is not answered by "the US has given approximately $39
// billion to Pellonia": a sentence that names another country where the question names one, and
// names the asked one neither itself nor in its context (title, sentences before it), is about
// that other country. Countries are told apart by the lexicon's names and demonyms ("Austrian" is
// Austria), a general list; a national capital stands for its country ("aid to Bern"), read from
// WordNet (capitals.ts), except where it is only the venue ("said in Bern").
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { COUNTRIES, DEMONYMS } from '../lexicon/countries.js';
import { capitalsOf, countryOfCapital } from '../lexicon/capitals.js';
import { fullNameOfShortForm } from '../lexicon/place-short-forms.js';
import type { Concept, Phrase } from './concept.js';
import { conceptPositions, coverage } from './coverage.js';
import { sentenceTerms } from './sentence-facts.js';

let countryOfTerm: ReadonlyMap<string, string> | null = null;

/** Single index terms that name a country → the country ("itali" and "italian" → Italy). */
function countryTerms(): ReadonlyMap<string, string> {
  if (countryOfTerm !== null) return countryOfTerm;
  const found = new Map<string, string>();
  const add = (name: string, country: string) => {
    const [term, ...rest] = terms(name);
    if (term !== undefined && rest.length === 0) found.set(term, country);
  };
  for (const country of COUNTRIES) add(country, country);
  for (const [demonym, country] of DEMONYMS) if (COUNTRIES.includes(country)) add(demonym, country);
  return (countryOfTerm = found);
}

/** The question's concepts that name a country, each with its country. */
export function countryConcepts(concepts: readonly Concept[]): { concept: Concept; country: string }[] {
  const table = countryTerms();
  return concepts.flatMap((concept) => {
    const country = concept.testOnly ? undefined : table.get(concept.term);
    return country === undefined ? [] : [{ concept, country }];
  });
}

/** Whether the sentence is about another country than one the question asks about. */
export function aboutOtherCountry(asked: readonly { concept: Concept; country: string }[], sentenceId: number, facts: LoadedFactBase): boolean {
  if (asked.length === 0) return false;
  const missing = asked.filter(({ concept }) => coverage([concept], sentenceId, facts, true) === 0);
  if (missing.length === 0) return false;
  const table = countryTerms();
  const askedCountries = new Set(asked.map(({ country }) => country));
  const other = (country: string | undefined) => country !== undefined && !askedCountries.has(country);
  // One listed beside an asked one ("neither Chile nor Norway", "Norway and Chile") is named with it, not instead.
  const { list } = sentenceTerms(facts, sentenceId);
  const besideAsked = (i: number) => [list[i - 1], list[i + 1]].some((term) => askedCountries.has(table.get(term ?? '') ?? ''));
  return list.some((term, i) => other(table.get(term)) && !besideAsked(i)) || capitalCountries(facts.sentence(sentenceId).text).some(other);
}

/** The country a single index term names, a short form included ("usa", "uk"). */
function countryOf(term: string): string | undefined {
  const short = fullNameOfShortForm(term);
  return countryTerms().get(term) ?? (short !== undefined && COUNTRIES.includes(short) ? short : undefined);
}

/**
 * "What was signed at the norwegian summit": a country's national capital is in it, so a sentence
 * naming the capital ("the summit in Oslo") says it of the country; the capital's index phrases
 * for a single term that names a country.
 */
export function capitalPhrasesOf(term: string): Phrase[] {
  const country = countryOf(term);
  return country === undefined ? [] : capitalsOf(country).map((name) => terms(name)).filter((phrase) => phrase.length > 0);
}

/**
 * "What's in the norwegian package": a sentence that names another country before the other words
 * asked ("Meanwhile, Sweden announced a new package …") and not the asked country in its own words
 * tells of the other's package, however the sentence before it names Norway. A country after them
 * is often a recipient ("the package for Sweden includes …"), so only one before counts. Countries
 * are the lexicon's, as for aboutOtherCountry.
 */
export function ownedByOtherCountry(asked: Concept, others: readonly Concept[], sentenceId: number, facts: LoadedFactBase): boolean {
  const country = countryOf(asked.term);
  if (country === undefined || coverage([asked], sentenceId, facts) > 0) return false;
  const text = facts.sentence(sentenceId).text;
  const at = conceptPositions(others, text)[0]?.[1];
  if (at === undefined) return false;
  return terms(text.slice(0, at)).some((term) => {
    const named = countryOf(term);
    return named !== undefined && named !== country;
  });
}

const WORD = /[\p{L}]+/gu;
// A capital after these is where something happened ("talks in Bern"), not a party to it.
const VENUE = new Set(['in', 'at']);
// Words looked up before (a sentence's words recur across questions), bounded for a long-running bot.
const capitalMemo = new Map<string, string | undefined>();
const CAPITAL_MEMO_SIZE = 50_000;

function capitalCountry(name: string): string | undefined {
  if (capitalMemo.has(name)) return capitalMemo.get(name);
  if (capitalMemo.size >= CAPITAL_MEMO_SIZE) capitalMemo.clear();
  const country = countryOfCapital(name);
  capitalMemo.set(name, country);
  return country;
}

/** The countries of the national capitals the text names other than as a venue (one or two words: "Bern", "New Delhi"). */
function capitalCountries(text: string): string[] {
  const words = [...text.matchAll(WORD)].map((match) => match[0].toLowerCase());
  const found: string[] = [];
  words.forEach((word, i) => {
    if (i > 0 && VENUE.has(words[i - 1]!)) return;
    for (const name of [word, i + 1 < words.length ? `${word} ${words[i + 1]}` : '']) {
      const country = name === '' ? undefined : capitalCountry(name);
      if (country !== undefined) found.push(country);
    }
  });
  return found;
}
