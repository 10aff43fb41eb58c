// What `npm run add` compares a new article with to recognise one already in the coverage (the URL
// its file states and the hashes of its paragraphs' words: article-file.ts), computed by the build
// for each file it processes and kept in the build cache's version folder as
// `article-keys.jsonl`, one line per file: "<CRC-32> <JSON>", the JSON being
// [file, content hash, stated URL or null, the paragraph hashes joined] (or [file, content hash]
// for a file that holds nothing to compare with: unreadable or over the size limit). A later line
// for the same file wins. `npm run add` takes a file's line when its content hash is the one the
// build recorded for the file's unchanged stat (file-stats.ts), and reads the file only otherwise:
// reading all 14,396 White House files took ~13 s of a 29 s `npm run add` of one article.
// Apart from article-file.ts so that the build's workers do not load what `add` writes with.
import { hash } from 'node:crypto';
import { appendFile, readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { normaliseTypography } from './clean.js';

/** Paragraphs shorter than this (headline, byline, "Share this story") do not identify a text. */
const MIN_PARAGRAPH_WORDS = 8;

/** What a file gives to compare with: null when it is unreadable (it then holds nothing to compare against). */
export type ArticleKeys = { url: string | null; paragraphs: string[] } | null;

export interface KeysRecord {
  file: string;
  contentHash: string;
  keys: ArticleKeys;
}

const SHA256_HEX = 64;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;
const NON_ASCII_SPACE = /\s/;

/** Whether the code point `code` is a letter or a number (\p{L}\p{N}). */
function isWordPoint(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
  return NON_ASCII_WORD.test(String.fromCodePoint(code));
}

/** Whether the code unit `code` (not a surrogate pair's) is white space (\s). */
function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return NON_ASCII_SPACE.test(String.fromCharCode(code));
}

/** Between words: no paragraph break seen, a newline seen with only white space since, a break (\n\s*\n) seen. */
const NONE = 0;
const NEWLINE = 1;
const BREAK = 2;

/**
 * Hashes of a text's paragraphs, by their words only (case, typography, hard wraps and Markdown
 * marks ignored), leaving out short ones unless that leaves nothing. The paragraphs are the
 * text's blocks between blank lines (`/\n\s*\n/`) and the words its runs of letters and numbers
 * (`/[\p{L}\p{N}]+/gu`), found in one pass (splitting and matching with those patterns took
 * ~70% of the time on the White House corpus; tests/ingest/add-articles.test.ts compares both).
 */
export function paragraphKeys(body: string): string[] {
  const text = normaliseTypography(body).normalize('NFKC').toLowerCase();
  const long: string[] = [];
  const all: string[] = [];
  let joined = '';
  let count = 0;
  const endParagraph = (): void => {
    if (count === 0) return;
    all.push(joined);
    if (count >= MIN_PARAGRAPH_WORDS) long.push(joined);
    joined = '';
    count = 0;
  };
  let gap = NONE;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    if (!isWordPoint(code)) {
      if (code === 0x0a) gap = gap === NONE ? NEWLINE : BREAK;
      else if (gap === NEWLINE && (code > 0xffff || !isSpace(code))) gap = NONE;
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    if (gap === BREAK) endParagraph();
    gap = NONE;
    let end = i + (code > 0xffff ? 2 : 1);
    for (let next: number; end < text.length && isWordPoint((next = text.codePointAt(end)!)); ) end += next > 0xffff ? 2 : 1;
    joined = count === 0 ? text.slice(i, end) : `${joined} ${text.slice(i, end)}`;
    count += 1;
    i = end;
  }
  endParagraph();
  return [...new Set((long.length > 0 ? long : all).map((words) => hash('sha256', words)))];
}

/** What a file read as `source` gives to compare with. */
export const keysOfSource = (source: { stated: { url: string | null }; body: string }): ArticleKeys => ({ url: source.stated.url, paragraphs: paragraphKeys(source.body) });

/** The line of `record` in the keys file, newline included. */
export function keysLine({ file, contentHash, keys }: KeysRecord): string {
  const json = JSON.stringify(keys === null ? [file, contentHash] : [file, contentHash, keys.url, keys.paragraphs.join('')]);
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The records of a keys file by file (the last line of each), and how many lines it has (blank ones aside); empty when there is none. */
export async function readKeys(file: string): Promise<{ records: Map<string, KeysRecord>; lines: number }> {
  const records = new Map<string, KeysRecord>();
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return { records, lines: 0 };
    throw error;
  }
  let lines = 0;
  for (let from = 0; from < text.length; ) {
    const newline = text.indexOf('\n', from);
    // A line cut short (a write killed midway) has no newline: it is not used.
    if (newline === -1) break;
    const line = text.slice(from, newline);
    from = newline + 1;
    if (line.length === 0) continue;
    lines += 1;
    const record = parseKeysLine(line);
    if (record !== null) records.set(record.file, record);
  }
  return { records, lines };
}

function parseKeysLine(line: string): KeysRecord | null {
  const json = line.slice(9);
  if (line[8] !== ' ' || Number.parseInt(line.slice(0, 8), 16) !== crc32(json)) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(value) || typeof value[0] !== 'string' || typeof value[1] !== 'string') return null;
  const [file, contentHash, url, joined] = value as unknown[];
  if (value.length === 2) return { file: file as string, contentHash: contentHash as string, keys: null };
  if (value.length !== 4 || (url !== null && typeof url !== 'string') || typeof joined !== 'string' || joined.length % SHA256_HEX !== 0) return null;
  const paragraphs: string[] = [];
  for (let at = 0; at < joined.length; at += SHA256_HEX) paragraphs.push(joined.slice(at, at + SHA256_HEX));
  return { file: file as string, contentHash: contentHash as string, keys: { url: url as string | null, paragraphs } };
}

/**
 * Adds `records` at the end of the keys file `file` (created if need be), after a newline: a line
 * left cut short by a killed write then stays on its own and is not used.
 */
export async function appendKeys(file: string, records: readonly KeysRecord[]): Promise<void> {
  if (records.length > 0) await appendFile(file, `\n${records.map(keysLine).join('')}`);
}
