// Answer → plain text for a terminal (the REPL, `ask` without --json). Discord (slash
// commands and DMs alike) gets embeds: render/embed.ts.
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { articleLabel, citationMarkers, numberList, quotedEvidence, sourceGroups, webUrl, type SourceGroup } from './citations.js';
import { removeInvisible } from '../text-hygiene.js';
import { truncateAtWord } from './sanitize.js';
import { takenAsLine } from './taken-as.js';

export interface TextOptions {
  /** ANSI colours; the REPL passes `process.stdout.isTTY`. */
  color?: boolean;
}

interface Style {
  title(text: string): string;
  marker(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  /** Applied to every piece of text the renderer did not write itself; only a message keeps its line breaks. */
  clean(text: string, keepNewlines?: boolean): string;
  /** Longest title and message shown, so the items still get room. */
  headerMax: number;
}

const ansi = (code: string) => (text: string) => `\x1b[${code}m${text}\x1b[0m`;
const same = (text: string) => text;

const terminalStyle = (color: boolean): Style => ({
  title: color ? ansi('1') : same,
  marker: color ? ansi('36') : same,
  dim: color ? ansi('2') : same,
  warn: color ? ansi('33') : same,
  clean: (text, keepNewlines) => removeInvisible(text, keepNewlines),
  headerMax: Number.POSITIVE_INFINITY,
});

function itemLine(item: AnswerItem, position: number, style: Style, citations: ReadonlyMap<number, Citation>): string {
  const date = item.date === undefined ? '' : ` — ${style.clean(item.date)}`;
  const speaker = item.speaker === undefined ? '' : `${style.title(style.clean(item.speaker))}: `;
  const line = `${position}. ${speaker}${style.clean(item.text)}${date} ${style.marker(citationMarkers(item))}`;
  // A structured fact ("$315 million · military") shows the sentence it was drawn from.
  const quoted = quotedEvidence(item, citations);
  return quoted === null ? line : `${line}\n   ${style.dim(`“${style.clean(quoted.sentence)}”`)}`;
}

function headerLines(answer: Answer, style: Style): string[] {
  const lines = answer.takenAs === undefined ? [] : [style.dim(takenAsLine(answer.takenAs, style.clean))];
  lines.push(style.title(style.clean(truncateAtWord(answer.title, style.headerMax))));
  if (answer.message !== undefined) {
    // With no items (/help, an error), the message is the answer and may use the room.
    const max = answer.items.length === 0 ? Number.POSITIVE_INFINITY : style.headerMax;
    const message = style.clean(truncateAtWord(answer.message, max), true);
    lines.push(answer.abstained || answer.error !== undefined ? style.warn(message) : message);
  }
  return lines;
}

/**
 * The cleaned lines of an answer's text, each made once, so trying several item counts
 * (to fit a DM) costs joins, not re-cleaning every sentence each time.
 */
class TextPieces {
  readonly #answer: Answer;
  readonly #style: Style;
  readonly #citations: ReadonlyMap<number, Citation>;
  readonly #linkUrls: (url: string) => string;
  readonly header: string[];
  readonly #itemLines: string[] = [];
  /** Source lines by how many items are shown: fewer items may cite fewer numbers of one article. */
  readonly #sources = new Map<number, string[]>();

  constructor(answer: Answer, style: Style, linkUrls: (url: string) => string) {
    this.#answer = answer;
    this.#style = style;
    this.#linkUrls = linkUrls;
    this.header = headerLines(answer, style);
    this.#citations = new Map(answer.citations.map((citation) => [citation.n, citation]));
  }

  itemLine(index: number): string {
    for (let next = this.#itemLines.length; next <= index; next += 1) {
      const item = this.#answer.items[next];
      if (item === undefined) throw new RangeError(`no item ${index}`);
      this.#itemLines.push(itemLine(item, next + 1, this.#style, this.#citations));
    }
    return this.#itemLines[index]!;
  }

  sourceLines(shown: number): string[] {
    let lines = this.#sources.get(shown);
    if (lines === undefined) {
      lines = sourceGroups(this.#answer, this.#answer.items.slice(0, shown)).map(
        (group) => `${this.#style.marker(numberList(group.numbers))} ${this.#style.dim(sourceText(group, this.#style, this.#linkUrls))}`,
      );
      this.#sources.set(shown, lines);
    }
    return lines;
  }

  /** The text with the first `shown` items, their sources, and `trailer` after the items. */
  compose(shown: number, trailer: readonly string[]): string {
    const lines = [...this.header];
    if (shown > 0) {
      lines.push('');
      if (this.#answer.abstained) lines.push(this.#style.dim('Closest sentences in the coverage (they may not answer this):'));
      for (let index = 0; index < shown; index += 1) lines.push(this.itemLine(index));
    }
    lines.push(...trailer);
    const sources = this.sourceLines(shown);
    if (sources.length > 0) lines.push('', this.#style.title('Sources:'), ...sources);
    return lines.join('\n');
  }
}

/** "Publisher, “Title”, 2025-03-18, https://…": an article once, however many of its sentences are cited. */
function sourceText({ article }: SourceGroup, style: Style, linkUrls: (url: string) => string): string {
  const parts = [style.clean(articleLabel(article))];
  if (article.published !== null) parts.push(style.clean(article.published));
  // A real web link is printed as is (escaping would break it); anything else is text.
  const url = webUrl(article);
  if (url !== null) parts.push(linkUrls(removeInvisible(url)));
  else if (article.url !== null) parts.push(style.clean(article.url));
  return parts.join(', ');
}

function pageLine(answer: Answer): string[] {
  return answer.page === undefined ? [] : [`Page ${answer.page.number}/${answer.page.total}`];
}

/** Readable text for a terminal. */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  return new TextPieces(answer, terminalStyle(options.color ?? false), same).compose(answer.items.length, pageLine(answer));
}
