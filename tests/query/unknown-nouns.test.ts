// A noun the coverage never uses is either something it does not report or the asker's own word
// for something it does. A concrete thing ("tanks", "the weather") is named by writers, so coverage
// that never names it cannot answer; nor can it give a figure whose kind it never names
// ("unemployment rate", "population"). An abstract noun ("subject") may be a paraphrase and is not held against
// the question.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const TALKS = 'The talks between the mayor and the governor focused on the new ferry service.';
const ARTICLE = [
  '---\ntitle: Valley council news\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  'The council sent guided missiles and armoured trucks to the coast guard in May.',
  TALKS,
  'The valley fair opens today with music and food stalls, the council said.',
  'The valley has 40,000 residents, most of them in the harbour town.',
].join('\n\n');

// Another town's news, so that the valley's words weigh as a topic does in real coverage.
const OTHER = [
  '---\ntitle: Hill town notes\npublisher: Hill Herald\npublished: 2025-09-02\n---',
  'The hill town opened a new library today.',
  'The hill town council approved a budget of $2 million for roads.',
  'Officials in the hill town said the bridge would reopen in October.',
  'The hill town school hired five new teachers this year.',
].join('\n\n');

const { facts } = coverageForTests({ 'valley.md': ARTICLE, 'hill.md': OTHER });

describe('GIVEN coverage that never names tanks, the weather or unemployment', () => {
  it.each([
    ...bothCasings('Did the council send tanks to the coast guard?'),
    ...bothCasings('What is the weather in the valley today?'),
    ...bothCasings('What is the unemployment rate in the valley?'),
    ...bothCasings('What is the population of the hill town?'),
    // Half-sentences whose head noun the tagger takes for a verb ("to weather").
    'weather in the valley today',
    'weather valley',
  ])('%j THEN it declines, naming what the coverage lacks', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.items[0]?.text).toBe(true);
    expect(answer.message?.toLowerCase()).toMatch(/never mentions (tanks|weather|unemployment rate|population)\b/u);
  });

  it.each(bothCasings('What was the main subject of the talks between the mayor and the governor?'))(
    '%j (an abstract noun the coverage words otherwise) THEN the sentence on those talks answers',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe(TALKS);
    },
  );
});

describe('GIVEN talks the coverage reports, asked about as "sit downs" (a sit-down typed apart)', () => {
  it.each(['what did the mayor and the governor focus on in their sit downs', 'mayor governor sit downs topic'])('%j THEN "downs" is no thing the coverage lacks', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(TALKS);
  });
});

describe('GIVEN coverage that names the hill town\'s population', () => {
  const POPULATION = 'The hill town\'s population reached 12,000 last year, the council said.';
  const withPopulation = coverageForTests({ 'valley.md': ARTICLE, 'hill.md': `${OTHER}\n\n${POPULATION}` });

  it.each(bothCasings('What is the population of the hill town?'))('%j THEN the sentence stating it answers', (question) => {
    const answer = answerLine(question, withPopulation.facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe(POPULATION);
  });
});

describe('GIVEN a figure asked for "in total" or politely', () => {
  const BUDGET = "The hill town council approved a budget of $2 million for roads.";

  it.each(['how much did the hill town council approve in total', 'hill town council roads total pls', 'how much money did the hill town council approve altogether'])(
    '%j THEN the words asking for the figure are not held against the question',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe(BUDGET);
    },
  );
});

describe('GIVEN a question that lists things with punctuation between them', () => {
  // "provisions (trucks, missiles)": the words around the bracket are no noun run,
  // so "provisions" narrows nothing and, unknown, may be the asker's paraphrase.
  it.each(['what did the council send to the coast guard as provisions (trucks, missiles)', 'what did the council send as provisions, trucks and missiles'])(
    '%j THEN it answers instead of declining a run made across the punctuation',
    (question) => {
      const answer = answerLine(question, facts());
      expect(answer.abstained, answer.message ?? '').toBe(false);
      expect(answer.items[0]?.text).toBe('The council sent guided missiles and armoured trucks to the coast guard in May.');
    },
  );
});

describe('GIVEN a question that calls what it asks about "stuff"', () => {
  it.each(bothCasings('What stuff did the council send to the coast guard?'))('%j THEN the placeholder noun is not held against the question', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained, answer.message ?? '').toBe(false);
    expect(answer.items[0]?.text).toBe('The council sent guided missiles and armoured trucks to the coast guard in May.');
  });
});
