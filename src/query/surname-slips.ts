// "that harbour lady mira hot": a surname typed with a letter left out ("hot" for Holt) or two
// letters swapped right after the given name the coverage writes before it. The given name is the
// evidence: the slipped word may be an everyday word, which the spelling mender (typing-slips.ts)
// rightly leaves alone. Another letter in its place is no slip but maybe another person ("mira
// bolt" is not Mira Holt), and a word no one of that given name has a surname near stays as typed.
import type { LoadedFactBase } from '../factbase/persist.js';
import { oneSlipAway } from './typing-slips.js';

// A shorter word is too easily another one slipped ("li" for "le").
const MIN_SURNAME_LETTERS = 3;
const NAME_WORD = /\p{L}[\p{L}'’-]*/gu;

const surnamesMemo = new WeakMap<LoadedFactBase, ReadonlyMap<string, readonly string[]>>();

/** Each given name the coverage knows, with the surnames of the people it names. */
function surnamesByGivenName(facts: LoadedFactBase): ReadonlyMap<string, readonly string[]> {
  let byGiven = surnamesMemo.get(facts);
  if (byGiven !== undefined) return byGiven;
  const found = new Map<string, Set<string>>();
  for (const person of facts.data.people) {
    const words = person.name.toLowerCase().match(NAME_WORD) ?? [];
    if (words.length < 2) continue;
    const given = words[0]!;
    found.set(given, (found.get(given) ?? new Set()).add(words.at(-1)!));
  }
  byGiven = new Map([...found].map(([given, surnames]) => [given, [...surnames]]));
  surnamesMemo.set(facts, byGiven);
  return byGiven;
}

/** The line with a surname slipped after a known given name written as the coverage writes it. */
export function mendSurnameSlips(line: string, facts: LoadedFactBase): string {
  const byGiven = surnamesByGivenName(facts);
  const words = [...line.matchAll(NAME_WORD)];
  let mended = line;
  // Right to left, so the earlier positions stay valid.
  for (let i = words.length - 2; i >= 0; i--) {
    const surnames = byGiven.get(words[i]![0].toLowerCase());
    const next = words[i + 1]!;
    const typed = next[0].toLowerCase();
    if (surnames === undefined || typed.length < MIN_SURNAME_LETTERS || surnames.includes(typed)) continue;
    // Only a space between them: "mira, hot news" is two things.
    if (line.slice(words[i]!.index! + words[i]![0].length, next.index).trim() !== '') continue;
    const slips = oneSlipAway(typed);
    const near = surnames.filter((surname) => slips.has(surname));
    if (near.length !== 1) continue;
    mended = mended.slice(0, next.index) + near[0]! + mended.slice(next.index! + next[0].length);
  }
  return mended;
}
