// Chat names a person short: "tony b" or "tony berg" (a pet form of the given name, maybe with the
// surname's initial), "vb" (the initials of given name and surname). Each is read as the full name
// of the one person of the coverage it fits, so the question is about that person rather than
// declined as naming someone the coverage never mentions. A short form that fits no one, or
// several, stays as typed; one that is a word of its own ("bill", "al") or that the coverage uses
// is read as a name only before the surname or its initial, and two letters only when no word.
import type { LoadedFactBase } from '../factbase/persist.js';
import { namesForNickname } from '../lexicon/nicknames.js';
import { nameParts } from './name-slips.js';
import { isKnownWord } from './typing-slips.js';

const NAME_WORD = /\p{L}+/gu;

/**
 * The full name a short form (lower case) stands for, and how many typed words it takes; undefined
 * unless exactly one person fits. `next` is the word typed after it: maybe the surname or its initial.
 */
function fullNameAt(word: string, next: string | undefined, facts: LoadedFactBase): { name: string; words: 1 | 2 } | undefined {
  const { fullNamesByInitials: byInitials, fullNamesByGiven: byGiven } = nameParts(facts);
  // The coverage writes the typed form as someone's given name ("Tony …"): it is that, as typed.
  if (byGiven.has(word)) return undefined;
  const bearers = namesForNickname(word).flatMap((given) => byGiven.get(given) ?? []);
  if (bearers.length > 0) {
    // "tony berg": the surname typed after it says whose; "tony b": its initial does.
    const bySurname = next === undefined ? [] : bearers.filter((name) => name.split(' ').at(-1) === next);
    if (bySurname.length === 1) return { name: bySurname[0]!.split(' ').slice(0, -1).join(' '), words: 1 };
    const byInitial = next?.length === 1 ? bearers.filter((name) => name.split(' ').at(-1)![0] === next) : [];
    if (byInitial.length === 1) return { name: byInitial[0]!, words: 2 };
    if (bearers.length === 1 && !isKnownWord(word, facts)) return { name: bearers[0]!, words: 1 };
    return undefined;
  }
  const initialled = word.length === 2 && !isKnownWord(word, facts) ? (byInitials.get(word) ?? []) : [];
  return initialled.length === 1 ? { name: initialled[0]!, words: 1 } : undefined;
}

/** The line with each short form of a person's name written as the coverage names that person. */
export function spellOutShortNames(line: string, facts: LoadedFactBase): string {
  const found = [...line.matchAll(NAME_WORD)];
  let spelled = line;
  // Right to left, so the earlier positions stay valid.
  for (let i = found.length - 1; i >= 0; i--) {
    const word = found[i]![0].toLowerCase();
    const after = found[i + 1];
    // Only a word the next follows after a space: "tony, b …" is no name and its initial.
    const next = after !== undefined && line.slice(found[i]!.index + word.length, after.index) === ' ' ? after[0].toLowerCase() : undefined;
    const full = fullNameAt(word, next, facts);
    if (full === undefined) continue;
    const start = found[i]!.index;
    const end = full.words === 2 ? after!.index + after![0].length : start + word.length;
    spelled = `${spelled.slice(0, start)}${full.name}${spelled.slice(end)}`;
  }
  return spelled;
}
