// The figures a question itself gives ("how much of the $48 billion was approved", "how many of
// the 40 ferries"): a sentence stating only such a figure repeats the question, it does not answer
// it, as a person the question names answers no "who". A figure is told by its value (number
// times scale, by the scale words money-amounts.ts reads); an amount of money only by one the
// question writes as money ("$10", "8 million"), so "dinner for 10" gives no "$10".

import { scaleOf } from '../ingest/money-amounts.js';

export interface GivenFigure {
  /** The number times its scale ("48.3 billion" → 48.3e9). */
  value: number;
  money: boolean;
  percent: boolean;
}

const NUMBER = /([$€£¥]\s*)?(\d+(?:[.,]\d+)*)\s*(thousand\b|million\b|billion\b|trillion\b|[kmb]n?\b)?\s*(%|per ?cent\b|dollars?\b|euros?\b|pounds?\b)?/giu;

/** The figures written in a text, each with its value and whether it is written as money or a percentage. */
export function figuresIn(text: string): GivenFigure[] {
  return [...text.matchAll(NUMBER)].map(([, currency, digits = '', scale, unit]) => {
    const lowerUnit = (unit ?? '').toLowerCase();
    const percent = lowerUnit === '%' || lowerUnit.startsWith('per');
    // "1,200" is twelve hundred; "48.3" and a decimal comma ("48,3") are read as written.
    const number = Number(digits.replace(/,(?=\d{3}\b)/gu, '').replace(',', '.'));
    return { value: number * (scale === undefined ? 1 : (scaleOf(scale.toLowerCase()) ?? 1)), money: currency !== undefined || (scale !== undefined && !percent) || /^(?:dollar|euro|pound)/u.test(lowerUnit), percent };
  });
}

// "More than 40 billion?": a figure after a comparison is the asker's guess, which a sentence
// stating it confirms; one after "of the" (the base of a share) is given.
const GUESSED = /\b(?:(?:more|less|fewer|greater|higher|lower|bigger|smaller) than|over|under|above|below|at (?:least|most)|around|about|roughly|nearly|almost|approximately|like|up to)\s*$/u;

/** The figures a question gives, less the ones it only guesses ("more than $40 billion"). */
export function givenFiguresIn(question: string): GivenFigure[] {
  return [...question.matchAll(NUMBER)].filter((match) => match[0].trim() !== '' && !GUESSED.test(question.slice(0, match.index))).map((match) => figuresIn(match[0])[0]!);
}

/** How far past a span's start its figure's scale and unit may run ("$48.3" of "$48.3 billion"). */
const FIGURE_REACH = 24;

/**
 * Whether the figure a money, count or percent span of the sentence starts (read whole: the
 * annotator's spans may hold "$48.3" or "3" of "$48.3 billion") is one the question gives. Money
 * and percentages count only as the question writes them; a count is any figure it gives.
 */
export function isGivenFigure(text: string, start: number, kind: 'money' | 'count' | 'percent', given: readonly GivenFigure[]): boolean {
  let from = start;
  while (from > 0 && /[\d.,$€£¥]/u.test(text[from - 1]!)) from--;
  const slice = text.slice(from, start + FIGURE_REACH);
  // A figure in words ("eight C-130 aircraft") is not the digits after it.
  if (!/^[$€£¥]?\s*\d/u.test(slice)) return false;
  const [figure] = figuresIn(slice);
  if (figure === undefined) return false;
  return given.some((each) => each.value === figure.value && (kind === 'money' ? each.money : kind === 'percent' ? each.percent : true));
}
