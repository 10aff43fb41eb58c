// A question's multi-word names and the titled things it asks for, judged from the coverage
// alone and whatever the question's case: words the coverage writes side by side as names are
// one thing ("port selby"), a given name the coverage never writes with the surname typed after
// it joins that surname ("lena ostrova": the coverage says "Ostrova"; its Lena is someone else)
// but a name it also writes alone does not ("ostrova koski": two people),
// and "what film" is answered by a sentence quoting a title, which never says "film".
import { describe, expect, it } from 'vitest';
import { namedByTitles } from '../../src/lexicon/word-kinds.js';
import { answerLine } from '../../src/pipeline.js';
import { nameRuns } from '../../src/query/name-runs.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const ARTICLE = `---
title: News from the harbour towns
publisher: Coast Courier
published: 2025-03-14
---
Lena Marsh opened a bakery beside the harbour, and Lena Marsh hired four bakers.

In March, Ostrova was hired by Kemper to run the ferry office.

The ferry office in Port Selby reopened after the storm, and Port Selby celebrated.

The harbour in Port Arden was dredged in Selby Street's honour.

Arne Koski starred in a school play.

Arne Koski starred in "The Salt Road" in 2019, a story of the harbour.
`;

const { facts, first, ranked } = coverageForTests({ 'harbour.md': ARTICLE });

describe('GIVEN names of several words in a question', () => {
  it('THEN words the coverage writes side by side form one name, and a given name it never writes with the surname joins the surname', () => {
    expect(nameRuns('what reopened in port selby', facts()).map((run) => run.phrase)).toEqual([['port', 'selbi']]);
    expect(nameRuns('who hired lena ostrova', facts())).toEqual([{ phrase: ['lena', 'ostrova'], bySurname: true, soleBearer: false }]);
    // Words the question does not type side by side are not one name.
    expect(nameRuns('did lena say port selby', facts()).map((run) => run.phrase)).toEqual([['port', 'selbi']]);
  });

  it('THEN a name the coverage also writes alone is no given name: "ostrova koski play" names two people, as chat half-sentences do', () => {
    expect(nameRuns('ostrova koski play', facts())).toEqual([]);
    expect(nameRuns('koski ostrova hired when', facts())).toEqual([]);
  });

  it.each(['who hired lena ostrova', 'Who hired Lena Ostrova?'])('%j THEN the sentence about Ostrova answers, not the one about another Lena', (question) => {
    expect(first(question)).toBe('In March, Ostrova was hired by Kemper to run the ferry office.');
  });
});

describe('GIVEN a question asking for a thing that goes by a title', () => {
  it('THEN WordNet says which kinds of thing go by titles', () => {
    expect(namedByTitles('film')).toBe(true);
    expect(namedByTitles('book')).toBe(true);
    expect(namedByTitles('river')).toBe(false);
  });

  // Ranked first; the answer still declines ("it never mentions film": no sentence names the kind).
  it.each(['what film did arne koski star in', 'What film did Arne Koski star in?'])('%j THEN the sentence quoting a title leads the ranking', (question) => {
    expect(ranked(question)[0]).toBe('Arne Koski starred in "The Salt Road" in 2019, a story of the harbour.');
  });
});

// "When did haraldsen call olsen berg and reyes": chat leaves out the commas of a list. The
// coverage's "Olsen, Berg and …" lists two people; it does not write "Olsen Berg" as one name.
describe('GIVEN coverage that lists Olsen and Berg with a comma, and a question typing them without one', () => {
  const CALL = 'Mayor Haraldsen called Lena Olsen, Tomas Berg and Ana Reyes on 3 March.';
  const listed = coverageForTests({
    'calls.md': [
      '---\ntitle: Harbour council diary\npublisher: Coast Courier\npublished: 2025-03-14\n---',
      CALL,
      'Mayor Haraldsen called Ana Reyes on 2 February.',
      'The council thanked Olsen, Berg and the harbour staff on 5 March.',
      'Olsen said the pier would open in May.',
      'Berg and Olsen toured the ferry office.',
    ].join('\n\n'),
  });

  it('THEN "olsen berg" is two names, not one', () => {
    expect(nameRuns('when did haraldsen call olsen berg and reyes', listed.facts())).toEqual([]);
  });

  it.each(['when did haraldsen call olsen berg and reyes', 'When did Haraldsen call Olsen Berg and Reyes?'])('%j THEN the call with all three answers', (question) => {
    const answer = answerLine(question, listed.facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(CALL);
  });
});
