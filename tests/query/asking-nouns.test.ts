// "What is the name of the disease …", "the term for …", "the main subject of the talks …": the
// noun that asks ("name", "term", "subject") is not what the question is about, and the answer
// rarely repeats it ("Shell blight is the disease …"). The noun after it is the question's focus.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const BLIGHT = 'Shell blight is the disease found in the Quellmark oyster beds this spring.';
const UNNAMED = 'Inspectors would not name the Quellmark oyster beds they closed.';
const TARIFFS = 'The talks between Lindqvist and Haraldsen centred on ferry tariffs.';
const ARTICLE = [
  '---\ntitle: Coast news\npublisher: Pellonia Weekly\npublished: 2025-05-02\n---',
  BLIGHT,
  UNNAMED,
  'The Quellmark harbour reopened on Monday after a week of storms.',
  TARIFFS,
  'Tariffs were a subject Haraldsen avoided all year, Olsen said.',
  'The ceasefire between Pellonia and Zorvia began on Monday, Berg said.',
  'Under the terms of the ceasefire, Pellonia and Zorvia will pull back their ships.',
].join('\n\n');
const OTHER = [
  '---\ntitle: Hill notes\npublisher: Zorvia Herald\npublished: 2025-05-03\n---',
  'The hill town opened a new library today.',
  'The hill town council approved a budget of $2 million for roads.',
  'Officials in the hill town said the bridge would reopen in October.',
].join('\n\n');

const { facts, ranked } = coverageForTests({ 'coast.md': ARTICLE, 'hill.md': OTHER });

describe('GIVEN a what-question whose first noun asks for something of the next', () => {
  it.each([
    ['What is the name of the disease in the Quellmark oyster beds?', 'diseas', 'name'],
    ['What was the main subject of the talks between Lindqvist and Haraldsen?', 'talk', 'subject'],
    ['What is the term for a disease of oyster beds?', 'diseas', 'term'],
    ['What kind of disease is in the oyster beds?', 'diseas', 'kind'],
  ].flatMap(([question, focus, asking]) => bothCasings(question!).map((typed) => [typed, focus, asking])))('%j THEN the noun asked about is the focus, the asking noun no concept', (question, focus, asking) => {
    const { concepts } = analyseQuery(question!, facts());
    expect(concepts.find((concept) => concept.focus)?.term).toBe(focus);
    expect(concepts.map((concept) => concept.term)).not.toContain(asking);
  });

  it.each(bothCasings('What is the name of the disease in the Quellmark oyster beds?'))('%j THEN the sentence naming that thing leads, not one using the asking word', (question) => {
    expect(ranked(question)[0]).toBe(BLIGHT);
  });

  it.each(bothCasings('What was the main subject of the talks between Lindqvist and Haraldsen?'))('%j THEN the talks themselves lead', (question) => {
    expect(ranked(question)[0]).toBe(TARIFFS);
  });
});

describe('GIVEN "the terms of" a thing, which are what is asked', () => {
  it.each(bothCasings('What are the terms of the ceasefire between Pellonia and Zorvia?'))('%j THEN "terms" stays a concept', (question) => {
    expect(analyseQuery(question, facts()).concepts.map((concept) => concept.term)).toContain('term');
  });
});

describe('GIVEN a figure question that says "in total"', () => {
  const SENT = 'Pellonia has sent $45 million to Quellmark since the floods began.';
  const { facts: gifts } = coverageForTests({
    'gifts.md': ['---\ntitle: Relief\npublisher: Valley Weekly\npublished: 2025-09-01\n---', SENT, 'The total length of the Pellonia ferry route is 40 miles.'].join('\n\n'),
  });
  it.each(bothCasings('How much has Pellonia sent in total?'))('%j THEN "total" asks only for a figure: it is no concept a sentence must carry', (question) => {
    expect(analyseQuery(question, gifts()).concepts.map((concept) => concept.term)).not.toContain('total');
  });
});
