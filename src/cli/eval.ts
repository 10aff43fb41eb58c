// `npm run eval -- [--json] [--ask] [--misses N] [--factbase FILE | --articles DIR] [--questions FILE]`:
// scores the bot on an evaluation set (hit@1, hit@3, MRR, abstention), each question asked as
// written and as typed in chat (lower case, no final punctuation), and lists the misses of both.
// By default the question goes through the router, as DMs, the REPL and `ask` answer it;
// `--ask` forces /ask (the text search alone). `--articles` builds a fact base from a folder
// first (in a temporary file), so a held-out set can be scored on other coverage.
// `npm run eval -- --trecqa FILE [--trecqa FILE2]`: the outside benchmark instead (see
// src/eval/trecqa-eval.ts), the bot beside three baselines on the same sentences; the bot's
// misses are listed only when `--misses N` asks for them.
// A report, not a gate: exits 0 unless the inputs cannot be loaded.
import path from 'node:path';
import { commands } from '../commands/index.js';
import { factsFromArticles } from '../eval/facts.js';
import { evaluateTrecQa, formatTrecQaReport, type TrecQaReport } from '../eval/trecqa-eval.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { route, routerContextOf } from '../router.js';
import { EXIT, UsageError, loadFacts, parseArgs } from './args.js';
import {
  CASINGS,
  DEFAULT_QUESTIONS_FILE,
  askRanker,
  evaluateBothCasings,
  loadEvalQuestions,
  routerRanker,
  typedInLowerCase,
  type Casing,
  type EvalQuestion,
  type EvalReport,
  type Ranker,
} from './evaluation.js';

const USAGE = [
  'Usage: npm run eval -- [--json] [--ask] [--misses N] [--factbase FILE | --articles DIR] [--questions FILE | QUESTIONS.json]',
  '       npm run eval -- [--json] [--ask] [--misses N] --trecqa FILE [--trecqa FILE2 …]',
].join('\n');
const TARGETS = { hitAt1: 0.9, hitAt3: 0.97, abstentionRate: 0.9 } as const;
const DEFAULT_MISSES = 20;
const CASING_LABEL: Record<Casing, string> = { asWritten: 'as written', lowerCase: 'lower case' };

interface Bot {
  name: string;
  ranker: (facts: LoadedFactBase) => Ranker;
}
const ROUTER: Bot = { name: 'bot (router)', ranker: routerRanker };
const ASK: Bot = { name: 'bot (/ask)', ranker: askRanker };

