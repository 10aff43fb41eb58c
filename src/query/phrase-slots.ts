// "harbour renewal grants" where the coverage writes "harbour repair grants": a
// word the coverage never uses, standing between two words of one noun phrase that the coverage
// writes with a single other word between them, is the user's word for that one. The coverage's
// own phrase vouches for it, so it is neither a kind the coverage never reports ("cruise
// missiles", where no such phrase vouches) nor weighed as a stranger.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { questionWords } from './parts-of-speech.js';
import { sentenceTerms } from './sentence-facts.js';

/** Sentences read per slot, from the rarer of its two neighbours: bounds the work on a large coverage. */
const SLOT_SENTENCES = 1000;

/** For each unknown word of the question that stands in such a slot, the words the coverage writes in its place. */
export function slotFillers(query: string, facts: LoadedFactBase): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const words = questionWords(query);
  for (let i = 1; i + 1 < words.length; i++) {
    const { word, thing } = words[i]!;
    const [term] = terms(word);
    if (!thing || term === undefined || facts.index.idf(term) > 0) continue;
    const [before] = terms(words[i - 1]!.word);
    const [after] = terms(words[i + 1]!.word);
    // The word before must be an adjective describing it ("did the council order cruise missiles":
    // "order" is no part of the thing); the tagger may read the noun after as a verb ("grants").
    if (before === undefined || after === undefined || !words[i - 1]!.describes) continue;
    if (facts.index.idf(before) === 0 || facts.index.idf(after) === 0) continue;
    const rarer = facts.index.idf(before) >= facts.index.idf(after) ? before : after;
    const fillers = new Set<string>();
    for (const id of facts.index.sentencesWith(rarer, SLOT_SENTENCES)) {
      const { list } = sentenceTerms(facts, id);
      for (let k = 0; k + 2 < list.length; k++) {
        if (list[k] === before && list[k + 2] === after && list[k + 1] !== before && list[k + 1] !== after) fillers.add(list[k + 1]!);
      }
    }
    if (fillers.size > 0) found.set(term, fillers);
  }
  return found;
}
