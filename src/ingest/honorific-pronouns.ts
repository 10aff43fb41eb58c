// Whether the coverage calls a person "he" or "she", read from the honorifics it writes before
// their surname ("Mr. Olsen", "MS. BERG-OLSEN:", "Madam Ruud"). Quote attribution uses it to
// keep "he said" from a woman named just before, and the reverse. Only surnames one person in
// the coverage bears count, and only when the coverage agrees with itself.
import type { Person, Sentence } from '../factbase/schema.js';

export type Pronoun = 'he' | 'she';

// Written by publishers, so read by case: "Mr." and transcript labels ("MR. KIRBY").
const HONORIFIC = /\b(Mr|MR|Mrs|MRS|Ms|MS|Miss|MISS|Madam|MADAM|Madame)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu;
const MALE = new Set(['Mr', 'MR']);
/** Honorifics a surname needs, and the share of them one pronoun must have. */
const MIN_HONORIFICS = 2;
const AGREEMENT = 0.9;

const surnameOf = (name: string): string => (name.split(/\s+/u).at(-1) ?? '').toLowerCase();

/** Person id → "he" or "she", for the people the coverage gives honorifics consistently. */
export function honorificPronouns(sentences: readonly Sentence[], people: readonly Person[]): Map<string, Pronoun> {
  const owners = new Map<string, string[]>();
  for (const person of people) {
    const surname = surnameOf(person.name);
    owners.set(surname, [...(owners.get(surname) ?? []), person.id]);
  }
  const counts = new Map<string, { he: number; she: number }>();
  for (const { text } of sentences) {
    if (!/M[RrSsIiAa]/u.test(text)) continue;
    for (const [, honorific, surname] of text.matchAll(HONORIFIC)) {
      const ids = owners.get(surname!.toLowerCase());
      if (ids?.length !== 1) continue;
      const count = counts.get(ids[0]!) ?? { he: 0, she: 0 };
      count[MALE.has(honorific!) ? 'he' : 'she']++;
      counts.set(ids[0]!, count);
    }
  }
  const pronouns = new Map<string, Pronoun>();
  for (const [id, { he, she }] of counts) {
    const total = he + she;
    if (total >= MIN_HONORIFICS && Math.max(he, she) >= AGREEMENT * total) pronouns.set(id, he > she ? 'he' : 'she');
  }
  return pronouns;
}
