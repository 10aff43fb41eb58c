import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJsonArray } from '../../src/factbase/json-pieces.js';

/** Strings that look like the boundary a piece ends at, or like brackets, to be found inside texts. */
const tricky = fc.constantFrom('},{"id":', '},{', '"id":', ']', '[', '\\', '"', 'plain words', 'x'.repeat(5000));
const text = fc.array(tricky, { maxLength: 6 }).map((parts) => parts.join(''));
const element = fc.record({
  id: fc.nat(),
  text,
  // Some 1.5 KB an element on average: most arrays span several pieces.
  pad: fc.nat(3000).map((n) => 'p'.repeat(n)),
  // Nested objects that also start with an id: a boundary inside an element.
  nested: fc.array(fc.record({ id: fc.nat(), text }), { maxLength: 3 }),
});

describe('parseJsonArray', () => {
  it('GIVEN any array of objects, spanning many 64 KiB pieces or none THEN parses what JSON.parse parses, and leaves the bytes as they were', () => {
    fc.assert(
      fc.property(fc.array(element, { minLength: 20, maxLength: 150, size: 'max' }), (array) => {
        const bytes = Buffer.from(JSON.stringify(array), 'latin1');
        const copy = Buffer.from(bytes);
        expect(parseJsonArray(bytes)).toEqual(array);
        expect(bytes.equals(copy)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('GIVEN large elements whose nested objects start with an id THEN a piece ending inside one is not trusted', () => {
    const array = Array.from({ length: 40 }, (_, id) => ({ id, text: 'x'.repeat(5000), nested: [{ id: 1 }, { id: 2 }] }));
    const bytes = Buffer.from(JSON.stringify(array));
    expect(parseJsonArray(bytes)).toEqual(array);
    expect(bytes.toString()).toBe(JSON.stringify(array));
  });

  it('GIVEN bytes that are not a JSON array THEN throws', () => {
    expect(() => parseJsonArray(Buffer.from('{"id":1}'))).toThrow(TypeError);
    const cut = Buffer.from(JSON.stringify(Array.from({ length: 5000 }, (_, id) => ({ id, text: 'words '.repeat(10) }))));
    expect(() => parseJsonArray(cut.subarray(0, cut.length - 40))).toThrow(SyntaxError);
    const broken = Buffer.from(cut);
    broken[cut.indexOf('"id":', 100_000) + 4] = 0x7b; // a "{" for the ":" of an id in the second piece
    expect(() => parseJsonArray(broken)).toThrow(SyntaxError);
  });
});
