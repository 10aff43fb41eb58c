// Superlatives of size: "the biggest package", "the smallest pledge", "who gave the most aid" ask
// for the largest or smallest of what they name. General English, nothing drawn from coverage.

export type SizeOrder = 'largest' | 'smallest';

export const SIZE_SUPERLATIVES: ReadonlyMap<string, SizeOrder> = new Map([
  ['biggest', 'largest'], ['largest', 'largest'], ['greatest', 'largest'], ['highest', 'largest'], ['most', 'largest'],
  ['smallest', 'smallest'], ['lowest', 'smallest'], ['tiniest', 'smallest'], ['least', 'smallest'], ['fewest', 'smallest'],
]);

/** Quantity words that also make a superlative of the next adjective ("most recent") or a bound ("at least"). */
export const QUANTITY_SUPERLATIVES: ReadonlySet<string> = new Set(['most', 'least']);
