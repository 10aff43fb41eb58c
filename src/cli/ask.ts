// One-shot answers: `npm run ask -- [--json] [--factbase FILE] "<input>"`, or `-` to answer
// one input per stdin line (one JSON line each with --json). stdout carries only answers;
// notes and errors go to stderr. Exit: 0 answered (abstentions too), 1 bad input or usage,
// 2 the fact base cannot be loaded.
import type { Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { renderText } from '../render/text.js';
import { answerLine } from '../pipeline.js';
import { EXIT, UsageError, loadFacts, loadFailure, parseArgs } from './args.js';
import { inputLines } from './lines.js';
import { writeChartFile } from './chart-file.js';

const USAGE = `Usage: npm run ask -- [--json] [--factbase FILE] [--chart FILE.png] [--now YYYY-MM-DD] "<question or /command>"
       npm run ask -- [--json] [--factbase FILE] [--now YYYY-MM-DD] -    (one input per stdin line)`;

function isBadRequest(answer: Answer): boolean {
  return answer.error === 'bad-input' || answer.error === 'unknown-command' || answer.error === 'internal';
}

function show(answer: Answer, json: boolean): string {
  return json ? JSON.stringify(answer) : renderText(answer, { color: process.stdout.isTTY === true });
}

async function answerStdin(facts: LoadedFactBase, json: boolean, now: Date | undefined): Promise<number> {
  let code: number = EXIT.ok;
  let first = true;
  for await (const line of inputLines(process.stdin)) {
    const answer = answerLine(line, facts, undefined, now);
    if (isBadRequest(answer)) code = EXIT.usage;
    // JSONL: one line per answer. Text: a blank line between answers.
    process.stdout.write(`${json || first ? '' : '\n'}${show(answer, json)}\n`);
    first = false;
  }
  return code;
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['json', 'factbase', 'chart', 'now']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ask: ${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.help) {
    console.log(USAGE);
    return EXIT.ok;
  }
  // Unquoted words are one question: `npm run ask -- who is haraldsen`.
  const input = args.positional.join(' ');
  if (input.trim() === '') {
    console.error(`ask: give a question or a /command\n${USAGE}`);
    return EXIT.usage;
  }

  let facts: LoadedFactBase;
  try {
    facts = await loadFacts(args.factbase);
  } catch (error) {
    // Any failure here is about the fact base or the articles it is built from.
    console.error(`ask: ${loadFailure(error, args.factbase)}`);
    return EXIT.factBase;
  }

  if (input === '-') return answerStdin(facts, args.json, args.now);
  const answer = answerLine(input, facts, undefined, args.now);
  process.stdout.write(`${show(answer, args.json)}\n`);
  if (args.chart !== undefined) console.error(await writeChartFile(input, facts, args.chart));
  return isBadRequest(answer) ? EXIT.usage : EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
