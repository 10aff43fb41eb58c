// Where a sentence says how old someone or something is, for "how old …" and "at what age …": an
// age ("68 years old", "a 68-year-old", "aged 68", "at the age of 68", "in his mid-30s", "Chiang,
// 68, said"), how long a thing has stood ("for over 120 years"), an anniversary or birthday
// ("its 60th anniversary"), or the date it began ("established in May 1962", "born in 1837"),
// from which the age follows. Read on the coverage's edited text, never on a question.
import type { Span } from '../ingest/annotate.js';
import { MONTH_ALTERNATION } from '../lexicon/calendar.js';
import { ANNIVERSARY_WORDS, ORIGIN_WORDS } from '../lexicon/origins.js';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const YEARS_COUNT = String.raw`(?:\d{1,3}|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${TENS})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|a hundred)`;
const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+ieth|hundredth))`;
const DECADE = String.raw`(?:\d0s|'\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`;
const YEAR = String.raw`(?:1\d|20)\d\d`;
// What the beginning's date may be written as: "1962", "May 1962", "March 18, 1837", "18 March 1837".
const DATE = String.raw`(?:(?:${MONTH_ALTERNATION})\.?\s+(?:\d{1,2},?\s+)?${YEAR}|\d{1,2}\s+(?:${MONTH_ALTERNATION})\s+${YEAR}|${YEAR})`;
const phrases = (words: readonly string[]) => words.map((word) => word.replace(/ /gu, String.raw`\s+`)).join('|');

// A person's age is stated as years or a decade of life, or as a birth date; a thing's also by an
// anniversary or the date it was founded, built or set up.
const YEARS_OF_LIFE = [
  String.raw`\b${YEARS_COUNT}[\s-]+years?[\s-]+old\b`,
  String.raw`\b(?:aged|age of|ages? of)\s+${YEARS_COUNT}\b`,
  String.raw`\bin\s+(?:his|her|their|its)\s+(?:(?:early|mid|late)[\s-]+)?${DECADE}`,
];
const since = (words: readonly string[]) => String.raw`\b(?:${phrases(words)})\b(?:\s+[\p{L},]+){0,4}?\s+(?:in|on|since)?\s*${DATE}\b`;
// A thing's age is also how long it has stood: "has run for 120 years", "for over 150 years".
const YEARS_STOOD = String.raw`\bfor\s+(?:(?:over|more than|nearly|almost|about|around|some)\s+)?${YEARS_COUNT}\s+years\b`;
const AGE = new RegExp([...YEARS_OF_LIFE, YEARS_STOOD, String.raw`\b${ORDINAL}\s+(?:${phrases(ANNIVERSARY_WORDS)})\b`, since(ORIGIN_WORDS)].join('|'), 'giu');
const PERSON_AGE = new RegExp([...YEARS_OF_LIFE, since(['born'])].join('|'), 'giu');
// "Chiang, 68, said": a number alone between commas right after a name (edited news capitalises names).
const AGE_AFTER_NAME = /\b\p{Lu}[\p{L}'’-]+,\s+(\d{1,3}),/gu;

/** Where the text states an age, an anniversary or the date something began. */
export const ageSpans = (text: string): Span[] => agesIn(text, AGE);
/** Where the text states a person's age: years, a decade of life or a birth date (no anniversary of something they attend). */
export const personAgeSpans = (text: string): Span[] => agesIn(text, PERSON_AGE);

function agesIn(text: string, pattern: RegExp): Span[] {
  const spans: Span[] = [...text.matchAll(pattern)].map((match) => [match.index ?? 0, (match.index ?? 0) + match[0].length] as const);
  for (const match of text.matchAll(AGE_AFTER_NAME)) {
    const age = Number(match[1]);
    if (age < 1 || age > 120) continue;
    const start = (match.index ?? 0) + match[0].lastIndexOf(match[1]!);
    spans.push([start, start + match[1]!.length]);
  }
  return spans;
}

/** Whether the text states an age, an anniversary or the date something began. */
export const statesAge = (text: string): boolean => ageSpans(text).length > 0;
/** Whether the text states a person's age or birth date. */
export const statesPersonAge = (text: string): boolean => personAgeSpans(text).length > 0;
