// Text → index terms, shared by the index build and the query side so both see the same
// words. Pipeline: fold "U.S."-style country names and dotted initials ("U.N.") → Unicode-normalise and drop accents →
// lowercase → tokenise → drop stop words (natural's list) → Porter-stem (natural's, memoised).
import { createRequire } from 'node:module';

interface NaturalStemmer {
  stem(token: string): string;
}

// natural is CommonJS without per-file types; load only the submodules we need (the package
// root takes ~1 s to import and prints to stdout).
const require = createRequire(import.meta.url);
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as NaturalStemmer;
const { words: naturalStopWords } = require('natural/lib/natural/util/stopwords.js') as {
  words: readonly string[];
};

/** The single term every spelling of the United States folds to ("U.S.", "US", "USA", "United States"). */
export const COUNTRY_US_TERM = 'usa';

/** Queries are cut to this many characters and terms, so a pasted essay stays cheap. */
export const MAX_QUERY_CHARS = 2_000;
export const MAX_QUERY_TERMS = 64;

// Longer "words" are URLs, hashes or junk; they would only bloat the index.
const MAX_TOKEN_LENGTH = 40;

// natural's English list minus its single digits (numbers carry meaning here: "June 3"), plus
// "us" — uppercase "US" is folded to the country before lowercasing, so what is left is the pronoun —
// and the indefinite pronouns natural leaves in ("why is everyone so worried": no one in particular).
// The negative ones ("nobody", "nothing") stay: they say what did not happen.
const STOP_WORDS: ReadonlySet<string> = new Set([
  ...naturalStopWords.filter((word) => !/^\d$/.test(word)),
  'us',
  'will',
  'not',
  ...['every', 'any', 'some'].flatMap((quantifier) => ['one', 'body', 'thing'].map((rest) => `${quantifier}${rest}`)),
]);

/** Whether a lower-case word is one the index leaves out ("the", "much", "how"). */
export const isStopWord = (word: string): boolean => STOP_WORDS.has(word);

// Runs before lowercasing because only the bare "US" is ambiguous: uppercase is the country,
// lowercase the pronoun. Dotted forms and "united states" fold in any case (users type lowercase).
const COUNTRY_US =
  /(?<![\p{L}\p{N}.])(?:[Uu]\.[Ss]\.(?:[Aa]\.|[Aa](?![\p{L}\p{N}]))?|[Uu]\.[Ss](?![\p{L}\p{N}])|USA?(?![\p{L}\p{N}])|[Uu]nited\s+[Ss]tates(?:\s+of\s+[Aa]merica)?(?![\p{L}\p{N}]))/gu;
// Cheap pre-test: the full pattern (with its look-behind) is slow to run on every sentence.
const MAY_NAME_US = /[Uu]\.[Ss]|US|[Uu]nited\s+[Ss]tates/;
// Characters NFKD could change for the tokenizer: anything beyond ASCII, no-break space and the
// General Punctuation block (curly quotes, dashes, ellipses are separators either way).
const NEEDS_NFKD = /[^\x00-\x7f\u00a0\u2000-\u206f]/;
const COMBINING_MARKS = /\p{M}+/gu;
const THOUSANDS_SEPARATOR = /,(?=\d{3}(?!\d))/g;
const DIGIT = /\d/;

// News vocabulary is small and repetitive, so each distinct token is turned into its term once
// (stop-word check, number clean-up, stemming); "" marks a token that yields no term. Bounded so
// arbitrary user queries cannot grow it forever.
const MAX_MEMO_ENTRIES = 500_000;
const termMemo = new Map<string, string>();

function termOf(token: string): string {
  if (token.length > MAX_TOKEN_LENGTH || STOP_WORDS.has(token)) return '';
  // "1,000" and "1000" are the same number; "B-52" and "B52" the same plane.
  const cleaned = DIGIT.test(token) ? token.replace(THOUSANDS_SEPARATOR, '').replace('-', '') : token;
  // Pure numbers are not words: "2024" and "48.3" stay as written.
  return /^[\d.]+$/.test(cleaned) ? cleaned : PorterStemmer.stem(cleaned);
}

// Character classes for the tokenizer. natural's tokenizers are regex splits that run at ~14 MB/s
// here (and WordTokenizer drops non-ASCII letters and splits "48.3"), too slow for a corpus of
// hundreds of MB; this one scan implements the same idea at several times the speed.
const OTHER = 0;
const LETTER = 1;
const DIGIT_CLASS = 2;
const HYPHEN = 45;
const WORD_CHAR = /\p{L}/u;
const NUMBER_CHAR = /\p{N}/u;
const bmpClasses = new Uint8Array(0x10000);
for (let code = 0; code < 0x80; code++) {
  bmpClasses[code] = code >= 97 && code <= 122 ? LETTER : code >= 48 && code <= 57 ? DIGIT_CLASS : OTHER;
}
const bmpClassified = new Uint8Array(0x10000).fill(1, 0, 0x80);

