// The sentence index as stored inside the fact base (built by index-build.ts, searched by
// index-search.ts).
import { z } from 'zod';

export const INDEX_ENCODING = 'tfidf-varint-v1';

/**
 * The index as stored inside the fact base. Numbers are packed as unsigned LEB128 varints (the
 * file writes the packed columns as raw bytes), because validating and parsing millions of JSON
 * numbers is slow:
 * - `terms`: every distinct term, sorted (UTF-16 order), so lookups are a binary search.
 * - `directory`: per term, in `terms` order: df, then the byte length of its postings.
 * - `postings`: per term, its sentences in ascending order: varint(gap·2 + (tf > 1 ? 1 : 0)),
 *   followed by varint(tf) when tf > 1. The gap is from the previous sentence id (first: from 0).
 * - `lengths`: per sentence, its number of terms.
 */
export const SerializedIndexSchema = z.object({
  encoding: z.literal(INDEX_ENCODING),
  docCount: z.number().int().nonnegative(),
  terms: z.array(z.string()),
  // Checked when decoded.
  directory: z.instanceof(Uint8Array),
  postings: z.instanceof(Uint8Array),
  lengths: z.instanceof(Uint8Array),
});
export type SerializedIndex = z.infer<typeof SerializedIndexSchema>;

export class IndexFormatError extends Error {
  override name = 'IndexFormatError';
}
