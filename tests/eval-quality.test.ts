// Retrieval quality as a regression gate: /ask on the bundled coverage must meet the targets of
// the evaluation set, and on the held-out fixture coverage (questions written before tuning,
// about made-up articles) a lower but real bar. Deterministic: scores only, no timing.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { askRanker, evaluateBothCasings, evaluateRanking, loadEvalQuestions, normaliseForMatch, routerRanker, type EvalQuestion } from '../src/cli/evaluation.js';
import { buildFactBase } from '../src/knowledge/build.js';
import type { LoadedFactBase } from '../src/knowledge/factbase.js';
import { loadViaFile } from './commands/fixture.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts: string[]) => path.join(ROOT, ...parts);

let bundled: LoadedFactBase;
let fixture: LoadedFactBase;
beforeAll(async () => {
  bundled = await loadViaFile((await buildFactBase(at('data', 'articles'))).factBase);
  fixture = await loadViaFile((await buildFactBase(at('tests', 'fixtures', 'articles'))).factBase);
}, 60_000);

const labelsMissingFrom = (questions: readonly EvalQuestion[], facts: LoadedFactBase): string[] => {
  const sentences = facts.data.sentences.map((s) => normaliseForMatch(s.text));
  return questions.flatMap((q) => q.answers.filter((answer) => !sentences.some((s) => s.includes(normaliseForMatch(answer)))));
};

describe('/ask on the bundled evaluation set', () => {
  it('meets the targets: hit@1 ≥ 0.9, hit@3 ≥ 0.97, abstention ≥ 0.9, no answerable question abstained', async () => {
    const report = evaluateRanking(await loadEvalQuestions(), askRanker(bundled));
    expect(report.abstainedAnswerable).toEqual([]);
    expect(report.hitAt1).toBeGreaterThanOrEqual(0.9);
    expect(report.hitAt3).toBeGreaterThanOrEqual(0.97);
    expect(report.abstentionRate).toBeGreaterThanOrEqual(0.9);
  });
});

describe.each([
  { file: 'fixture-questions.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.8 },
  { file: 'fixture-questions-fresh.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.5 },
])('/ask on the held-out fixture set $file', ({ file, hitAt1, hitAt3, abstention }) => {
  let questions: EvalQuestion[];
  beforeAll(async () => {
    questions = await loadEvalQuestions(at('tests', 'eval', file));
  });

  it('labels every answerable question with text found verbatim in a fixture sentence', () => {
    expect(questions.filter((q) => q.answerable).length).toBeGreaterThanOrEqual(10);
    expect(questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(4);
    expect(labelsMissingFrom(questions, fixture)).toEqual([]);
  });

  it(`clears hit@1 ≥ ${hitAt1}, hit@3 ≥ ${hitAt3}, abstention ≥ ${abstention}, no answerable question abstained`, () => {
    const report = evaluateRanking(questions, askRanker(fixture));
    expect(report.abstainedAnswerable).toEqual([]);
    expect(report.hitAt1).toBeGreaterThanOrEqual(hitAt1);
    expect(report.hitAt3).toBeGreaterThanOrEqual(hitAt3);
    expect(report.abstentionRate).toBeGreaterThanOrEqual(abstention);
  });
});

describe.each([
  { coverage: 'bundled', file: 'questions.json' },
  { coverage: 'fixture', file: 'fixture-questions.json' },
  { coverage: 'fixture', file: 'fixture-questions-fresh.json' },
])('through the router, as users type, on $file', ({ coverage, file }) => {
  it('abstains on no answerable question, as written or in lower case', async () => {
    const questions = await loadEvalQuestions(at('tests', 'eval', file));
    const report = evaluateBothCasings(questions, routerRanker(coverage === 'bundled' ? bundled : fixture));
    expect(report.asWritten.abstainedAnswerable).toEqual([]);
    expect(report.lowerCase.abstainedAnswerable).toEqual([]);
  });
});
