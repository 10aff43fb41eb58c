// A small coverage written for a test, built through the real pipeline (reading, cleaning,
// splitting, extractors, index) and loaded back from a saved file, as the bot would load it.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import { answerLine } from '../../src/pipeline.js';
import { rankSentences } from '../../src/query/rank.js';
import { analyseQuery } from '../../src/query/relevance.js';
import { buildFactBase } from '../../src/ingest/build.js';
import { bothCasings } from './casings.js';
import { loadViaFile } from './factbase-file.js';

/** Builds the articles (file name → text) in a temporary folder, removed once loaded. */
export async function builtCoverage(articles: Readonly<Record<string, string>>): Promise<LoadedFactBase> {
  const dir = await mkdtemp(path.join(tmpdir(), 'built-coverage-'));
  try {
    const articlesDir = path.join(dir, 'articles');
    await mkdir(articlesDir);
    await Promise.all(Object.entries(articles).map(([name, text]) => writeFile(path.join(articlesDir, name), text)));
    return await loadViaFile((await buildFactBase(articlesDir)).factBase);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The articles built once before the file's tests run: `facts()` is the loaded fact base,
 * `first(question)` the text of the first item the bot answers the question with (as a DM would; '' when it declines),
 * `firstOrDecline(question)` that text, or "declined: " and the decline's message,
 * `ranked(question)` the texts of the sentences ranked for it, best first (evidence or not),
 * `answered(question)` the texts of the items it answers with (failing when it declines).
 */
export function coverageForTests(articles: Readonly<Record<string, string>>): {
  facts: () => LoadedFactBase;
  first: (question: string) => string;
  firstOrDecline: (question: string) => string;
  ranked: (question: string) => string[];
  answered: (question: string) => string[];
} {
  let built: LoadedFactBase | undefined;
  beforeAll(async () => {
    built = await builtCoverage(articles);
  }, 30_000);
  const facts = () => {
    if (built === undefined) throw new Error('the coverage is built before the tests run');
    return built;
  };
  return {
    facts,
    first: (question) => answeredFirst(question, facts()),
    firstOrDecline: (question) => firstOrDecline(question, facts()),
    ranked: (question) => rankSentences(analyseQuery(question, facts()), facts()).map((hit) => facts().sentence(hit.sentenceId).text),
    answered: (question) => answeredTexts(question, facts()),
  };
}

/** The texts of the items the bot answers the question with; the test fails, showing why, when it declines. */
export function answeredTexts(question: string, facts: LoadedFactBase): string[] {
  const answer = answerLine(question, facts);
  expect(answer.abstained, answer.message ?? '').toBe(false);
  return answer.items.map((item) => item.text);
}

/**
 * The text of the first item the bot answers the question with, and '' when it declines: a
 * decline lists its closest sentences as items, which are no answer.
 */
export function answeredFirst(question: string, facts: LoadedFactBase): string {
  const answer = answerLine(question, facts);
  return answer.abstained ? '' : (answer.items[0]?.text ?? '');
}

/** The text of the first item the bot answers the question with, or "declined: " and the message it declines with. */
export function firstOrDecline(question: string, facts: LoadedFactBase): string {
  const answer = answerLine(question, facts);
  return answer.abstained ? `declined: ${answer.message ?? ''}` : (answer.items[0]?.text ?? '');
}

/** In both casings, the bot answers `question` first with `expected`: an answer, never a decline's closest sentence. */
export function expectAnsweredFirst(facts: LoadedFactBase, question: string, expected: string): void {
  for (const typed of bothCasings(question)) expect(answeredFirst(typed, facts), typed).toBe(expected);
}

/**
 * In both casings, one test each: `declined` is declined, and `kept` is still answered first with
 * `answer` — a decline rule must not cost the answers it should keep.
 */
export function declinesButKeeps(facts: () => LoadedFactBase, declined: string, kept: string, answer: string): void {
  const [declinedAsWritten, declinedLower] = bothCasings(declined);
  const [keptAsWritten, keptLower] = bothCasings(kept);
  it.each([
    [declinedAsWritten!, keptAsWritten!],
    [declinedLower!, keptLower!],
  ])('%j THEN it declines, and %j is answered', (off, on) => {
    const declinedAnswer = answerLine(off, facts());
    expect(declinedAnswer.abstained, declinedAnswer.items[0]?.text).toBe(true);
    const keptAnswer = answerLine(on, facts());
    expect(keptAnswer.abstained).toBe(false);
    expect(keptAnswer.items[0]?.text).toBe(answer);
  });
}