function routedCommands(questions: readonly string[], facts: LoadedFactBase): Record<string, number> {
  const context = routerContextOf(facts);
  const counts: Record<string, number> = {};
  for (const question of questions) {
    const routed = route(question, commands, context);
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

/** Every value of a repeatable flag. */
function takeFlags(argv: string[], name: string): string[] {
  const values: string[] = [];
  for (let value = takeFlag(argv, name); value !== undefined; value = takeFlag(argv, name)) values.push(value);
  return values;
}

/** Takes a value-less `--NAME` out of argv (before `--`). */
function takeSwitch(argv: string[], name: string): boolean {
  const end = argv.includes('--') ? argv.indexOf('--') : argv.length;
  const at = argv.slice(0, end).indexOf(`--${name}`);
  if (at >= 0) argv.splice(at, 1);
  return at >= 0;
}

interface Options {
  json: boolean;
  help: boolean;
  bot: Bot;
  /** Misses listed per casing; undefined: the default (none for TrecQA). */
  misses: number | undefined;
  questionsFile: string;
  articlesDir: string | undefined;
  factbase: string | undefined;
  trecqa: string[];
}

function parseOptions(argv: readonly string[]): Options {
  const rest = [...argv];
  const questionsFile = takeFlag(rest, 'questions');
  const articlesDir = takeFlag(rest, 'articles');
  const missesText = takeFlag(rest, 'misses');
  const trecqa = takeFlags(rest, 'trecqa');
  const ask = takeSwitch(rest, 'ask');
  const args = parseArgs(rest, ['json', 'factbase']);
  if (articlesDir !== undefined && args.factbase !== undefined) throw new UsageError('give --factbase or --articles, not both');
  if (trecqa.length > 0 && (articlesDir !== undefined || args.factbase !== undefined || questionsFile !== undefined || args.positional.length > 0)) {
    throw new UsageError('--trecqa brings its own sentences and questions: no --articles, --factbase or --questions with it');
  }
  if (missesText !== undefined && !/^\d+$/u.test(missesText)) throw new UsageError('--misses needs a whole number');
  return {
    json: args.json,
    help: args.help,
    bot: ask ? ASK : ROUTER,
    misses: missesText === undefined ? undefined : Number(missesText),
    questionsFile: questionsFile ?? args.positional[0] ?? DEFAULT_QUESTIONS_FILE,
    articlesDir,
    factbase: args.factbase,
    trecqa,
  };
}

/** The misses of one casing, at most `limit` lines of each kind. */
function missLines(report: EvalReport, casing: Casing, limit: number): string[] {
  const lines: string[] = [];
  const more = (total: number) => (total > limit ? [`  … and ${total - limit} more (--misses N shows more)`] : []);
  if (report.misses.length > 0 && limit > 0) {
    lines.push('', `Not answered first (${CASING_LABEL[casing]}):`);
    for (const miss of report.misses.slice(0, limit)) {
      const where = miss.abstained ? 'abstained' : miss.rank === null ? 'not found' : `rank ${miss.rank}`;
      lines.push(`  ${miss.id} [${where}] ${miss.question}`, `      top: ${quote(miss.top)}`);
    }
    lines.push(...more(report.misses.length));
  }
  if (report.falseAnswers.length > 0 && limit > 0) {
    lines.push('', `Answered although the coverage does not say (${CASING_LABEL[casing]}):`);
    for (const wrong of report.falseAnswers.slice(0, limit)) lines.push(`  ${wrong.id} ${wrong.question}`, `      top: ${quote(wrong.top)}`);
    lines.push(...more(report.falseAnswers.length));
  }
  return lines;
}

function formatSetReport(
  file: string,
  bot: Bot,
  casings: Record<Casing, EvalReport>,
  routed: Record<Casing, Record<string, number>>,
  ms: number,
  misses: number,
): string {
  const { asWritten, lowerCase } = casings;
  const row = (label: string, value: (r: EvalReport) => number, target: number | undefined, show = fixed) => {
    const [a, b] = [value(asWritten), value(lowerCase)];
    // A target of 0 is a ceiling (no answerable question abstained), any other a floor.
    const met = target === 0 ? a === 0 && b === 0 : target === undefined || (a >= target && b >= target);
    const verdict = target === undefined ? '' : `  target ${target === 0 ? '0' : `≥ ${target}`}  ${met ? 'ok' : 'BELOW TARGET'}`;
    return `  ${label.padEnd(22)}${show(a).padEnd(12)}${show(b).padEnd(10)}${verdict}`.trimEnd();
  };
  const lines = [
    `Evaluation of the ${bot.name} on ${path.basename(file)}: ${asWritten.answerable} answerable, ${asWritten.unanswerable} unanswerable questions, ${ms} ms`,
    `  ${''.padEnd(22)}as written  lower case`,
  ];
  if (asWritten.answerable > 0) {
    lines.push(
      row('hit@1', (r) => r.hitAt1, TARGETS.hitAt1),
      row('hit@3', (r) => r.hitAt3, TARGETS.hitAt3),
      row('MRR', (r) => r.mrr, undefined),
    );
  }
  if (asWritten.unanswerable > 0) lines.push(row('abstention', (r) => r.abstentionRate, TARGETS.abstentionRate));
  if (asWritten.answerable > 0) {
    lines.push(row('answerable abstained', (r) => r.abstainedAnswerable.length, 0, String));
    for (const casing of CASINGS) {
      const ids = casings[casing].abstainedAnswerable;
      if (ids.length > 0) lines.push(`    ${CASING_LABEL[casing]}: ${ids.join(', ')}`);
    }
  }
  for (const casing of CASINGS) {
    lines.push(`  router sends them (${CASING_LABEL[casing]}) to: ${Object.entries(routed[casing]).map(([name, n]) => `/${name} ${n}`).join(', ')}`);
  }
  for (const casing of CASINGS) lines.push(...missLines(casings[casing], casing, misses));
  return lines.join('\n');
}

async function runSet(options: Options): Promise<number> {
  let facts: LoadedFactBase;
  let questions: EvalQuestion[];
  try {
    const loading = options.articlesDir !== undefined ? factsFromArticles(options.articlesDir) : loadFacts(options.factbase);
    [facts, questions] = await Promise.all([loading, loadEvalQuestions(options.questionsFile)]);
  } catch (error) {
    console.error(`eval: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return EXIT.factBase;
  }
  const started = performance.now();
  const casings = evaluateBothCasings(questions, options.bot.ranker(facts));
  const ms = Math.round(performance.now() - started);
  const asked = questions.map((q) => q.question);
  const routed = { asWritten: routedCommands(asked, facts), lowerCase: routedCommands(asked.map(typedInLowerCase), facts) };
  if (options.json) {
    console.log(JSON.stringify({ ranker: options.bot.name, questions: options.questionsFile, casings, routed, targets: TARGETS, ms }));
  } else {
    console.log(formatSetReport(options.questionsFile, options.bot, casings, routed, ms, options.misses ?? DEFAULT_MISSES));
  }
  return EXIT.ok;
}

async function runTrecQa(options: Options): Promise<number> {
  const reports: TrecQaReport[] = [];
  for (const file of options.trecqa) {
    try {
      reports.push(await evaluateTrecQa(file, options.bot));
    } catch (error) {
      console.error(`eval: ${file}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      return EXIT.factBase;
    }
    const report = reports.at(-1)!;
    if (options.json) continue;
    const lines = formatTrecQaReport(report);
    const bot = report.engines[0];
    if (bot !== undefined) for (const casing of CASINGS) lines.push(...missLines(bot.casings[casing], casing, options.misses ?? 0));
    console.log(`${lines.join('\n')}\n`);
  }
  if (options.json) console.log(JSON.stringify({ ranker: options.bot.name, trecqa: reports }));
  return EXIT.ok;
}

async function main(argv: readonly string[]): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`eval: ${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (options.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  return options.trecqa.length > 0 ? runTrecQa(options) : runSet(options);
}

process.exitCode = await main(process.argv.slice(2));
