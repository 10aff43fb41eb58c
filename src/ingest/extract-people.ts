// People named in the coverage: candidates found sentence by sentence (person-candidates.ts)
// are checked against their article, merged by surname (spelling variants included), given a
// canonical name, aliases and roles, and every sentence that mentions them is collected.
// What counts as a person, in order:
//   - a name with a title right before it or an apposition after it, or an honorific;
//   - a bare "First Last" whose article also names the surname on its own ("… Carney said");
//   - a lone surname with a title ("Chancellor Scholz"): it joins the one person of that surname
//     named in the same article or holding a like title, and stands alone only when no one named
//     in full has that surname and the article never writes it as a place ("in Berlin").
import type { Article, Person, Role, Sentence } from '../factbase/schema.js';
import { foldName, slugOfName, spellingKey } from '../lexicon/name-fold.js';
import { PARTICLES, scanSentence, writtenOf } from './person-candidates.js';
import type { PersonCandidate } from './person-candidates.js';
import { createMentionFinder } from './person-mentions.js';

export interface Candidate extends PersonCandidate {
  articleId: string;
  /** Its own sentence or article shows a person: a title, or (for a bare name) the surname again. */
  backed: boolean;
  /** The article also writes the first word in lower case ("Field" / "field"). */
  lowerFirst: boolean;
}

export function extractPeople(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): Person[] {
  const scans = scanArticles(sentences);
  return mergePeople(
    scans.flatMap((scan) => scan.candidates),
    countLowerCase(scans.map((scan) => scan.lowerCaseWords)),
    sentences,
    articlesById,
  );
}

/**
 * What one article contributes to the people of the coverage, found from its sentences alone:
 * its checked candidates and the words it writes in lower case. The incremental build keeps it
 * per article; `mergePeople` turns the scans of every article into people.
 */
export interface ArticlePeopleScan {
  candidates: Candidate[];
  /** The distinct words of three letters or more the article writes in lower case. */
  lowerCaseWords: string[];
}

/** The scans of consecutive runs of one article's sentences (sentences of an article come together). */
function scanArticles(sentences: readonly Sentence[]): ArticlePeopleScan[] {
  const scans: ArticlePeopleScan[] = [];
  let from = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i === sentences.length || sentences[i]!.articleId !== sentences[from]!.articleId) {
      scans.push(scanArticlePeople(sentences.slice(from, i)));
      from = i;
    }
  }
  return scans;
}

/**
 * The candidates of an article's sentences: a bare name is backed when its article names the
 * surname on its own in another sentence, and loses a first word the article also writes in
 * lower case ("Still Trump insisted …" where the article says "still").
 */
export function scanArticlePeople(sentences: readonly Sentence[]): ArticlePeopleScan {
  const article = new ArticleScan(sentences[0]?.articleId ?? '');
  for (const sentence of sentences) {
    const { candidates, singles } = scanSentence(sentence.text, sentence.id);
    article.add(sentence, candidates, singles);
  }
  return { candidates: article.finish(), lowerCaseWords: article.lowerCaseWords() };
}

/** In how many articles each word is written in lower case, and of how many articles. */
export interface LowerCaseCounts {
  articles: number;
  counts: ReadonlyMap<string, number>;
}

export function countLowerCase(wordsOfArticles: readonly (readonly string[])[]): LowerCaseCounts {
  const counts = new Map<string, number>();
  for (const words of wordsOfArticles) for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return { articles: wordsOfArticles.length, counts };
}

/**
 * The people of the coverage from its articles' scans: their candidates in article order (with
 * sentence ids in `sentences`) and the counts of their lower-case words.
 */
