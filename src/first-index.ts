// Binary search over sorted values for the first one that passes a test.

/**
 * The first index in [0, values.length) whose value passes `test`, else values.length; every
 * value after one that passes must pass too (values sorted by what `test` reads).
 */
export function firstIndexWhere<T>(values: readonly T[], test: (value: T) => boolean): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (test(values[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}
