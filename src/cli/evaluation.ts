// The evaluation set and its scoring: how often retrieval puts a sentence that answers the
// question first (hit@1), in the top three (hit@3), how high on average (MRR), and how often
// it abstains on questions the coverage cannot answer. Any engine can be scored the same way
// through a `Ranker` (the bench compares natural's TfIdf and MiniSearch with it). Every set is
// scored twice: as written, and as people type in chat (lower case, no final punctuation).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Answer } from '../answer.js';
import { runCommand } from '../commands/index.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { answerLine } from '../pipeline.js';

export const DEFAULT_QUESTIONS_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'tests', 'eval', 'questions.json');

export const EvalQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  /** Distinctive substrings (or whole sentences) of the sentences that answer it; empty when unanswerable. */
  answers: z.array(z.string().min(1)),
  answerable: z.boolean(),
});
export type EvalQuestion = z.infer<typeof EvalQuestionSchema>;

export const EvalSetSchema = z
  .array(EvalQuestionSchema)
  .refine((set) => new Set(set.map((q) => q.id)).size === set.length, 'question ids must be unique')
  .refine((set) => set.every((q) => q.answerable === q.answers.length > 0), 'answerable questions need answers, unanswerable ones none');

export async function loadEvalQuestions(file = DEFAULT_QUESTIONS_FILE): Promise<EvalQuestion[]> {
  return EvalSetSchema.parse(JSON.parse(await readFile(file, 'utf8')));
}

/**
 * What an engine returns for a question, best first. One position may carry several
 * sentences (an answer item citing near-duplicates from several articles).
 */
export interface RankedAnswer {
  abstained: boolean;
  ranked: readonly (string | readonly string[])[];
}
/** A plain list counts as abstaining when empty. */
export type Ranker = (question: string) => RankedAnswer | readonly (string | readonly string[])[];

export interface EvalMiss {
  id: string;
  question: string;
  /** 1-based rank of the first answering position, null when none (or when it abstained). */
  rank: number | null;
  abstained: boolean;
  top: string | null;
}

export interface EvalReport {
  answerable: number;
  unanswerable: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
  /** Share of unanswerable questions on which the engine abstained. */
  abstentionRate: number;
  /** Answerable questions it abstained on: each one is a failure. */
  abstainedAnswerable: string[];
  /** Answerable questions not answered first. */
  misses: EvalMiss[];
  /** Unanswerable questions it answered anyway, with the sentence it led with. */
  falseAnswers: { id: string; question: string; top: string | null }[];
}

/** Comparison that survives typographic normalisation: quotes, apostrophes, dashes, spacing, case. */
export function normaliseForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‘’‛`´]/gu, "'")
    .replace(/[“”„]/gu, '"')
    .replace(/[‐‑‒–—]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a returned sentence answers the question. */
export type AnswerMatcher = (sentence: string, question: EvalQuestion) => boolean;

/** The default matcher: the sentence contains one of the labelled answers. */
export function answersQuestion(sentence: string, question: EvalQuestion): boolean {
  const text = normaliseForMatch(sentence);
  return question.answers.some((answer) => text.includes(normaliseForMatch(answer)));
}

const ratio = (count: number, total: number) => (total === 0 ? 0 : count / total);

export function evaluateRanking(questions: readonly EvalQuestion[], rank: Ranker, matches: AnswerMatcher = answersQuestion): EvalReport {
  const answerable = questions.filter((q) => q.answerable);
  const unanswerable = questions.filter((q) => !q.answerable);
  let hits1 = 0;
  let hits3 = 0;
  let reciprocal = 0;
  const misses: EvalMiss[] = [];
  const abstainedAnswerable: string[] = [];
  for (const question of answerable) {
    const result = normalise(rank(question.question));
    // An abstention shows the user "the coverage doesn't say": no hit, whatever it listed.
    const position = result.abstained
      ? -1
      : result.ranked.findIndex((sentences) => sentences.some((sentence) => matches(sentence, question)));
    if (result.abstained) abstainedAnswerable.push(question.id);
    if (position === 0) hits1 += 1;
    if (position >= 0 && position < 3) hits3 += 1;
    if (position >= 0) reciprocal += 1 / (position + 1);
    if (position !== 0) {
      misses.push({
        id: question.id,
        question: question.question,
        rank: position >= 0 ? position + 1 : null,
        abstained: result.abstained,
        top: result.ranked[0]?.[0] ?? null,
      });
    }
  }
  const falseAnswers: EvalReport['falseAnswers'] = [];
  for (const question of unanswerable) {
    const result = normalise(rank(question.question));
    if (!result.abstained) falseAnswers.push({ id: question.id, question: question.question, top: result.ranked[0]?.[0] ?? null });
  }
  return {
    answerable: answerable.length,
    unanswerable: unanswerable.length,
    hitAt1: ratio(hits1, answerable.length),
    hitAt3: ratio(hits3, answerable.length),
    mrr: ratio(reciprocal, answerable.length),
    abstentionRate: ratio(unanswerable.length - falseAnswers.length, unanswerable.length),
    abstainedAnswerable,
    misses,
    falseAnswers,
  };
}

function normalise(result: ReturnType<Ranker>): { abstained: boolean; ranked: (readonly string[])[] } {
  const answer: RankedAnswer = Array.isArray(result)
    ? { abstained: result.length === 0, ranked: result as readonly (string | readonly string[])[] }
    : (result as RankedAnswer);
  return { abstained: answer.abstained, ranked: answer.ranked.map((entry) => (typeof entry === 'string' ? [entry] : entry)) };
}

/** An Answer as a ranking: its items in order, each with the sentences its citations carry. */
export function rankedAnswer(answer: Answer): RankedAnswer {
  const sentenceOf = new Map(answer.citations.map((citation) => [citation.n, citation.sentence]));
  return {
    abstained: answer.abstained,
    ranked: answer.items.map((item) => item.citations.flatMap((n) => sentenceOf.get(n) ?? [])),
  };
}

/** The bot's text search alone: /ask, whatever the question's shape. */
export function askRanker(facts: LoadedFactBase): Ranker {
  return (question) => rankedAnswer(runCommand('ask', { question }, facts));
}

/** The bot as users meet it: the line routed and answered as DMs, the REPL and `ask` do. */
export function routerRanker(facts: LoadedFactBase): Ranker {
  return (question) => rankedAnswer(answerLine(question, facts));
}

export const CASINGS = ['asWritten', 'lowerCase'] as const;
export type Casing = (typeof CASINGS)[number];

/** A question as people type it in chat: lower case, without the final question mark or full stop. */
export function typedInLowerCase(question: string): string {
  return question.toLowerCase().replace(/[\s?!.]+$/u, '');
}

/** The same set scored as written and as typed in lower case (ids and labels unchanged). */
export function evaluateBothCasings(
  questions: readonly EvalQuestion[],
  rank: Ranker,
  matches: AnswerMatcher = answersQuestion,
): Record<Casing, EvalReport> {
  const lowered = questions.map((question) => ({ ...question, question: typedInLowerCase(question.question) }));
  return { asWritten: evaluateRanking(questions, rank, matches), lowerCase: evaluateRanking(lowered, rank, matches) };
}
