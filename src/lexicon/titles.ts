// The vocabulary of roles that news writing puts around a person's name ("U.S. Secretary of
// State Ingrid Haraldsen", "Tor Berg, the Pentagon spokesperson"), as regex sources for the person
// extractor and normalisers for what it records. Organisations: organisations.ts.
import { COUNTRIES } from './countries.js';
import { LETTER, UPPER } from './letters.js';
import { phrasesPattern } from './phrase-pattern.js';
import { escapeRegex } from './phrase-pattern.js';

/** Titles in their canonical display form; a space or hyphen in one matches either in text. */
const TITLES: readonly string[] = [
  'Secretary of State',
  'Assistant Secretary of State',
  'Deputy Secretary of State',
  'Under Secretary of State',
  'Secretary of Defense',
  'Secretary of Defence',
  'Assistant Secretary of Defense',
  'Deputy Secretary of Defense',
  'Secretary of the Treasury',
  'Secretary of Homeland Security',
  'Secretary of Energy',
  'Secretary of Commerce',
  'Treasury Secretary',
  'Defense Secretary',
  'Defence Secretary',
  'Foreign Secretary',
  'Home Secretary',
  'Press Secretary',
  'Deputy Secretary General',
  'Secretary General',
  'Secretary',
  'National Security Adviser',
  'National Security Advisor',
  'Deputy National Security Adviser',
  'Deputy National Security Advisor',
  'Vice President',
  'President-elect',
  'President',
  'Vice-Chancellor',
  'Chancellor',
  'Deputy Prime Minister',
  'Prime Minister',
  'First Deputy Prime Minister',
  'Deputy Foreign Minister',
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Finance Minister',
  'Economy Minister',
  'Energy Minister',
  'Interior Minister',
  'Justice Minister',
  // The portfolios most cabinets have, for the ministers named by them.
  ...['Agriculture', 'Culture', 'Digital', 'Economic', 'Education', 'Environment', 'Fisheries', 'Health', 'Housing', 'Industry', 'Infrastructure', 'Labour', 'Labor', 'Transport', 'Trade', 'Tourism', 'Development', 'Climate', 'Science', 'Social Affairs', 'Veterans Affairs', 'European Affairs'].map((portfolio) => `${portfolio} Minister`),
  'Minister of Foreign Affairs',
  'Minister of Defense',
  'Minister of Defence',
  'Minister',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'Special Envoy',
  'Envoy',
  'Ambassador',
  'High Representative',
  'Special Representative',
  'Commissioner',
  'Foreign Policy Chief',
  'Top Diplomat',
  'Attorney General',
  'Senator',
  'Congressman',
  'Congresswoman',
  'House Speaker',
  'Speaker',
  'Senate Majority Leader',
  'Senate Minority Leader',
  'House Majority Leader',
  'House Minority Leader',
  'Majority Leader',
  'Minority Leader',
  'Leader',
  'Chairman of the Joint Chiefs of Staff',
  'Chief of Staff',
  'Commander-in-Chief',
  'Commander',
  'Lieutenant General',
  'General',
  'Admiral',
  'Chairman',
  'Chairwoman',
  'Director',
  'Governor',
  'Mayor',
  'First Lady',
  'Crown Prince',
  'King',
  'Queen',
  'Pope',
];

/**
 * Head nouns of roles named by a field written before them: "Rural Housing Advisor",
 * "Harbour Renewal Coordinator", "OMB Director". No list can hold every field. "Minister" is not
 * one: a demonym the lexicon lacks would be read as its field ("Pellonian Foreign Minister").
 */
const FIELD_TITLE_HEADS: readonly string[] = ['Advisor', 'Adviser', 'Coordinator', 'Counselor', 'Counsellor', 'Administrator', 'Director', 'Czar'];
export const FIELD_TITLE_HEADS_PATTERN: string = phrasesPattern(FIELD_TITLE_HEADS);

/** Abbreviated titles, matched case-sensitively with their dot. */
const ABBREVIATED_TITLES: ReadonlyMap<string, string> = new Map([
  ['Lt. Gen.', 'Lieutenant General'],
  ['Maj. Gen.', 'Major General'],
  ['Brig. Gen.', 'Brigadier General'],
  ['Rear Adm.', 'Rear Admiral'],
  ['Vice Adm.', 'Vice Admiral'],
  ['Lt. Gov.', 'Lieutenant Governor'],
  ['Gen.', 'General'],
  ['Adm.', 'Admiral'],
  ['Sen.', 'Senator'],
  ['Rep.', 'Representative'],
  ['Gov.', 'Governor'],
  ['Amb.', 'Ambassador'],
  ['Pres.', 'President'],
]);

/**
 * Titles that, capitalised, may stand before a surname alone ("Secretary Haraldsen",
 * "Chancellor Olsen"). "General" is left out: "General Assembly", "General Staff".
 */
const SURNAME_TITLES: ReadonlySet<string> = new Set([
  'Secretary',
  'Secretary of State',
  'Secretary of Defense',
  'Secretary General',
  'Vice President',
  'President',
  'President-elect',
  'Chancellor',
  'Prime Minister',
  'Foreign Minister',
  'Defense Minister',
  'Defence Minister',
  'Minister',
  'Ambassador',
  'Senator',
  'Representative',
  'Speaker',
  'Pope',
]);

/** Courtesy titles: they make a surname alias ("Mr. Berg") but are not a role. */
export const HONORIFIC_PATTERN = String.raw`(?:Mr|Mrs|Ms|Dr|Prof)\.`;

const keyOf = (title: string): string => title.toLowerCase().replace(/[-\s]+/g, ' ');

