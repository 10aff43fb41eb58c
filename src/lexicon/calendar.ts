// Calendar words, once for every reader: month and weekday names and the abbreviations news
// writing uses. Callers build their own patterns from these (case, dots and word boundaries
// differ between a date parser and a name filter).

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month abbreviations as news writing uses them ("Sept." and "Sep." both). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "January|February|…": an alternation for a regular expression. */
export const MONTH_ALTERNATION = MONTH_NAMES.join('|');
export const WEEKDAY_ALTERNATION = WEEKDAY_NAMES.join('|');

/** A month word as written or typed, in full or abbreviated ("jan", "sept", "september"): a lower-case alternation. */
export const MONTH_WORD_ALTERNATION = String.raw`jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?`;

const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map([
  ...MONTH_NAMES.map((name, i): [string, number] => [name.toLowerCase(), i + 1]),
  ...MONTH_ABBREVIATIONS.map((abbreviation): [string, number] => [
    abbreviation.toLowerCase(),
    MONTH_NAMES.findIndex((name) => name.startsWith(abbreviation.slice(0, 3))) + 1,
  ]),
]);

/** The month (1–12) a word names in full or by its abbreviation ("July", "jul", "Sept"), in any case. */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.toLowerCase());
}

// How many units a question counts back ("two weeks ago", "a few days ago"): small counts in words.
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['a couple of', 2], ['couple of', 2], ['a few', 3], ['few', 3], ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3],
  ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
]);

/** The count words as a lower-case alternation, longest first ("a couple of" before "a"). */
export const COUNT_WORD_ALTERNATION = [...COUNT_WORDS.keys()].join('|');

/** The number a count word stands for ("two" → 2, "a few" → 3). */
export function countWordValue(word: string): number | undefined {
  return COUNT_WORDS.get(word.toLowerCase());
}
