// The varint codec of the fact-base file and the build cache: every value below 2^32 round-trips,
// and a malformed column is named, never read as other numbers.
import { describe, expect, it } from 'vitest';
import { decodeVarints, packVarints, unpackVarints, VarintWriter } from '../../src/factbase/varint-codec.js';

const problem = (why: string): Error => new Error(why);
const bytesOf = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe('varint columns', () => {
  it('GIVEN values at every byte-length boundary THEN they come back the same, counted or not', () => {
    const values = [0, 1, 127, 128, 300, 2 ** 14 - 1, 2 ** 14, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31, 2 ** 32 - 1];
    const writer = new VarintWriter();
    for (const value of values) writer.write(value);
    expect([...decodeVarints(writer.bytes(), null, problem)]).toEqual(values);
    expect([...unpackVarints(packVarints(values), values.length, problem)]).toEqual(values);
  });

  it('GIVEN a malformed column THEN it names what is wrong', () => {
    expect(() => decodeVarints(bytesOf(0x80), 1, problem)).toThrow('is too short');
    expect(() => decodeVarints(bytesOf(0x01, 0x80), 2, problem)).toThrow('is too short');
    expect(() => decodeVarints(bytesOf(0x01), 2, problem)).toThrow('is too short');
    expect(() => decodeVarints(bytesOf(0xff, 0xff, 0xff, 0xff, 0x10), 1, problem)).toThrow('holds a number too large');
    expect(() => decodeVarints(bytesOf(0x80, 0x80, 0x80, 0x80, 0x80, 0x01), 1, problem)).toThrow('holds a number too large');
    expect(() => decodeVarints(bytesOf(0x01, 0x02), 1, problem)).toThrow('has trailing bytes');
    expect(() => unpackVarints('AQ', 1, problem)).toThrow('is not valid base64');
  });
});
