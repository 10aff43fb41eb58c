// Groups people candidates into one cluster per person: by surname and first name (spelling
// variants coinciding), shorter names into longer ones, one name written with a hyphen or a
// space alike, lone surnames into the one person they name.
import { foldName } from '../lexicon/name-fold.js';
import { surnameOf, wordKey, type OrdinaryWords } from './coverage-names.js';
import type { Candidate } from './people-scan.js';
import type { SentenceSource } from './sentence-source.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

/**
 * Groups candidates into people: full names by surname and first name (spelling variants
 * coinciding), a shorter full name into a longer one that contains it ("Lise Haraldsen"), and a
 * lone surname into the one full-name person with that surname when the same article names
 * them or the titles agree ("Secretary Haraldsen", Secretary of State): "President Gay" in one
 * article is not the state senator Kyle Gay of another.
 */
export function clusterCandidates(candidates: readonly Candidate[], sentences: SentenceSource, ordinary: OrdinaryWords): Candidate[][] {
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
  mergeSpellings(bySurname);

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
      // A lone surname with only a courtesy title ("Mr. Smith"), or a first name ("President Ingrid"), is too thin to be a person.
      pushTo(loneOnly, key, c);
    }
  }
  const places = new PlaceWords(sentences);
  const lone = [...loneOnly.values()].filter((cluster) => !places.writtenAsPlace(cluster[0]?.words[0] ?? '', cluster));
  return [...[...bySurname.values()].flat(), ...lone];
}

/**
 * One name written with a hyphen in some articles and a space in others ("Sofie Berg-Olsen",
 * "Sofie Berg Olsen"; "Jean-Luc Roux", "Jean Luc Roux") falls under two surnames: clusters
 * whose longest names have the same letters become one, the larger taking the smaller in under
 * its own surname (a lone "Berg-Olsen" may join it; a lone "Olsen" is someone else).
 */
function mergeSpellings(bySurname: Map<string, Candidate[][]>): void {
  const hostOf = new Map<string, Candidate[]>();
  const replaced = new Set<Candidate[]>();
  const all = [...bySurname.values()].flat().sort((a, b) => b.length - a.length);
  for (const cluster of all) {
    const longest = cluster.reduce((best, c) => (c.words.length > best.words.length ? c : best));
    if (longest.words.length < 2) continue;
    const letters = lettersOf(longest.words.join(''));
    const host = hostOf.get(letters);
    if (host === undefined) hostOf.set(letters, cluster);
    else {
      host.push(...cluster);
      replaced.add(cluster);
    }
  }
  if (replaced.size === 0) return;
  for (const [key, clusters] of bySurname) bySurname.set(key, clusters.filter((cluster) => !replaced.has(cluster)));
}

const lettersOf = (word: string): string => foldName(word).replace(/[^a-z]/g, '');

/** Whether two titles can name one post: one's words include the other's ("Secretary", "Secretary of State"). */
function titlesAgree(a: string, b: string): boolean {
  const words = (title: string): string[] => foldName(title).replace(/^former /, '').split(' ');
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length);
  return (shorter ?? []).every((word) => (longer ?? []).includes(word));
}

/** Whether the articles of a lone surname use it as a place: "in Lindvik", "near Varnholm". */
class PlaceWords {
  constructor(private readonly sentences: SentenceSource) {}

  writtenAsPlace(word: string, cluster: readonly Candidate[]): boolean {
    const pattern = new RegExp(String.raw`\b(?:in|near|outside|across|throughout)\s+${escapeRegex(word)}\b`);
    for (const articleId of new Set(cluster.map((c) => c.articleId))) {
      const [first, last] = this.sentences.rangeOf(articleId) ?? [0, -1];
      for (let id = first; id <= last; id++) if (pattern.test(this.sentences.text(id))) return true;
    }
    return false;
  }
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
export function countSurnames(clusters: readonly Candidate[][]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cluster of clusters) {
    const key = surnameKeyOf(cluster);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
