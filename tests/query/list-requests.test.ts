// A request for a list ("list everyone X met", "everyone who met X", "list all the people
// quoted") is searched without its list words and answered with up to a page of lines, each
// naming the people it is about; the people quoted come from the fact base's quotes.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { listRequested } from '../../src/query/list-request.js';
import { plainForm } from '../../src/query/question.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MET = [
  'Foreign Minister Anna Lindqvist met Trade Minister Erik Haraldsen in Quellmark on Monday.',
  'Lindqvist also held talks with Mayor Carmen Reyes on the ferry contracts.',
  'Later, Lindqvist is due to meet Governor Nils Olsen of Pellonia.',
  'Lindqvist met Admiral Sofia Berg at the naval port.',
  'Lindqvist met Senator Tomas Dahl at the harbour office.',
  'On Tuesday Lindqvist met Judge Petra Moreau to discuss the tribunal.',
];
const FILLER = 'I heard this from everyone around the table, Lindqvist said.';

const { facts } = coverageForTests({
  'visits.md': [
    '---\ntitle: Minister tours the coast\npublisher: Valley Weekly\npublished: 2025-05-02\n---',
    ...MET,
    FILLER,
    'Reyes visited Haraldsen at the ministry to sign the port agreement.',
    // Haraldsen only in the context: this line is about whom Dahl met.
    'Haraldsen opened the new ferry terminal in Quellmark. Dahl met the dock workers there the same day.',
    'Haraldsen said: "The port will reopen in June."',
    '"We expect the ferries back by July," Olsen said.',
    'The storm closed the port for a week.',
  ].join('\n\n'),
});

describe('GIVEN a minister who met six people, and a line where she speaks of everyone', () => {
  it.each(bothCasings('List everyone Lindqvist met'))('%j THEN every meeting is listed and the "everyone" line is not', (question) => {
    const texts = answerLine(question, facts()).items.map((item) => item.text);
    expect(texts).toEqual(expect.arrayContaining(MET));
    expect(texts).not.toContain(FILLER);
  });

  it.each(bothCasings('Everyone who met Haraldsen?'))('%j THEN each line names Haraldsen itself, not only in its paragraph', (question) => {
    const texts = answerLine(question, facts()).items.map((item) => item.text);
    expect(texts.length).toBeGreaterThanOrEqual(2);
    expect(texts.every((text) => text.includes('Haraldsen'))).toBe(true);
  });
});

describe('GIVEN three people quoted', () => {
  it.each(bothCasings('List all the people quoted'))('%j THEN each one quoted is listed once, with the words cited', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    const speakers = answer.items.map((item) => item.speaker);
    expect(new Set(speakers).size).toBe(speakers.length);
    expect(speakers).toEqual(expect.arrayContaining(['Erik Haraldsen', 'Nils Olsen']));
  });
});

describe('GIVEN the words of a request', () => {
  it.each([
    ['list everyone berg met', 'who berg met'],
    ['everyone who met olsen', 'who met olsen'],
    ['list all the bridges that were closed', 'what bridges were closed'],
  ])('%j THEN it is searched as %j', (request, searched) => {
    expect(listRequested(plainForm(request))?.question).toBe(searched);
  });

  it.each(['who is the best player of all time', 'how many people died in the storm', 'people say the port is closed', 'name the mayor of pellonia'])('%j THEN it asks for no list', (question) => {
    expect(listRequested(plainForm(question))).toBeNull();
  });
});
