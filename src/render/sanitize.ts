// Text that reaches Discord from a user (the echoed query) or from the coverage (sentences)
// must never ping anyone nor break the surrounding markdown. Lengths are counted in UTF-16
// code units, which is never fewer than Discord's own count, so a limit met here holds there.

const ZERO_WIDTH_SPACE = '\u200B';
const ELLIPSIS = '…';

/** Breaks `@everyone`, `@here` and `<@id>`, `<@!id>`, `<@&role>`, `<#channel>` so they cannot ping or link. */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/**
 * Escapes Discord markdown so the text shows literally: emphasis, code, strike, spoilers,
 * quotes, masked links, and headings/lists at the start of a line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\*_`~|>[\]()]/g, '\\$&')
    .replace(/^(\s*)([#-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)\.(?=\s)/gm, '$1\\.');
}

/** What every surface does to text it did not write itself before sending it to Discord. */
export function discordSafe(text: string): string {
  return neutraliseMentions(escapeMarkdown(text));
}

function endsInsideSurrogatePair(text: string, end: number): boolean {
  const code = text.charCodeAt(end - 1);
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Shortens `text` to at most `max` characters without cutting a word: cuts at the last
 * space that fits and adds "…" to say something was left out. Only a single word longer
 * than `max` is cut inside (at a code-point boundary), still marked with "…".
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  const lastSpace = head.search(/\s\S*$/);
  let cut: string;
  if (lastSpace > 0) {
    cut = head.slice(0, lastSpace);
  } else {
    const end = endsInsideSurrogatePair(text, room) ? room - 1 : room;
    cut = text.slice(0, end);
  }
  // A dangling comma or dash before the ellipsis reads like a typo.
  return `${cut.replace(/[\s,;:–—-]+$/u, '')}${ELLIPSIS}`;
}

// @everyone and @here (also with invisible characters or a full-width @ that the router would
// clean away), and user, role and channel mentions.
const ANY_MENTION = /[@\uFF20][\u200B-\u200D\u2060\uFEFF]*(?:everyone|here)\b|<(?:@[!&]?|#)\d+>/giu;

/** The text without any mention: what is left to answer. */
export function withoutMentions(text: string): string {
  return text.replace(ANY_MENTION, ' ').replace(/\s+/g, ' ').trim();
}
