// What kinds of answer a sentence states: a date, an amount of money, a percentage, a count, a
// person, a place, an organisation. Stored per sentence in the fact base as a bit set, so ranking
// can prefer, for "when …", the sentence that states a date, for "how many …" one with a number,
// for "who …" one that names somebody, without re-reading candidates at query time.
//
// Rules are general patterns of edited English news text (which, unlike a chat question, is
// reliably capitalised): month and weekday names and years, currency signs and units, "%" and
// "percent", numbers and number words, titles and capitalised name pairs, "in <Place>",
// country and demonym names, acronyms and capitalised phrases ending in an institution word.
// A full NLP tagger was measured too slow for a million sentences (compromise: ~1 ms a
// sentence); these patterns run at several hundred thousand sentences a second.
import { COUNTRIES, DEMONYM_WORDS } from '../lexicon/countries.js';
import { isTitleWord } from '../lexicon/titles.js';
import { mayBeNameWord } from '../lexicon/name-words.js';
import { ENTITY, type EntityKind } from '../factbase/entity-kinds.js';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';


const MONTH = String.raw`(?:${MONTH_ALTERNATION}|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)`;
const DATE = new RegExp(
  String.raw`\b${MONTH}(?:\s+\d{1,2}\b|,?\s+(?:1[5-9]|20)\d\d\b)|\b(?:in|on|by|since|until|from|during|of|early|late|mid-?)\s+${MONTH}(?![\p{L}])|\b\d{1,2}\s+${MONTH}|\b(?:1[5-9]|20)\d\d(?:s\b|\b)(?![.,]\d)|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year|spring|summer|autumn|fall|winter)\b|\b\d[\d,.]*\s+(?:million\s+|billion\s+|thousand\s+)?years\s+ago\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b|\bcentur(?:y|ies)\b`,
  'u',
);
const NUMBER = String.raw`\d[\d,]*(?:\.\d+)?`;
const SCALE = String.raw`(?:thousand|million|billion|trillion|bn|mn|m|k)`;
const MONEY = new RegExp(
  String.raw`[$€£¥₴₽]\s?${NUMBER}|\b${NUMBER}\s*(?:${SCALE}\s+)?(?:dollars|euros|pounds|yen|yuan|rubles|roubles|hryvnias?|francs|marks|pesos|rupees|cents)\b|\b(?:USD|EUR|GBP|US\$|C\$|A\$)\s?${NUMBER}|\b(?:[Dd]ollars?|[Ee]uros?|[Pp]ounds?|[Ff]rancs?|DM|Rs\.?)\s+${NUMBER}`,
  'u',
);
const PERCENT = /\d\s?%|\b(?:per\s?cent|percent|percentage points?)\b/u;

const UPPER = String.raw`\p{Lu}`;
const NAME_WORD = String.raw`${UPPER}[\p{Ll}'’-]+(?:-${UPPER}[\p{Ll}]+)?`;
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]/u;
/** CAPITALISED.test(word), without the regex for the common ASCII word (tested many times a sentence). */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  const second = word.charCodeAt(1);
  if (first < 128 && second < 128) return first >= 65 && first <= 90 && ((second >= 97 && second <= 122) || second === 39 || second === 45);
  return CAPITALISED.test(word);
}
const NUMBER_WORDS: ReadonlySet<string> = new Set(
  `one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen
  nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
  billion billions dozen dozens half twice several`.split(/\s+/u),
);
const YEAR = /^(?:1[5-9]|20)\d\d$/u;
const startsWithDigit = (word: string): boolean => word.charCodeAt(0) >= 48 && word.charCodeAt(0) <= 57;
// Words before a capitalised word that make it a place ("in Lisbon", "from Lindvik").
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'from', 'to', 'outside', 'inside', 'across', 'of']);
const CALENDAR_WORD = new RegExp(`^(?:${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION})$`, 'u');
const GAZETTEER: ReadonlySet<string> = new Set([...COUNTRIES, ...DEMONYM_WORDS].map((place) => place.toLowerCase()));
const GAZETTEER_LONGEST = Math.max(...[...GAZETTEER].map((place) => place.split(' ').length));
// Every leading run of words of a gazetteer name ("south", "south africa"): a phrase that is none
// of them cannot grow into a name, so the scan stops there.
const GAZETTEER_STARTS: ReadonlySet<string> = new Set(
  [...GAZETTEER].flatMap((place) => place.split(' ').map((_, k, words) => words.slice(0, k + 1).join(' '))),
);
// Lengths of the number words, to skip the lower-casing for most words.
const NUMBER_WORD_LENGTH_MIN = Math.min(...[...NUMBER_WORDS].map((word) => word.length));
const NUMBER_WORD_LENGTH_MAX = Math.max(...[...NUMBER_WORDS].map((word) => word.length));

