// Builders for the three kinds of Answer a command returns: a cited answer, an abstention
// (the coverage does not say; optionally the closest sentences, labelled as such) and a
// failure (the request itself was bad). Keeps every command's Answer well-formed.
import { count } from '../counted.js';
import { ANSWER_VERSION, type Answer, type AnswerItem } from '../answer.js';
import type { CitationBook } from './cite.js';

/** What every Answer of a request starts with. */
export interface AnswerHead {
  command: string;
  query: string;
  title: string;
}

export function answered(
  head: AnswerHead,
  items: AnswerItem[],
  book: CitationBook,
  extra: { message?: string; page?: { number: number; total: number } } = {},
): Answer {
  return {
    version: ANSWER_VERSION,
    ...head,
    abstained: false,
    ...(extra.message === undefined ? {} : { message: extra.message }),
    items,
    citations: book.citations,
    ...(extra.page === undefined ? {} : { page: extra.page }),
  };
}

export function abstained(
  head: AnswerHead,
  message: string,
  closest: { items: AnswerItem[]; book: CitationBook } | null = null,
  error?: Answer['error'],
): Answer {
  return {
    version: ANSWER_VERSION,
    ...head,
    abstained: true,
    message,
    ...(error === undefined ? {} : { error }),
    items: closest?.items ?? [],
    citations: closest?.book.citations ?? [],
  };
}

export function failed(head: AnswerHead, error: NonNullable<Answer['error']>, message: string): Answer {
  return abstained(head, message, null, error);
}

/** "a, b and c". */
export function listing(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/** "a, b, c and 12 other donors": at most `max` words, then how many more. */
export function listingOf(words: readonly string[], max: number, otherNoun: string): string {
  if (words.length <= max) return listing(words);
  return listing([...words.slice(0, max), count(words.length - max, otherNoun)]);
}

/** One page of a listing: its items, and the page position when there is more than one page; null past the end. */
export function pageOf<T>(
  list: readonly T[],
  page: number,
  size: number,
): { items: readonly T[]; page: { number: number; total: number } | undefined } | null {
  const total = Math.max(1, Math.ceil(list.length / size));
  if (page > total) return null;
  return { items: list.slice((page - 1) * size, page * size), page: total > 1 ? { number: page, total } : undefined };
}

export const pagingNote = {
  /** "Figures 11–20 of 9441, newest first." */
  range(page: { number: number }, length: number, size: number, noun: string, order: string): string {
    const first = (page.number - 1) * size + 1;
    const last = Math.min(length, page.number * size);
    return `${noun[0]?.toUpperCase() ?? ''}${noun.slice(1)}s ${first}–${last} of ${length}, ${order}.`;
  },
  pastTheEnd(page: number, length: number, size: number): string {
    return `Page ${page} is past the end: this listing has ${count(Math.max(1, Math.ceil(length / size)), 'page')}.`;
  },
};

/** The request as one echo-safe line: `/aid donor:us from:2024` (values already cleaned). */
export function requestLine(command: string, options: Readonly<Record<string, string | number | undefined>>): string {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => `${name}:${value}`);
  return [`/${command}`, ...parts].join(' ');
}
