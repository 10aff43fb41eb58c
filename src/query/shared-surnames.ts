// "What did daniel moreno say": "Moreno warned …" right after a sentence naming Ada Moreno, and
// none naming Daniel, is Ada's. When two people the coverage knows bear one surname, the surname
// alone is not the asked person's words where the sentences just before name only the other one;
// put to anyone else, that would be a misattribution.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { lookups } from './sentence-facts.js';

/** How many sentences back the one a bare surname stands for may be named (as a "he said" looks back). */
const REACH = 4;

/**
 * For a person whose surname another known person bears, a test of whether a sentence's bare
 * surname may stand for them: not where it or the few sentences before it in its article name
 * only the other ones. Null when the surname is theirs alone.
 */
export function surnameMayBe(person: Person, facts: LoadedFactBase): ((sentenceId: number) => boolean) | null {
  const surname = terms(person.name).at(-1);
  if (surname === undefined) return null;
  const namesakes = facts.data.people.filter((other) => other.id !== person.id && terms(other.name).at(-1) === surname);
  if (namesakes.length === 0) return null;
  const { mentions } = lookups(facts);
  const names = (ids: readonly (ReadonlySet<number> | undefined)[], sentenceId: number) => ids.some((mentioned) => mentioned?.has(sentenceId) === true);
  const own = [mentions.get(person.id)];
  const others = namesakes.map((other) => mentions.get(other.id));
  return (sentenceId) => {
    const { articleId } = facts.sentence(sentenceId);
    for (let id = sentenceId; id >= 0 && id > sentenceId - 1 - REACH && facts.sentence(id).articleId === articleId; id--) {
      if (names(own, id)) return true;
      if (names(others, id)) return false;
    }
    return true;
  };
}
