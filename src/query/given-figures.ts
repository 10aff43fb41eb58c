// The figures a question itself gives ("how much of the $61 billion was approved", "how many of
// the 40 ferries"): a sentence stating only such a figure repeats the question, it does not answer
// it, as a person the question names answers no "who". A figure is told by its number and scale;
// an amount of money only by one the question writes as money ("$10", "8 million"), so "dinner
// for 10" gives no "$10".

export interface GivenFigure {
  number: string;
  scale: string;
  money: boolean;
  percent: boolean;
}

const SCALE = String.raw`(?:thousand|million|billion|trillion|[kmb]n?)`;
const NUMBER = new RegExp(String.raw`([$€£¥]\s*)?(\d+(?:[.,]\d+)*)\s*(${SCALE}\b)?\s*(%|per ?cent\b|dollars?\b|euros?\b|pounds?\b)?`, 'giu');

const plainNumber = (digits: string): string => digits.replace(/,(?=\d{3}\b)/gu, '');
const scaleOf = (word: string | undefined): string => {
  const lower = (word ?? '').toLowerCase();
  return lower === 'k' ? 'thousand' : lower.startsWith('m') ? 'million' : lower.startsWith('b') ? 'billion' : lower;
};

/** The figures written in a text, each with its scale and whether it is written as money or a percentage. */
export function figuresIn(text: string): GivenFigure[] {
  return [...text.matchAll(NUMBER)].map(([, currency, digits = '', scale, unit]) => {
    const lowerUnit = (unit ?? '').toLowerCase();
    const percent = lowerUnit === '%' || lowerUnit.startsWith('per');
    return { number: plainNumber(digits), scale: scaleOf(scale), money: currency !== undefined || (scale !== undefined && !percent) || /^(?:dollar|euro|pound)/u.test(lowerUnit), percent };
  });
}

/** How far past a span's start its figure's scale and unit may run ("$61.4" of "$61.4 billion"). */
const FIGURE_REACH = 24;

/**
 * Whether the figure a money, count or percent span of the sentence starts (read whole: the
 * annotator's spans may hold "$61.4" or "4" of "$61.4 billion") is one the question gives. Money
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
  return given.some((each) => each.number === figure.number && each.scale === figure.scale && (kind === 'money' ? each.money : kind === 'percent' ? each.percent : true));
}
