// A lone word stands for a person only when the coverage writes it as a name, and a two-letter
// word needs the rest of the name: "un" is the UN, not Kim Jong Un.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ARTICLE = [
  '---\ntitle: River report\npublisher: Valley Weekly\npublished: 2025-06-02\n---',
  'Envoy Kim Jong Un met the delegation.',
  'The UN sent observers, and the UN envoy stayed a week.',
  'Minister Tara Quell said the UN must act.',
  'Quell visited the mill.',
].join('\n\n');

const { facts } = coverageForTests({ 'river.md': ARTICLE });
const conceptOf = (question: string, term: string) => analyseQuery(question, facts()).concepts.find((concept) => concept.term === term);
const personNamed = (question: string, term: string) => facts().data.people.find((person) => person.id === conceptOf(question, term)?.person)?.name;

describe('GIVEN a coverage where an acronym is also a surname', () => {
  it('"un observers" THEN "un" is not Kim Jong Un', () => {
    expect([...(conceptOf('un observers', 'un')?.alternatives ?? [])]).not.toContain('kim');
    expect(personNamed('un observers', 'un')).toBeUndefined();
  });

  it('"what did quell say" THEN a surname the coverage writes as a name is the person', () => {
    expect(personNamed('what did quell say', 'quell')).toBe('Tara Quell');
  });
});
