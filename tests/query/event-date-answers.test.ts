// "When did zorvia invade pellonia" is answered by the sentence that dates the invasion itself:
// the noun made from the verb ("the invasion") is the event as much as the verb is; a date with
// its year beats "in February", whose year is only the report's; a date standing far from the
// event dates something else ("met him in May, weeks before the invasion").
import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/query/coverage.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const YEARLESS = 'When Zorvia invaded Pellonia in February, the assembly in Lindvik condemned it at once.';
const WITH_YEAR = "Zorvia's invasion of Pellonia in February 2022 drew wide condemnation.";
const { facts, ranked } = coverageForTests({
  'invasion.md': ['---\ntitle: A year on\npublisher: Valley Weekly\npublished: 2022-10-20\n---', YEARLESS, WITH_YEAR, 'Ferries still run between the islands.'].join('\n\n'),
});

describe('GIVEN the invasion dated in February of the report\'s year and in February 2022', () => {
  it.each(bothCasings('When did Zorvia invade Pellonia?'))('%j THEN the date with its year leads', (question) => {
    expect(ranked(question)[0]).toBe(WITH_YEAR);
  });

  it('THEN "invasion" carries the verb "invade" as fully as "invaded" does', () => {
    const { concepts } = analyseQuery('when did zorvia invade pellonia', facts());
    const idOf = (text: string) => Array.from(facts().data.sentences, (sentence) => sentence.text).indexOf(text);
    expect(coverage(concepts, idOf(WITH_YEAR), facts())).toBe(1);
  });
});

const FAR = 'In May 2021 Haraldsen met Zorvia and Pellonia envoys at the harbour council of Lindvik, weeks before Zorvia invaded Pellonia.';
const NEAR = 'Officials of the border towns later said the Zorvian army invaded Pellonia on 3 June 2021.';
const { ranked: rankedFar } = coverageForTests({
  'border.md': ['---\ntitle: Border report\npublisher: Valley Weekly\npublished: 2023-01-10\n---', FAR, NEAR, 'The ferries to Lindvik were cancelled.'].join('\n\n'),
});

describe('GIVEN one date beside the invasion and one dating a meeting weeks before it', () => {
  it.each(bothCasings('When did Zorvia invade Pellonia?'))('%j THEN the date beside the invasion leads', (question) => {
    expect(rankedFar(question)[0]).toBe(NEAR);
  });
});

// Many dated sentences repeat the verb without dating the invasion; the one that dates it says "invasion".
const towns = Array.from({ length: 40 }, (_, i) => `Town${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const DATED_NOUN = 'After long weeks of rising threats along the whole of the northern border, the Zorvia invasion of Pellonia began in March 2021.';
const { ranked: rankedCrowded } = coverageForTests({
  'war.md': [
    '---\ntitle: War diary\npublisher: Valley Weekly\npublished: 2024-05-01\n---',
    ...towns.map((town) => `Zorvia invaded Pellonia; the invasion of Pellonia by Zorvia shocked ${town}.`),
    ...towns.map((town, i) => `On ${1 + (i % 28)} May 2023 the council of ${town} recalled at length how Zorvia invaded Pellonia and what it cost.`),
    DATED_NOUN,
  ].join('\n\n'),
});

describe('GIVEN many dated sentences repeating "invaded" and one dating "the invasion"', () => {
  it.each(bothCasings('When did Zorvia invade Pellonia?'))('%j THEN the one dating the invasion leads', (question) => {
    expect(rankedCrowded(question)[0]).toBe(DATED_NOUN);
  });
});