export function mergePeople(
  candidates: readonly Candidate[],
  lowerCase: LowerCaseCounts,
  sentences: readonly Sentence[],
  articlesById: ReadonlyMap<string, Article>,
): Person[] {
  const reportedOf = (sentenceId: number): string | null => {
    const sentence = sentences[sentenceId];
    return sentence === undefined ? null : (articlesById.get(sentence.articleId)?.published ?? null);
  };
  const ordinary = new OrdinaryWords(lowerCase);
  const clusters = clusterCandidates(settle(candidates, ordinary), sentences, ordinary);
  const surnameCounts = countSurnames(clusters);
  const people = withUniqueIds(clusters.map((cluster) => personOf(cluster, surnameCounts, reportedOf, ordinary)));
  const mentioned = sentencesMentioning(people, sentences);
  return people.map((person, i) => ({ ...person, sentenceIds: mentioned[i] ?? [] })).sort((a, b) => byCodeUnit(a.id, b.id));
}

/**
 * Words the coverage writes in lower case in many articles ("policy", "good", "fellow"): as the
 * last word of a name they need a first name the coverage knows ("Rep. Bob Good", not "General
 * Field Representatives"), and they are never a surname alias ("Good morning" is not Bob Good).
 */
class OrdinaryWords {
  /** Keys of the first names the coverage gives titled people (filled by `settle`). */
  readonly firstNames = new Set<string>();
  private readonly threshold: number;

  constructor(private readonly lowerCase: LowerCaseCounts) {
    this.threshold = Math.max(2, Math.ceil(lowerCase.articles / 100));
  }

  has(word: string): boolean {
    return (this.lowerCase.counts.get(word.toLowerCase()) ?? 0) >= this.threshold;
  }
}

/** One article's sentences as they are scanned. */
class ArticleScan {
  private readonly candidates: Candidate[] = [];
  /** Name words standing alone: the sentence they stand in, or -1 when in several. */
  private readonly singles = new Map<string, number>();
  private readonly lowerCase = new Set<string>();

  constructor(readonly id: string) {}

  add(sentence: Sentence, candidates: readonly PersonCandidate[], singles: readonly string[]): void {
    LOWER_CASE_WORD.lastIndex = 0;
    for (let match = LOWER_CASE_WORD.exec(sentence.text); match !== null; match = LOWER_CASE_WORD.exec(sentence.text)) this.lowerCase.add(match[0]);
    for (const candidate of candidates) this.candidates.push({ ...candidate, articleId: this.id, backed: candidate.titled, lowerFirst: false });
    for (const word of singles) {
      const seen = this.singles.get(word);
      if (seen === undefined) this.singles.set(word, sentence.id);
      else if (seen !== sentence.id) this.singles.set(word, -1);
    }
  }

  lowerCaseWords(): string[] {
    return [...this.lowerCase];
  }

  finish(): Candidate[] {
    const kept: Candidate[] = [];
    for (const candidate of this.candidates) {
      const checked = candidate.titled ? this.checkTitled(candidate) : this.checkBare(candidate);
      if (checked !== null) kept.push(checked);
    }
    return kept;
  }

  /**
   * A titled name whose last words the article also writes in lower case ran into ordinary
   * words ("General Crimes Section", "Senator Paul Simon Water for the World Act"): they go,
   * and the name with them when fewer than two words are left.
   */
  private checkTitled(candidate: Candidate): Candidate | null {
    let { words } = candidate;
    while (this.writtenInLowerCase(words[words.length - 1] ?? '')) {
      if (words.length <= 2) return null;
      words = words.slice(0, -1);
    }
    const lowerFirst = words.length >= 2 && this.writtenInLowerCase(words[0] ?? '');
    return { ...candidate, words, written: words === candidate.words ? candidate.written : writtenOf(candidate.written, words), lowerFirst };
  }

  /**
   * A bare name needs its surname again, alone, in another sentence ("… Carney said"); none of
   * its words may be an ordinary word the article writes in lower case, though an unsure first
   * one ("Journalist Jane Roe") may be dropped. Without evidence it is kept unbacked: the same
   * name may have a title elsewhere.
   */
  private checkBare(candidate: Candidate): Candidate | null {
    let { words, written } = candidate;
    if (words.length < 2) return this.writtenInLowerCase(words[0] ?? '') ? null : candidate;
    const seen = this.singles.get(words[words.length - 1] ?? '');
    if (seen === undefined || seen === candidate.sentenceId) return candidate;
    if (candidate.firstWordUnsure && this.writtenInLowerCase(words[0] ?? '')) {
      if (words.length < 3 || PARTICLES.has(words[1] ?? '')) return null;
      words = words.slice(1);
      written = writtenOf(written, words);
    }
    if (words.some((word) => !PARTICLES.has(word) && this.writtenInLowerCase(word))) return null;
    return { ...candidate, words, written, backed: true };
  }

