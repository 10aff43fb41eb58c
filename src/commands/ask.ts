// /ask — a free question answered with the best few sentences from the coverage, each
// cited, near-duplicates shown once. Abstains when no sentence carries enough of what the
// question is about (see relevance.ts), offering the closest sentences labelled as such.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../knowledge/date-format.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import type { DatedEvent } from '../knowledge/schema.js';
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
/**
 * How much the index score counts next to coverage when ranking (scores are scaled so the best
 * candidate's is 1): enough to order sentences of about equal coverage, never to outrank one that
 * covers clearly more of the question.
 */
const SCORE_SHARE = 0.1;
/**
 * The best hits' following sentences in their paragraph join the candidates: they often answer
 * with "he", "it", "the package" what the hit introduced, so the index alone misses them.
 */
const NEIGHBOUR_SOURCES = 10;
const NEIGHBOURS_PER_SOURCE = 2;

export interface RankedSentence {
  sentenceId: number;
  score: number;
  coverage: number;
}

/**
 * Index hits (and the sentences that follow the best of them in their paragraph) re-ranked so
 * that a sentence covering more of the question wins over one that repeats a single rare word:
 * by coverage plus a small share of the index score; one sentence per near-duplicate group.
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
  const top = hits[0]?.score || 1;
  const key = (hit: RankedSentence) => hit.coverage + SCORE_SHARE * (hit.score / top);
  const ranked = withNeighbours(hits, facts, filter)
    .map((hit) => ({ ...hit, coverage: coverage(concepts, hit.sentenceId, facts, true) }))
    .sort((a, b) => key(b) - key(a) || b.score - a.score || a.sentenceId - b.sentenceId);
  const seen = new Set<number>();
  return ranked.filter((hit) => {
    const group = groupKey(facts, hit.sentenceId);
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

function withNeighbours(
  hits: readonly { sentenceId: number; score: number }[],
  facts: LoadedFactBase,
  filter: ((sentenceId: number) => boolean) | undefined,
): { sentenceId: number; score: number }[] {
  const all = [...hits];
  const present = new Set(hits.map((hit) => hit.sentenceId));
  for (const hit of hits.slice(0, NEIGHBOUR_SOURCES)) {
    const source = facts.sentence(hit.sentenceId);
    for (let id = hit.sentenceId + 1; id <= hit.sentenceId + NEIGHBOURS_PER_SOURCE && id < facts.data.sentences.length; id++) {
      const next = facts.sentence(id);
      if (next.articleId !== source.articleId || next.paragraph !== source.paragraph) break;
      if (present.has(id) || (filter && !filter(id))) continue;
      present.add(id);
      all.push({ sentenceId: id, score: 0 });
    }
  }
  return all;
}

// Per fact base: each sentence's most precise stated date, so an answer never scans all events.
const statedCache = new WeakMap<LoadedFactBase, ReadonlyMap<number, DatedEvent>>();
function statedDates(facts: LoadedFactBase): ReadonlyMap<number, DatedEvent> {
  let stated = statedCache.get(facts);
  if (stated === undefined) {
    const best = new Map<number, DatedEvent>();
    for (const event of facts.data.events) {
      const known = best.get(event.sentenceId);
      if (known === undefined || PRECISION_RANK[event.date.precision] < PRECISION_RANK[known.date.precision]) best.set(event.sentenceId, event);
    }
    stated = best;
    statedCache.set(facts, stated);
  }
  return stated;
}

function sentenceItem(hit: RankedSentence, facts: LoadedFactBase, book: CitationBook, closest: boolean): AnswerItem {
  const sentence = facts.sentence(hit.sentenceId);
  // The date the sentence itself states (its citation carries the article's own date).
  const stated = statedDates(facts).get(hit.sentenceId);
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
