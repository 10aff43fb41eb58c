// Interactive answers: `npm run repl -- [--factbase FILE]`. The same router and commands as
// `ask` and the DM handler, follow-ups too ("and france" after a question); history (kept in
// data/.repl_history on a terminal), tab completion of commands, option names and option values,
// /quit or Ctrl-D to leave.
import { appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface, type Completer } from 'node:readline';
import type { LoadedFactBase } from '../factbase/persist.js';
import { renderText } from '../render/text.js';
import { answerLine } from '../pipeline.js';
import { MemoryConversations } from '../store/conversations.js';
import { DEFAULT_FACTBASE_FILE } from '../factbase/location.js';
import { EXIT, UsageError, loadFacts, loadFailure, parseArgs } from './args.js';
import { writeChartFile } from './chart-file.js';
import { completions } from './complete.js';

const USAGE = 'Usage: npm run repl -- [--factbase FILE] [--chart FILE.png]   (--chart: each /aid or /timeline answer is also drawn to FILE)';
const HISTORY_FILE = path.join(path.dirname(DEFAULT_FACTBASE_FILE), '.repl_history');
const HISTORY_SIZE = 500;
const QUIT = new Set(['/quit', '/exit', 'quit', 'exit']);

function loadHistory(): string[] {
  try {
    // readline wants the newest entry first.
    return readFileSync(HISTORY_FILE, 'utf8').split('\n').filter(Boolean).slice(-HISTORY_SIZE).reverse();
  } catch {
    return [];
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['factbase', 'chart']);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`repl: ${error.message}\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.help || args.positional.length > 0) {
    (args.help ? console.log : console.error)(USAGE);
    return args.help ? EXIT.ok : EXIT.usage;
  }
  let facts: LoadedFactBase;
  try {
    facts = await loadFacts(args.factbase);
  } catch (error) {
    console.error(`repl: ${loadFailure(error, args.factbase)}`);
    return EXIT.factBase;
  }

  const interactive = process.stdin.isTTY === true;
  const color = process.stdout.isTTY === true;
  const completer: Completer = (line) => completions(line, facts);
  const rl = createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: interactive,
    completer,
    history: interactive ? loadHistory() : [],
    historySize: HISTORY_SIZE,
    removeHistoryDuplicates: true,
  });
  if (interactive) {
    console.log(`Coverage bot — ${facts.data.articles.length} articles, ${facts.data.sentences.length} sentences. Ask a question, or /help. /quit or Ctrl-D to leave.`);
  }
  // One conversation for the session: "and france" follows up the question before it.
  const conversation = { conversations: new MemoryConversations(), id: 'repl' };
  rl.setPrompt(color ? '\x1b[1m>\x1b[0m ' : '> ');
  if (interactive) rl.prompt();
  for await (const line of rl) {
    const input = line.trim();
    if (QUIT.has(input.toLowerCase())) break;
    if (input !== '') {
      // Only a person at a terminal builds history worth keeping; piped input would flood it.
      if (interactive) appendFileSync(HISTORY_FILE, `${input.replace(/\n/gu, ' ')}\n`);
      console.log(renderText(answerLine(input, facts, conversation), { color }));
      if (args.chart !== undefined) console.log(await writeChartFile(input, facts, args.chart));
      console.log('');
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return EXIT.ok;
}

process.exitCode = await main(process.argv.slice(2));
