// Name lookup for /who and its autocomplete: forgives case, accents, a missing first name
// ("kuleba"), a title ("secretary blinken"), transliteration variants ("Zelensky"), prefixes
// ("blin") and small typos. Called on every keystroke, so each people array is indexed once.
import type { Person } from './schema.js';
import { foldName, spellingKey } from './name-fold.js';
import { isTitleWord } from './titles.js';

export interface PersonMatch {
  person: Person;
  /** Higher is better: exact name 100, exact alias 90, all words exact 85, spelling variant 80,
   *  prefix 70, typo 60 or less. */
  score: number;
}

export const DEFAULT_MATCH_LIMIT = 25;

const SCORE = {
  exactName: 100,
  exactAlias: 90,
  allWords: 85,
  variant: 80,
  prefix: 70,
  typo: 60,
} as const;

interface IndexedPerson {
  person: Person;
  name: string;
  aliases: Set<string>;
  /** Name and alias words, titles left out: "antony", "blinken". */
  words: string[];
  wordKeys: Set<string>;
  mentions: number;
}

const indexes = new WeakMap<readonly Person[], IndexedPerson[]>();

function indexOf(people: readonly Person[]): IndexedPerson[] {
  let index = indexes.get(people);
  if (index === undefined) {
    index = people.map((person) => {
      const forms = [person.name, ...person.aliases].map(normalise);
      const words = [...new Set(forms.flatMap((form) => form.split(' ')).filter((w) => w !== '' && !isTitleWord(w)))];
      return {
        person,
        name: normalise(person.name),
        aliases: new Set(forms.slice(1)),
        words,
        wordKeys: new Set(words.map(spellingKey)),
        mentions: person.sentenceIds.length,
      };
    });
    indexes.set(people, index);
  }
  return index;
}

/** Folded, punctuation-free form: "James O’Brien" → "james o'brien". */
function normalise(text: string): string {
  return foldName(text)
    .replace(/[^a-z0-9' -]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * People matching `query`, best first; ties go to the more mentioned person, then by name.
 * An empty query lists the most mentioned people (autocomplete before anything is typed).
 */
export function matchPeople(query: string, people: readonly Person[], limit = DEFAULT_MATCH_LIMIT): PersonMatch[] {
  const index = indexOf(people);
  const typed = normalise(query);
  const analysed = typed === '' ? null : analyseQuery(typed);
  const ranked =
    analysed === null
      ? index.map((entry) => ({ entry, score: 0 }))
      : index.flatMap((entry) => {
          const score = scoreOf(analysed, entry);
          return score > 0 ? [{ entry, score }] : [];
        });
  return ranked
    .sort(
      (a, b) =>
        b.score - a.score || b.entry.mentions - a.entry.mentions || a.entry.person.name.localeCompare(b.entry.person.name),
    )
    .slice(0, Math.max(0, limit))
    .map(({ entry, score }) => ({ person: entry.person, score }));
}

/** What scoring needs from the query, worked out once per query rather than once per person. */
interface AnalysedQuery {
  typed: string;
  /** The query without title words ("secretary blinken" → "blinken"). */
  stripped: string;
  words: { word: string; key: string }[];
}

function analyseQuery(typed: string): AnalysedQuery {
  const allWords = typed.split(' ');
  // "secretary blinken" → "blinken"; a query of titles only ("president") keeps its words.
  const nameWords = allWords.filter((w) => !isTitleWord(w));
  const words = nameWords.length > 0 ? nameWords : allWords;
  return { typed, stripped: words.join(' '), words: words.map((word) => ({ word, key: word.length >= 4 ? spellingKey(word) : '' })) };
}

function scoreOf(query: AnalysedQuery, entry: IndexedPerson): number {
  const { typed, stripped, words } = query;
  if (typed === entry.name) return SCORE.exactName;
  if (entry.aliases.has(typed)) return SCORE.exactAlias;
  if (stripped !== typed) {
    if (stripped === entry.name) return SCORE.exactName;
    if (entry.aliases.has(stripped)) return SCORE.exactAlias;
  }
  if (entry.name.startsWith(typed) || entry.name.startsWith(stripped)) return SCORE.prefix;

  let worst: number = SCORE.allWords;
  for (const [i, { word, key }] of words.entries()) {
    const last = i === words.length - 1;
    const score = wordScore(word, key, entry, last);
    if (score === 0) return 0;
    worst = Math.min(worst, score);
  }
  return worst;
}

/** How well one typed word matches one of the person's words (0: not at all). */
function wordScore(word: string, key: string, entry: IndexedPerson, last: boolean): number {
  if (entry.words.includes(word)) return SCORE.allWords;
  if (word.length >= 4 && entry.wordKeys.has(key)) return SCORE.variant;
  // Any word may be a prefix of at least two letters; the word being typed may be one letter.
  const minPrefix = last ? 1 : 2;
  if (word.length >= minPrefix && entry.words.some((w) => w.startsWith(word))) return SCORE.prefix;
  if (word.length < 4) return 0;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = Infinity;
  for (const candidate of entry.words) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    best = Math.min(best, editDistance(word, candidate, allowed));
  }
  return best <= allowed ? SCORE.typo - 5 * (best - 1) : 0;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: one transposition of neighbours
 * counts as one edit), or `bound + 1` as soon as it must exceed `bound`.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  let previousRow: number[] = [];
  let row: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const beforePrevious = previousRow;
    previousRow = row;
    row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min((previousRow[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previousRow[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
      }
      row[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > bound) return bound + 1;
  }
  return row[b.length] ?? 0;
}
