// /timeline — dated events in chronological order, each at the precision its sentence
// supports, one line per sentence (or near-duplicate group), optionally narrowed to a topic
// through the index, paged to fit a Discord embed.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../knowledge/date-format.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import type { DatedEvent } from '../knowledge/schema.js';
import { CitationBook, groupKey } from './cite.js';
import { AVAILABLE_EVERYWHERE, DATE_RANGE_OPTIONS, MAX_PAGE, MAX_TEXT_LENGTH, PRECISION_RANK, checkDateOrder, dateBound, optionalText, pageNumber, spanOf, withinBounds } from './options.js';
import { MIN_COVERAGE, analyseQuery, coverage, expandedQuery } from './relevance.js';
import { abstained, answered, count, failed, requestLine } from './respond.js';
import type { Command } from './types.js';

/** Events per page: each line is a sentence of up to a few hundred characters plus its date. */
export const PAGE_SIZE = 8;

const data = {
  name: 'timeline',
  description: 'Dated events from the coverage in chronological order',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'topic',
      description: 'Only events about this (e.g. summit, North Korea)',
      max_length: MAX_TEXT_LENGTH,
    },
    ...DATE_RANGE_OPTIONS,
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'page',
      description: 'Page number (default 1)',
      min_value: 1,
      max_value: MAX_PAGE,
    },
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({
    topic: optionalText('topic', MAX_TEXT_LENGTH),
    from: dateBound('from'),
    to: dateBound('to'),
    page: pageNumber('page'),
  })
  .superRefine(checkDateOrder);
export type TimelineOptions = z.infer<typeof options>;

function chronological(a: DatedEvent, b: DatedEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.sentenceId - b.sentenceId || a.id - b.id;
}

/**
 * One event per near-duplicate group. A sentence with several dates is placed at the day it
 * names, if it names one: that is when the reported thing happened, while year-only mentions
 * point elsewhere ("Yesterday, an official said … until after the 2024 election"). Otherwise
 * it keeps its latest date (news reports the event and looks back: "the 2024 summit … since
 * April 1949"); between dates with the same start, the most precise.
 */
function onePerGroup(events: readonly DatedEvent[], facts: LoadedFactBase): DatedEvent[] {
  const chosen = new Map<number, DatedEvent>();
  for (const event of events) {
    const group = groupKey(facts, event.sentenceId);
    const current = chosen.get(group);
    if (current === undefined || placesBetter(event, current)) chosen.set(group, event);
  }
  return [...chosen.values()];
}

function placesBetter(candidate: DatedEvent, current: DatedEvent): boolean {
  const candidateDay = candidate.date.precision === 'day';
  const currentDay = current.date.precision === 'day';
  if (candidateDay !== currentDay) return candidateDay;
  const order = candidate.date.start.localeCompare(current.date.start);
  return order > 0 || (order === 0 && PRECISION_RANK[candidate.date.precision] < PRECISION_RANK[current.date.precision]);
}

/** Groups whose sentences are about the topic: enough of the topic's weighted concepts in one sentence. */
function topicGroups(topic: string, events: readonly DatedEvent[], facts: LoadedFactBase): Set<number> {
  const eventGroups = new Set(events.map((event) => groupKey(facts, event.sentenceId)));
  const { concepts, unknownNames } = analyseQuery(topic, facts);
  if (concepts.length === 0 || unknownNames.length > 0) return new Set();
  const hits = facts.index.search(expandedQuery(topic, concepts), {
    limit: eventGroups.size * 4 + 10,
    filter: (id) => eventGroups.has(groupKey(facts, id)),
  });
  return new Set(
    hits.filter((hit) => coverage(concepts, hit.sentenceId, facts) >= MIN_COVERAGE).map((hit) => groupKey(facts, hit.sentenceId)),
  );
}

function coverageSpan(events: readonly DatedEvent[]): string {
  const sorted = [...events].sort(chronological);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return '';
  return ` Its events run from ${formatDateRef(first.date)} to ${formatDateRef(last.date)}.`;
}

function run(opts: TimelineOptions, facts: LoadedFactBase) {
  const head = {
    command: 'timeline',
    query: requestLine('timeline', {
      topic: opts.topic,
      from: opts.from?.text,
      to: opts.to?.text,
      page: opts.page > 1 ? opts.page : undefined,
    }),
    title: opts.topic ? `Timeline: ${opts.topic}` : 'Timeline',
  };
  const all = facts.data.events;
  if (all.length === 0) return abstained(head, 'The coverage has no dated events.');

  // Each sentence is placed at its own date first, so a coarse background date ("2024") cannot
  // pull it into a window its event is not in.
  const inRange = onePerGroup(all, facts).filter((event) => {
    const span = spanOf(event.date);
    return withinBounds(span.first, span.last, opts.from, opts.to);
  });
  const onTopic = opts.topic === undefined ? null : topicGroups(opts.topic, inRange, facts);
  const events = (onTopic === null ? inRange : inRange.filter((event) => onTopic.has(groupKey(facts, event.sentenceId)))).sort(
    chronological,
  );

  if (events.length === 0) {
    const what = [opts.topic ? `about “${opts.topic}”` : '', opts.from ? `from ${opts.from.text}` : '', opts.to ? `to ${opts.to.text}` : '']
      .filter(Boolean)
      .join(' ');
    return abstained(head, `The coverage has no dated events ${what}.${coverageSpan(all)}`);
  }

  const total = Math.ceil(events.length / PAGE_SIZE);
  if (opts.page > total) {
    return failed(head, 'bad-input', `Page ${opts.page} is past the end: this timeline has ${count(total, 'page')}.`);
  }
  const book = new CitationBook(facts);
  const items: AnswerItem[] = events.slice((opts.page - 1) * PAGE_SIZE, opts.page * PAGE_SIZE).map((event) => ({
    text: facts.sentence(event.sentenceId).text,
    date: formatDateRef(event.date),
    citations: book.cite(event.sentenceId),
    start: event.date.start,
    ...(event.date.end ? { end: event.date.end } : {}),
    precision: event.date.precision,
    dateText: event.date.text,
  }));
  return answered(head, items, book, {
    message: `${count(events.length, 'event')}, oldest first.`,
    page: { number: opts.page, total },
  });
}

export const timeline: Command<TimelineOptions> = { data, options, run };
