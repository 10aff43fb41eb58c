// Reads one article file: decodes it strictly, separates the optional YAML front matter, and
// completes the metadata from what the text itself states (a dateline, a "Source:" line, the
// headline). Nothing is guessed: what the text does not state stays null with a warning.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import type { CleanedBody, ArticleFormat } from './clean.js';
import { normaliseTypography } from './clean.js';
import type { Article } from '../factbase/schema.js';
import { MONTH_WORD_ALTERNATION, monthNumber } from '../lexicon/calendar.js';

/** Files above this size are skipped: no news article is this long, a dump or binary is. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** The file cannot be used as an article; `reason` says why in words a user understands. */
export class UnreadableArticleError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'UnreadableArticleError';
  }
}

interface Metadata {
  title: string | null;
  publisher: string | null;
  published: string | null;
  url: string | null;
  author: string | null;
}

export interface ArticleSource {
  id: string;
  file: string;
  format: ArticleFormat;
  contentHash: string;
  /** The text after the front matter, not yet cleaned. */
  body: string;
  /** What the front matter stated (null when absent, malformed or invalid). */
  stated: Metadata;
  warnings: string[];
}

// Accepted front-matter keys, canonical name first; other keys are ignored.
const FRONT_MATTER_KEYS: Readonly<Record<keyof Metadata, readonly string[]>> = {
  title: ['title', 'headline'],
  publisher: ['publisher', 'source', 'site'],
  published: ['published', 'date', 'published_time', 'published_at'],
  url: ['url', 'source_url', 'link'],
  author: ['author', 'byline'],
};

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** "2025-03-18" or an ISO timestamp starting with it, when it names a real calendar day. */
export function toIsoDay(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value.trim());
  if (match === null) return null;
  return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

function decode(bytes: Uint8Array): string {
  if (bytes.includes(0)) throw new UnreadableArticleError('binary file (contains NUL bytes)');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UnreadableArticleError('not valid UTF-8 text');
  }
}

function readFrontMatter(yamlText: string, warnings: string[]): Metadata {
  const stated: Metadata = { title: null, publisher: null, published: null, url: null, author: null };
  let data: unknown;
  try {
    data = parseYaml(yamlText);
  } catch (error) {
    // A typo in hand-written front matter should not lose the article: keep the text, infer the
    // metadata from it, and say loudly that the front matter was ignored.
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    warnings.push(`malformed front matter ignored (${detail})`);
    return stated;
  }
  if (data === null || data === undefined) return stated;
  if (typeof data !== 'object' || Array.isArray(data)) {
    warnings.push('malformed front matter ignored (expected "key: value" lines)');
    return stated;
  }
  const record = data as Record<string, unknown>;
  for (const field of Object.keys(FRONT_MATTER_KEYS) as (keyof Metadata)[]) {
    const key = FRONT_MATTER_KEYS[field].find((k) => record[k] !== undefined && record[k] !== null);
    if (key === undefined) continue;
    const value = record[key] instanceof Date ? (record[key] as Date).toISOString() : record[key];
    if (typeof value !== 'string' && typeof value !== 'number') {
      warnings.push(`front matter "${key}" is not text; ignored`);
      continue;
    }
    const text = String(value).trim();
    if (text === '') continue;
    if (field === 'published') {
      const day = toIsoDay(text);
      if (day === null) warnings.push(`front matter "${key}: ${text}" is not a valid YYYY-MM-DD date; ignored`);
      stated.published = day;
    } else {
      stated[field] = text;
    }
  }
  return stated;
}

/** Decodes a file and separates its front matter. Throws UnreadableArticleError. */
export function readArticleSource(file: string, bytes: Uint8Array): ArticleSource {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new UnreadableArticleError(`larger than the ${MAX_ARTICLE_BYTES / 1024 / 1024} MB limit for one article`);
  }
  const text = decode(bytes);
  if (text.trim() === '') throw new UnreadableArticleError('empty file');
  const warnings: string[] = [];
  const frontMatter = FRONT_MATTER.exec(text);
  const stated = frontMatter
    ? readFrontMatter(frontMatter[1]!, warnings)
    : { title: null, publisher: null, published: null, url: null, author: null };
  const body = frontMatter ? text.slice(frontMatter[0].length) : text;
  if (body.trim() === '') throw new UnreadableArticleError('no article text after the front matter');
  const extension = /\.([^.]+)$/.exec(file)?.[1]?.toLowerCase();
  return {
    id: file.replace(/\.[^.]+$/, ''),
    file,
    format: extension === 'md' || extension === 'markdown' ? 'md' : 'txt',
    contentHash: sha256(bytes),
    body,
    stated,
    warnings,
  };
}

const MONTH = `(${MONTH_WORD_ALTERNATION})\\.?`;
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s*';
// Each pattern captures year, month and day in named groups.
const DATE_PATTERNS: readonly RegExp[] = [
  /(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})/,
  new RegExp(`(?:${WEEKDAY})?(?<d>\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH.replace('(', '(?<mn>')},?\\s+(?<y>\\d{4})`, 'i'),
  new RegExp(`(?:${WEEKDAY})?${MONTH.replace('(', '(?<mn>')}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})`, 'i'),
];

interface FoundDate {
  iso: string;
  /** Where the date (with its weekday) starts in the line. */
  index: number;
}

