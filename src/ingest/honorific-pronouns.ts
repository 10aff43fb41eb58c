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
  return pronounsOf([honorificsIn(sentences.map((sentence) => sentence.text))], people);
}

/**
 * The honorifics written before a capitalised word in `texts`, as [honorific, word, …] pairs
 * (their order does not count): what `pronounsOf` reads of a text. The build keeps each
 * article's in its cache entry, so that an add-one reads none of the other articles' texts.
 */
export function honorificsIn(texts: Iterable<string>): string[] {
  const found: string[] = [];
  for (const text of texts) {
    if (!/M[RrSsIiAa]/u.test(text)) continue;
    for (const [, honorific, surname] of text.matchAll(HONORIFIC)) found.push(honorific!, surname!);
  }
  return found;
}

/** `honorificPronouns` of texts whose `honorificsIn` are `honorifics` (the lists of their articles). */
export function pronounsOf(honorifics: Iterable<readonly string[]>, people: readonly Person[]): Map<string, Pronoun> {
  const owners = new Map<string, string[]>();
  for (const person of people) {
    const surname = surnameOf(person.name);
    owners.set(surname, [...(owners.get(surname) ?? []), person.id]);
  }
  const counts = new Map<string, { he: number; she: number }>();
  for (const pairs of honorifics) {
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const honorific = pairs[i]!;
      const ids = owners.get(pairs[i + 1]!.toLowerCase());
      if (ids?.length !== 1) continue;
      const count = counts.get(ids[0]!) ?? { he: 0, she: 0 };
      count[MALE.has(honorific) ? 'he' : 'she']++;
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