interface Token {
  word: string;
  start: number;
  end: number;
}

const INSTITUTION_WORDS = String.raw`(?:Department|Ministry|Agency|Council|Committee|Commission|Company|Corporation|Corp\.|Inc\.|Ltd\.?|University|College|Party|Union|Organi[sz]ation|Association|Institute|Foundation|Bank|Fund|Court|Senate|Congress|Parliament|Army|Navy|Force|Forces|Police|Service|Office|Board|Group|Times|Post|Journal|Network|Church|Club|Team|Administration|Authority|Alliance)`;
const ORGANISATION = new RegExp(String.raw`\b(?:${NAME_WORD}\s+){1,4}${INSTITUTION_WORDS}\b|\b[A-Z]{2,6}\b(?![.-]\d)`, 'u');


/** Where a kind of entity stands in a text: [start, end) character offsets. */
export type Span = readonly [number, number];

const globalForms = new Map<RegExp, RegExp>();
const spansOf = (pattern: RegExp, text: string, keep: (match: RegExpMatchArray) => boolean = () => true): Span[] => {
  let global = globalForms.get(pattern);
  if (global === undefined) {
    global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalForms.set(pattern, global);
  }
  const spans: Span[] = [];
  for (const match of text.matchAll(global)) {
    if (keep(match)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return spans;
};

// Short words of multi-word titles ("Secretary of State") are not titles on their own; an
// honorific as written ("Mr Berg", "Dr. Holm") is one.
const HONORIFICS: ReadonlySet<string> = new Set(['Mr', 'Mrs', 'Ms', 'Mx', 'Dr']);
const isTitleBefore = (word: string): boolean => HONORIFICS.has(word) || (word.length > 3 && isTitleWord(word.toLowerCase()));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
function isWordCharAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(text[i]!));
}

/** Runs of letters and digits, joined by an apostrophe or hyphen ("O'Dowd", "B-52"): one scan, no regex per character in ASCII. */
function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordCharAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      while (i < text.length && isWordCharAt(text, i)) i++;
      const joiner = text[i];
      if ((joiner === "'" || joiner === '’' || joiner === '-') && i + 1 < text.length && isWordCharAt(text, i + 1)) i++;
      else break;
    }
    tokens.push({ word: text.slice(start, i), start, end: i });
  }
  return tokens;
}

// A number that is not a year, or a number word: "40 armoured trucks", "three weeks", "dozens", "a two-day visit";
// not a number that names one of a series ("its No. 2 ferry", "#3"): that counts nothing.
function countSpans(tokens: readonly Token[], firstOnly: boolean, text: string): Span[] {
  const spans: Span[] = [];
  // A loop that stops at the first span when that is all the caller needs (annotateSentence).
  for (let i = 0; i < tokens.length && !(firstOnly && spans.length > 0); i++) {
    const { word, start, end } = tokens[i]!;
    const mayBeNumberWord = word.length >= NUMBER_WORD_LENGTH_MIN && word.length <= NUMBER_WORD_LENGTH_MAX;
    if ((startsWithDigit(word) && !YEAR.test(word) && !namesOneOfSeries(text, tokens[i - 1], start)) || (mayBeNumberWord && NUMBER_WORDS.has(word.toLowerCase()))) {
      spans.push([start, end]);
      continue;
    }
    // "a two-day meeting", "a three-year deal": the number word of a compound counts its days or years.
    const first = word.slice(0, Math.max(0, word.indexOf('-')));
    if (first.length >= NUMBER_WORD_LENGTH_MIN && NUMBER_WORDS.has(first.toLowerCase())) spans.push([start, start + first.length]);
  }
  return spans;
}

const SERIES_MARK = /^(?:no|nos|number)$/iu;

/** Whether the number at `start` is written as a place in a series: "No. 2", "Nos. 3", "#3". */
function namesOneOfSeries(text: string, before: Token | undefined, start: number): boolean {
  if (text[start - 1] === '#') return true;
  return before !== undefined && SERIES_MARK.test(before.word) && /^\.?\s*$/u.test(text.slice(before.end, start));
}

/** Country and demonym names ("Spain", "Austrian"), and a capitalised word after "in", "from"… */
function placeSpans(tokens: readonly Token[], firstOnly = false): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length && !(firstOnly && spans.length > 0); i++) {
    const token = tokens[i]!;
    if (!isCapitalised(token.word)) continue;
    let phrase = '';
    for (let k = i; k < Math.min(tokens.length, i + GAZETTEER_LONGEST); k++) {
      phrase = k === i ? token.word.toLowerCase() : `${phrase} ${tokens[k]!.word.toLowerCase()}`;
      if (GAZETTEER.has(phrase)) spans.push([token.start, tokens[k]!.end]);
      if (!GAZETTEER_STARTS.has(phrase)) break;
    }
    const before = tokens[i - 1]?.word;
    if (before === undefined || !PLACE_PREPOSITIONS.has(before)) continue;
    // "at The Varnholm": the name's own article, before a word that may name the place.
    const named = token.word === 'The' && tokens[i + 1] !== undefined && isCapitalised(tokens[i + 1]!.word) ? tokens[i + 1]! : token;
    if (!CALENDAR_WORD.test(named.word) && !isTitleWord(named.word.toLowerCase())) spans.push([token.start, named.end]);
  }
  return spans;
}