  /** Whether the article writes the word in lower case somewhere ("still", "journalist"). */
  private writtenInLowerCase(word: string): boolean {
    return this.lowerCase.has(word.toLowerCase());
  }
}

/**
 * A word of three letters or more that starts in lower case (ASCII: what news capitalises is
 * English), not inside a link or handle. Shorter words are function words, never a name's.
 */
const LOWER_CASE_WORD = /(?<![A-Za-z\u00C0-\u024F'’\-/.@#_=])[a-z][a-z'’-]{2,}/g;

/**
 * Keeps what the whole coverage supports. First names are learnt from the coverage: a word is one
 * when it begins the titled names of two people or more ("Michael" in "Administrator Michael
 * Regan" and "Secretary Michael Pompeo"). A bare name needs such a first name ("Congressional
 * Republicans … Republicans said" is no one), and so does a titled one whose first word the
 * article also writes in lower case ("General Field Representatives"). A name from a title-case
 * headline is kept only when running text gives the same name (or the headline's words begin
 * with it: "Deb Haaland Visit" → Deb Haaland); a name without evidence of its own only when a
 * backed one has the same words.
 */
function settle(candidates: readonly Candidate[], ordinary: OrdinaryWords): Candidate[] {
  const keyOf = (words: readonly string[]): string => words.map(wordKey).join(' ');
  const surnamesByFirst = new Map<string, Set<string>>();
  for (const c of candidates) {
    if (!c.titled || c.headline || c.lowerFirst || c.words.length < 2) continue;
    const first = wordKey(c.words[0] ?? '');
    const surnames = surnamesByFirst.get(first) ?? new Set<string>();
    surnames.add(wordKey(surnameOf(c.words)));
    surnamesByFirst.set(first, surnames);
  }
  const isFirstName = (word: string): boolean => (surnamesByFirst.get(wordKey(word))?.size ?? 0) >= 2;
  for (const [first, surnames] of surnamesByFirst) if (surnames.size >= 2) ordinary.firstNames.add(first);
  const supported = (c: Candidate): boolean => {
    if (!c.backed || c.headline) return false;
    const firstName = isFirstName(c.words[0] ?? '');
    if (!firstName && ordinary.has(c.words[c.words.length - 1] ?? '')) return false;
    return c.titled ? !c.lowerFirst || firstName : firstName;
  };

  const backed = new Set<string>();
  for (const c of candidates) if (c.words.length >= 2 && supported(c)) backed.add(keyOf(c.words));
  const kept: Candidate[] = [];
  for (const c of candidates) {
    if (c.words.length < 2) {
      kept.push(c.headline ? { ...c, titled: false, backed: false } : c);
    } else if (backed.has(keyOf(c.words))) {
      kept.push(c);
    } else if (c.words.length >= 3 && backed.has(keyOf(c.words.slice(0, -1))) && (c.headline || ordinary.has(c.words[c.words.length - 1] ?? ''))) {
      // "Secretary Deb Haaland Visit" in a headline, "James Hart Fellow": the name ran into a word.
      const words = c.words.slice(0, -1);
      kept.push({ ...c, words, written: writtenOf(c.written, words) });
    }
  }
  return kept;
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
 * lone surname into the one full-name person with that surname when the same article names
 * them or the titles agree ("Secretary Blinken", Secretary of State): "President Gay" in one
 * article is not the state senator Kyle Gay of another.
 */
function clusterCandidates(candidates: readonly Candidate[], sentences: readonly Sentence[], ordinary: OrdinaryWords): Candidate[][] {
  const byFullKey = new Map<string, Candidate[]>();
  const firstWords = new Set<string>();
  for (const c of candidates) {
    if (c.words.length < 2) continue;
    const key = `${wordKey(c.words[0] ?? '')} ${wordKey(surnameOf(c.words))}`;
    pushTo(byFullKey, key, c);
    firstWords.add(wordKey(c.words[0] ?? ''));
  }
  const bySurname = new Map<string, Candidate[][]>();
  for (const cluster of byFullKey.values()) {
    const key = surnameKeyOf(cluster);
    pushTo(bySurname, key, cluster);
  }
  for (const [key, clusters] of bySurname) bySurname.set(key, mergeContained(clusters));

  const articlesOf = new Map<Candidate[], Set<string>>();
  const loneOnly = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.words.length !== 1) continue;
    const key = wordKey(c.words[0] ?? '');
    const owners = bySurname.get(key);
    if (owners?.length === 1) {
      const owner = owners[0] ?? [];
      let articles = articlesOf.get(owner);
      if (articles === undefined) {
        articles = new Set(owner.map((o) => o.articleId));
        articlesOf.set(owner, articles);
      }
      const role = c.role;
      if (articles.has(c.articleId) || (role !== null && owner.some((o) => o.role !== null && titlesAgree(o.role.title, role.title)))) owner.push(c);
    } else if (owners === undefined && c.role !== null && c.backed && !firstWords.has(key) && !ordinary.has(c.words[0] ?? '')) {
      // A lone surname with only a courtesy title ("Mr. Smith"), or a first name ("President Joe"), is too thin to be a person.
      pushTo(loneOnly, key, c);
    }
  }
  const places = new PlaceWords(sentences);
  const lone = [...loneOnly.values()].filter((cluster) => !places.writtenAsPlace(cluster[0]?.words[0] ?? '', cluster));
  return [...[...bySurname.values()].flat(), ...lone];
}

