// Splits a paragraph into sentences with a single left-to-right scan over candidate terminators.
// Intl.Segmenter and natural's SentenceTokenizer both split after "U.S." or "Mr."; this scanner
// decides each "." / "!" / "?" from its neighbours instead:
//  - a boundary needs whitespace and then a capital, digit or opening quote ("... these were built"
//    and "a.m. on Monday" never split; "$48.3" has no space after the point);
//  - titles ("Mr.", "Sen.", "Gen.") never end a sentence; months ("Nov.") and "No." do not
//    before a number; initials and dotted acronyms ("F.", "U.S.", "a.m.") end one only when a
//    typical sentence opener follows ("… from the U.S. The Senate …");
//  - a terminator followed by a closing quote ends the sentence after the quote (`."`);
//  - inside a short quoted phrase nothing splits.

/** Abbreviations that precede a name and never end a sentence. */
const TITLES = new Set(
  ('mr mrs ms mx dr prof sen sens rep reps gen gens lt col maj capt cpt sgt cpl adm cmdr gov pres sec amb ' +
    'rev fr sr jr st mt ft supt insp det hon messrs mme mlle vs approx dept').split(' '),
);
/** Abbreviations that continue into a number: "Nov. 14", "No. 2", "pp. 4". */
const BEFORE_NUMBER = new Set('jan feb mar apr jun jul aug sep sept oct nov dec no nos pp p art ch fig figs vol para'.split(' '));
/** Words that typically open a sentence: after an initial or acronym they signal a boundary. */
const SENTENCE_OPENERS = new Set(
  ('the a an he she it they we i you this that these those there his her its their our my but and or so yet ' +
    'however meanwhile in on at for after before when while if as according since during earlier later also ' +
    'still then now today yesterday what why how who where some many most no not all both each one two three').split(' '),
);
/** A quotation this short is a phrase inside a sentence, not a run of sentences. */
const SHORT_QUOTE_CHARS = 80;

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t';
const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
const isLetter = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const CLOSERS = new Set(['"', "'", ')', ']']);
const OPENERS = new Set(['"', "'", '(', '[']);

/** The word that ends at `end` (exclusive), dots included ("U.S", "a.m", "Nov"). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text[start - 1]) && !OPENERS.has(text[start - 1]!)) start--;
  return text.slice(start, end);
}

function nextWord(text: string, from: number): string {
  const match = /^[\p{L}']+/u.exec(text.slice(from, from + 40));
  return match === null ? '' : match[0];
}

/**
 * Positions of the straight double quotes that close a quotation shorter than
 * SHORT_QUOTE_CHARS, mapped from their opening position.
 */
function shortQuotes(text: string): Map<number, number> {
  const spans = new Map<number, number>();
  let open = -1;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    const before = text[i - 1];
    const opening = i === 0 || isSpace(before) || before === '(' || before === '[' || before === '-';
    if (open === -1 && opening) open = i;
    else if (open !== -1 && !opening) {
      if (i - open < SHORT_QUOTE_CHARS) spans.set(open, i);
      open = -1;
    }
  }
  return spans;
}

function isBoundary(text: string, dotRun: number, afterRun: number, terminator: string): boolean {
  // Needs whitespace, then an optional opening quote/bracket, then a capital or digit.
  if (!isSpace(text[afterRun])) return false;
  let next = afterRun;
  while (isSpace(text[next])) next++;
  while (OPENERS.has(text[next] ?? '')) next++;
  const first = text[next];
  if (first === undefined) return false;
  if (!(isLetter(first) && isUpper(first)) && !isDigit(first)) return false;
  if (terminator !== '.') return true;

  const word = wordBefore(text, dotRun);
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase();
  if (TITLES.has(bare)) return false;
  if (BEFORE_NUMBER.has(bare) && isDigit(first)) return false;
  // Single initials ("F.") and dotted acronyms ("U.S.", "a.m.").
  if (/^(?:\p{L}\.)*\p{L}$/u.test(bare) && (bare.length === 1 || bare.includes('.'))) {
    return SENTENCE_OPENERS.has(nextWord(text, next).toLowerCase());
  }
  return true;
}

/**
 * Splits one paragraph into sentences, trimmed, in order; the text of each is unchanged. A line
 * break the cleaner kept (clean.ts: a Markdown hard break) ends a sentence.
 */
export function splitSentences(paragraph: string): string[] {
  return paragraph.includes('\n') ? paragraph.split('\n').flatMap(splitLine) : splitLine(paragraph);
}

function splitLine(line: string): string[] {
  const text = line.trim();
  const sentences: string[] = [];
  const quotes = text.includes('"') ? shortQuotes(text) : new Map<number, number>();
  const quoteEnds = [...quotes.entries()];
  let quoteCursor = 0;
  let start = 0;
  const terminators = /[.!?]+/g;
  for (let match = terminators.exec(text); match !== null; match = terminators.exec(text)) {
    const position = match.index;
    // Skip when the terminator lies inside a short quotation.
    while (quoteCursor < quoteEnds.length && quoteEnds[quoteCursor]![1] < position) quoteCursor++;
    const quote = quoteEnds[quoteCursor];
    if (quote !== undefined && quote[0] < position && position < quote[1] && quote[1] - position > 1) continue;

    // An ellipsis opening a quotation or clause ('elaborate: "... As we') ends nothing.
    if (position === start || text[position - 1] === '"' || isSpace(text[position - 1])) continue;
    let afterRun = position + match[0].length;
    while (CLOSERS.has(text[afterRun] ?? '')) afterRun++;
    const terminator = match[0].length === 1 ? match[0] : match[0].includes('.') && !/[!?]/.test(match[0]) ? '...' : '!';
    if (!isBoundary(text, position, afterRun, terminator)) continue;
    const sentence = text.slice(start, afterRun).trim();
    if (sentence !== '') sentences.push(sentence);
    start = afterRun;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}
