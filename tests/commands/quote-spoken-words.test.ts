// /quote: a transcript's labelled words or "X said …" are the person's words (on the topic asked)
// though no quotation marks hold them; the answer says it found no quotation and shows those.
import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../src/answer.js';
import { quote } from '../../src/commands/quote.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { runDirect } from './fixture.js';

describe('GIVEN a briefing transcript and one quotation of the press secretary', () => {
  const { facts } = coverageForTests({
    'briefing.md': [
      '---\ntitle: Press Briefing by Press Secretary Mara Olsen\npublisher: City Hall\npublished: 2024-06-03\n---',
      'Press Secretary Mara Olsen briefed reporters on Monday.',
      'Transport Minister Erik Lindqvist inspected the night ferries with Olsen.',
      'MS. OLSEN: The ferry timetable changes in June, and the night ferries return in July.',
      'Q Will the harbour tolls rise?',
      'MS. OLSEN: We have not decided anything on the harbour tolls.',
    ].join('\n\n'),
    'news.md': ['---\ntitle: Olsen on the budget\npublisher: Coast Post\npublished: 2024-06-04\n---', '"The budget is balanced," Olsen said on Tuesday.'].join('\n\n'),
  });

  it('/quote person:olsen topic:ferry THEN her transcript words answer, saying no quotation holds them', () => {
    const answer = runDirect(quote, { person: 'olsen', topic: 'ferry timetable' }, facts());
    expect(AnswerSchema.parse(answer)).toBeTruthy();
    expect(answer.abstained).toBe(false);
    expect(answer.message).toBe('No quotation of Mara Olsen on “ferry timetable”; these sentences give their words on it.');
    expect(answer.items[0]?.text).toContain('The ferry timetable changes in June');
    expect(answer.items[0]?.citations.length).toBeGreaterThan(0);
  });

  it('/quote person:olsen topic:budget THEN the quotation itself answers', () => {
    expect(runDirect(quote, { person: 'olsen', topic: 'budget' }, facts()).items.map((item) => item.text)).toEqual(['“The budget is balanced,”']);
  });

  it('/quote person:olsen topic:tram line, which she never speaks of THEN it still abstains', () => {
    const answer = runDirect(quote, { person: 'olsen', topic: 'tram line' }, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain("doesn't quote Mara Olsen");
  });

  it('/quote person:lindqvist, who is named but never speaks THEN it abstains, pointing to /who', () => {
    const answer = runDirect(quote, { person: 'lindqvist' }, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toContain('The coverage quotes no words from Erik Lindqvist');
  });
});

describe('GIVEN a person whose words are only reported, never in quotation marks', () => {
  const { facts } = coverageForTests({
    'port.md': [
      '---\ntitle: Port budget\npublisher: Coast Post\npublished: 2024-06-05\n---',
      'Transport Minister Erik Lindqvist announced that the north quay will close for repairs in August.',
      'Lindqvist said the ferries would use the south quay meanwhile.',
    ].join('\n\n'),
  });

  it.each(['lindqvist', 'Erik Lindqvist'])('/quote person:%s THEN the sentences reporting his words answer', (person) => {
    const answer = runDirect(quote, { person }, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.message).toBe('No quotation of Erik Lindqvist; these sentences give their words.');
    expect(answer.items.map((item) => item.text)).toContain('Lindqvist said the ferries would use the south quay meanwhile.');
  });
});
