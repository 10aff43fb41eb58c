// One spelling per request, and a short digest of it: the keys of cached answers and of saved
// paged queries.
import { createHash } from 'node:crypto';
import type { RawOptions } from '../raw-options.js';

/** Trimmed, whitespace-collapsed, empty values dropped, keys sorted: one spelling per request. */
export function normaliseOptions(options: RawOptions): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const key of Object.keys(options).sort()) {
    const value = options[key];
    if (value === undefined) continue;
    const clean = typeof value === 'string' ? value.trim().replace(/\s+/g, ' ') : value;
    if (clean !== '') out[key] = clean;
  }
  return out;
}

export function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
}

