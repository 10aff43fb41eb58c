/** A value computed on first use and kept: for work that only some paths need. */
export function once<T>(compute: () => T): () => T {
  let value: { computed: T } | undefined;
  return () => (value ??= { computed: compute() }).computed;
}
