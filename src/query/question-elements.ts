// The elements of a question a follow-up can swap: the people, the places (countries, cities,
// organisations) and the periods it names. "How much aid has Austria given in 2023" names a
// place ("Austria") and a period ("in 2023"); "and france" then swaps the place, "same for 2022"
// the period. Read from the words only (a question is typed in lower case): a person is one the
// coverage knows or the tagger's lexicon calls one, a place a short form ("us", "eu"), an
// organisation written out ("the pentagon") or a word the tagger's lexicon knows as a place.
import { fullNameOfShortForm } from '../lexicon/place-short-forms.js';
import { isOrganisationName } from '../lexicon/organisations.js';
import { markCountryUs } from './country-us.js';
import { questionWords } from './parts-of-speech.js';
import { parsePeriod } from './periods.js';
import { namesKnownPerson, type RouterContext } from './route-question.js';

export type ElementKind = 'person' | 'place' | 'period';

export interface QuestionElement {
  readonly kind: ElementKind;
  /** Its words as the question has them ("the Netherlands", "July 2024"). */
  readonly text: string;
  /** The preposition right before it, lower case ("to" of "aid to Chile"), or null. */
  readonly preposition: string | null;
}

/** The longest element read at once: "the united states of america", "21 july of 2024". */
const MAX_SPAN_WORDS = 5;

// Closed-class words no element starts or ends with (an element may hold one inside: "united states of america").
const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'since', 'during',
  'before', 'after', 'until', 'between', 'regarding', 'concerning', 'into', 'over', 'against',
  'is', 'are', 'was', 'were', 'be', 'been', 'do', 'does', 'did', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'may', 'might', 'must', 'not', 'who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how',
  'much', 'many', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
]);

/** Prepositions that say what part an element plays ("aid *to* chile", "*since* 2022"). */
export const ELEMENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'since', 'during', 'before', 'after', 'until', 'of',
  'regarding', 'concerning', 'against', 'between',
]);

/** A typed word without the punctuation around it, lower case. */
export const bareWord = (word: string): string => word.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** A span a bare year can stand for: a plausible year, not "1500 troops". */
function readsAsPeriod(span: string): boolean {
  const period = parsePeriod(span);
  if (period === null) return false;
  const year = Number(period.first.slice(0, 4));
  return !/^\d{4}$/u.test(span) || (year >= 1900 && year <= 2100);
}

/** What a run of lower-case words names, or null for anything else. */
export function kindOfSpan(span: string, context: RouterContext): ElementKind | null {
  const words = span.split(' ');
  if (GRAMMAR_WORDS.has(words[0]!) || GRAMMAR_WORDS.has(words.at(-1)!)) return null;
  if (readsAsPeriod(span)) return 'period';
  if (fullNameOfShortForm(span) !== undefined || isOrganisationName(span)) return 'place';
  if (namesKnownPerson(span, context)) return 'person';
  const tagged = questionWords(span);
  if (tagged.length === 0 || tagged.length !== words.length) return null;
  if (tagged.every((word) => word.names === 'place')) return 'place';
  return tagged.every((word) => word.names === 'person') ? 'person' : null;
}

/** The elements of a question, in order; an element absorbs the "the" before a place ("the Netherlands"). */
export function elementsOf(question: string, context: RouterContext): QuestionElement[] {
  const typed = question.replace(/[\s?!.…,;:]+$/u, '').split(/\s+/u).filter((word) => word !== '');
  // "us" the country is written "u.s." by its place in the question; the pronoun stays a grammar word.
  const bare = markCountryUs(typed.map(bareWord));
  const found: QuestionElement[] = [];
  for (let start = 0; start < typed.length; ) {
    let end = Math.min(start + MAX_SPAN_WORDS, typed.length);
    let kind: ElementKind | null = null;
    // The longest run that names something: "south korea", not "south".
    while (end > start && (kind = kindOfSpan(bare.slice(start, end).join(' '), context)) === null) end--;
    if (kind === null) {
      start++;
      continue;
    }
    const from = kind === 'place' && bare[start - 1] === 'the' ? start - 1 : start;
    const before = bare[from - 1];
    found.push({ kind, text: typed.slice(from, end).join(' '), preposition: before !== undefined && ELEMENT_PREPOSITIONS.has(before) ? before : null });
    start = end;
  }
  return found;
}
