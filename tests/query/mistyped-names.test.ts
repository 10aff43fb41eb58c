// A person's name typed with letters swapped (one slip each), or a letter or two off in a long
// name, is the person the coverage knows when one known name is nearest: "lnidqvsit" is Lindqvist. A name
// equally near two people, a short one, or an everyday word is never put on anyone.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const VISIT = 'Foreign Minister Henrik Lindqvist will visit Pellonia next week to open the new consulate.';
const FERRY = 'Harbour Director Anna Haraldsen said the night ferry to Zorvia would resume in May.';
const TOLLS = 'Mayor Jonas Haraldson said the bridge tolls would stay at four crowns.';

const { facts } = coverageForTests({
  'travel.md': [
    '---\ntitle: Ministers on the move\npublisher: Fjord Courier\npublished: 2025-02-10\n---',
    VISIT,
    'Lindqvist said the consulate would help exporters in the region.',
    FERRY,
    TOLLS,
    'Trade Commissioner Erik Berg opened the spring fair.',
    'The garden show in Zorvia drew record crowds, organisers said.',
  ].join('\n\n'),
});

const answer = (question: string) => answerLine(question, facts());

describe('GIVEN coverage naming Lindqvist, Haraldsen and Haraldson', () => {
  it.each([...bothCasings('Lnidqvsit visit Pellonia?'), 'when will lindkvst visit pellonia', 'henrik lnidqvsit visit pellonia'])(
    '%j THEN a long name two slips off is Lindqvist, and his visit answers',
    (question) => {
      const found = answer(question);
      expect(found.abstained, found.message ?? '').toBe(false);
      expect(found.items[0]?.text).toBe(VISIT);
    },
  );

  it.each(['what did harladsne say', 'what did harladsne say about zorvia'])('%j THEN two pairs of swapped letters in a long surname are two slips: Haraldsen answers', (question) => {
    expect(answer(question).items[0]?.text).toBe(FERRY);
  });

  it('"haraldsan bridge tolls" THEN a spelling as near Haraldsen as Haraldson is taken for neither person', () => {
    expect(analyseQuery('haraldsan bridge tolls', facts()).concepts.map((concept) => concept.person)).toEqual([undefined, undefined, undefined]);
  });

  it('"garden show in zorvia" THEN an everyday word a letter from nothing but a name is still that word, not a person', () => {
    expect(answer('garden show in zorvia').items[0]?.text).toBe('The garden show in Zorvia drew record crowds, organisers said.');
  });
});
