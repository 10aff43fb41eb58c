// A question about a named thing the coverage knows, answered only by sentences about other
// things, is declined: "how much aid went to quellmark" must not be answered with aid to Zorvia.
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { aboutSubject, namedSubject } from '../../src/query/named-subject.js';
import { evidence, rankSentences } from '../../src/query/rank.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const AID = 'The United States will send $85 million in aid to Zorvia for shelter and food.';
// Many sentences about aid without figures make "aid", "us" and "send" common words; Quellmark
// is named often enough to be written as a name, never with aid.
const towns = Array.from({ length: 10 }, (_, i) => `Town${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
const ARTICLE = [
  '---\ntitle: Aid report\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  AID,
  'The United States has sent $40 million in aid to Pellonia since the floods.',
  'Separately, tourism officials in Quellmark reported a record summer season.',
  'Hotels across Quellmark were full in August, the officials said.',
  'The mayor of Quellmark welcomed the news.',
  ...towns.map((town) => `The United States will send aid workers to ${town} after the storm.`),
].join('\n\n');

const { facts } = coverageForTests({ 'aid.md': ARTICLE });

describe('GIVEN aid figures for some places and a place the coverage names without any', () => {
  it.each(['how much aid did the us send to quellmark', 'How much aid did the US send to Quellmark?'])('%j THEN it declines, naming what no sentence answers about', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence about quellmark answers it/iu);
  });

  it.each(['how much aid did the us send to zorvia', 'How much aid did the US send to Zorvia?'])('%j THEN it answers with the sentence about that place', (question) => {
    const answer = answerLine(question, facts());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(AID);
  });
});

describe('aboutSubject', () => {
  it('GIVEN a question about Quellmark THEN of the evidence it keeps only sentences naming Quellmark, whatever their rank', () => {
    const analysis = analyseQuery('how much aid did the us send to quellmark', facts());
    const subject = namedSubject(analysis.concepts, facts());
    expect(subject?.term).toBe('quellmark');
    const found = evidence(rankSentences(analysis, facts()));
    expect(found.length).toBeGreaterThan(0);
    const kept = aboutSubject(subject, analysis.concepts, found, facts(), 'answer-or-word').map((hit) => facts().sentence(hit.sentenceId).text);
    // "Hotels across Quellmark were full" names it but states no sum and nothing else asked: not kept either.
    expect(kept).toEqual([]);
    expect(aboutSubject(undefined, analysis.concepts, found, facts(), 'answer-or-word')).toEqual(found);
  });

  it('GIVEN the sentence naming Zorvia behind other evidence THEN it is kept and the others dropped, whatever their number', () => {
    const analysis = analyseQuery('how much aid did the us send to zorvia', facts());
    const found = evidence(rankSentences(analysis, facts()));
    const naming = found.filter((hit) => facts().sentence(hit.sentenceId).text === AID);
    const others = found.filter((hit) => facts().sentence(hit.sentenceId).text !== AID);
    expect(others.length).toBeGreaterThan(0);
    const behind = [...others, ...others, ...others, ...naming];
    expect(aboutSubject(namedSubject(analysis.concepts, facts()), analysis.concepts, behind, facts(), 'answer-or-word')).toEqual(naming);
  });
});

// Another coverage where a rare verb outweighs the place: the place is still what the question is about.
const SENT = 'Neighbouring states have sent more than $40 million in aid to Pellonia since the floods.';
const OTHER_SENDERS = [
  '---\ntitle: Aid report\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  AID,
  SENT,
  'Separately, tourism officials in Quellmark reported a record summer season.',
  'Hotels across Quellmark were full in August, the officials said.',
  'The mayor of Quellmark welcomed the news.',
  'Quellmark plans a new harbour.',
  'Trains to Quellmark run hourly.',
  ...towns.map((town) => `The United States will send aid workers to ${town} after the storm.`),
].join('\n\n');
const { facts: otherSenders } = coverageForTests({ 'aid.md': OTHER_SENDERS });

describe('GIVEN a question whose rarest word is not the place it names', () => {
  it.each(['how much aid has quellmark sent', 'How much aid has Quellmark sent?'])('%j THEN the place is still its subject: aid sent by others does not answer it', (question) => {
    const analysis = analyseQuery(question, otherSenders());
    const heaviest = [...analysis.concepts].sort((a, b) => b.weight - a.weight)[0];
    expect(heaviest?.term).not.toBe('quellmark');
    expect(namedSubject(analysis.concepts, otherSenders())?.term).toBe('quellmark');
    const answer = answerLine(question, otherSenders());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence about quellmark answers it/iu);
  });
});

// A half-sentence asks for no kind of answer, so every sentence naming the place "states" one:
// only a sentence that also names the thing asked about answers it.
const WEATHER = 'Heavy snow and freezing weather closed the roads around Pellonia on Tuesday.';
const WEATHER_ELSEWHERE = [
  '---\ntitle: Regional news\npublisher: Valley Weekly\npublished: 2025-09-01\n---',
  WEATHER,
  'Forecasters expect calmer weather across the valley tomorrow.',
  'Separately, tourism officials in Quellmark reported a record summer season.',
  'Hotels across Quellmark were full in August, the officials said.',
  'The mayor of Quellmark welcomed the news.',
  'Quellmark plans a new harbour.',
  'Trains to Quellmark run hourly.',
  // "tomorrow" is a common word here, so the place is the question's subject.
  ...towns.map((town) => `Officials in ${town} will reopen the library tomorrow.`),
].join('\n\n');
const { facts: weatherElsewhere } = coverageForTests({ 'news.md': WEATHER_ELSEWHERE });

describe('GIVEN weather reported for one place and another place named without any', () => {
  it.each(['weather in quellmark tomorrow', 'Weather in Quellmark tomorrow?', 'quellmark weather'])('%j THEN it declines rather than citing sentences that only name Quellmark', (question) => {
    const answer = answerLine(question, weatherElsewhere());
    expect(answer.abstained).toBe(true);
    expect(answer.message).toMatch(/no sentence about quellmark answers it/iu);
  });

  it.each(['weather in pellonia', 'pellonia weather'])('%j THEN the sentence on that place\'s weather answers it', (question) => {
    const answer = answerLine(question, weatherElsewhere());
    expect(answer.abstained).toBe(false);
    expect(answer.items[0]?.text).toBe(WEATHER);
  });
});
