// Markdown allows raw HTML, and pages converted to Markdown carry plenty of it (tables, figures,
// spans). Read as plain text, a whole table became one "sentence" of tags and cells. Here, as a
// Markdown renderer would show it: block elements end a paragraph, a table row is a paragraph of
// its own with its cells separated, embedded media and struck-out text go ("<s>insaulted</s>
// [assaulted]"), inline tags keep their text, and character references and backslash escapes
// are decoded. A tag of no HTML element ("<Name>") is left as written.
import { decodeHTML } from 'entities';

/** Elements whose start or end begins a new paragraph. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody',
  'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements that only format, link or embed: their own text (if any) stays, the tag goes. */
const INLINE_ELEMENTS = new Set([
  'a', 'abbr', 'area', 'audio', 'b', 'bdi', 'bdo', 'big', 'canvas', 'center', 'cite', 'code', 'col', 'colgroup', 'data', 'dfn', 'em',
  'embed', 'font', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'mark', 'picture', 'q', 'samp', 'small', 'source', 'span',
  'strong', 'sub', 'sup', 'time', 'track', 'tt', 'u', 'var', 'video', 'wbr',
]);
/** Elements whose content is not article text: scripts and styles, and words struck out. */
// Bounded, so that an element never closed costs a bounded look-ahead, not a scan to the end each time.
const DROPPED_CONTENT = /<(script|style|template|svg|noscript|s|strike|del)\b[^>]*>[\s\S]{0,20000}?<\/\1\s*>/gi;
/** An HTML comment, or a start or end tag (attributes may run over lines). */
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-z][a-z0-9]*)\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi;
const TABLE_CELL = /^t[dh]$/;
// Markers no text contains, replaced once the whole text is read: a cell's end and a paragraph break.
const CELL_END = '\u0001';
const BREAK = '\u0002';
/** Cell ends with the spacing and line breaks around them (a converted table has a cell a line). */
const SPACED_CELL_ENDS = /\s*\u0001[\s\u0001]*/g;
/** Cell ends before a row's first text or after its last, where nothing is left to separate. */
const OUTER_CELL_ENDS = /(?<=^|\u0002)\u0001|\u0001(?=\u0002|$)/g;
/** A backslash escape of punctuation; emphasis and code markers stay escaped for the inline pass. */
const ESCAPED = /\\([!-)+-/:-@[\]^{-~])/g;

/** `markdown` with its raw HTML, character references and escapes read as a renderer shows them. */
export function renderedText(markdown: string): string {
  if (!/[<&\\]/.test(markdown)) return markdown;
  const text = markdown.replace(DROPPED_CONTENT, '').replace(TAG, (tag: string, closing: string | undefined, name: string | undefined) => {
    if (name === undefined) return '';
    const element = name.toLowerCase();
    if (BLOCK_ELEMENTS.has(element)) return BREAK;
    if (TABLE_CELL.test(element)) return closing === '/' ? CELL_END : '';
    return INLINE_ELEMENTS.has(element) ? '' : tag;
  });
  const cellsSeparated = text.replace(SPACED_CELL_ENDS, CELL_END).replace(OUTER_CELL_ENDS, '').replaceAll(CELL_END, ' · ');
  return decodeHTML(cellsSeparated.replaceAll(BREAK, '\n\n').replace(ESCAPED, '$1'));
}
