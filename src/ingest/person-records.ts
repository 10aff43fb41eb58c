// Turns a cluster of candidates into a Person: canonical name, aliases, roles in date order,
// an id unique in the coverage, and the sentences that mention them.
import type { Person, Role, Sentence } from '../factbase/schema.js';
import { foldName, slugOfName } from '../lexicon/name-fold.js';
import { createMentionFinder } from './person-mentions.js';
import { surnameOf, wordKey, type OrdinaryWords } from './coverage-names.js';
import type { Candidate } from './people-scan.js';
import { byCodeUnit } from '../code-unit-order.js';

/** Two people whose names slug alike ("Jon Smith", "Jon-Smith") get "-2", "-3" suffixes. */
export function withUniqueIds(people: Person[]): Person[] {
  const taken = new Map<string, number>();
  return people.map((person) => {
    const count = (taken.get(person.id) ?? 0) + 1;
    taken.set(person.id, count);
    return count === 1 ? person : { ...person, id: `${person.id}-${count}` };
  });
}

export function personOf(
  cluster: readonly Candidate[],
  surnameCounts: ReadonlyMap<string, number>,
  reportedOf: (id: number) => string | null,
  ordinary: OrdinaryWords,
): Person {
  const name = canonicalName(cluster);
  const aliases = new Set<string>();
  // The surname the cluster was grouped by: "Olsen" of a "Sofie Berg Olsen" merged into Sofie Berg-Olsen is no alias of hers.
  const ownSurname = wordKey(surnameOf(cluster[0]?.words ?? []));
  for (const c of cluster) {
    if (c.words.length >= 2) aliases.add(c.written);
    const surname = surnameOf(c.words);
    // "Tom" of Erika C. Tom is everyone's first name; "Good" of Bob Good is an ordinary word.
    const key = wordKey(surname);
    if (key === ownSurname && surnameCounts.get(key) === 1 && !ordinary.has(surname) && !ordinary.firstNames.has(key)) aliases.add(surname);
    if (c.titledForm !== null) aliases.add(c.titledForm);
  }
  aliases.delete(name);
  return {
    id: slugOfName(name),
    name,
    aliases: [...aliases].sort(byCodeUnit),
    roles: rolesOf(cluster, reportedOf),
    sentenceIds: [],
  };
}

/**
 * The most complete written form: a full name over a surname, one that a title or an apposition
 * gives over a bare run ("Sleepy Per Vos" does not beat "Per Vos"), then most words, most
 * frequent, first seen.
 */
function canonicalName(cluster: readonly Candidate[]): string {
  const counts = new Map<string, { role: boolean; words: number; count: number; first: number }>();
  for (const c of cluster) {
    // A hyphen parts words as a space does: "Sheila Jackson-Lee" is no shorter than "Sheila Jackson Lee".
    const words = c.words.length < 2 ? c.words.length : c.words.flatMap((word) => word.split('-')).length;
    const entry = counts.get(c.written) ?? { role: false, words, count: 0, first: c.sentenceId };
    entry.role ||= c.role !== null;
    entry.count += 1;
    entry.first = Math.min(entry.first, c.sentenceId);
    counts.set(c.written, entry);
  }
  const ranked = [...counts.entries()].sort(
    ([, a], [, b]) =>
      Number(b.words >= 2) - Number(a.words >= 2) || Number(b.role) - Number(a.role) || b.words - a.words || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.[0] ?? '';
}

/**
 * One role per distinct (title, organisation), from its earliest report. A role with no
 * organisation is dropped when the same or a wider title is known with one ("Secretary" beside
 * "Secretary of State", United States).
 */
function rolesOf(cluster: readonly Candidate[], reportedOf: (id: number) => string | null): Role[] {
  const reports = cluster.flatMap((c): Role[] => (c.role === null ? [] : [{ ...c.role, sentenceId: c.sentenceId, reported: reportedOf(c.sentenceId) }]));
  const contradicted = contradictedTitles(reports);
  const byKey = new Map<string, Role>();
  for (const role of reports) {
    if (contradicted.has(foldName(role.title))) continue;
    const key = `${foldName(role.title)}|${role.organisation ?? ''}`;
    const seen = byKey.get(key);
    if (seen === undefined || earlier(role, seen)) byKey.set(key, role);
  }
  const roles = [...byKey.values()];
  return roles
    .filter((role) => role.organisation !== null || !roles.some((other) => other !== role && saysMore(other, role)))
    .sort((a, b) => byCodeUnit(a.reported ?? '9999', b.reported ?? '9999') || a.sentenceId - b.sentenceId);
}

// A lesser rank of a title: "Vice President" under "President", "Deputy Secretary" under "Secretary".
const LESSER_RANK = /^(?:vice|deputy|assistant|associate|under)[\s-]+/;
// How many times as often as a title its lesser rank must still be reported after it.
const CONTRADICTING_SHARE = 5;

/**
 * Titles (folded) that the person's own coverage contradicts: after the title's first report,
 * its lesser rank is reported at least CONTRADICTING_SHARE times as often as the title ever is.
 * Hundreds of "Vice President Roe" after two "President Roe" (a slip, a future imagined in a
 * speech) say she did not hold it; a promotion ends the lesser rank's reports, so it stands.
 */
function contradictedTitles(reports: readonly Role[]): Set<string> {
  const datesOf = new Map<string, string[]>();
  for (const { title, reported } of reports) {
    if (reported === null) continue;
    const folded = foldName(title);
    const dates = datesOf.get(folded);
    if (dates === undefined) datesOf.set(folded, [reported]);
    else dates.push(reported);
  }
  const contradicted = new Set<string>();
  for (const [lesser, lesserDates] of datesOf) {
    const title = lesser.replace(LESSER_RANK, '');
    const dates = title === lesser ? undefined : datesOf.get(title);
    if (dates === undefined) continue;
    const first = dates.reduce((a, b) => (a < b ? a : b));
    if (lesserDates.filter((date) => date > first).length >= CONTRADICTING_SHARE * dates.length) contradicted.add(title);
  }
  return contradicted;
}

/**
 * Whether `other` says all that `role` says and more: the same title with an organisation, or a
 * longer title containing it ("Assistant Secretary of State" over "Secretary") — but a former
 * role never stands for a current one.
 */
function saysMore(other: Role, role: Role): boolean {
  const title = foldName(role.title);
  const wider = foldName(other.title);
  if (wider === title) return other.organisation !== null;
  if (wider.startsWith('former ') && !title.startsWith('former ')) return false;
  return ` ${wider} `.includes(` ${title} `);
}

function earlier(a: Role, b: Role): boolean {
  const byDate = byCodeUnit(a.reported ?? '9999', b.reported ?? '9999');
  return byDate < 0 || (byDate === 0 && a.sentenceId < b.sentenceId);
}

/** For each person (by position), the ascending ids of the sentences that mention them. */
export function sentencesMentioning(people: readonly Person[], sentences: readonly Sentence[]): number[][] {
  const find = createMentionFinder(people);
  const indexOfId = new Map(people.map((p, i) => [p.id, i]));
  const mentioned: number[][] = people.map(() => []);
  for (const sentence of sentences) {
    for (const mention of find(sentence.text)) {
      const list = mentioned[indexOfId.get(mention.personId) ?? -1];
      if (list !== undefined && list[list.length - 1] !== sentence.id) list.push(sentence.id);
    }
  }
  return mentioned.map((ids) => [...new Set(ids)].sort((a, b) => a - b));
}
