import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/query/edit-distance.js';
import { personMentionedIn } from '../../src/query/person-in-text.js';
import { findPerson, matchPeople } from '../../src/query/person-match.js';
import type { Person } from '../../src/factbase/schema.js';

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

  it('GIVEN a short given name one letter off beside the exact surname THEN it is that person, and no one else who shares the surname', () => {
    const kellers = [person('Anna Keller', ['Keller'], 1), person('Maria Keller', [], 3)];
    expect(matchPeople('ana keller', kellers).map((match) => match.person.name)).toEqual(['Anna Keller']);
    expect(matchPeople('joe keller', kellers)).toEqual([]);
    // Alone, or beside a surname that is itself a typo, a short word is no evidence.
    expect(matchPeople('ana', kellers)).toEqual([]);
    expect(matchPeople('ana kellr', kellers)).toEqual([]);
  });

  it('GIVEN a name typed without its apostrophe, or with a typo besides THEN it is still that person', () => {
    expect(top('obrien')).toBe("James O'Brien");
    expect(top('james obrian')).toBe("James O'Brien");
  });

  it('forgives accents, spelling variants and small typos', () => {
    expect(top('Radoslaw Sikorski')).toBe('Radosław Sikorski');
    expect(top('Zelensky')).toBe('Volodymyr Zelenskyy');
    expect(top('Zelenskiy')).toBe('Volodymyr Zelenskyy');
    expect(top('blinkin')).toBe('Antony Blinken');
    expect(top('stoltenburg')).toBe('Jens Stoltenberg');
    expect(top('Kulbea')).toBe('Dmytro Kuleba');
  });

  it('takes a prefix of three letters or more as a name', () => {
    expect(top('blin')).toBe('Antony Blinken');
    expect(top('sto')).toBe('Jens Stoltenberg');
    expect(top('antony bl')).toBe('Antony Blinken');
    expect(top('j biden')).toBe('Joe Biden');
    expect(matchPeople('st', PEOPLE)).toEqual([]);
    expect(matchPeople('j b', PEOPLE)).toEqual([]);
  });

  it('GIVEN a given name shared by several people THEN one whose name starts with it counts as much as one with it inside a hyphenated name, and the more mentioned leads', () => {
    const people = [person('Ai-lin Varga', [], 2), person('Lin Haraldsen', ['Haraldsen'], 40), person('Lina Berg', [], 90)];
    const matches = matchPeople('lin', people);
    expect(matches.map((m) => m.person.name)).toEqual(['Lin Haraldsen', 'Ai-lin Varga', 'Lina Berg']);
    expect(matches[0]!.score).toBe(matches[1]!.score);
    expect(matches[0]!.score).toBeGreaterThan(matches[2]!.score);
  });

  it('GIVEN a name being typed (autocomplete) THEN a prefix of any length completes it', () => {
    const completing = (query: string) => matchPeople(query, PEOPLE, { completing: true }).map((m) => m.person.name);
    expect(completing('st')).toEqual(['Jens Stoltenberg']);
    expect(completing('antony b')).toEqual(['Antony Blinken']);
    expect(completing('!!!')).toEqual([]);
  });

  it('ranks exact name over alias over prefix over typo', () => {
    const scores = ['Antony Blinken', 'blinken', 'blink', 'blinkin'].map((q) => matchPeople(q, PEOPLE)[0]?.score ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(scores).size).toBe(4);
  });

  it('breaks ties by mentions, then by name, up to the limit', () => {
    const byLetter = matchPeople('b', PEOPLE, { completing: true }).map((m) => m.person.name);
    expect(byLetter).toEqual(['Antony Blinken', 'Joe Biden']);
    expect(matchPeople('b', PEOPLE, { completing: true, limit: 1 })).toHaveLength(1);
  });

  it('returns nothing for unknown names or titles alone that match no one', () => {
    expect(matchPeople('Napoleon', PEOPLE)).toEqual([]);
    expect(matchPeople('zzz', PEOPLE)).toEqual([]);
    expect(matchPeople('chancellor', PEOPLE)).toEqual([]);
  });

  it('does not let a word under five letters match by typo', () => {
    expect(matchPeople('bid', PEOPLE).map((m) => m.person.name)).toEqual(['Joe Biden']);
    expect(matchPeople('rut', PEOPLE).map((m) => m.person.name)).toEqual(['Mark Rutte']);
    expect(matchPeople('xyz', PEOPLE)).toEqual([]);
    expect(matchPeople('bidn', PEOPLE)).toEqual([]);
    expect(matchPeople('bden', PEOPLE)).toEqual([]);
  });

  // The most mentioned person is first in every list: the trap is to return them for a query
  // that matched on nothing.
  it.each(['', '   ', '!!!', '🤡', '…', '?', "'", '-', '习近平', 'Κυριάκος', 'Napoleon Bonaparte', 'president'])(
    'GIVEN %j, which no one is called THEN no one matches, least of all the most mentioned person',
    (query) => {
      expect(matchPeople(query, PEOPLE)).toEqual([]);
      expect(findPerson(query, PEOPLE)).toBeNull();
    },
  );

  it('GIVEN a name in another script THEN it matches the same name in Latin letters, and only that', () => {
    const withKuleba = [...PEOPLE, person('Xi Jinping', ['Xi'], 1)];
    expect(findPerson('Кулеба', withKuleba)?.name).toBe('Dmytro Kuleba');
    expect(findPerson('Дмитро Кулеба', withKuleba)?.name).toBe('Dmytro Kuleba');
    expect(findPerson('Лавров', withKuleba)?.name).toBe('Sergei Lavrov');
    expect(findPerson('Зеленский', withKuleba)?.name).toBe('Volodymyr Zelenskyy');
    expect(findPerson('习近平', withKuleba)?.name).toBe('Xi Jinping');
    expect(findPerson('xi jin ping', withKuleba)?.name).toBe('Xi Jinping');
    expect(findPerson('Ｋｕｌｅｂａ', withKuleba)?.name).toBe('Dmytro Kuleba');
    expect(findPerson('Путин', withKuleba)).toBeNull();
    expect(findPerson('李强', withKuleba)).toBeNull();
  });

  it('GIVEN a list of names without mentions (the router’s) THEN it matches the same way, ties by name', () => {
    const names = [
      { name: 'Mark Rutte', aliases: ['Rutte'] },
      { name: 'Dmytro Kuleba', aliases: ['Kuleba'] },
      { name: 'Dan Rutte', aliases: [] },
    ];
    expect(findPerson('кулеба', names)).toBe(names[1]);
    expect(matchPeople('rutte', names).map((m) => m.person.name)).toEqual(['Mark Rutte', 'Dan Rutte']);
    expect(findPerson('!!!', names)).toBeNull();
  });

  it('GIVEN a coverage written in another script THEN a Latin query finds its people', () => {
    expect(findPerson('kuleba', [person('Дмитро Кулеба', [], 3)])?.name).toBe('Дмитро Кулеба');
  });

  it('finds every person by their own name first (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PEOPLE), fc.boolean(), (p, upper) => {
        const query = upper ? p.name.toUpperCase() : p.name;
        expect(matchPeople(query, PEOPLE)[0]?.person).toBe(p);
      }),
    );
  });

  // Speed on long lists is measured by `npm run bench`, not asserted here (machines are noisy).
  it('GIVEN a long list THEN the exact surname, its typo and the full name find the one person', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => person(`Person${i} Surname${i}`, [`Surname${i}`], i % 7));
    for (const query of ['surname1234', 'surnme1234', 'person1234 surname1234']) expect(matchPeople(query, many)[0]?.person.name).toBe('Person1234 Surname1234');
  });
});

