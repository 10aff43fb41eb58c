// The kinds of answer a sentence can state, as bits of the fact base's per-sentence `entities`
// column (annotate.ts computes them). Kept apart so the schema can name them without importing
// the annotator and its word lists.
export const ENTITY = {
  date: 1,
  money: 2,
  percent: 4,
  count: 8,
  person: 16,
  place: 32,
  organisation: 64,
} as const;
export type EntityKind = keyof typeof ENTITY;
/** All bits set: what `entities` may hold at most. */
export const ALL_ENTITIES = 127;
