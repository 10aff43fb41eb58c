// The asker's guess at a figure: "…, roughly four fifths", "…, 2 hours", "…, about 80 percent or
// so", "the about 600 million package" (chat's "~600 mil"). A guess offers a value to check, not a
// thing the question is about: the sentence that answers states the figure its own way ("82%",
// "more than three hours", "$640 million"), so the guess's words may only help pick it
// (as a restating clause's do, question.ts), never make the question look unknown to the coverage.
// Read from the plain form, where chat's "mil", "hrs" and number words above ten are spelled out.
import { MONTH_WORD_ALTERNATION } from '../lexicon/calendar.js';

// Words that mark a figure as a guess; at the end of the question, after a comma, a bare figure is one too ("…, 2 hours").
// A bound offered either way ("…, more or less than 20 mil", "over or under 50k") is a guess too.
const GUESS_WORDS = String.raw`(?:like|roughly|about|around|approximately|maybe|probably|nearly|almost|more or less(?: than)?|over or under|above or below|(?:bigger|larger|smaller|higher|lower) or (?:bigger|larger|smaller|higher|lower) than|more than|less than|over|under|at least|at most|north of|south of|upwards of|in excess of)`;
const NUMBER_WORDS = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|a half|a third|a quarter)`;
// A share told as a count of a whole: "3 in 4", "2 out of 3".
const SHARE_OF_WHOLE = String.raw`\d+ (?:in|out of) \d+`;
// A tally or a score: "like 90 to 10", "about 60-40".
const TALLY = String.raw`\d+ ?(?:to|-) ?\d+`;
const FIGURE = String.raw`(?:${SHARE_OF_WHOLE}|${TALLY}|[$€£]?\d[\d.,]*%?|${NUMBER_WORDS})`;
// What may follow the figure: its scale, its unit, the part a fraction counts; by the kind of figure it makes.
const MONEY_UNITS = String.raw`thousand|million|billion|trillion|k|m|bn|mn|dollars?|euros?|pounds?|bucks`;
const SHARE_UNITS = String.raw`percent|per cent|pct|halves|(?:half|third|quarter|fourth|fifth|tenth)s?|and a half`;
const SPAN_UNITS = String.raw`hours?|days?|weeks?|months?|years?|minutes?`;
const UNITS = String.raw`(?:${MONEY_UNITS}|${SHARE_UNITS}|${SPAN_UNITS}|times)`;
const TRAILING_HEDGE = String.raw`(?: (?:or (?:so|smth|something|sth|what|more|less|not)|right|maybe|i think))?`;
// A guess told as hearsay: "…, i heard around 20 million", "…, i think it was 2 billion".
const HEARSAY = String.raw`i (?:heard|think|thought|read|saw|remember) (?:(?:that )?(?:it|that|this) (?:was|is) |it's )?`;
// The guess asked as a question of its own ("…, was it about 1.5 billion", "…, it was like 60 days"), or told as hearsay.
const GUESS_ASKED = String.raw`(?:(?:was|is|were|are) (?:it|that|they|this) |${HEARSAY}|(?:it|that|this) (?:was|is) |(?:it|that|this)'s )`;

// Words that mark a guess with no comma before them: "… leaving in like two months". Not "about",
// "over" or "under", which also name a topic or a bound ("what did he say about 2 billion").
const UNPUNCTUATED_GUESS_WORDS = String.raw`(?:like|roughly|approximately|maybe|probably)`;

// A day offered to check ("what day did they sign it, was it october 27", "…, or tuesday"): the
// sentence that answers gives its own; as the plain form writes it (month spelled out, day in figures).
const DATE_GUESS = String.raw`(?:on )?(?:the )?(?:(?:${MONTH_WORD_ALTERNATION}) \d{1,2}(?:,? \d{4})?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;
const DATE_GUESSED = new RegExp(String.raw`^${DATE_GUESS}$`, 'u');

/** Whether a trailing guess is a day ("october 27", "on tuesday"). */
export const guessesDay = (guess: string): boolean => DATE_GUESSED.test(guess);

// Two figures offered to choose from: "…, was it 12 or 13", "…, 3 or 4 days".
const GUESS_REST = String.raw`${FIGURE}(?:(?: ${UNITS}){0,2} or ${FIGURE})?(?: ${UNITS}){0,2}${TRAILING_HEDGE}$`;

/**
 * Where a comma or a question mark opens a trailing guess ("…, roughly four fifths", "…, 2 hours or
 * so", "…, was it about 1.5 billion", "how big was it? like 700 million"), or a space one its marker
 * word makes a guess ("… leaving in like two months").
 */
export const TRAILING_GUESS = new RegExp(
  // Not the year of a date ("on march 1, 2024").
  String.raw`(?<!\b(?:${MONTH_WORD_ALTERNATION})\.? \d{1,2}(?:st|nd|rd|th)?)[,?] (?=${GUESS_ASKED}?(?:${GUESS_WORDS} )?${GUESS_REST})|(?<=\S) (?=${UNPUNCTUATED_GUESS_WORDS} ${GUESS_REST})|[,?] (?=(?:or |(?:or )?${GUESS_ASKED})${DATE_GUESS}${TRAILING_HEDGE}$)`,
  'u',
);

// Inside the question a guess needs its marker and a scale or unit, or is a share of a whole: "the
// around 600 million package", "like a 1 bn package", "handed over like nine tenths of them",
// "roughly 3 in 4 of the shells"; not "the 640 million package" (a figure that names which one) nor
// "what did he say about 2 billion" (a topic). Told as hearsay, the telling goes with it: "…, i heard around 20 million".
// "Like" only with words after it: a trailing "…, like 1.5 bil?" asks for the figure (TRAILING_GUESS).
const INLINE_FIGURE = String.raw`(?:a )?(${SHARE_OF_WHOLE}|${FIGURE}(?: ${UNITS}){1,2})\b`;
// "like 7 bn *total*": a word that only says the figure is a sum goes with the guess.
const SUMMED = String.raw` (?:in )?(?:total|overall|altogether|combined|all told)(?!\p{L})`;
const INLINE_GUESS = new RegExp(String.raw`(?:,? \b${HEARSAY})?\b(?:(?:around|roughly|approximately) ${INLINE_FIGURE}(?:${SUMMED})?|like ${INLINE_FIGURE}(?:${SUMMED}|(?= \p{L})))`, 'gu');
const MARKED = new RegExp(String.raw`^(?:or )?${GUESS_ASKED}?${GUESS_WORDS} |^(?:or )?${GUESS_ASKED}|^or |${TRAILING_HEDGE}$`, 'gu');

// A claim's figure with its unit: "holm said 90% were delivered?", "the package was over 1 bn, true?",
// a tally ("the vote was 60-40"), or two offered to choose from ("was the grant 40 mil or 1 bil");
// not one after a determiner or a possessive, which names the thing ("did the 95bn bill pass", "berg's 40 mil ask").
// (A tally of at most three figures a side: "2023-24" is a season.)
const CLAIMED_FIGURE = String.raw`(?:\d{1,3} ?(?:to|-) ?\d{1,3}(?![\d.,])|[$€£]?\d[\d.,]*(?:%|(?: ${UNITS}){1,2}))`;
const CLAIMED = new RegExp(String.raw`(?<!\S)(?<!\b(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your) )(?<!\p{L}['’]s )(?:${GUESS_WORDS} )?${CLAIMED_FIGURE}(?: or (?:${GUESS_WORDS} )?${CLAIMED_FIGURE})?(?=[\s,.;:!?]|$)`, 'u');

/** The text without what a pattern found in it, its spaces and stops tidied. */
export const withoutFound = (text: string, found: RegExpExecArray): string =>
  `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`.replace(/\s+([,.;:!?])/gu, '$1').replace(/\s+/gu, ' ').trim();

/**
 * A claim checks its figure, it is not about it: the sentence that answers states its own ("82%",
 * "$40 million"), so the claim without the figure, and the figure, which only helps as a guess does.
 */
export function withoutClaimedFigure(claim: string): { rest: string; figure: string } | undefined {
  const found = CLAIMED.exec(claim);
  if (found === null) return undefined;
  return { rest: withoutFound(claim, found), figure: guessedFigure(found[0]) };
}

/** The question without the guesses made inside it, and those guesses' figures. */
export function withoutInlineGuesses(plain: string): { rest: string; guesses: string[] } {
  const guesses = [...plain.matchAll(INLINE_GUESS)].map((match) => (match[1] ?? match[2])!);
  if (guesses.length === 0) return { rest: plain, guesses };
  return { rest: plain.replace(INLINE_GUESS, ' ').replace(/\s+/gu, ' ').replace(/[\s,;:]+$/u, '').trim(), guesses };
}

/** A trailing guess's figure, without the words that mark it as one ("roughly", "or so"). */
export const guessedFigure = (guess: string): string => guess.replace(MARKED, '');

/** Whether a word is a figure's scale or unit ("billion", "percent", "hours", "times"). */
export const isFigureUnit = (word: string): boolean => UNIT_WORD.test(word);
const UNIT_WORD = new RegExp(String.raw`^${UNITS}$`, 'u');

/** The kind of figure a guess is, by its sign or unit ("$700", "1.5 billion", "80%", "2 hours"); undefined for a bare count. */
export function guessedFigureKind(guess: string): 'money' | 'share' | 'span' | undefined {
  if (MONEY.test(guess)) return 'money';
  // "2 and a half hours" is a span, "a half" alone a share.
  if (SPAN.test(guess)) return 'span';
  return SHARE.test(guess) ? 'share' : undefined;
}
const MONEY = new RegExp(String.raw`[$€£]|\b(?:${MONEY_UNITS})\b`, 'u');
const SHARE = new RegExp(String.raw`%|\b(?:${SHARE_UNITS})\b|^${SHARE_OF_WHOLE}$`, 'u');
const SPAN = new RegExp(String.raw`\b(?:${SPAN_UNITS})\b`, 'u');
