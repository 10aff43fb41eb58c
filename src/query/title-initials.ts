// "moreno met sg rhea solbrg": a short word right before a person's name, made of the initials of
// a title the coverage gives that person ("Secretary General"), is the title typed short. It is
// read as the title, so it neither declines the question as a name the coverage never mentions
// nor asks for a thing of its own. Only the coverage's own titles for that person are read, so no
// list of abbreviations is needed and none can name the wrong office.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { terms } from '../factbase/terms.js';
import { lookups } from './sentence-facts.js';

const WORD = /\p{L}+/gu;
const MIN_LETTERS = 2;
const MAX_LETTERS = 4;
// Words a title's initials may leave out: "Secretary of State" is "ss" as well as "sos".
const JOINING = /^(?:of|the|and|for|to)$/u;

/** The initials a title may be typed as: every word's, and those of its words other than joining ones. */
function initialsOf(title: string): Set<string> {
  const words = title.toLowerCase().split(/[\s-]+/u).filter((word) => word !== '');
  return new Set([words, words.filter((word) => !JOINING.test(word))].map((each) => each.map((word) => word[0]).join('')));
}

/** The person whose name starts at the word: a surname the coverage knows, or a given name and the surname after it. */
function personAt(words: readonly string[], at: number, facts: LoadedFactBase): Person | undefined {
  const { surnames } = lookups(facts);
  const first = words[at];
  if (first === undefined) return undefined;
  const bySurname = surnames.get(terms(first).at(-1) ?? '');
  const second = words[at + 1];
  const byFullName = second === undefined ? undefined : surnames.get(terms(second).at(-1) ?? '');
  if (byFullName !== undefined && byFullName.name.toLowerCase().split(/\s+/u).includes(first)) return byFullName;
  return bySurname;
}

/** The line with each title typed as its initials before a person's name spelled out as the coverage writes it. */
export function spellOutTitleInitials(line: string, facts: LoadedFactBase): string {
  const found = [...line.matchAll(WORD)];
  const words = found.map(([word]) => word.toLowerCase());
  let spelled = line;
  // Right to left, so the earlier positions stay valid.
  for (let i = words.length - 2; i >= 0; i--) {
    const word = words[i]!;
    // Not a word of the coverage, nor a function word ("is", "of"): those are read as they are.
    const wordTerms = terms(word);
    if (word.length < MIN_LETTERS || word.length > MAX_LETTERS || wordTerms.length === 0 || wordTerms.some((term) => facts.index.idf(term) > 0)) continue;
    const title = personAt(words, i + 1, facts)?.roles.find((role) => initialsOf(role.title).has(word))?.title;
    if (title === undefined) continue;
    const at = found[i]!.index;
    spelled = `${spelled.slice(0, at)}${title.toLowerCase()}${spelled.slice(at + word.length)}`;
  }
  return spelled;
}
