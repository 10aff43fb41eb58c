// `npm run eval -- --trecqa FILE`: one TrecQA split scored the bot's way (see the split's
// README, "A faithful way to use it"). All candidate sentences of all questions are pooled into
// one coverage and built with the project's own build; every question with an answer is asked
// through the bot and, on the same fact-base sentences, through natural's TfIdf, MiniSearch and
// a textbook BM25, each set up with our stop words and stemming; as written and in lower case.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CASINGS, evaluateBothCasings, type Casing, type EvalQuestion, type EvalReport, type Ranker } from '../cli/evaluation.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { bm25Engine, miniSearchEngine, naturalEngine, type Engine } from './engines.js';
import { factsFromArticles } from './facts.js';
import { parseTrecQa, poolArticles, sameCandidate, type TrecQaPair } from './trecqa.js';

/** How many results a baseline returns for a question (MRR beyond it counts as a miss). */
export const BASELINE_LIMIT = 10;

export interface EngineScores {
  engine: string;
  casings: Record<Casing, EvalReport>;
}

export interface TrecQaReport {
  file: string;
  /** Questions in the file, and those asked (with at least one positive). */
  questions: number;
  asked: number;
  /** Asked questions none of whose positives survived the build as a fact-base sentence: nobody can find them. */
  positivesLost: number;
  candidates: number;
  articles: number;
  factBaseSentences: number;
  engines: EngineScores[];
  ms: number;
}

/** A question is answered by a sentence that is (or contains, or is a real part of) one of its positives. */
export function matchesPositive(sentence: string, question: EvalQuestion): boolean {
  return question.answers.some((positive) => sameCandidate(sentence, positive));
}

/** The asked questions, in the eval's shape: the positives are the answers. */
export function trecQaQuestions(pairs: readonly TrecQaPair[]): EvalQuestion[] {
  return pairs
    .filter((pair) => pair.positives.length > 0)
    .map((pair) => ({ id: pair.id, question: pair.question, answers: pair.positives, answerable: true }));
}

/**
 * Baselines rank the fact base's near-duplicate groups, one document per group (its first
 * sentence) standing for all its sentences, as the bot shows a group once with every source.
 */
function baselineRankers(facts: LoadedFactBase): { name: string; rank: Ranker }[] {
  const members = new Map<number, string[]>();
  for (const sentence of facts.data.sentences) {
    const group = members.get(sentence.group);
    if (group === undefined) members.set(sentence.group, [sentence.text]);
    else group.push(sentence.text);
  }
  const groups = [...members.values()];
  const texts = groups.map((group) => group[0]!);
  const engines: Engine[] = [naturalEngine(texts, { analyse: terms }), miniSearchEngine(texts, { analyse: terms }), bm25Engine(texts, { analyse: terms })];
  return engines.map((engine) => ({
    name: engine.name,
    rank: (question) => engine.search(question, BASELINE_LIMIT).map((id) => groups[id]!),
  }));
}

/** Pools `file`'s sentences into a temporary coverage, builds it, and scores the bot and the baselines. */
export async function evaluateTrecQa(
  file: string,
  bot: { name: string; ranker: (facts: LoadedFactBase) => Ranker },
): Promise<TrecQaReport> {
  const started = performance.now();
  const pairs = parseTrecQa(await readFile(file, 'utf8'));
  if (pairs.length === 0) throw new Error('no <QApairs> question found: not a TrecQA split');
  const pooled = poolArticles(pairs);
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-trecqa-'));
  let facts: LoadedFactBase;
  try {
    await Promise.all(pooled.map((article) => writeFile(path.join(dir, article.file), article.text)));
    facts = await factsFromArticles(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const questions = trecQaQuestions(pairs);
  const sentences = Array.from(facts.data.sentences, (sentence) => sentence.text);
  const positivesLost = questions.filter((q) => !sentences.some((sentence) => matchesPositive(sentence, q))).length;
  const rankers = [{ name: bot.name, rank: bot.ranker(facts) }, ...baselineRankers(facts)];
  return {
    file,
    questions: pairs.length,
    asked: questions.length,
    positivesLost,
    candidates: pairs.reduce((sum, pair) => sum + pair.positives.length + pair.negatives.length, 0),
    articles: pooled.length,
    factBaseSentences: sentences.length,
    engines: rankers.map(({ name, rank }) => ({ engine: name, casings: evaluateBothCasings(questions, rank, matchesPositive) })),
    ms: Math.round(performance.now() - started),
  };
}

const fixed = (value: number) => value.toFixed(3);

/** One table per split: engine × casing → hit@1, hit@3, MRR, abstentions. */
export function formatTrecQaReport(report: TrecQaReport): string[] {
  const width = Math.max(...report.engines.map((e) => e.engine.length), 6);
  const lines = [
    `TrecQA ${path.basename(report.file)}: ${report.questions} questions, ${report.asked} asked (≥ 1 positive); ` +
      `${report.candidates} candidate sentences pooled into ${report.articles} articles → ${report.factBaseSentences} fact-base sentences; ` +
      `${report.positivesLost} asked questions have no positive left in the fact base; ${(report.ms / 1000).toFixed(1)} s`,
    `  ${'engine'.padEnd(width)}  casing      hit@1  hit@3  MRR    abstained`,
  ];
  for (const { engine, casings } of report.engines) {
    for (const casing of CASINGS) {
      const r = casings[casing];
      const label = casing === 'asWritten' ? 'as written' : 'lower case';
      lines.push(
        `  ${(casing === 'asWritten' ? engine : '').padEnd(width)}  ${label}  ${fixed(r.hitAt1)}  ${fixed(r.hitAt3)}  ${fixed(r.mrr)}  ${String(r.abstainedAnswerable.length).padStart(9)}`,
      );
    }
  }
  return lines;
}
