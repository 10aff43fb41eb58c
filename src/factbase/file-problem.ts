// What is wrong with a fact-base file's content, as the decoder (file-decode.ts) reports it; the
// loader (persist.ts) names the file around it.
import type { ColumnProblem } from './varint-codec.js';

export class FileFormatProblem extends Error {
  override name = 'FileFormatProblem';
}

/** A malformed column, named for the error ("the sentence column paragraph is too short"). */
export function corrupt(what: string): ColumnProblem {
  return (why) => new FileFormatProblem(`is corrupt (${what} ${why})`);
}
