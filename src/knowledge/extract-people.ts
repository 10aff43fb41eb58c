// People named in the coverage: candidates found sentence by sentence (person-candidates.ts)
// are merged by surname (spelling variants included), given a canonical name, aliases and
// roles, and every sentence that mentions them is collected. A bare "First Last" with no title
// anywhere is kept only when the coverage mentions that person in more than one sentence.
import type { Article, Person, Role, Sentence } from './schema.js';
import { foldName, slugOfName, spellingKey } from './name-fold.js';
import { PARTICLES, findPersonCandidates } from './person-candidates.js';
import type { PersonCandidate as Candidate } from './person-candidates.js';
import { createMentionFinder } from './person-mentions.js';

export function extractPeople(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): Person[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) candidates.push(...findPersonCandidates(sentence.text, sentence.id));
  const reportedOf = (sentenceId: number): string | null => {
    const sentence = sentences[sentenceId];
    return sentence === undefined ? null : (articlesById.get(sentence.articleId)?.published ?? null);
  };

  // A bare name must be backed by a second sentence. Dropping one that shares a surname with
  // someone kept makes that surname unambiguous, which changes the mentions: scan again then.
  let clusters = clusterCandidates(candidates);
  for (;;) {
    const surnameCounts = countSurnames(clusters);
    const people = withUniqueIds(clusters.map((cluster) => personOf(cluster, surnameCounts, reportedOf)));
    const mentioned = sentencesMentioning(people, sentences);
    const backed = clusters.map((cluster, i) => cluster.some((c) => c.role !== null) || (mentioned[i]?.length ?? 0) >= 2);
    const sharedSurnameDropped = clusters.some((cluster, i) => !backed[i] && (surnameCounts.get(surnameKeyOf(cluster)) ?? 0) > 1);
    if (!sharedSurnameDropped) {
      return people
        .map((person, i) => ({ ...person, sentenceIds: mentioned[i] ?? [] }))
        .filter((_, i) => backed[i])
        .sort((a, b) => byCodeUnit(a.id, b.id));
    }
    clusters = clusters.filter((_, i) => backed[i]);
  }
}

// Code-unit order, not localeCompare: the fact base must not depend on the machine's locale.
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Two people whose names slug alike ("Jon Smith", "Jon-Smith") get "-2", "-3" suffixes. */
function withUniqueIds(people: Person[]): Person[] {
  const taken = new Map<string, number>();
  return people.map((person) => {
    const count = (taken.get(person.id) ?? 0) + 1;
    taken.set(person.id, count);
    return count === 1 ? person : { ...person, id: `${person.id}-${count}` };
  });
}

const surnameOf = (words: readonly string[]): string => {
  let from = words.length - 1;
  while (from > 1 && PARTICLES.has(words[from - 1] ?? '')) from -= 1;
  return words.slice(from).join(' ');
};

const wordKey = (word: string): string => spellingKey(word);

/**
 * Groups candidates into people: full names by surname and first name (spelling variants
 * coinciding), a shorter full name into a longer one that contains it ("Tayyip Erdogan"), and a
 * lone surname into the one full-name person with that surname.
 */
function clusterCandidates(candidates: readonly Candidate[]): Candidate[][] {
  const byFullKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.words.length < 2) continue;
    const key = `${wordKey(c.words[0] ?? '')} ${wordKey(surnameOf(c.words))}`;
    pushTo(byFullKey, key, c);
  }
  const bySurname = new Map<string, Candidate[][]>();
  for (const cluster of byFullKey.values()) {
    const key = surnameKeyOf(cluster);
    pushTo(bySurname, key, cluster);
  }
  for (const [key, clusters] of bySurname) bySurname.set(key, mergeContained(clusters));

  const loneOnly = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.words.length !== 1) continue;
    const key = wordKey(c.words[0] ?? '');
    const owners = bySurname.get(key);
    if (owners?.length === 1) owners[0]?.push(c);
    // A lone surname with only a courtesy title ("Mr. Smith") is too thin to be a person.
    else if (owners === undefined && c.role !== null) pushTo(loneOnly, key, c);
  }
  return [...[...bySurname.values()].flat(), ...loneOnly.values()];
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/** Merges each cluster into a wider one of the same surname whose words include all of its words. */
function mergeContained(clusters: readonly Candidate[][]): Candidate[][] {
  const keysOf = (cluster: readonly Candidate[]): Set<string> => new Set(cluster.flatMap((c) => c.words.map(wordKey)));
  const merged: Candidate[][] = [];
  for (const cluster of [...clusters].sort((a, b) => maxWords(b) - maxWords(a))) {
    const keys = keysOf(cluster);
    const host = merged.find((m) => {
      const hostKeys = keysOf(m);
      return [...keys].every((k) => hostKeys.has(k));
    });
    if (host === undefined) merged.push([...cluster]);
    else host.push(...cluster);
  }
  return merged;
}

const maxWords = (cluster: readonly Candidate[]): number => Math.max(...cluster.map((c) => c.words.length));

const surnameKeyOf = (cluster: readonly Candidate[]): string => wordKey(surnameOf(cluster[0]?.words ?? []));

/** How many people carry each surname key: a surname alone names someone only when it is one. */
function countSurnames(clusters: readonly Candidate[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cluster of clusters) {
    const key = surnameKeyOf(cluster);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function personOf(
  cluster: readonly Candidate[],
  surnameCounts: ReadonlyMap<string, number>,
  reportedOf: (id: number) => string | null,
): Person {
  const name = canonicalName(cluster);
  const aliases = new Set<string>();
  for (const c of cluster) {
    if (c.words.length >= 2) aliases.add(c.written);
    const surname = surnameOf(c.words);
    if (surnameCounts.get(wordKey(surname)) === 1) aliases.add(surname);
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

/** The most complete written form: most words, then most frequent, then first seen. */
function canonicalName(cluster: readonly Candidate[]): string {
  const counts = new Map<string, { words: number; count: number; first: number }>();
  for (const c of cluster) {
    const entry = counts.get(c.written) ?? { words: c.words.length, count: 0, first: c.sentenceId };
    entry.count += 1;
    entry.first = Math.min(entry.first, c.sentenceId);
    counts.set(c.written, entry);
  }
  const ranked = [...counts.entries()].sort(
    ([, a], [, b]) => b.words - a.words || b.count - a.count || a.first - b.first,
  );
  return ranked[0]?.[0] ?? '';
}

/**
 * One role per distinct (title, organisation), from its earliest report. A role with no
 * organisation is dropped when the same or a wider title is known with one ("Secretary" beside
 * "Secretary of State", United States).
 */
function rolesOf(cluster: readonly Candidate[], reportedOf: (id: number) => string | null): Role[] {
  const byKey = new Map<string, Role>();
  for (const c of cluster) {
    if (c.role === null) continue;
    const role: Role = { ...c.role, sentenceId: c.sentenceId, reported: reportedOf(c.sentenceId) };
    const key = `${foldName(role.title)}|${role.organisation ?? ''}`;
    const seen = byKey.get(key);
    if (seen === undefined || earlier(role, seen)) byKey.set(key, role);
  }
  const roles = [...byKey.values()];
  return roles
    .filter((role) => role.organisation !== null || !roles.some((other) => other !== role && saysMore(other, role)))
    .sort((a, b) => byCodeUnit(a.reported ?? '9999', b.reported ?? '9999') || a.sentenceId - b.sentenceId);
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
function sentencesMentioning(people: readonly Person[], sentences: readonly Sentence[]): number[][] {
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
