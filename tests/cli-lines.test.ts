// `npm run ask -- -` reads one request per line: lines end at "\n" or "\r\n", never at a lone
// "\r" inside an input (which would shift every later answer off its question).
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { inputLines } from '../src/cli/lines.js';

async function linesOf(chunks: readonly (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of inputLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('inputLines', () => {
  it('GIVEN \\n and \\r\\n endings THEN each ends a line and neither is kept', async () => {
    expect(await linesOf(['who is kuleba\r\n/aid\nlast'])).toEqual(['who is kuleba', '/aid', 'last']);
  });

  it('GIVEN a lone \\r inside an input THEN it stays part of that input', async () => {
    expect(await linesOf(['who is\rkuleba\nsecond\n'])).toEqual(['who is\rkuleba', 'second']);
  });

  it('GIVEN empty lines THEN each is an input of its own (outputs zip with inputs)', async () => {
    expect(await linesOf(['a\n\n\nb\n'])).toEqual(['a', '', '', 'b']);
  });

  it('GIVEN a line, a \\r\\n and a multi-byte character split across chunks THEN they are joined back', async () => {
    const euro = Buffer.from('€');
    expect(await linesOf([Buffer.from('price '), euro.subarray(0, 1), Buffer.concat([euro.subarray(1), Buffer.from('5\r')]), Buffer.from('\nnext')])).toEqual([
      'price €5',
      'next',
    ]);
  });
});
