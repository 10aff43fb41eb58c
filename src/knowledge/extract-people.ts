// People named in the coverage, found by the patterns news writing uses rather than by a
// general-purpose NER (which misses "Secretary of State Antony Blinken" here):
//   1. [Org] [Title] [Name]           "U.S. Secretary of State Antony Blinken", "Chancellor Scholz"
//   2. [Name], the [Org] [Title] [of Org]   "Bujar Osmani, the Foreign Minister of North Macedonia"
//   3. a bare "First Last" whose first name is a common given name, kept only when the coverage
//      mentions that person in more than one sentence (a surname-only follow-up, a title elsewhere).
// Candidates are then merged by surname (spelling variants included), given a canonical name,
// aliases and roles, and every sentence that mentions them is collected.
import type { Article, Person, Role, Sentence } from './schema.js';
import { foldName, slugOfName, spellingKey } from './name-fold.js';
import { GIVEN_NAMES, mayBeNameWord } from './name-words.js';
import { createMentionFinder } from './person-mentions.js';
import {
  HONORIFIC_PATTERN,
  ORGANISATION_PATTERN,
  PORTFOLIO_PATTERN,
  TITLE_PATTERN,
  normaliseOrganisation,
  normaliseTitle,
  takesLoneSurname,
} from './titles.js';

