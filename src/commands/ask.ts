// /ask — a free question answered with the best few sentences from the coverage, each
// cited, near-duplicates shown once. Abstains when no sentence carries enough of what the
// question is about (see relevance.ts), offering the closest sentences labelled as such.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../knowledge/date-format.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import { CitationBook, groupKey } from './cite.js';
import { AVAILABLE_EVERYWHERE, MAX_TEXT_LENGTH, PRECISION_RANK, requiredText } from './options.js';
import { MIN_COVERAGE, analyseQuery, coverage, expandedQuery, type Concept } from './relevance.js';
import { abstained, answered, listing, requestLine } from './respond.js';
import type { Command } from './types.js';

const data = {
  name: 'ask',
  description: 'Ask a question; the answer is sentences quoted from the coverage, with sources',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question (e.g. How much military aid has the US given Ukraine?)',
      required: true,
      min_length: 1,
      max_length: MAX_TEXT_LENGTH,
    },
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({ question: requiredText('question', MAX_TEXT_LENGTH) });
export type AskOptions = z.infer<typeof options>;

/** At most this many sentences answer a question. */
export const MAX_ANSWERS = 5;
/** Sentences offered as "closest" when abstaining. */
const MAX_CLOSEST = 3;
/** Candidates taken from the index before re-ranking by coverage. */
const CANDIDATES = 50;

export interface RankedSentence {
  sentenceId: number;
  score: number;
  coverage: number;
}

/**
 * Index hits re-ranked so that a sentence covering more of the question wins over one that
 * repeats a single rare word: by coverage, then by score; one sentence per near-duplicate group.
 */
export function rankSentences(
  question: string,
  concepts: readonly Concept[],
  facts: LoadedFactBase,
  filter?: (sentenceId: number) => boolean,
): RankedSentence[] {
  const hits = facts.index.search(expandedQuery(question, concepts), {
    limit: CANDIDATES,
    ...(filter ? { filter } : {}),
  });
  const ranked = hits
    .map((hit) => ({ ...hit, coverage: coverage(concepts, hit.sentenceId, facts) }))
    .sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.sentenceId - b.sentenceId);
  const seen = new Set<number>();
  return ranked.filter((hit) => {
    const group = groupKey(facts, hit.sentenceId);
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

function sentenceItem(hit: RankedSentence, facts: LoadedFactBase, book: CitationBook, closest: boolean): AnswerItem {
  const sentence = facts.sentence(hit.sentenceId);
  // The date the sentence itself states (its citation carries the article's own date).
  const stated = facts.data.events
    .filter((event) => event.sentenceId === hit.sentenceId)
    .sort((a, b) => PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision])[0];
  return {
    text: sentence.text,
    ...(stated ? { date: formatDateRef(stated.date) } : {}),
    citations: book.cite(hit.sentenceId),
    score: Number(hit.score.toFixed(4)),
    coverage: Number(hit.coverage.toFixed(3)),
    ...(closest ? { closest: true } : {}),
  };
}

function run(opts: AskOptions, facts: LoadedFactBase) {
  const head = { command: 'ask', query: requestLine('ask', { question: opts.question }), title: opts.question };
  const { concepts, unknownNames } = analyseQuery(opts.question, facts);
  if (concepts.length === 0) {
    return abstained(head, 'The question has no words to search for: ask about a person, a place, an event or a figure.');
  }
  const ranked = rankSentences(opts.question, concepts, facts);
  const answers = unknownNames.length > 0 ? [] : ranked.filter((hit) => hit.coverage >= MIN_COVERAGE).slice(0, MAX_ANSWERS);
  const book = new CitationBook(facts);
  if (answers.length === 0) {
    const closest = ranked.slice(0, MAX_CLOSEST).map((hit) => sentenceItem(hit, facts, book, true));
    const why = unknownNames.length > 0 ? `it never mentions ${listing(unknownNames)}` : 'no sentence answers it';
    const offer = closest.length > 0 ? ' The closest sentences are below; they do not answer it.' : '';
    return abstained(head, `The coverage doesn't say: ${why}.${offer}`, { items: closest, book });
  }
  return answered(
    head,
    answers.map((hit) => sentenceItem(hit, facts, book, false)),
    book,
  );
}

export const ask: Command<AskOptions> = { data, options, run };
