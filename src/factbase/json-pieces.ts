// Parses a fact-base JSON section (an array of objects, ASCII) in pieces of about 64 KiB. One
// string of a whole 11 MB section is memory V8 takes fresh from the system and gives back at
// once, which costs more than parsing it; a piece's string is young-generation memory, reused.
//
// A piece ends before the next `},{"id":` (every section's objects start with their id). In
// valid JSON that sequence is never inside a string (a string closed by its quote cannot be
// followed by `id`), but it may be inside a nested array of objects: the piece before it then
// has an unclosed bracket, is not valid JSON, and the whole array is parsed at once instead.

const PIECE_BYTES = 64 * 1024;
const BOUNDARY = Buffer.from('},{"id":');
const [OPEN, CLOSE] = [0x5b, 0x5d];

/**
 * The elements of the JSON array in `bytes` (Latin-1). `bytes` is changed while it is read and
 * restored. Throws SyntaxError (not JSON) or TypeError (not an array).
 */
export function parseJsonArray(bytes: Buffer): unknown[] {
  if (bytes[0] !== OPEN || bytes[bytes.length - 1] !== CLOSE) return wholeArray(bytes);
  const items: unknown[] = [];
  // Each piece runs from `start` (the array's "[" or the "," before an object) to `end` (the
  // "," after its last object, or the array's "]"), both made brackets while it is parsed.
  for (let start = 0; start < bytes.length - 1; ) {
    const boundary = bytes.indexOf(BOUNDARY, start + PIECE_BYTES);
    const end = boundary === -1 ? bytes.length - 1 : boundary + 1;
    const [first, last] = [bytes[start]!, bytes[end]!];
    bytes[start] = OPEN;
    bytes[end] = CLOSE;
    let piece: unknown;
    try {
      piece = JSON.parse(bytes.toString('latin1', start, end + 1));
    } catch {
      piece = undefined;
    } finally {
      bytes[start] = first;
      bytes[end] = last;
    }
    if (!Array.isArray(piece)) return wholeArray(bytes);
    for (const item of piece) items.push(item);
    start = end;
  }
  return items;
}

function wholeArray(bytes: Buffer): unknown[] {
  const parsed: unknown = JSON.parse(bytes.toString('latin1'));
  if (!Array.isArray(parsed)) throw new TypeError('not a JSON array');
  return parsed;
}
