// Porter stems some place names into other English words: "Maine" is indexed as "main", "Wales"
// as "wale". A question naming such a place is about the place, so only a sentence that writes its
// name counts for it ("the main road" does not), and a coverage whose sentences never write the
// name does not mention the place, however often it writes the other word. Read on the tagger's
// places and the dictionary, never on capitals.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { isPlaceAdjective } from '../lexicon/place-adjectives.js';
import { questionWords } from './parts-of-speech.js';

const written = new WeakMap<LoadedFactBase, Map<string, boolean>>();

/** The question's places whose index term is another English word, by that term: "main" → /\bmaine\b/i. */
export function placesStemmedAway(query: string): Map<string, RegExp> {
  const found = new Map<string, RegExp>();
  for (const { word, place, names } of questionWords(query)) {
    const name = word.replace(/['’]s$/u, '');
    const [term, ...rest] = terms(name);
    // The stem cut from the name itself ("maine" → "main"), not an alias ("u.s." → "usa") nor a possessive's.
    if ((!place && names !== 'place') || term === undefined || rest.length > 0 || term === name || !name.startsWith(term) || !/^\p{L}+$/u.test(name) || !isEnglishWord(term)) continue;
    // "norwegians" indexed as "norwegian": the stem names the same people, not another word.
    if (isPlaceAdjective(term)) continue;
    found.set(term, new RegExp(String.raw`(?<![\p{L}\p{N}])${name}(?![\p{L}\p{N}])`, 'iu'));
  }
  return found;
}

/** Whether some sentence indexed under the term writes the name itself (read once per coverage). */
export function nameWritten(term: string, name: RegExp, facts: LoadedFactBase): boolean {
  let known = written.get(facts);
  if (known === undefined) written.set(facts, (known = new Map()));
  const key = `${term} ${name.source}`;
  let found = known.get(key);
  if (found === undefined) known.set(key, (found = facts.index.sentencesWith(term, Number.POSITIVE_INFINITY).some((id) => name.test(facts.sentence(id).text))));
  return found;
}
