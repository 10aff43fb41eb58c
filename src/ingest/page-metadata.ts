// What a web page states about itself: Open Graph and other <meta> tags, schema.org JSON-LD and
// the canonical link. Each field lists its sources in order of trust; the first that states a
// value wins. Nothing is derived from the host name or the text: an unstated field stays null.
import { absoluteHttpUrl } from './fetch-page.js';
import { toIsoDay } from './read-article.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

export interface PageMetadata {
  title: string | null;
  publisher: string | null;
  /** YYYY-MM-DD as the page states it (the publisher's own calendar day, not converted to UTC). */
  published: string | null;
  author: string | null;
  /** The canonical http(s) URL the page names for itself, resolved against the page's address. */
  canonicalUrl: string | null;
}

/** The parts of a DOM document read here (linkedom's and the browser's both have them). */
export interface MetaDocument {
  querySelectorAll(selectors: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

// One list per field, most specific first. Names are compared in lower case; "property", "name"
// and "itemprop" all count, since sites mix them up.
const META_KEYS = {
  title: ['og:title', 'twitter:title', 'dc.title', 'headline'],
  publisher: ['og:site_name', 'application-name', 'publisher', 'dc.publisher'],
  published: [
    'article:published_time', 'og:published_time', 'datepublished', 'dc.date.issued', 'dc.date', 'date',
    'pubdate', 'publish-date', 'publish_date', 'parsely-pub-date', 'sailthru.date',
  ],
  author: ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl'],
  url: ['og:url'],
} as const;

// schema.org types whose object describes the article itself (NewsArticle, ReportageNewsArticle,
// BlogPosting, LiveBlogPosting, Report, …).
const ARTICLE_TYPE = /(?:Article|Posting|Report)$/;

export function readPageMetadata(document: MetaDocument, pageUrl: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLdArticle(document);
  const first = (...values: (string | null | undefined)[]): string | null =>
    values.map((v) => (typeof v === 'string' ? clean(v) : '')).find((v) => v !== '') ?? null;
  const fromMeta = (keys: readonly string[]): string | null => first(...keys.map((k) => meta.get(k)));

  const published = [ldText(ld?.['datePublished']), ...META_KEYS.published.map((k) => meta.get(k))]
    .map((value) => (value === undefined || value === null ? null : toIsoDay(value)))
    .find((day) => day !== null);
  const canonical = [
    ...attributes(document, 'link[rel~="canonical" i]', 'href'),
    meta.get('og:url'),
    ldText(ld?.['url']),
    ldId(ld?.['mainEntityOfPage']),
  ]
    .map((href) => absoluteHttpUrl(href, pageUrl))
    .find((href) => href !== null);

  return {
    title: first(fromMeta(META_KEYS.title), ldText(ld?.['headline']), ldText(ld?.['name'])),
    publisher: first(fromMeta(META_KEYS.publisher.slice(0, 1)), ldName(ld?.['publisher']), fromMeta(META_KEYS.publisher.slice(1))),
    published: published ?? null,
    author: first(ldName(ld?.['author']), authorFromMeta(meta)),
    canonicalUrl: canonical ?? null,
  };
}

/** The document's <title>, with a trailing " | Site" removed when it names the publisher. */
export function documentTitle(document: MetaDocument, publisher: string | null): string | null {
  const title = clean([...document.querySelectorAll('title')][0]?.textContent ?? '');
  if (title === '') return null;
  if (publisher === null) return title;
  const suffix = new RegExp(`\\s+[|\\-–—:·]\\s+${escapeRegex(publisher)}$`, 'i');
  return title.replace(suffix, '') || title;
}

function metaTags(document: MetaDocument): Map<string, string> {
  const found = new Map<string, string>();
  for (const tag of document.querySelectorAll('meta[content]')) {
    const key = (tag.getAttribute('property') ?? tag.getAttribute('name') ?? tag.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = clean(tag.getAttribute('content') ?? '');
    if (key !== '' && content !== '' && !found.has(key)) found.set(key, content);
  }
  return found;
}

function authorFromMeta(meta: ReadonlyMap<string, string>): string | null {
  for (const key of META_KEYS.author) {
    const value = meta.get(key);
    // article:author is often a profile URL, which names no one.
    if (value !== undefined && !/^https?:\/\//i.test(value)) return value.replace(/^by\s+/i, '');
  }
  return null;
}

function attributes(document: MetaDocument, selector: string, name: string): string[] {
  return [...document.querySelectorAll(selector)].map((el) => el.getAttribute(name) ?? '').filter((v) => v !== '');
}

type LdObject = Record<string, unknown>;

/** The first schema.org object that describes an article, in any JSON-LD block, @graph or list. */
function jsonLdArticle(document: MetaDocument): LdObject | null {
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // A broken block is common and says nothing; the other sources still count.
    }
    const found = findArticle(data, 0);
    if (found !== null) return found;
  }
  return null;
}

function findArticle(data: unknown, depth: number): LdObject | null {
  if (depth > 3 || data === null || typeof data !== 'object') return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = findArticle(item, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  const object = data as LdObject;
  const types = ([] as unknown[]).concat(object['@type'] ?? []);
  if (types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t))) return object;
  return findArticle(object['@graph'], depth + 1);
}

function ldText(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function ldId(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && typeof (value as LdObject)['@id'] === 'string') return (value as LdObject)['@id'] as string;
  return null;
}

/** A name, an {name} object, or a list of them (several authors), joined with commas. */
function ldName(value: unknown): string | null {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? v : v !== null && typeof v === 'object' ? (v as LdObject)['name'] : null))
    .filter((v): v is string => typeof v === 'string' && clean(v) !== '' && !/^https?:\/\//i.test(v))
    .map(clean);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();
