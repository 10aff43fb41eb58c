// Realistic benchmark queries drawn from the coverage itself (fixed seed): questions about aid,
// people and dates built from the fact base's most-mentioned people, aid donors, event months
// and the corpus's frequent words, so the same code gives sensible queries for any coverage.
import { createRequire } from 'node:module';
import type { StoredFactBase } from '../src/factbase/file-decode.js';
import { seededRandom } from './stats.js';

const require = createRequire(import.meta.url);
const { words: STOP_WORDS } = require('natural/lib/natural/util/stopwords.js') as { words: readonly string[] };
const stopWords = new Set(STOP_WORDS);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AID_KINDS = ['military', 'financial', 'humanitarian', 'security', 'economic'];

/** The most frequent plain words of (a sample of) the sentences. */
function frequentWords(factBase: StoredFactBase, count: number): string[] {
  const counts = new Map<string, number>();
  const step = Math.max(1, Math.floor(factBase.sentences.length / 50_000));
  for (let i = 0; i < factBase.sentences.length; i += step) {
    for (const word of factBase.sentences.text(i).toLowerCase().match(/[a-z]{4,}/g) ?? []) {
      if (!stopWords.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, count).map(([word]) => word);
}

export function generateQueries(factBase: StoredFactBase, count: number, seed = 20240709): string[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[], fallback: T): T => (list.length === 0 ? fallback : list[Math.floor(random() * list.length)]!);
  const words = frequentWords(factBase, 300);
  const people = [...factBase.people].sort((a, b) => b.sentenceIds.length - a.sentenceIds.length || (a.id < b.id ? -1 : 1)).slice(0, 40);
  const names = people.flatMap((person) => [person.name, person.name.split(' ').at(-1) ?? person.name]);
  const donors = [...new Set(factBase.aid.flatMap((fact) => (fact.donor === null ? [] : [fact.donor])))].sort();
  const months = [...new Set(factBase.events.map((event) => event.date.start.slice(0, 7)))].sort();
  const word = (): string => pick(words, 'support');
  const name = (): string => pick(names, 'the president');
  const monthText = (): string => {
    const month = pick(months, '2024-01');
    return `${MONTHS[Number(month.slice(5, 7)) - 1] ?? 'January'} ${month.slice(0, 4)}`;
  };
  const templates: (() => string)[] = [
    () => `How much ${pick(AID_KINDS, 'military')} aid did ${pick(donors, 'the United States')} give?`,
    () => `What did ${name()} say about ${word()}?`,
    () => `What happened in ${monthText()}?`,
    () => `Who is ${name()}?`,
    () => `${name()} ${word()} ${word()}`,
    () => `${word()} ${word()} ${monthText()}`,
    () => `When did ${name()} announce ${word()} ${word()}?`,
    () => word(),
  ];
  return Array.from({ length: count }, () => pick(templates, () => word())());
}
