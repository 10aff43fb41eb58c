// People found in small generated coverage, and their roles in a form tests compare.
import { extractPeople } from '../../src/ingest/extract-people.js';
import type { Person } from '../../src/factbase/schema.js';
import { coverage } from './coverage.js';

/** The people of one article whose paragraphs are the given sentences, one each. */
export function peopleOf(...sentences: string[]): Person[] {
  const { sentences: list, articlesById } = coverage([{ id: 'a', published: '2024-01-02', paragraphs: sentences.map((s) => [s]) }]);
  return extractPeople(list, articlesById);
}

export const names = (people: readonly Person[]): string[] => people.map((p) => p.name).sort();

export const byName = (people: readonly Person[], name: string): Person => {
  const person = people.find((p) => p.name === name);
  if (person === undefined) throw new Error(`${name} not found among ${names(people).join(', ')}`);
  return person;
};

/** A person's roles as "Title · Organisation". */
export const titlesOf = (people: readonly Person[], name: string): string[] =>
  byName(people, name).roles.map((r) => (r.organisation === null ? r.title : `${r.title} · ${r.organisation}`));

/** Each person's roles as "Title · Organisation", for the names asked. */
export const rolesByName = (people: readonly Person[], expected: Record<string, string[]>): Record<string, string[]> =>
  Object.fromEntries(Object.keys(expected).map((name) => [name, titlesOf(people, name)]));
