// Superlatives of size: "the biggest package", "the smallest pledge", "who gave the most aid" ask
// for the largest or smallest of what they name. General English, nothing drawn from coverage.

import { senseOffsets, synsetAt } from './wordnet.js';

export type SizeOrder = 'largest' | 'smallest';

export const SIZE_SUPERLATIVES: ReadonlyMap<string, SizeOrder> = new Map([
  ['biggest', 'largest'], ['largest', 'largest'], ['greatest', 'largest'], ['highest', 'largest'], ['most', 'largest'],
  ['smallest', 'smallest'], ['lowest', 'smallest'], ['tiniest', 'smallest'], ['least', 'smallest'], ['fewest', 'smallest'],
]);

/** Quantity words that also make a superlative of the next adjective ("most recent") or a bound ("at least"). */
export const QUANTITY_SUPERLATIVES: ReadonlySet<string> = new Set(['most', 'least']);

/**
 * Whether an adjective's commonest sense is a value of size ("big", "huge", "massive", "tiny"):
 * WordNet files such adjectives under a head whose attribute is the noun "size". It says how large
 * a thing looks to the writer, never what the thing is called.
 */
export function describesSize(word: string): boolean {
  const offset = senseOffsets('adj', word)[0];
  if (offset === undefined) return false;
  const sense = synsetAt('adj', offset);
  const head = sense.pointers.some((pointer) => pointer.symbol === '=') ? sense : sense.pointers.filter((pointer) => pointer.symbol === '&').map((pointer) => synsetAt('adj', pointer.offset))[0];
  return (head?.pointers ?? []).some((pointer) => pointer.symbol === '=' && synsetAt('noun', pointer.offset).words.some((lemma) => lemma.toLowerCase() === 'size'));
}