// What follows a name that opens a sentence ("David Morgan, the company's director, …", "Marta
// Ruud said …"): every word of a sentence's start is capitalised, so only this shows a name.
const AFTER_OPENING_NAME = /^(?:,\s+(?:the|a|an|who|whose)\s|\s+(?:said|says|told|added|noted|stated|announced|wrote|is|was)\s)/u;

/** Two or three capitalised name words opening the text, when what follows them shows a person. */
function openingName(text: string, tokens: readonly Token[]): Span | null {
  let last = -1;
  while (last + 1 < tokens.length && last < 2 && isCapitalised(tokens[last + 1]!.word) && mayBeNameWord(tokens[last + 1]!.word)) last++;
  if (last < 1 || tokens[0]!.start !== 0 || tokens.slice(0, last + 1).some(({ word }) => GAZETTEER.has(word.toLowerCase()))) return null;
  return AFTER_OPENING_NAME.test(text.slice(tokens[last]!.end)) ? [0, tokens[last]!.end] : null;
}

/**
 * A title before a capitalised word ("President Vos", "spokesperson Tor Berg"), two or three
 * capitalised name words in a row that do not start the sentence and do not follow "in", "from"…,
 * or such words opening it when an apposition or a speech verb follows them.
 */
function personSpans(text: string, tokens: readonly Token[], firstOnly = false): Span[] {
  const spans: Span[] = [];
  const opening = openingName(text, tokens);
  if (opening !== null) spans.push(opening);
  for (let i = 1; i < tokens.length && !(firstOnly && spans.length > 0); i++) {
    if (opening !== null && tokens[i]!.end <= opening[1]) continue;
    const token = tokens[i]!;
    if (!isCapitalised(token.word) || !mayBeNameWord(token.word)) continue;
    const before = tokens[i - 1]!.word;
    if (isTitleBefore(before)) {
      spans.push([token.start, token.end]);
      continue;
    }
    if (isCapitalised(before) || PLACE_PREPOSITIONS.has(before)) continue;
    let last = i;
    while (last + 1 < tokens.length && last - i < 2 && isCapitalised(tokens[last + 1]!.word) && mayBeNameWord(tokens[last + 1]!.word)) last++;
    const words = tokens.slice(i, last + 1).map((t) => t.word.toLowerCase());
    if (last > i && !words.some((word) => GAZETTEER.has(word))) spans.push([token.start, tokens[last]!.end]);
    i = last;
  }
  return spans;
}

const FINDERS: Readonly<Record<EntityKind, (text: string) => Span[]>> = {
  date: (text) => spansOf(DATE, text),
  money: (text) => spansOf(MONEY, text),
  percent: (text) => spansOf(PERCENT, text),
  count: (text) => countSpans(tokensOf(text), false, text),
  person: (text) => personSpans(text, tokensOf(text)),
  place: (text) => placeSpans(tokensOf(text)),
  organisation: (text) => spansOf(ORGANISATION, text),
};

/** Where the text states an entity of this kind (for nearness to what a question asks about). */
export function entitySpans(text: string, kind: EntityKind): Span[] {
  return FINDERS[kind](text);
}

/** The bit set of entity kinds the sentence states (see ENTITY). Pure and deterministic. */
export function annotateSentence(text: string): number {
  let bits = 0;
  if (DATE.test(text)) bits |= ENTITY.date;
  if (MONEY.test(text)) bits |= ENTITY.money;
  if (PERCENT.test(text)) bits |= ENTITY.percent;
  const tokens = tokensOf(text);
  if (countSpans(tokens, true, text).length > 0) bits |= ENTITY.count;
  if (personSpans(text, tokens, true).length > 0) bits |= ENTITY.person;
  if (placeSpans(tokens, true).length > 0) bits |= ENTITY.place;
  if (ORGANISATION.test(text)) bits |= ENTITY.organisation;
  return bits;
}

/** The entity kinds of a bit set, by name (for tests, `--json` and debugging). */
export function entityKinds(bits: number): EntityKind[] {
  return (Object.keys(ENTITY) as EntityKind[]).filter((kind) => (bits & ENTITY[kind]) !== 0);
}
