// Sentence texts encoded as the fact-base file stores them (file-sentences.ts): each as Latin-1
// when no character is above U+00FF (one byte a character), else as UTF-8 (a curly quote in a
// sentence would double it as UTF-16), or as UTF-16LE when it holds a lone surrogate, which UTF-8
// cannot keep. The build cache keeps an article's texts so (build-cache-entry.ts), and saving
// copies those bytes: a White House add-one decoded 1.1M texts from the cache into strings only to
// encode them again, and the strings were most of what its garbage collection copied.
import { TEXT_ENCODINGS } from './sentence-table.js';

const WIDE_TEXT = /[^\u0000-\u00ff]/;
/** Lone surrogates (the ES2024 String.isWellFormed is not in this project's lib). */
const ILL_FORMED = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** TEXT_ENCODINGS positions. */
export const [LATIN1, UTF16, UTF8] = [0, 1, 2] as const;

/**
 * Sentence texts already encoded: `bytes` holds them one after another, text k ending at
 * `ends[k]` and stored in the TEXT_ENCODINGS position `encodings[k]`.
 */
export interface EncodedTexts {
  readonly bytes: Buffer;
  readonly ends: Int32Array;
  readonly encodings: Int32Array;
}

/** How a text is stored: its TEXT_ENCODINGS position. */
export function textEncodingOf(text: string): number {
  return !WIDE_TEXT.test(text) ? LATIN1 : ILL_FORMED.test(text) ? UTF16 : UTF8;
}

/** `texts` encoded as the sentences record stores them. */
export function encodeTexts(texts: readonly string[]): EncodedTexts {
  const encodings = Int32Array.from(texts, textEncodingOf);
  const ends = new Int32Array(texts.length);
  let size = 0;
  texts.forEach((text, k) => {
    size += encodedLength(text, encodings[k]!);
    ends[k] = size;
  });
  const bytes = Buffer.allocUnsafe(size);
  texts.forEach((text, k) => bytes.write(text, k === 0 ? 0 : ends[k - 1]!, TEXT_ENCODINGS[encodings[k]!]));
  return { bytes, ends, encodings };
}

/** Text `k` of `texts`. */
export function encodedText({ bytes, ends, encodings }: EncodedTexts, k: number): string {
  return bytes.toString(TEXT_ENCODINGS[encodings[k]!], k === 0 ? 0 : ends[k - 1]!, ends[k]);
}

/** The bytes `text` takes stored as `kind`. */
export const encodedLength = (text: string, kind: number): number => (kind === LATIN1 ? text.length : kind === UTF16 ? text.length * 2 : Buffer.byteLength(text, 'utf8'));
