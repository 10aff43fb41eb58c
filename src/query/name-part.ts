// "What did the house decide": a coverage that writes "house" only in "White House" says nothing of
// any other house. A common word whose every use in the coverage stands, capitalised, right after
// the same capitalised describing word ("White House", "Red Cross", "New York") is there only part
// of that name; a question that does not type that word before it names something the coverage
// never mentions. A head named after a name ("U.S. Senate", "Paris Agreement", "Mara Olsen"), a
// role ("Foreign Minister") or a nationality ("Austrian Chancellor") is the same thing alone, so
// none of those counts. Capitals are read in the coverage's text, never in the question. Only
// words the coverage uses rarely are read (a word written in hundreds of sentences is used on its
// own somewhere).
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { Lru } from '../lru.js';
import { DEMONYM_WORDS } from '../lexicon/countries.js';
import { isEverydayEnglishWord } from '../lexicon/english-words.js';
import { nounSynset, senseOffsets } from '../lexicon/wordnet.js';

const MAX_SENTENCES_READ = 300;
const MAX_REMEMBERED_WORDS = 1_000;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const CAPITALISED = /^\p{Lu}/u;

const remembered = new WeakMap<LoadedFactBase, Lru<string, string | null>>();

/** The word every coverage use of the term follows as part of one capitalised name ("white" for "house"), lower case; null when it is used otherwise. */
export function onlyAfterInName(term: string, facts: LoadedFactBase): string | null {
  let known = remembered.get(facts);
  if (known === undefined) remembered.set(facts, (known = new Lru(MAX_REMEMBERED_WORDS)));
  return known.getOrCompute(term, () => {
    const ids = facts.index.sentencesWith(term, MAX_SENTENCES_READ + 1);
    if (ids.length === 0 || ids.length > MAX_SENTENCES_READ) return null;
    let before: string | null = null;
    for (const id of ids) {
      const words = facts.sentence(id).text.match(WORD) ?? [];
      for (let i = 0; i < words.length; i++) {
        if (terms(words[i]!)[0] !== term) continue;
        if (!isEverydayEnglishWord(words[i]!.toLowerCase()) || namesPerson(words[i]!.toLowerCase())) return null;
        const previous = words[i - 1];
        if (previous === undefined || !CAPITALISED.test(words[i]!) || !CAPITALISED.test(previous) || i - 1 === 0) return null;
        const lower = previous.toLowerCase();
        if (before !== null && before !== lower) return null;
        before = lower;
      }
    }
    return before !== null && describesRatherThanNames(before) ? before : null;
  });
}

const DEMONYMS: ReadonlySet<string> = new Set(DEMONYM_WORDS.map((word) => word.toLowerCase()));
// WordNet's lexicographer file of people: "minister", "secretary", "president".
const PERSON_FILE = 18;

/** Whether a word's commonest noun sense is a kind of person (a role: "Foreign Minister" is a minister). */
function namesPerson(word: string): boolean {
  const [commonest] = senseOffsets('noun', word);
  return commonest !== undefined && nounSynset(commonest).file === PERSON_FILE;
}

/** Whether a word is mostly a describing word ("white", "red", "new"), in WordNet's senses, and no nationality. */
function describesRatherThanNames(word: string): boolean {
  const adjective = senseOffsets('adj', word).length;
  return adjective > 0 && adjective >= senseOffsets('noun', word).length && !DEMONYMS.has(word);
}