function findDate(line: string): FoundDate | null {
  for (const pattern of DATE_PATTERNS) {
    const match = pattern.exec(line);
    if (match?.groups === undefined) continue;
    const { y, m, d, mn } = match.groups;
    const month = mn !== undefined ? (monthNumber(mn.slice(0, 3)) ?? 0) : Number(m);
    const iso = calendarDay(Number(y), month, Number(d));
    if (iso !== null) return { iso, index: match.index };
  }
  return null;
}

const TOP_LINES = 12;
const isSentence = (line: string): boolean => /[.!?]["')]*$/.test(line) && line.split(/\s+/).length >= 8;
// "LINDVIK, Mar. 4, 2025 (Reuters) — …": a wire dateline opening the first paragraph.
const WIRE_CITY = /^[A-Z][A-Z .'-]+,/;
const WIRE_DATELINE = new RegExp(`^[A-Z][A-Z .'-]+,(?:\\s*[A-Z][a-z]+,)?\\s*(?:${WEEKDAY})?${MONTH}\\s+\\d{1,2},?\\s+\\d{4}\\s*(?:\\([^)]*\\))?\\s*[-–—]`, 'i');
const PUBLISHED_LABEL = /^(?:published|posted|updated|date|dated)\b/i;
const METADATA_LABEL = /^\W{0,3}(?:source|published|posted|updated|date|dated)\b/i;
const PERSON_NAME = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'.-]*){1,3}$/u;

interface Dateline {
  published: string | null;
  author: string | null;
}

/**
 * The publication date stated in a dateline or byline position: a short line near the top
 * ("Tuesday, 18 March 2025, 09:42", "date 2025-03-18"), a wire dateline opening the text,
 * or a "Published …" line anywhere. A date inside body prose is an event, not the publication.
 */
function findDateline(lines: readonly string[]): Dateline {
  let published: string | null = null;
  let author: string | null = null;
  for (const line of lines.slice(0, TOP_LINES)) {
    const wire = WIRE_CITY.test(line) && WIRE_DATELINE.test(line);
    if (isSentence(line) && !wire) continue;
    const found = findDate(line);
    if (found === null) continue;
    published ??= found.iso;
    // A name written before the date on a dateline line is its byline ("Jane DoeWednesday, …").
    const before = line.slice(0, found.index).replace(/^by\s+/i, '').replace(/[\s,|–—-]+$/, '').trim();
    if (!wire && PERSON_NAME.test(before)) author ??= before;
  }
  if (published !== null) return { published, author };
  for (const line of lines) {
    if (PUBLISHED_LABEL.test(line) && line.split(/\s+/).length <= 15) {
      const found = findDate(line);
      if (found !== null) return { published: found.iso, author: null };
    }
  }
  return { published: null, author: null };
}

function findByline(lines: readonly string[]): string | null {
  for (const line of lines.slice(0, TOP_LINES)) {
    const match = /^by\s+(.+)$/i.exec(line);
    if (match !== null && PERSON_NAME.test(match[1]!.trim())) return match[1]!.trim();
  }
  return null;
}

interface SourceLine {
  publisher: string;
  url: string | null;
}

/** "Source: The Daily Ledger, citing …" → The Daily Ledger; "Source: example.com" → example.com. */
function findSourceLine(lines: readonly string[]): SourceLine | null {
  for (const line of lines) {
    const match = /^source\s*:\s*(.+)$/i.exec(line);
    if (match === null || line.split(/\s+/).length > 30) continue;
    const value = match[1]!.trim();
    const url = /^https?:\/\/\S+/.exec(value)?.[0] ?? null;
    if (url !== null) {
      try {
        return { publisher: new URL(url).hostname.replace(/^www\./, ''), url };
      } catch {
        continue;
      }
    }
    const publisher = value.split(/,|\s+(?:citing|via|quoting)\s+/i)[0]!.replace(/[.;:]+$/, '').trim();
    if (publisher !== '') return { publisher, url: null };
  }
  return null;
}

/** The article record: stated metadata first, then what the text states, else null + warning. */
export function completeArticle(source: ArticleSource, cleaned: CleanedBody): Article {
  // Metadata sits in the top lines or in labelled lines ("Source: …", "Published …"); the rest
  // of a long body need not be normalised.
  const lines: string[] = [];
  for (const raw of source.body.split('\n')) {
    if (lines.length >= TOP_LINES && !METADATA_LABEL.test(raw)) continue;
    const line = normaliseTypography(raw).replace(/\s+/g, ' ').trim();
    if (line !== '') lines.push(line);
  }
  const stated = source.stated;
  const dateline = stated.published === null || stated.author === null ? findDateline(lines) : null;
  const sourceLine = stated.publisher === null || stated.url === null ? findSourceLine(lines) : null;

  const title = stated.title ?? cleaned.headline;
  const publisher = stated.publisher ?? sourceLine?.publisher ?? null;
  const published = stated.published ?? dateline?.published ?? null;
  const url = stated.url ?? sourceLine?.url ?? null;
  const author = stated.author ?? dateline?.author ?? findByline(lines);

  const warnings = [...source.warnings];
  if (title === null) warnings.push('no title: no headline found');
  if (publisher === null) warnings.push('no publisher: none stated');
  if (published === null) warnings.push('no publication date: relative dates left unresolved');
  if (url === null) warnings.push('no URL: none stated');
  return {
    id: source.id,
    file: source.file,
    title,
    publisher,
    published,
    url,
    author,
    contentHash: source.contentHash,
    warnings,
  };
}
