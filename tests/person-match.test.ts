import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, matchPeople } from '../src/knowledge/person-match.js';
import type { Person } from '../src/knowledge/schema.js';

function person(name: string, aliases: string[], mentions: number): Person {
  const id = name.toLowerCase().replace(/[^a-z]+/g, '-');
  return { id, name, aliases, roles: [], sentenceIds: Array.from({ length: mentions }, (_, i) => i) };
}

const PEOPLE: readonly Person[] = [
  person('Antony Blinken', ['Blinken', 'Secretary Blinken'], 30),
  person('Jens Stoltenberg', ['Stoltenberg'], 5),
  person('Dmytro Kuleba', ['Kuleba'], 2),
  person('Volodymyr Zelenskyy', ['Zelenskyy'], 8),
  person('Radosław Sikorski', ['Sikorski'], 1),
  person('Mark Rutte', ['Rutte'], 2),
  person('Joe Biden', ['Biden', 'President Biden'], 8),
  person("James O'Brien", ["O'Brien"], 2),
  person('Sergei Lavrov', ['Lavrov'], 5),
];

const top = (query: string): string | undefined => matchPeople(query, PEOPLE)[0]?.person.name;

describe('matchPeople', () => {
  it('finds a person by full name, surname or title and surname, whatever the case', () => {
    expect(top('Antony Blinken')).toBe('Antony Blinken');
    expect(top('kuleba')).toBe('Dmytro Kuleba');
    expect(top('SECRETARY BLINKEN')).toBe('Antony Blinken');
    expect(top('foreign minister kuleba')).toBe('Dmytro Kuleba');
    expect(top('o’brien')).toBe("James O'Brien");
  });

  it('forgives accents, spelling variants and small typos', () => {
    expect(top('Radoslaw Sikorski')).toBe('Radosław Sikorski');
    expect(top('Zelensky')).toBe('Volodymyr Zelenskyy');
    expect(top('Zelenskiy')).toBe('Volodymyr Zelenskyy');
    expect(top('blinkin')).toBe('Antony Blinken');
    expect(top('stoltenburg')).toBe('Jens Stoltenberg');
    expect(top('Kulbea')).toBe('Dmytro Kuleba');
  });

  it('completes prefixes for autocomplete', () => {
    expect(top('blin')).toBe('Antony Blinken');
    expect(top('sto')).toBe('Jens Stoltenberg');
    expect(top('antony bl')).toBe('Antony Blinken');
  });

  it('ranks exact name over alias over prefix over typo', () => {
    const scores = ['Antony Blinken', 'blinken', 'blink', 'blinkin'].map((q) => matchPeople(q, PEOPLE)[0]?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  it('breaks ties by mentions, then by name', () => {
    const byLetter = matchPeople('b', PEOPLE).map((m) => m.person.name);
    expect(byLetter).toEqual(['Antony Blinken', 'Joe Biden']);
  });

  it('lists the most mentioned people for an empty query, up to the limit', () => {
    expect(matchPeople('', PEOPLE, 3).map((m) => m.person.name)).toEqual(['Antony Blinken', 'Joe Biden', 'Volodymyr Zelenskyy']);
    expect(matchPeople('   ', PEOPLE)).toHaveLength(PEOPLE.length);
  });

  it('returns nothing for unknown names or titles alone that match no one', () => {
    expect(matchPeople('Napoleon', PEOPLE)).toEqual([]);
    expect(matchPeople('zzz', PEOPLE)).toEqual([]);
    expect(matchPeople('chancellor', PEOPLE)).toEqual([]);
  });

  it('does not let a short word match by typo', () => {
    expect(matchPeople('bid', PEOPLE).map((m) => m.person.name)).toEqual(['Joe Biden']);
    expect(matchPeople('rut', PEOPLE).map((m) => m.person.name)).toEqual(['Mark Rutte']);
    expect(matchPeople('xyz', PEOPLE)).toEqual([]);
  });

  it('finds every person by their own name first (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.boolean(), (p, upper) => {
        const query = upper ? p.name.toUpperCase() : p.name;
        expect(matchPeople(query, PEOPLE)[0]?.person).toBe(p);
      }),
    );
  });

  it('is fast enough for every keystroke on a large list', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => person(`Person${i} Surname${i}`, [`Surname${i}`], i % 7));
    matchPeople('warm up', many);
    const start = performance.now();
    for (const query of ['s', 'su', 'sur', 'surn', 'surname12', 'surnme12', 'person4 surname4']) matchPeople(query, many);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('kuleba', 'kulbea')).toBe(1);
    expect(editDistance('blinken', 'blinkin')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('stops early past the bound', () => {
    expect(editDistance('napoleon', 'stoltenberg', 2)).toBe(3);
  });

  it('is symmetric (property)', () => {
    fc.assert(fc.property(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), (a, b) => editDistance(a, b) === editDistance(b, a)));
  });
});
