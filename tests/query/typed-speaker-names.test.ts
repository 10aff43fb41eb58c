// A speaker typed with a slip in the surname is the person the coverage knows, with or without
// the given name: "mara olssen" is Mara Olsen, not a "Mara" whom no sentence names speaking
// beside an "Olssen" no sentence has. An everyday word a letter from a surname ("olden") is that
// word, except where the question names a speaker.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

describe('GIVEN two officials who speak on the harbour', () => {
  const { facts } = coverageForTests({
    'harbour.md': [
      '---\ntitle: Ferries to keep running\npublisher: Fjord Courier\npublished: 2024-05-06\n---',
      'Harbour Director Mara Olsen said the northern ferries would keep running through the winter.',
      'Olsen warned that the island ferries needed new engines before the summer.',
      'Transport Minister Tomas Lindqvist said the bridge tolls would not rise this year.',
      'The island ferries carried a record number of passengers in March.',
      'Lindqvist added that the port fees were under review.',
    ].join('\n\n'),
  });
  const first = (question: string) => {
    const answer = answerLine(question, facts());
    return answer.abstained ? `(declined: ${answer.message})` : answer.items[0]?.text;
  };

  it.each(['what did olssen say about the island ferries', 'what did mara olssen say about the island ferries', 'What did Mara Olsenn say about the island ferries?'])(
    '%j THEN her words on them answer',
    (question) => expect(first(question)).toBe('Olsen warned that the island ferries needed new engines before the summer.'),
  );

  it.each(['what did tomas lindqvisst say about the tolls', 'what did tomas lindqvist say about the tolls'])('%j THEN his words on them answer', (question) =>
    expect(first(question)).toBe('Transport Minister Tomas Lindqvist said the bridge tolls would not rise this year.'),
  );

  it('"did the harbour freeze in olden times" THEN "olden" is not taken for Olsen, and the coverage never says so', () =>
    expect(answerLine('did the harbour freeze in olden times', facts()).abstained).toBe(true));

  it('"what did olden say about the engines" THEN, where a speaker stands, it is Olsen', () =>
    expect(first('what did olden say about the engines')).toBe('Olsen warned that the island ferries needed new engines before the summer.'));
});
