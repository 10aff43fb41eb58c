// Turns an article body (front matter already removed) into clean paragraphs of article text.
//
// Page furniture is dropped by general rules, never by rules keyed to one site:
//  - known furniture phrases (comment forms, "Powered by …", share prompts, image credits);
//  - short lines without sentence punctuation (navigation words, tag lines, bylines, datelines,
//    captions, headings), except the line chosen as the headline and one ending with a colon
//    right before a list, which says what its items are part of;
//  - a sidebar of unrelated headlines at the bottom (items separated by lone dashes, or a block
//    introduced by "Related", "Read more", "Most read" …);
//  - the headline printed a second time.
// Text that stays is only typographically normalised (quotes, spaces, bullets, ellipses).
import { renderedText } from './markdown-html.js';
import { meaningWords } from './meaning-words.js';

export type ArticleFormat = 'txt' | 'md';

export interface CleanedBody {
  /** Paragraphs of article text, in order; `Sentence.paragraph` indexes this array. */
  paragraphs: string[];
  /** The line judged to be the headline (kept as the first paragraph), or null. */
  headline: string | null;
}

/** Curly quotes → straight, odd spaces → space, zero-width characters removed, "…" → "...". */
export function normaliseTypography(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/\u2026/g, '...');
}

const BULLET = /^(?:[•·*▪◦‣●■□➢►-]|[–—](?=\s))\s+/;
const LONE_SEPARATOR = /^[-–—•·*_=|~]+$/;
const MD_HEADING = /^#{1,6}\s+/;
const MD_LIST_ITEM = /^(?:[-*+]|\d{1,3}[.)])\s+/;
const HARD_BREAK = /\S {2,}$/;

// Whole-block furniture, matched against the block's lower-cased text.
const FURNITURE_PATTERNS: readonly RegExp[] = [
  /^(?:submit|post|leave|add|write)\s+(?:a\s+|your\s+)?(?:comment|reply|review)/,
  /\byour email address will not be published\b/,
  /\brequired fields are marked\b/,
  /^(?:no|\d+)\s+comments?:?$/,
  /^powered by\b/,
  /^(?:continue reading|read more|read the full|expand article|show more|load more)\b/,
  /^see (?:related|also|more)\b/,
  /^support (?:our|independent|quality)\b.*\bjournalism\b/,
  /^(?:share|tweet|email|print|click to share)(?:\s+(?:this|on|via|the|article|story|post)\b.*)?:?$/,
  /\bfbpx\b/,
  /^(?:subscribe|sign up)\b.*\b(?:newsletter|updates|alerts)\b/,
  /^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content|all sections|menu|search)$/,
  /^(?:copyright\b|©|\(c\)\s)/,
  /^(?:tags?|filed under|posted in|categor(?:y|ies))\s*:/,
  /^(?:follow|like) us\b/,
  /^(?:click|tap) here\b/,
  /\bwe use cookies\b/,
];

// An image caption or credit: "Image by …", "Stock photo: Lindvik Pictures", "Name | Image by …".
const CREDIT_PATTERNS: readonly RegExp[] = [
  /\b(?:image|photo|picture|video|illustration)s?\s+(?:by|courtesy|credit)\b/,
  /\b(?:stock\s+)?(?:photo|image|picture)\s*(?:credit)?\s*:\s*\S/,
  /\|\s*(?:image|photo|picture|credit)/,
  /^(?:photo|image|picture|caption|credit)\s*:/,
];
const MAX_CAPTION_WORDS = 25;

// Lines that introduce a block of other stories at the end of a page.
const SIDEBAR_INTRODUCER = /^(?:related(?:\s+(?:articles?|stories|news|posts?|coverage))?|more (?:from|on|stories|news)\b.*|read more|most (?:read|popular|viewed)|latest(?: news)?|trending(?: now)?|you (?:may|might) also like|recommended(?: for you)?|top stories|editor'?s picks)\s*:?$/;

// A label before a quotation: strip the label, keep the quote.
const QUOTE_LABEL = /^(?:quote|quotation)\s*:\s*/i;

const SENTENCE_END = /[.!?]["')\]]*$/;
/** A line this long without final punctuation is prose that lost its period, not a label. */
const MIN_PROSE_WORDS = 12;
/** A bulleted item this long is a list entry worth keeping even without final punctuation. */
const MIN_LIST_ITEM_WORDS = 4;
/** How many leading blocks may hold the headline (site name, tagline, date come first). */
const HEADLINE_WINDOW = 8;
/** How much of the opening is compared with a headline candidate. */
const HEADLINE_CONTEXT_BLOCKS = 60;
const HEADLINE_CONTEXT_CHARS = 8_000;
const MAX_HEADLINE_WORDS = 40;

interface Block {
  text: string;
  bulleted: boolean;
  /** A markdown heading ("# …"): never prose, but a headline candidate. */
  heading: boolean;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const isAsciiLetterOrDigit = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/**
 * Words in `text` (space-separated tokens with a letter or digit), counting at most `limit`:
 * `min(limit, text.split(' ', limit + 10).filter(has a letter or digit).length)`, counted in
 * place (this runs on every block of every article).
 */
function wordCount(text: string, limit = 1000): number {
  let count = 0;
  let pieces = 0;
  let hasWordChar = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code === 32) {
      if (hasWordChar && ++count >= limit) return limit;
      hasWordChar = false;
      if (++pieces >= limit + 10) break;
    } else if (!hasWordChar) {
      // Two units, so an astral letter's surrogate pair is tested whole.
      hasWordChar = code < 128 ? isAsciiLetterOrDigit(code) : LETTER_OR_NUMBER.test(text.slice(i, i + 2));
    }
  }
  return count;
}

// Testing only the tail: an unanchored regex ending in $ would rescan a long paragraph.
const endsSentence = (text: string): boolean => SENTENCE_END.test(text.slice(-8));

// "*TAKE IT DOWN Act*": a star opening a word and a star closing one around a run without stars.
const STAR_EMPHASIS = /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])/gu;
// What bold left unpaired in a block ("**They're not alone." opening a run over paragraphs).
const STRAY_STRONG = /\*{2,}/g;