describe('personMentionedIn', () => {
  const named = (text: string) => personMentionedIn(text, PEOPLE)?.person.name ?? null;

  it('finds a person named in a question by full name, alias or surname, in any case or script', () => {
    expect(named('what did blinken say about china')).toBe('Antony Blinken');
    expect(named('who is JENS STOLTENBERG')).toBe('Jens Stoltenberg');
    expect(named('what did secretary blinken announce')).toBe('Antony Blinken');
    expect(named('quotes from zelensky')).toBe('Volodymyr Zelenskyy');
    expect(named('що сказав кулеба')).toBe('Dmytro Kuleba');
    expect(named('did o’brien comment')).toBe("James O'Brien");
    expect(personMentionedIn('who is mark rutte', PEOPLE)).toMatchObject({ words: 'mark rutte', score: 100 });
  });

  it('finds no one in a question that names no one, nor by a given name or a typo alone', () => {
    for (const text of ['what is the capital of france', 'how much aid has the us given', '🤡 !!!', '', 'what did mark say', 'what did blinkin say', 'joe']) {
      expect(named(text), text).toBeNull();
    }
  });

  it('GIVEN edited text THEN a surname written in lower case is an everyday word, not the person', () => {
    const people = [person('Ned Price', ['Price'], 4), person('Jeff Say', ['Say'], 9)];
    const editedText = true;
    expect(personMentionedIn('The price of oil rose again this week.', people, { editedText })).toBeNull();
    expect(personMentionedIn('That is what the press secretary would say.', people, { editedText })).toBeNull();
    expect(personMentionedIn('Price said the talks went well.', people, { editedText })?.person.name).toBe('Ned Price');
    expect(personMentionedIn('PRICE: Thank you.', people, { editedText })?.person.name).toBe('Ned Price');
    // A typed question is not edited text: its capitals are no evidence either way.
    expect(personMentionedIn('what did price tell reporters', people)?.person.name).toBe('Ned Price');
    expect(personMentionedIn('what did ned price say', people)?.person.name).toBe('Ned Price');
    // By default only one- and two-letter words need that support.
    const chinese = [person('Li Qiang', ['Li'], 2)];
    expect(personMentionedIn('what did li say', chinese)).toBeNull();
    expect(personMentionedIn('what did premier li qiang say', chinese)?.person.name).toBe('Li Qiang');
  });

  it('GIVEN a list the size of a large coverage’s THEN each question finds the surname it names', () => {
    // Names of letters only ("Given Surname" + a letter code): digits would all fold to one spelling key.
    const code = (i: number) => [...i.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('');
    const many = Array.from({ length: 6_500 }, (_, i) => person(`Given${code(i)} Surname${code(i)}`, [`Surname${code(i)}`], i % 7));
    // i % 7 is how often person i is mentioned: one never mentioned is never found.
    for (let i = 1; i < 1_000; i += 37) {
      if (i % 7 === 0) continue;
      expect(personMentionedIn(`what did surname${code(i)} say about the summit in washington`, many)?.person.name).toBe(`Given${code(i)} Surname${code(i)}`);
    }
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
