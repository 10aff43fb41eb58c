// Reading `npm run ask -- -`'s inputs: one request per line.

/**
 * Lines of `input`, split on "\n" and "\r\n" only. (readline also splits on a lone "\r",
 * which cut one input in two and misaligned every later answer with its question.)
 */
export async function* inputLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffered = '';
  for await (const chunk of input) {
    buffered += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = buffered.indexOf('\n'); end !== -1; end = buffered.indexOf('\n', start)) {
      yield withoutCr(buffered.slice(start, end));
      start = end + 1;
    }
    buffered = buffered.slice(start);
  }
  buffered += decoder.decode();
  if (buffered !== '') yield withoutCr(buffered);
}

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