function stripMarkdownInline(line: string): string {
  if (!/[[*_`>]/.test(line)) return line;
  return line
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)([\s\S]+?)\1/g, '$2')
    .replace(STAR_EMPHASIS, '$1')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^>\s?/, '');
}

/** A block's text with its inline Markdown read, bold markers left unpaired included: no sentence shows them. */
const blockText = (lines: readonly string[]): string => stripMarkdownInline(lines.join(' ')).replace(STRAY_STRONG, '');

/**
 * Groups raw lines into blocks. A line continues the previous one when the previous lacks final
 * punctuation and this one starts in lower case (hard-wrapped text); in markdown, lines of one
 * blank-separated block join unless they are headings or list items.
 */
function toBlocks(text: string, format: ArticleFormat): Block[] {
  const blocks: Block[] = [];
  // Lines of the block being built, joined once at its end: appending to one string and
  // testing it after every line would be quadratic on a long block.
  let open: { lines: string[]; bulleted: boolean; heading: boolean } | null = null;
  /** Whether the previous raw line ended in a Markdown hard break. */
  let hardBreak = false;
  const close = (): void => {
    // A link can wrap over lines ("[Press Secretary Jane\n  Doe](https://…)"): strip it once joined.
    const joined = open === null ? '' : format === 'md' ? blockText(open.lines) : open.lines.join(' ');
    if (open !== null) blocks.push({ text: joined, bulleted: open.bulleted, heading: open.heading });
    open = null;
  };
  for (const rawLine of text.split('\n')) {
    // An indented line under a markdown list item continues it.
    const indented = /^\s{2,}\S/u.test(rawLine);
    let line = rawLine.replace(/ {2,}/g, ' ').trim();
    if (line === '') {
      close();
      hardBreak = false;
      continue;
    }
    let heading = false;
    let bulleted = false;
    if (format === 'md') {
      line = stripMarkdownInline(line).trim();
      if (MD_HEADING.test(line)) {
        heading = true;
        line = line.replace(MD_HEADING, '').replace(/\s+#+$/, '');
      } else if (MD_LIST_ITEM.test(line)) {
        bulleted = true;
        line = line.replace(MD_LIST_ITEM, '');
      }
    }
    if (!LONE_SEPARATOR.test(line) && BULLET.test(line)) {
      bulleted = true;
      line = line.replace(BULLET, '');
    }
    if (line === '') continue;
    const previous: { lines: string[]; bulleted: boolean; heading: boolean } | null = open;
    const lastLine = previous?.lines[previous.lines.length - 1] ?? '';
    const continues =
      previous !== null &&
      !heading &&
      !bulleted &&
      !previous.heading &&
      !LONE_SEPARATOR.test(line) &&
      !LONE_SEPARATOR.test(lastLine) &&
      (format === 'md' ? !previous.bulleted || indented || /^\p{Ll}/u.test(line) : !endsSentence(lastLine) && /^\p{Ll}/u.test(line));
    if (continues) {
      // A Markdown hard break (two trailing spaces) before a new capitalised line is a line of its
      // own ("…tech economy to China  ⏎ President Per Vos said…", one name and title a line):
      // kept as a line break, which ends a sentence.
      if (hardBreak && !/^\p{Ll}/u.test(line)) previous.lines[previous.lines.length - 1] += '\n';
      previous.lines.push(line);
    } else {
      close();
      open = { lines: [line], bulleted, heading };
    }
    hardBreak = format === 'md' && HARD_BREAK.test(rawLine);
  }
  close();
  return blocks;
}

/** Page furniture is short: a paragraph longer than this is article text. */
const MAX_FURNITURE_WORDS = 40;

function isFurniture(text: string): boolean {
  if (wordCount(text, MAX_FURNITURE_WORDS + 1) > MAX_FURNITURE_WORDS) return false;
  const lower = text.toLowerCase();
  if (FURNITURE_PATTERNS.some((p) => p.test(lower))) return true;
  return wordCount(text, MAX_CAPTION_WORDS + 1) <= MAX_CAPTION_WORDS && CREDIT_PATTERNS.some((p) => p.test(lower));
}

const isProse = (block: Block): boolean =>
  !block.heading &&
  (endsSentence(block.text) ||
    wordCount(block.text, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS ||
    (block.bulleted && wordCount(block.text, MIN_LIST_ITEM_WORDS) >= MIN_LIST_ITEM_WORDS));

/** A short line ending with a colon right before a bulleted list ("Key provisions of the bill:"): it says what the items are part of. */
const leadsList = (block: Block, next: Block | undefined): boolean => !block.heading && LIST_LEAD_IN.test(block.text) && next?.bulleted === true;
// Three words at least: "Key provisions of the bill:", not a section's label ("Background:", "Key Developments:").
const LIST_LEAD_IN = /^(?:\S+\s+){2,}\S*\p{L}\S*:$/u;

/** Index of the first block of a bottom sidebar, or `blocks.length` when there is none. */
function sidebarStart(blocks: readonly Block[]): number {
  // An introducer ("Read more", "Most read") in the second half starts a sidebar.
  for (let i = Math.floor(blocks.length / 2); i < blocks.length; i++) {
    if (SIDEBAR_INTRODUCER.test(blocks[i]!.text.toLowerCase())) return i;
  }
  // Headlines separated by lone dashes, ending the page (after any trailing furniture):
  // "Politics / - / item / - / item".
  let tail = blocks.length;
  while (tail > 0 && !isProse(blocks[tail - 1]!) && !LONE_SEPARATOR.test(blocks[tail - 1]!.text)) tail--;
  let start = tail;
  let items = 0;
  while (start >= 2 && LONE_SEPARATOR.test(blocks[start - 2]!.text) && !LONE_SEPARATOR.test(blocks[start - 1]!.text)) {
    start -= 2;
    items++;
  }
  if (items < 2) return blocks.length;
  // The short section word ("Politics") heading the sidebar goes with it.
  return start > 0 && !isProse(blocks[start - 1]!) ? start - 1 : start;
}

const DATE_IN_LINE =
  /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4})\b/i;

/**
 * The headline: among the first blocks, the first that is not furniture or a dateline and whose
 * meaning words mostly recur in the rest of the text. A site name or tagline ("Read Local,
 * Think Global") is not about the article, so its words do not recur.
 */
function findHeadline(blocks: readonly Block[]): number {
  // The headline comes before the body: no later than the first paragraph of prose.
  const firstProse = blocks.findIndex(isProse);
  const window = blocks.slice(0, Math.min(HEADLINE_WINDOW, firstProse === -1 ? blocks.length : firstProse + 1));
  const candidates = window.flatMap((block, i) => {
    const words = wordCount(block.text, MAX_HEADLINE_WORDS + 1);
    if (words < 3 || words > MAX_HEADLINE_WORDS || isFurniture(block.text) || LONE_SEPARATOR.test(block.text)) return [];
    if (!isProse(block) && DATE_IN_LINE.test(block.text)) return [];
    return [i];
  });
  if (candidates.length === 0) return -1;
  // In how many distinct blocks each word occurs (a block printed twice counts once). The
  // opening of a long document is enough to tell what it is about.
  const blocksWithWord = new Map<string, number>();
  let contextChars = 0;
  for (const text of new Set(blocks.slice(0, HEADLINE_CONTEXT_BLOCKS).map((b) => b.text))) {
    for (const w of meaningWords(text)) blocksWithWord.set(w, (blocksWithWord.get(w) ?? 0) + 1);
    contextChars += text.length;
    if (contextChars > HEADLINE_CONTEXT_CHARS) break;
  }
  for (const i of candidates) {
    const own = meaningWords(blocks[i]!.text);
    const recurring = own.filter((w) => (blocksWithWord.get(w) ?? 0) > 1).length;
    if (recurring >= 2 && recurring / own.length >= 0.5) return i;
  }
  return -1;
}

// "Source: example.com" is metadata only; "Source: The Daily Ledger, citing the minister during a
// meeting with the alliance's secretary general" also reports who said what, so it stays text.
const BARE_SOURCE_LINE = /^source\s*:\s*[^,;]*$/i;

/** Cleans an article body into paragraphs of article text. */
export function cleanBody(body: string, format: ArticleFormat = 'txt'): CleanedBody {
  const blocks = toBlocks(normaliseTypography(format === 'md' ? renderedText(body) : body), format);
  const headlineIndex = findHeadline(blocks);
  const end = sidebarStart(blocks);

  const headline = headlineIndex >= 0 ? blocks[headlineIndex]!.text : null;
  const paragraphs: string[] = [];
  for (let i = 0; i < end; i++) {
    const block = blocks[i]!;
    const text = block.text.replace(QUOTE_LABEL, '');
    // A headline printed again (above and below the byline) is page layout, not a second statement.
    const keep =
      i === headlineIndex ||
      (text !== headline && !isFurniture(text) && !LONE_SEPARATOR.test(text) && !BARE_SOURCE_LINE.test(text) && (isProse({ ...block, text }) || leadsList(block, blocks[i + 1])));
    if (keep) paragraphs.push(text);
  }
  return { paragraphs, headline };
}
