// Turns a fetched HTML page into an article: its metadata (page-metadata.ts), then its main text
// found by Mozilla's Readability, written out as Markdown paragraphs. A page with too little
// running text, or whose "article" is mostly links, is refused: that is a paywall teaser, a
// consent wall or an index page, and adding it would put furniture into the coverage.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { IngestError } from './fetch-page.js';
import { documentTitle, readPageMetadata } from './page-metadata.js';

export interface ExtractedArticle {
  title: string | null;
  publisher: string | null;
  published: string | null;
  author: string | null;
  /** The canonical URL when the page names one, else the address it was fetched from. */
  url: string;
  /** Markdown: paragraphs separated by blank lines, "## " headings, "- " list items, "> " quotes. */
  body: string;
}

export interface ExtractOptions {
  /** Fewer words of article text than this is not an article. Default 80. */
  minWords?: number;
  /** Above this share of the text inside links, the page is a list of links. Default 0.5. */
  maxLinkShare?: number;
}

export const EXTRACT_DEFAULTS: Readonly<Required<ExtractOptions>> = { minWords: 80, maxLinkShare: 0.5 };

/** The few DOM members the text walk needs (linkedom's nodes have them). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

type BlockKind = 'p' | 'h' | 'li' | 'quote';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'BUTTON', 'FORM', 'SVG', 'IFRAME']);
const BLOCKS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'BLOCKQUOTE', 'PRE', 'UL', 'OL', 'LI',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'FIGURE', 'DL', 'DT', 'DD', 'HR', 'BR',
]);
// An article may end with a few "read more" links; an index page is made of them.
const MIN_LINK_BLOCKS = 5;
const LINK_BLOCK_SHARE = 0.25;
const ELEMENT = 1;
const TEXT = 3;

export function pageToArticle(html: string, pageUrl: string, options: ExtractOptions = {}): ExtractedArticle {
  const { minWords, maxLinkShare } = { ...EXTRACT_DEFAULTS, ...options };
  const { document } = parseHTML(html);
  // Metadata first: Readability rewrites the document it is given.
  const meta = readPageMetadata(document, pageUrl);
  const fallbackTitle = documentTitle(document, meta.publisher);
  const parsed = new Readability(document as never, { serializer: (node: unknown) => node as DomNode }).parse();
  if (parsed === null || parsed.content === null || parsed.content === undefined) {
    throw new IngestError('no article text found on the page');
  }
  const title = meta.title ?? fallbackTitle ?? nonEmpty(parsed.title);
  const blocks = toBlocks(parsed.content).filter((b, i) => !(i === 0 && b.kind === 'h' && b.text === title));
  const text = blocks.map((b) => b.text).join(' ');
  const words = countWords(text);
  if (words < minWords) {
    throw new IngestError(`too little article text (${words} words; a paywall, consent or index page?)`);
  }
  const indexSign = indexPageSign(blocks, maxLinkShare);
  if (indexSign !== null) throw new IngestError(indexSign);
  return {
    title,
    publisher: meta.publisher ?? nonEmpty(parsed.siteName),
    published: meta.published,
    author: meta.author ?? nonEmpty(parsed.byline?.replace(/^by\s+/i, '')),
    url: meta.canonicalUrl ?? pageUrl,
    body: blocks.map(toMarkdown).join('\n\n') + '\n',
  };
}

interface Block {
  kind: BlockKind;
  text: string;
  /** Characters of `text` inside links. */
  linked: number;
}

/** The article's text as blocks: every block element ends the running paragraph. */
function toBlocks(root: DomNode): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let linked = 0;
  const flush = (kind: BlockKind): void => {
    const text = buffer.replace(/\s+/g, ' ').trim();
    if (text !== '') blocks.push({ kind, text, linked: Math.min(linked, text.length) });
    buffer = '';
    linked = 0;
  };
  const walk = (node: DomNode, kind: BlockKind, inLink: boolean): void => {
    if (node.nodeType === TEXT) {
      const text = node.textContent ?? '';
      buffer += text;
      if (inLink) linked += text.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== ELEMENT || SKIPPED.has(node.nodeName.toUpperCase())) return;
    const name = node.nodeName.toUpperCase();
    const link = inLink || name === 'A';
    if (!BLOCKS.has(name)) {
      for (const child of Array.from(node.childNodes)) walk(child, kind, link);
      return;
    }
    const own: BlockKind = /^H\d$/.test(name) ? 'h' : name === 'LI' ? 'li' : name === 'BLOCKQUOTE' ? 'quote' : kind;
    flush(kind);
    for (const child of Array.from(node.childNodes)) walk(child, own, link);
    flush(own);
  };
  walk(root, 'p', false);
  flush('p');
  return blocks;
}

/**
 * Why the blocks are a list of links rather than an article, or null. Two signs, either enough:
 * most of the text is link text, or many blocks are nothing but a link (the headlines of an
 * index page's teasers, even when each has a summary beside it).
 */
function indexPageSign(blocks: readonly Block[], maxLinkShare: number): string | null {
  const chars = blocks.reduce((sum, b) => sum + b.text.length, 0);
  const linked = blocks.reduce((sum, b) => sum + b.linked, 0);
  if (linked / Math.max(1, chars) > maxLinkShare) return 'the page is mostly links (an index or section page, not an article)';
  const linkOnly = blocks.filter((b) => b.linked >= 0.9 * b.text.length).length;
  if (linkOnly >= MIN_LINK_BLOCKS && linkOnly / blocks.length >= LINK_BLOCK_SHARE) {
    return `the page is a list of ${linkOnly} linked headlines (an index or section page, not an article)`;
  }
  return null;
}

// No escaping: the article reader strips Markdown syntax but does not undo backslash escapes.
function toMarkdown({ kind, text }: Block): string {
  switch (kind) {
    case 'h':
      return `## ${text}`;
    case 'li':
      return `- ${text}`;
    case 'quote':
      return `> ${text}`;
    default:
      return text;
  }
}

const countWords = (text: string): number => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;

function nonEmpty(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim() ?? '';
  return text === '' ? null : text;
}