const NAME_WORD = String.raw`(?:Mc|Mac|De|La|Le|Di|Du|O['’]|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*`;
const PARTICLE = String.raw`(?:von|van|der|den|de|da|di|du|del|della|la|le|bin|ibn|al|ter)`;
const INITIAL = String.raw`\p{Lu}\.`;
/** Spaces within one line: a name never runs across a line break. */
const SP = String.raw`[^\S\r\n]+`;
const BEFORE_WORD = String.raw`(?<![\p{L}\p{N}'’.-])`;
/** A trailing hyphen is a word cut off in speech ("Mitch Ron- — Mitch Landrieu"), not a name end. */
const AFTER_WORD = String.raw`(?![\p{L}\p{N}-])`;
/** One to three name words, with middle initials and particles: "Joe R. Biden", "Ursula von der Leyen". */
const NAME = String.raw`${NAME_WORD}(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP}){0,2}${NAME_WORD}){0,2}${AFTER_WORD}`;
const ORG = String.raw`(?:${ORGANISATION_PATTERN})`;
const MODIFIER = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Cc]urrent|[Nn]ew|[Tt]hen)`;
/** "of North Macedonia": capitalised words, but not the tail of a longer title ("of State Antony"). */
const ORG_PHRASE = String.raw`(?:${ORG}|(?!(?:State|Defen[cs]e|Staff|Treasury)\b)\p{Lu}[\p{L}'’.-]*(?:${SP}\p{Lu}[\p{L}'’.-]*){0,3})`;

/** Pattern 1: organisation and title before the name (or before a lone surname). */
const TITLE_BEFORE_NAME = new RegExp(
  String.raw`${BEFORE_WORD}(?:(?<org>${ORG})(?:['’]s)?${SP})?(?:(?<modifier>${MODIFIER})${SP})?(?<title>${TITLE_PATTERN})` +
    String.raw`(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?(?:${SP}of${SP}(?:the${SP})?(?<orgOf>${ORG}))?(?<comma>,?)${SP}(?<name>${NAME})`,
  'gu',
);

/**
 * Pattern 2: name, then a comma and the title ("…, the Pentagon spokesperson"). The title must
 * not itself be followed by a name: in "Xi Jinping, Prime Minister Han" it is Han's.
 */
const NAME_COMMA_TITLE = new RegExp(
  String.raw`${BEFORE_WORD}(?<name>${NAME}),${SP}(?:(?:the|a|an)${SP})?(?:(?<org>${ORG})(?:['’]s)?${SP})?(?:(?<modifier>${MODIFIER})${SP})?` +
    String.raw`(?<title>${TITLE_PATTERN})(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?(?:${SP}(?:of|for|at)${SP}(?:the${SP})?(?<orgOf>${ORG_PHRASE}))?` +
    String.raw`(?![\p{L}\p{N}]|['’]s|,?${SP}(?:${INITIAL}${SP})?${NAME_WORD})`,
  'gu',
);

/** Honorific and surname: "Mr. Kuleba" (an alias, not a role). */
const HONORIFIC_NAME = new RegExp(String.raw`${BEFORE_WORD}(?<title>${HONORIFIC_PATTERN})${SP}(?<name>${NAME})`, 'gu');

/** Pattern 3: any run of name words (checked against the given-name list afterwards). */
const BARE_NAME = new RegExp(String.raw`${BEFORE_WORD}${NAME}`, 'gu');

/** Cheap first pass: sentences without two adjacent capitalised words or a title word are skipped. */
const MAY_NAME_SOMEONE = /\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?\p{Lu}|\p{Lu}\p{Ll}+,\s/u;

const PARTICLES = new Set(PARTICLE.slice(3, -1).split('|'));

interface Candidate {
  /** Name words without initials: ["Antony", "Blinken"], ["Ursula", "von", "der", "Leyen"]. */
  words: string[];
  /** The name as written, initials included. */
  written: string;
  role: { title: string; organisation: string | null } | null;
  /** "Secretary Blinken", "Mr. Kuleba": a title with a lone surname, as written. */
  titledForm: string | null;
  sentenceId: number;
}

export function extractPeople(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): Person[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (MAY_NAME_SOMEONE.test(sentence.text)) candidates.push(...candidatesIn(sentence));
  }
  const reportedOf = (sentenceId: number): string | null => {
    const sentence = sentences[sentenceId];
    return sentence === undefined ? null : (articlesById.get(sentence.articleId)?.published ?? null);
  };

  // A bare name must be backed by a second sentence; dropping one can make a surname
  // unambiguous for others, so settle the set before the final mention scan.
  let clusters = clusterCandidates(candidates);
  for (;;) {
    const surnameCounts = countSurnames(clusters);
    const people = clusters.map((cluster) => personOf(cluster, surnameCounts, reportedOf));
    const mentioned = sentencesMentioning(people, sentences);
    const kept = clusters.filter((cluster, i) => cluster.some((c) => c.role !== null) || (mentioned[i]?.length ?? 0) >= 2);
    if (kept.length === clusters.length) {
      return people
        .map((person, i) => ({ ...person, sentenceIds: mentioned[i] ?? [] }))
        .sort((a, b) => a.id.localeCompare(b.id));
    }
    clusters = kept;
  }
}

function candidatesIn(sentence: Sentence): Candidate[] {
  const text = sentence.text;
  const found: Candidate[] = [];
  const titledSpans: [number, number][] = [];

  for (const match of acceptedMatches(TITLE_BEFORE_NAME, text, (m) => candidateFrom(m.groups ?? {}, sentence.id, m.groups?.['comma'] === ''))) {
    found.push(match.value);
    titledSpans.push([match.index, match.end]);
  }
  for (const match of acceptedMatches(NAME_COMMA_TITLE, text, (m) => {
    const candidate = candidateFrom(m.groups ?? {}, sentence.id, false);
    return candidate !== null && candidate.words.length >= 2 ? candidate : null;
  })) {
    found.push(match.value);
  }
  for (const match of text.matchAll(HONORIFIC_NAME)) {
    const words = nameWordsOf(match.groups?.['name'] ?? '');
    if (words === null) continue;
    const surname = words.length === 1 ? words : null;
    found.push({
      words,
      written: match.groups?.['name'] ?? '',
      role: null,
      titledForm: surname === null ? null : `${match.groups?.['title'] ?? ''} ${words.join(' ')}`,
      sentenceId: sentence.id,
    });
  }
  for (const match of text.matchAll(BARE_NAME)) {
    const inside = titledSpans.some(([from, to]) => match.index >= from && match.index < to);
    if (inside) continue;
    const words = nameWordsOf(match[0]);
    if (words === null || words.length < 2 || !GIVEN_NAMES.has(words[0] ?? '')) continue;
    found.push({ words, written: writtenOf(match[0], words), role: null, titledForm: null, sentenceId: sentence.id });
  }
  return found;
}

/**
 * The matches of a global regex that `accept` turns into a value. After a rejected match the
 * search resumes one character later, so a bad reading ("Staff Gen") does not hide a good one
 * inside it ("Gen. Mark Milley").
 */
function acceptedMatches<T>(
  regex: RegExp,
  text: string,
  accept: (match: RegExpExecArray) => T | null,
): { value: T; index: number; end: number }[] {
  const accepted: { value: T; index: number; end: number }[] = [];
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const value = accept(match);
    if (value === null) {
      regex.lastIndex = match.index + 1;
      continue;
    }
    accepted.push({ value, index: match.index, end: match.index + match[0].length });
  }
  return accepted;
}

