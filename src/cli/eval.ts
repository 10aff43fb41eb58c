// `npm run eval -- [--json] [--factbase FILE | --articles DIR] [--questions FILE]`: scores /ask
// on an evaluation set (hit@1, hit@3, MRR, abstention) and lists every miss, plus which command
// the router would pick for each question. `--articles` builds a fact base from a folder first
// (in a temporary file), so a held-out set can be scored on other coverage. A report, not a
// gate: exits 0 unless the inputs cannot be loaded.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { commands } from '../commands/index.js';
import { buildFactBase } from '../knowledge/build.js';
import { loadFactBase, saveFactBase, type LoadedFactBase } from '../knowledge/factbase.js';
import { route, routerContextOf } from '../router.js';
import { EXIT, UsageError, loadFacts, parseArgs } from './args.js';
import { DEFAULT_QUESTIONS_FILE, askRanker, evaluateRanking, loadEvalQuestions, type EvalQuestion } from './evaluation.js';

const USAGE = 'Usage: npm run eval -- [--json] [--factbase FILE | --articles DIR] [--questions FILE | QUESTIONS.json]';
const TARGETS = { hitAt1: 0.9, hitAt3: 0.97, abstentionRate: 0.9 } as const;

function routedCommands(questions: readonly EvalQuestion[], facts: LoadedFactBase): Record<string, number> {
  const context = routerContextOf(facts);
  const counts: Record<string, number> = {};
  for (const question of questions) {
    const routed = route(question.question, commands, context);
    const name = 'error' in routed ? 'error' : routed.command;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}

const fixed = (value: number) => value.toFixed(3);
const quote = (text: string | null) => (text === null ? '(nothing)' : `"${text.length > 110 ? `${text.slice(0, 109)}…` : text}"`);

/** Takes `--NAME VALUE` / `--NAME=VALUE` out of argv (before `--`); the rest goes to parseArgs. */
function takeFlag(argv: string[], name: string): string | undefined {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  for (let i = 0; i < end; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === `--${name}`) {
      const value = argv[i + 1];
      if (value === undefined || value === '' || i + 1 >= end) throw new UsageError(`--${name} needs a value`);
      argv.splice(i, 2);
      return value;
    }
    if (arg.startsWith(`--${name}=`)) {
      argv.splice(i, 1);
      const value = arg.slice(name.length + 3);
      if (value === '') throw new UsageError(`--${name} needs a value`);
      return value;
    }
  }
  return undefined;
}

/** A fact base built from `articlesDir`, through the same save/load path the bot uses. */
async function factsFromArticles(articlesDir: string): Promise<LoadedFactBase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eval-facts-'));
  try {
    const file = path.join(dir, 'factbase.json');
    await saveFactBase((await buildFactBase(articlesDir)).factBase, file);
    return await loadFactBase(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  let questionsFile: string | undefined;
  let articlesDir: string | undefined;
  try {
    const rest = [...argv];
    questionsFile = takeFlag(rest, 'questions');
    articlesDir = takeFlag(rest, 'articles');
    args = parseArgs(rest, ['json', 'factbase']);
    if (articlesDir !== undefined && args.factbase !== undefined) throw new UsageError('give --factbase or --articles, not both');
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`eval: ${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  const file = questionsFile ?? args.positional[0] ?? DEFAULT_QUESTIONS_FILE;
  let facts: LoadedFactBase;
  let questions: EvalQuestion[];
  try {
    const loading = articlesDir !== undefined ? factsFromArticles(articlesDir) : loadFacts(args.factbase);
    [facts, questions] = await Promise.all([loading, loadEvalQuestions(file)]);
  } catch (error) {
    console.error(`eval: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return EXIT.factBase;
  }

  const started = performance.now();
  const report = evaluateRanking(questions, askRanker(facts));
  const ms = Math.round(performance.now() - started);
  const routed = routedCommands(questions, facts);

  if (args.json) {
    console.log(JSON.stringify({ ...report, routed, targets: TARGETS, ms }));
    return EXIT.ok;
  }
  const verdict = (value: number, target: number) => (value >= target ? 'ok' : 'BELOW TARGET');
  const lines = [
    `Evaluation of /ask: ${report.answerable} answerable, ${report.unanswerable} unanswerable questions, ${ms} ms`,
    `  hit@1       ${fixed(report.hitAt1)}  target ≥ ${TARGETS.hitAt1}  ${verdict(report.hitAt1, TARGETS.hitAt1)}`,
    `  hit@3       ${fixed(report.hitAt3)}  target ≥ ${TARGETS.hitAt3}  ${verdict(report.hitAt3, TARGETS.hitAt3)}`,
    `  MRR         ${fixed(report.mrr)}`,
    `  abstention  ${fixed(report.abstentionRate)}  target ≥ ${TARGETS.abstentionRate}  ${verdict(report.abstentionRate, TARGETS.abstentionRate)}`,
    `  answerable questions abstained on: ${report.abstainedAnswerable.length}${report.abstainedAnswerable.length > 0 ? ` (${report.abstainedAnswerable.join(', ')})` : ''}`,
    `  router would send them to: ${Object.entries(routed).map(([name, n]) => `/${name} ${n}`).join(', ')}`,
  ];
  if (report.misses.length > 0) {
    lines.push('', 'Not answered first:');
    for (const miss of report.misses) {
      const where = miss.abstained ? 'abstained' : miss.rank === null ? 'not found' : `rank ${miss.rank}`;
      lines.push(`  ${miss.id} [${where}] ${miss.question}`, `      top: ${quote(miss.top)}`);
    }
  }
  if (report.falseAnswers.length > 0) {
    lines.push('', 'Answered although the coverage does not say:');
    for (const wrong of report.falseAnswers) lines.push(`  ${wrong.id} ${wrong.question}`, `      top: ${quote(wrong.top)}`);
  }
  console.log(lines.join('\n'));
  return EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