/** Titles written two ways, recorded one way. */
const SYNONYMS: readonly (readonly [string, string])[] = [
  ['Defense Secretary', 'Secretary of Defense'],
  ['Defence Secretary', 'Secretary of Defence'],
  ['Treasury Secretary', 'Secretary of the Treasury'],
  ['Minister of Defense', 'Defense Minister'],
  ['Minister of Defence', 'Defence Minister'],
  ['Minister of Foreign Affairs', 'Foreign Minister'],
  ['National Security Advisor', 'National Security Adviser'],
  ['Deputy National Security Advisor', 'Deputy National Security Adviser'],
];

const CANONICAL_TITLE: ReadonlyMap<string, string> = new Map([
  ...TITLES.map((title) => [keyOf(title), title] as const),
  ...SYNONYMS.map(([variant, canonical]) => [keyOf(variant), canonical] as const),
]);

/**
 * Regex source of a military rank written between a post and the name ("Press Secretary *Maj. Gen.*
 * Ola Haugen", "spokesperson *Rear Adm.* Tor Berg"): the post is the role the person speaks in.
 */
export const MILITARY_RANK_PATTERN: string = phrasesPattern([
  ...[...ABBREVIATED_TITLES].filter(([, title]) => /(?:General|Admiral)$/u.test(title)).flatMap(([abbreviated, title]) => [abbreviated, title]),
]);

/** Regex source of any title, the longest reading first ("Secretary of State" before "Secretary"). */
export const TITLE_PATTERN: string = `${phrasesPattern([...ABBREVIATED_TITLES.keys()])}|${phrasesPattern(TITLES, { caseTolerantWordStarts: true })}`;

/**
 * A cheap test that a text may contain a title or honorific: the last word of each title (which
 * every match of it contains), without its first letter when long enough so that either case
 * matches, as a literal alternation.
 */
export const MAY_HAVE_TITLE: RegExp = new RegExp(
  [
    ...new Set(
      [...TITLES, ...FIELD_TITLE_HEADS, ...ABBREVIATED_TITLES.keys()].map((title) => {
        const word = title.split(/[-\s]/).pop() ?? title;
        return word.length >= 6 ? escapeRegex(word.slice(1)) : `[${word.charAt(0).toUpperCase()}${word.charAt(0).toLowerCase()}]${escapeRegex(word.slice(1))}`;
      }),
    ),
    String.raw`(?:Mr|Mrs|Ms|Dr|Prof)\.`,
  ].join('|'),
);

/** Whether the words form a known title ("Secretary of Commerce"), whatever their case. */
export function isKnownTitle(text: string): boolean {
  return CANONICAL_TITLE.has(keyOf(text.trim()));
}

/** "Secretary-General" → "Secretary General"; "spokeswoman" → "Spokeswoman"; "Gen." → "General". */
export function normaliseTitle(raw: string): string {
  const trimmed = raw.trim().replace(/\s+/g, ' ');
  const abbreviated = ABBREVIATED_TITLES.get(trimmed);
  if (abbreviated !== undefined) return abbreviated;
  const [head, portfolio] = splitPortfolio(trimmed);
  const canonical = CANONICAL_TITLE.get(keyOf(head)) ?? titleCase(head);
  return portfolio === null ? canonical : `${canonical} ${portfolio}`;
}

function splitPortfolio(title: string): [string, string | null] {
  const at = title.search(/\sfor\s/);
  return at < 0 ? [title, null] : [title.slice(0, at), title.slice(at + 1)];
}

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word) => (/^(?:of|the|and|for)$/.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** Whether a (normalised) title may stand before a lone surname. */
export function takesLoneSurname(title: string): boolean {
  return SURNAME_TITLES.has(title);
}

/**
 * Head nouns of other titles: a portfolio never runs over one ("Coordinator for Relief Jon Roe,
 * Secretary of Homeland Security Ann Poe" is two people, not one portfolio ending in "Security").
 */
const PORTFOLIO_STOP = String.raw`(?:${phrasesPattern([...FIELD_TITLE_HEADS, 'Secretary', 'Minister', 'President', 'Ambassador', 'Envoy', 'Governor', 'Mayor', 'Senator', 'Chairman', 'Chairwoman', 'Commissioner', 'Spokesperson', 'Spokesman', 'Spokeswoman'])})(?![${LETTER}])`;

/**
 * A portfolio after a title: "for Consular Affairs", "for Venezuela", "for the
 * Americas": capitalised words ending in a generic portfolio noun, a country or a region.
 */
export const PORTFOLIO_PATTERN = String.raw`for\s+(?:the\s+)?(?:(?!${PORTFOLIO_STOP})[${UPPER}][${LETTER}-]*,?\s+(?:and\s+|of\s+|the\s+)?)*?(?:Affairs|Policy|Security|Relations|Operations|Cooperation|Integration|Development|Trade|Finance|Defen[cs]e|Energy|Industries|Reconstruction|Economics|Economy|Communications|Management|Budget|Technology|Intelligence|Counterterrorism|Control|Resources|Issues|Coordination|${phrasesPattern([...COUNTRIES, 'Europe', 'Africa', 'Asia', 'Americas', 'Middle East', 'Western Hemisphere'])})(?![${LETTER}])`;

const TITLE_WORDS: ReadonlySet<string> = new Set(
  [...TITLES, ...FIELD_TITLE_HEADS, ...ABBREVIATED_TITLES.keys(), 'Mr. Mrs. Ms. Dr. Prof.']
    .flatMap((title) => title.toLowerCase().split(/[-\s]+/))
    .map((word) => word.replace(/\.$/, '')),
);

/** Whether a lower-case word belongs to some title or honorific ("secretary", "of", "mr"). */
export function isTitleWord(word: string): boolean {
  return TITLE_WORDS.has(word.replace(/\.$/, ''));
}
