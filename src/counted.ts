// A number with its noun, in the plural unless it is one: the wording of every listing and chart.

/** "1 article", "3 articles", "2 people" (with the plural given). */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