/** Whether two titles can name one post: one's words include the other's ("Secretary", "Secretary of State"). */
function titlesAgree(a: string, b: string): boolean {
  const words = (title: string): string[] => foldName(title).replace(/^former /, '').split(' ');
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  return (shorter ?? []).every((word) => (longer ?? []).includes(word));
}

/** Whether the articles of a lone surname use it as a place: "in Berlin", "near Kharkiv". */
class PlaceWords {
  private readonly rangeOf = new Map<string, [number, number]>();

  constructor(private readonly sentences: readonly Sentence[]) {
    for (const sentence of sentences) {
      const range = this.rangeOf.get(sentence.articleId);
      if (range === undefined) this.rangeOf.set(sentence.articleId, [sentence.id, sentence.id]);
      else range[1] = sentence.id;
    }
  }

  writtenAsPlace(word: string, cluster: readonly Candidate[]): boolean {
    const pattern = new RegExp(String.raw`\b(?:in|near|outside|across|throughout)\s+${escapeRegex(word)}\b`);
    for (const articleId of new Set(cluster.map((c) => c.articleId))) {
      const [first, last] = this.rangeOf.get(articleId) ?? [0, -1];
      for (let id = first; id <= last; id++) if (pattern.test(this.sentences[id]?.text ?? '')) return true;
    }
    return false;
  }
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
  ordinary: OrdinaryWords,
): Person {
  const name = canonicalName(cluster);
  const aliases = new Set<string>();
  for (const c of cluster) {
    if (c.words.length >= 2) aliases.add(c.written);
    const surname = surnameOf(c.words);
    // "Tom" of Erika C. Tom is everyone's first name; "Good" of Bob Good is an ordinary word.
    if (surnameCounts.get(wordKey(surname)) === 1 && !ordinary.has(surname) && !ordinary.firstNames.has(wordKey(surname))) aliases.add(surname);
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
 * gives over a bare run ("Sleepy Joe Biden" does not beat "Joe Biden"), then most words, most
 * frequent, first seen.
 */
function canonicalName(cluster: readonly Candidate[]): string {
  const counts = new Map<string, { role: boolean; words: number; count: number; first: number }>();
  for (const c of cluster) {
    const entry = counts.get(c.written) ?? { role: false, words: c.words.length, count: 0, first: c.sentenceId };
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
