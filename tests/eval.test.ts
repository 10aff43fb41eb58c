import { beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildFactBase } from '../src/ingest/build.js';
import type { FactBase } from '../src/factbase/schema.js';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import { answerLine } from '../src/pipeline.js';
import {
  answersQuestion,
  evaluateBothCasings,
  evaluateRanking,
  loadEvalQuestions,
  normaliseForMatch,
  routerRanker,
  typedInLowerCase,
  type EvalQuestion,
} from '../src/cli/evaluation.js';
import { SENTENCE_TEXTS, loadFixture } from './commands/fixture.js';
import { BUNDLED_ARTICLES as ARTICLES, EVAL_DIR } from './helpers/paths.js';


describe('the evaluation set', () => {
  let questions: EvalQuestion[];
  let factBase: FactBase;
  beforeAll(async () => {
    questions = await loadEvalQuestions();
    factBase = (await buildFactBase(ARTICLES)).factBase;
  }, 60_000);

  it('has at least 45 answerable and 12 unanswerable questions with unique ids', () => {
    expect(questions.filter((q) => q.answerable).length).toBeGreaterThanOrEqual(45);
    expect(questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(12);
    expect(new Set(questions.map((q) => q.id)).size).toBe(questions.length);
  });

  it('labels every answerable question with text found verbatim in a sentence of the bundled fact base', () => {
    const sentences = factBase.sentences.map((s) => normaliseForMatch(s.text));
    const missing = questions.flatMap((q) => q.answers.filter((answer) => !sentences.some((s) => s.includes(normaliseForMatch(answer)))));
    expect(missing).toEqual([]);
  });

  it('phrases questions in its own words: no question repeats five consecutive words of a sentence', () => {
    const words = (text: string) => normaliseForMatch(text).replace(/[^\p{L}\p{N}$€%' -]/gu, ' ').split(/\s+/u).filter(Boolean);
    const fiveGrams = new Set(factBase.sentences.flatMap((s) => {
      const w = words(s.text);
      return w.slice(0, Math.max(0, w.length - 4)).map((_, i) => w.slice(i, i + 5).join(' '));
    }));
    const copied = questions.filter((q) => {
      const w = words(q.question);
      return w.some((_, i) => i + 5 <= w.length && fiveGrams.has(w.slice(i, i + 5).join(' ')));
    });
    expect(copied.map((q) => q.question)).toEqual([]);
  });
});

describe('evaluateRanking', () => {
  const set: EvalQuestion[] = [
    { id: 'q1', question: 'one', answers: ['alpha'], answerable: true },
    { id: 'q2', question: 'two', answers: ['beta', 'Gamma’s'], answerable: true },
    { id: 'q3', question: 'three', answers: ['delta'], answerable: true },
    { id: 'q4', question: 'four', answers: ['epsilon'], answerable: true },
    { id: 'u1', question: 'five', answers: [], answerable: false },
    { id: 'u2', question: 'six', answers: [], answerable: false },
  ];
  const rankings: Record<string, ReturnType<Parameters<typeof evaluateRanking>[1]>> = {
    one: ['The alpha sentence.', 'other'],
    two: ['x', 'y', ['z', "It was gamma's turn."]],
    three: { abstained: true, ranked: ['delta is here but the engine abstained'] },
    four: ['a', 'b', 'c', 'epsilon, fourth'],
    five: { abstained: true, ranked: ['closest'] },
    six: ['an unrelated sentence'],
  };

  it('GIVEN a toy ranking THEN hit@1, hit@3, MRR and abstention are the known values, with misses listed', () => {
    const report = evaluateRanking(set, (question) => rankings[question]!);
    expect(report.hitAt1).toBe(0.25);
    expect(report.hitAt3).toBe(0.5);
    expect(report.mrr).toBeCloseTo((1 + 1 / 3 + 0 + 1 / 4) / 4, 10);
    expect(report.abstentionRate).toBe(0.5);
    expect(report.abstainedAnswerable).toEqual(['q3']);
    expect(report.misses.map((m) => [m.id, m.rank, m.abstained])).toEqual([
      ['q2', 3, false],
      ['q3', null, true],
      ['q4', 4, false],
    ]);
    expect(report.falseAnswers).toEqual([{ id: 'u2', question: 'six', top: 'an unrelated sentence' }]);
  });

  it('GIVEN an empty list for an unanswerable question THEN it counts as abstaining', () => {
    const report = evaluateRanking([set[4]!], () => []);
    expect(report.abstentionRate).toBe(1);
  });

  it('GIVEN curly or straight quotes and different case THEN a labelled answer still matches', () => {
    expect(answersQuestion('“NATO’s support”', { id: 'x', question: '', answers: ['"nato\'s SUPPORT"'], answerable: true })).toBe(true);
    expect(answersQuestion('NATO support', { id: 'x', question: '', answers: ['NATO’s support'], answerable: true })).toBe(false);
  });
});

describe('asking as people type in chat', () => {
  it.each([
    ['What did Kovalenko say?', 'what did kovalenko say'],
    ['Who is the U.S. envoy?!', 'who is the u.s. envoy'],
    ['Is the envoy from the U.S.?', 'is the envoy from the u.s'],
    ['When does it start ? ', 'when does it start'],
    ["Mr. Reyes's plan, in July...", "mr. reyes's plan, in july"],
    ['no change needed', 'no change needed'],
  ])('GIVEN %j THEN it is typed %j: lower case, no final question mark, exclamation or full stop', (written, typed) => {
    expect(typedInLowerCase(written)).toBe(typed);
  });

  it('GIVEN a ranker that only answers capitalised questions THEN the lower-case report shows the loss', () => {
    const set: EvalQuestion[] = [{ id: 'q', question: 'Where is Alpha?', answers: ['alpha'], answerable: true }];
    const report = evaluateBothCasings(set, (question) => (/[A-Z]/u.test(question) ? ['Alpha is here.'] : []));
    expect([report.asWritten.hitAt1, report.lowerCase.hitAt1]).toEqual([1, 0]);
    expect(report.lowerCase.misses.map((m) => m.question)).toEqual(['where is alpha']);
    expect(report.lowerCase.abstainedAnswerable).toEqual(['q']);
  });
});

describe('the router ranker on the fixture coverage', () => {
  let facts: LoadedFactBase;
  beforeAll(async () => {
    facts = await loadFixture();
  });

  it.each(['how much did canada pledge', 'What did Kovalenko say about the aid?', 'when did nato leaders meet in washington'])(
    'GIVEN %j THEN each position is one answer item with the verbatim sentences it cites, and abstention as the Answer says',
    (question) => {
      const answer = answerLine(question, facts);
      const result = routerRanker(facts)(question);
      expect(Array.isArray(result)).toBe(false);
      const ranked = result as Exclude<typeof result, readonly unknown[]>;
      expect(ranked.abstained).toBe(answer.abstained);
      expect(ranked.ranked).toHaveLength(answer.items.length);
      for (const position of ranked.ranked) {
        expect(position.length).toBeGreaterThan(0);
        for (const sentence of position) expect(SENTENCE_TEXTS).toContain(sentence);
      }
    },
  );

  it('GIVEN a question the fixture answers THEN its sentence is among the positions, in both casings', () => {
    const set: EvalQuestion[] = [{ id: 'c', question: 'How much military aid did Canada pledge?', answers: ['$2.5 billion'], answerable: true }];
    const report = evaluateBothCasings(set, routerRanker(facts));
    expect(report.asWritten.hitAt3).toBe(1);
    expect(report.lowerCase.hitAt3).toBe(1);
  });
});

describe('the off-topic set', () => {
  it('has at least 45 questions, all unanswerable, with unique ids and no duplicate question', async () => {
    const questions = await loadEvalQuestions(path.join(EVAL_DIR, 'off-topic.json'));
    expect(questions.length).toBeGreaterThanOrEqual(45);
    expect(questions.every((q) => !q.answerable && q.answers.length === 0)).toBe(true);
    expect(new Set(questions.map((q) => typedInLowerCase(q.question))).size).toBe(questions.length);
  });
});