function candidateFrom(groups: Record<string, string | undefined>, sentenceId: number, loneAllowed: boolean): Candidate | null {
  const rawName = groups['name'] ?? '';
  const words = nameWordsOf(rawName);
  if (words === null) return null;
  const rawTitle = [groups['title'], groups['portfolio']].filter((p) => p !== undefined).join(' ');
  const modifier = groups['modifier']?.toLowerCase();
  const title = (modifier === 'former' ? 'Former ' : '') + normaliseTitle(rawTitle);
  const rawOrg = groups['orgOf'] ?? groups['org'];
  const organisation = rawOrg === undefined ? null : normaliseOrganisation(rawOrg);
  const role = { title, organisation };

  if (words.length >= 2) return { words, written: writtenOf(rawName, words), role, titledForm: null, sentenceId };

  // A lone surname only after a capitalised title that is used that way ("Chancellor Scholz").
  const surname = words[0] ?? '';
  const titleWritten = groups['title'] ?? '';
  const capitalised = /^\p{Lu}/u.test(titleWritten);
  if (!loneAllowed || !capitalised || !takesLoneSurname(normaliseTitle(titleWritten)) || GIVEN_NAMES.has(surname)) {
    return null;
  }
  return { words, written: surname, role, titledForm: `${titleWritten.replace(/\s+/g, ' ')} ${surname}`, sentenceId };
}

/**
 * The name words of a matched run, cut before the first word that cannot be a name
 * ("Antony Blinken Says" → Antony Blinken); null when the run starts with such a word.
 */
function nameWordsOf(run: string): string[] | null {
  const words: string[] = [];
  for (const word of run.split(/\s+/)) {
    if (/^\p{Lu}\.$/u.test(word)) continue;
    if (PARTICLES.has(word)) {
      words.push(word);
      continue;
    }
    if (!mayBeNameWord(word)) break;
    words.push(word);
  }
  while (words.length > 0 && PARTICLES.has(words[words.length - 1] ?? '')) words.pop();
  return words.length === 0 ? null : words;
}

/** The written form of the kept words, with any middle initial they enclose. */
function writtenOf(run: string, words: readonly string[]): string {
  const last = words[words.length - 1] ?? '';
  const end = run.indexOf(last, run.indexOf(words[0] ?? '')) + last.length;
  return run.slice(0, end).replace(/\s+/g, ' ');
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
    byFullKey.set(key, [...(byFullKey.get(key) ?? []), c]);
  }
  const bySurname = new Map<string, Candidate[][]>();
  for (const cluster of byFullKey.values()) {
    const key = surnameKeyOf(cluster);
    bySurname.set(key, [...(bySurname.get(key) ?? []), cluster]);
  }
  for (const [key, clusters] of bySurname) bySurname.set(key, mergeContained(clusters));

  const loneOnly = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.words.length !== 1) continue;
    const key = wordKey(c.words[0] ?? '');
    const owners = bySurname.get(key);
    if (owners?.length === 1) owners[0]?.push(c);
    // A lone surname with only a courtesy title ("Mr. Smith") is too thin to be a person.
    else if (owners === undefined && c.role !== null) loneOnly.set(key, [...(loneOnly.get(key) ?? []), c]);
  }
  return [...[...bySurname.values()].flat(), ...loneOnly.values()];
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
    aliases: [...aliases].sort((a, b) => a.localeCompare(b)),
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
    .filter((role) => role.organisation !== null || !roles.some((other) => other !== role && narrows(other, role)))
    .sort((a, b) => (a.reported ?? '9999').localeCompare(b.reported ?? '9999') || a.sentenceId - b.sentenceId);
}

/** Whether `wider` says all that `role` says and more: same title with an organisation, or a longer title that starts with it. */
function narrows(wider: Role, role: Role): boolean {
  const title = foldName(role.title);
  const other = foldName(wider.title);
  return other === title ? wider.organisation !== null : other.startsWith(`${title} `);
}

function earlier(a: Role, b: Role): boolean {
  const byDate = (a.reported ?? '9999').localeCompare(b.reported ?? '9999');
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
