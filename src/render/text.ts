// Answer → plain text: for a terminal (the REPL, `ask` without --json) and, within
// Discord's 2000-character message limit, for DMs.
import type { Answer, AnswerItem } from '../answer.js';
import { articleLabel, citationMarkers, citationsUsedBy, sentenceShownAsItem, webUrl } from './citations.js';
import { discordSafe, stripControlCharacters, truncateAtWord } from './sanitize.js';

export const DISCORD_MESSAGE_LIMIT = 2000;

export interface TextOptions {
  /** ANSI colours; the REPL passes `process.stdout.isTTY`. */
  color?: boolean;
}

interface Style {
  title(text: string): string;
  marker(text: string): string;
  dim(text: string): string;
  warn(text: string): string;
  /** Applied to every piece of text the renderer did not write itself. */
  clean(text: string): string;
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
  clean: (text) => stripControlCharacters(text),
  headerMax: Number.POSITIVE_INFINITY,
});

const discordStyle: Style = {
  title: (text) => `**${text}**`,
  marker: same,
  dim: same,
  warn: same,
  clean: (text) => discordSafe(stripControlCharacters(text)),
  headerMax: 400,
};

function itemLine(item: AnswerItem, position: number, style: Style): string {
  const date = item.date === undefined ? '' : ` — ${style.clean(item.date)}`;
  return `${position}. ${style.clean(item.text)}${date} ${style.marker(citationMarkers(item))}`;
}

function sourceLines(answer: Answer, items: readonly AnswerItem[], style: Style, linkUrls: (url: string) => string): string[] {
  return citationsUsedBy(answer, items).map((citation) => {
    const { article } = citation;
    const parts = [style.clean(articleLabel(article))];
    if (article.published !== null) parts.push(style.clean(article.published));
    // A real web link is printed as is (escaping would break it); anything else is text.
    const url = webUrl(article);
    if (url !== null) parts.push(linkUrls(stripControlCharacters(url)));
    else if (article.url !== null) parts.push(style.clean(article.url));
    const source = parts.join(', ');
    const quote = sentenceShownAsItem(citation, items) ? '' : `“${style.clean(citation.sentence)}” — `;
    return `${style.marker(`[${citation.n}]`)} ${quote}${style.dim(source)}`;
  });
}

function headerLines(answer: Answer, style: Style): string[] {
  const lines = [style.title(style.clean(truncateAtWord(answer.title, style.headerMax)))];
  if (answer.message !== undefined) {
    const message = style.clean(truncateAtWord(answer.message, style.headerMax));
    lines.push(answer.abstained || answer.error !== undefined ? style.warn(message) : message);
  }
  return lines;
}

function compose(
  answer: Answer,
  items: readonly AnswerItem[],
  style: Style,
  linkUrls: (url: string) => string,
  trailer: readonly string[],
): string {
  const lines = headerLines(answer, style);
  if (items.length > 0) {
    lines.push('');
    if (answer.abstained) lines.push(style.dim('Closest sentences in the coverage (they may not answer this):'));
    items.forEach((item, index) => lines.push(itemLine(item, index + 1, style)));
  }
  lines.push(...trailer);
  const sources = sourceLines(answer, items, style, linkUrls);
  if (sources.length > 0) lines.push('', style.title('Sources:'), ...sources);
  return lines.join('\n');
}

function pageLine(answer: Answer): string[] {
  return answer.page === undefined ? [] : [`Page ${answer.page.number}/${answer.page.total}`];
}

/** Readable text for a terminal. */
export function renderText(answer: Answer, options: TextOptions = {}): string {
  return compose(answer, answer.items, terminalStyle(options.color ?? false), same, pageLine(answer));
}

/**
 * Text for a Discord DM: markdown-escaped, mention-proof, at most `limit` characters. Drops
 * whole items from the end (and their sources) and says how many, never cutting a sentence.
 */
export function renderDmText(answer: Answer, limit = DISCORD_MESSAGE_LIMIT): string {
  // Angle brackets stop Discord from unfurling a preview for every source link.
  const linkUrls = (url: string) => `<${url}>`;
  for (let shown = answer.items.length; shown >= 0; shown -= 1) {
    const hidden = answer.items.length - shown;
    const trailer: string[] = [];
    if (hidden > 0) trailer.push(`… ${hidden} more not shown (message length limit).`);
    if (answer.page !== undefined) {
      const { number, total } = answer.page;
      const next = number < total ? ` — next: /${answer.command} page:${number + 1} with the same options` : '';
      trailer.push(`Page ${number}/${total}${next}`);
    }
    const text = compose(answer, answer.items.slice(0, shown), discordStyle, linkUrls, trailer);
    if (text.length <= limit) return text;
  }
  // Unreachable with headerMax well below the limit; kept as a guarantee, cut at a word.
  return truncateAtWord(compose(answer, [], discordStyle, linkUrls, []), limit);
}