function classOf(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (bmpClassified[code] === 1) return bmpClasses[code] ?? OTHER;
  // Lone surrogates and astral characters (emoji, rare scripts) are separators here.
  const char = text[index] ?? '';
  const kind = WORD_CHAR.test(char) ? LETTER : NUMBER_CHAR.test(char) ? DIGIT_CLASS : OTHER;
  bmpClasses[code] = kind;
  bmpClassified[code] = 1;
  return kind;
}

const isWordClass = (kind: number): boolean => kind !== OTHER;

/**
 * Tokens of lowercased text, each passed to `visit` by its place: numbers with their
 * decimal/thousands separators ("48.3", "1,000"), letters-hyphen-number model names ("b-52s"),
 * else runs of letters and digits.
 */
function scanTokens(text: string, visit: (start: number, end: number) => void): void {
  const length = text.length;
  let i = 0;
  while (i < length) {
    const kind = classOf(text, i);
    if (kind === OTHER) {
      i++;
      continue;
    }
    const start = i;
    if (kind === DIGIT_CLASS) {
      // \d+(?:[.,]\d+)*
      i++;
      for (;;) {
        while (i < length && classOf(text, i) === DIGIT_CLASS) i++;
        const separator = text.charCodeAt(i);
        if ((separator === 46 || separator === 44) && i + 1 < length && classOf(text, i + 1) === DIGIT_CLASS) i++;
        else break;
      }
    } else {
      while (i < length && classOf(text, i) === LETTER) i++;
      if (text.charCodeAt(i) === HYPHEN && i + 1 < length && classOf(text, i + 1) === DIGIT_CLASS) {
        i++; // letters-hyphen-number: "b-52s"
      }
      while (i < length && isWordClass(classOf(text, i))) i++;
    }
    visit(start, i);
  }
}

// Initials written with stops ("U.N.", "E.O.", "D.C.", "J.D."): one word, as typed without them
// ("un", "eo", "dc"); letter by letter they would be single letters, which the index drops.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])((?:\p{L}\.){2,})(?![\p{L}\p{N}])/gu;
const MAY_HAVE_INITIALS = /\p{L}\.\p{L}\./u;

function normalise(text: string): string {
  const usFolded = MAY_NAME_US.test(text) ? text.replace(COUNTRY_US, ` ${COUNTRY_US_TERM} `) : text;
  const folded = MAY_HAVE_INITIALS.test(usFolded) ? usFolded.replace(DOTTED_INITIALS, (initials) => `${initials.replaceAll('.', '')} `) : usFolded;
  // NFKD splits compatibility forms and accents ("ﬁ" → "fi", "é" → "e" + mark); dropping the
  // marks lets "Vorensky" match "Vorenský" and strips zalgo. Plain text skips the work.
  const plain = NEEDS_NFKD.test(folded) ? folded.normalize('NFKD').replace(COMBINING_MARKS, '') : folded;
  return plain.toLowerCase();
}

/** The tokens of a text that `termOfToken` turns into its terms. */
export function termTokens(text: string): string[] {
  const tokens: string[] = [];
  const normalised = normalise(text);
  scanTokens(normalised, (start, end) => tokens.push(normalised.slice(start, end)));
  return tokens;
}

/**
 * The tokens of `termTokens(text)` by their place in a normalised copy of the text, passed to
 * `visit` without cutting them out (the build numbers a token it has seen by its characters).
 */
export function visitTermTokens(text: string, visit: (normalised: string, start: number, end: number) => void): void {
  const normalised = normalise(text);
  scanTokens(normalised, (start, end) => visit(normalised, start, end));
}

/** The term of one token of `termTokens`, '' for a token that yields none (a stop word). */
export function termOfToken(token: string): string {
  let term = termMemo.get(token);
  if (term === undefined) {
    term = termOf(token);
    if (termMemo.size < MAX_MEMO_ENTRIES) termMemo.set(token, term);
  }
  return term;
}

/**
 * The index terms of a text, in order, with repeats: stemmed, lowercased, stop words removed.
 * Deterministic; never throws on any string.
 */
export function terms(text: string): string[] {
  const result: string[] = [];
  for (const token of termTokens(text)) {
    const term = termOfToken(token);
    if (term !== '') result.push(term);
  }
  return result;
}

/** The terms of a user query: like `terms`, but bounded in input length and term count. */
export function queryTerms(query: string): string[] {
  return terms(query.slice(0, MAX_QUERY_CHARS)).slice(0, MAX_QUERY_TERMS);
}
