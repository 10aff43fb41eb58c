// /timeline — dated events in chronological order, each at the precision its sentence
// supports, one line per sentence (or near-duplicate group), optionally narrowed to a topic
// through the index, paged to fit a Discord embed.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../factbase/date-format.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { chartEvent, dayNumber, packEvents, pickEvents, sourceLineOf, type ChartData, type EventColumns } from '../chart-data.js';
import type { Period } from '../query/periods.js';
import { analyseQuery } from '../query/relevance.js';
import { CitationBook, citedSentences } from './cite.js';
import { isBounded, outsideCoverage, periodLabel } from './in-period.js';
import { anchorDate } from './event-anchor.js';
import { reportedLabel } from './report-dates.js';
import {
  AVAILABLE_EVERYWHERE,
  CHART_OPTION,
  DATE_RANGE_OPTIONS,
  MAX_TEXT_LENGTH,
  PAGE_OPTION,
  checkDateOrder,
  dateBound,
  flag,
  optionalText,
  pageNumber,
  preciseForBounds,
  withinBounds,
} from './options.js';
import { abstained, answered, failed, listing, requestLine } from './respond.js';
import { count } from '../counted.js';
import type { Command } from './types.js';
import { aboutTopic, coverageSpan, inWindow, merged, reportedAbout, timelineViews, type PlacedEvent } from './timeline-events.js';
import { derived } from './views.js';

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
      type: ApplicationCommandOptionType.String,
      name: 'after',
      description: 'Only events after this dated event (e.g. the NATO summit)',
      max_length: MAX_TEXT_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'before',
      description: 'Only events before this dated event (e.g. the NATO summit)',
      max_length: MAX_TEXT_LENGTH,
    },
    PAGE_OPTION,
    CHART_OPTION,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({
    topic: optionalText('topic', MAX_TEXT_LENGTH),
    from: dateBound('from'),
    to: dateBound('to'),
    after: optionalText('after', MAX_TEXT_LENGTH),
    before: optionalText('before', MAX_TEXT_LENGTH),
    page: pageNumber('page'),
    chart: flag('chart'),
  })
  .superRefine(checkDateOrder);
export type TimelineOptions = z.infer<typeof options>;

const titleOf = (opts: TimelineOptions): string => {
  const about = [opts.topic, opts.after && `after ${opts.after}`, opts.before && `before ${opts.before}`, isBounded(opts) && periodLabel(opts)].filter(Boolean).join(', ');
  return about ? `Timeline: ${about}` : 'Timeline';
};

/** The request's head (query line, title) and its events, chronological, or the abstention when it has none. */
function eventsFor(opts: TimelineOptions, facts: LoadedFactBase, forChart: boolean) {
  const head = {
    command: 'timeline',
    query: requestLine('timeline', {
      topic: opts.topic,
      from: opts.from?.text,
      to: opts.to?.text,
      after: opts.after,
      before: opts.before,
      page: opts.page > 1 && !forChart ? opts.page : undefined,
      chart: opts.chart ? 'true' : undefined,
    }),
    title: titleOf(opts),
  };
  if (facts.data.events.length === 0) return { abstention: abstained(head, 'The coverage has no dated events.') };

  // Each sentence is placed at its own date first, so a coarse background date ("2024") cannot
  // pull it into a window its event is not in.
  const views = timelineViews(facts);
  const anchored = anchoredWindow(opts, facts);
  if ('abstention' in anchored) return { abstention: abstained(head, anchored.abstention) };
  const inRange = anchored.keep === undefined ? inWindow(views, opts.from, opts.to) : inWindow(views, opts.from, opts.to).filter(anchored.keep);
  const dated = opts.topic === undefined ? inRange : aboutTopic(opts.topic, inRange, views, facts);
  // A topic with few dated events also shows what its undated sentences report, at their reports.
  const reported =
    opts.topic === undefined || dated.length >= PAGE_SIZE
      ? []
      : reportedAbout(opts.topic, PAGE_SIZE - dated.length, views, facts).filter(
          (event) => withinBounds(event.first, event.last, opts.from, opts.to) && (anchored.keep === undefined || anchored.keep(event)),
        );
  const topical = merged(dated, reported);
  const precise = opts.from === undefined || opts.to === undefined ? topical : topical.filter(({ first, last }) => preciseForBounds(first, last, opts.from, opts.to));
  const vague = lessPreciseNote(topical.length - precise.length);
  // Nearest first: the events just before an event are the latest of those before it.
  const events = opts.before !== undefined && opts.after === undefined ? [...precise].reverse() : precise;
  const byReport = events.filter((event) => event.reported).length;
  const notes = [anchored.note ?? 'oldest first', byReport === 0 ? '' : `${byReport} dated only by the report that tells of ${byReport === 1 ? 'it' : 'them'}`, vague];
  if (events.length > 0) return { head, events, order: notes.filter(Boolean).join('; ') };
  // A topic naming what the coverage never mentions ("the buy now pay later rule") is declined by that name.
  const unknown = opts.topic === undefined ? [] : analyseQuery(opts.topic, facts).unknownNames;
  if (unknown.length > 0) return { abstention: abstained(head, `The coverage never mentions ${listing(unknown)}.`) };
  const what = [opts.topic ? `about “${opts.topic}”` : '', opts.from ? `from ${opts.from.text}` : '', opts.to ? `to ${opts.to.text}` : '', anchored.note?.replace(/, nearest first$/u, '') ?? '']
    .filter(Boolean)
    .join(' ');
  const outside = outsideCoverage(facts, opts);
  const why = outside !== '' ? `: ${outside}` : vague !== '' ? ` (${vague})` : '';
  return { abstention: abstained(head, `The coverage has no dated events ${what}${why}.${coverageSpan(views)}`) };
}

/** "12 events dated only to a longer period left out": those overlapping the window whose date is less precise than it. */
const lessPreciseNote = (left: number): string => (left === 0 ? '' : `${count(left, 'event')} dated only to a longer period left out`);

/**
 * The events an `after`/`before` event allows: those wholly after its last day or before its
 * first, with the note saying which date was used ("after the Lindvik summit (2024-07-09 –
 * 2024-07-11), nearest first"); the abstention when the coverage does not date the event.
 */
function anchoredWindow(opts: TimelineOptions, facts: LoadedFactBase): { keep?: (event: PlacedEvent) => boolean; note?: string } | { abstention: string } {
  const sides = [
    { text: opts.after, word: 'after' },
    { text: opts.before, word: 'before' },
  ].flatMap(({ text, word }) => (text === undefined ? [] : [{ text, word, anchor: anchorDate(text, facts) }]));
  if (sides.length === 0) return {};
  const undated = sides.find((side) => side.anchor === null);
  if (undated !== undefined) return { abstention: `The coverage does not date “${undated.text}”: no sentence says when it was, so nothing can be placed ${undated.word} it.` };
  const after = sides.find((side) => side.word === 'after')?.anchor;
  const before = sides.find((side) => side.word === 'before')?.anchor;
  return {
    keep: ({ first, last }) => (after == null || first > after.last) && (before == null || last < before.first),
    note: `${sides.map(({ text, word, anchor }) => `${word} ${text} (${formatDateRef(anchor!.date)})`).join(' and ')}, nearest first`,
  };
}

/** One page of events. */
function run(opts: TimelineOptions, facts: LoadedFactBase) {
  const found = eventsFor(opts, facts, false);
  if ('abstention' in found) return found.abstention;
  const { head, events, order } = found;
  const total = Math.ceil(events.length / PAGE_SIZE);
  if (opts.page > total) {
    return failed(head, 'bad-input', `Page ${opts.page} is past the end: this timeline has ${count(total, 'page')}.`);
  }
  const book = new CitationBook(facts);
  const shown = events.slice((opts.page - 1) * PAGE_SIZE, opts.page * PAGE_SIZE);
  const items: AnswerItem[] = shown.map(({ event, reported }) => ({
    text: facts.sentence(event.sentenceId).text,
    date: reported ? reportedLabel(event) : formatDateRef(event.date),
    citations: book.cite(event.sentenceId),
    start: event.date.start,
    ...(event.date.end ? { end: event.date.end } : {}),
    precision: event.date.precision,
    ...(reported ? { reported } : { dateText: event.date.text }),
  }));
  return answered(head, items, book, { message: `${count(events.length, 'event')}, ${order}.`, page: { number: opts.page, total } });
}

/**
 * What the chart needs of each placed event, worked out once per fact base (on the first
 * chart; the bot's warm-up draws none but builds this): the event as the chart counts it, and
 * the articles a page of the timeline cites for it (its sentence's and its near-duplicates').
 */
interface ChartTables {
  /** Every placed event whose dates a chart's axis can show, its position as its ref. */
  events: EventColumns;
  /** By position in `placed`: where the event is in `events`, -1 when it is not there. */
  indexOf: Int32Array;
  /** By index in `events`: the first and last day its date covers at its precision (spanOf), as day numbers. */
  spanFirst: Int32Array;
  spanLast: Int32Array;
  /** Publication date of each article (null: undated), by article number. */
  published: (string | null)[];
  /** The article numbers cited for placed[i]: `cited` from offsets[i] up to offsets[i + 1]. */
  offsets: Uint32Array;
  cited: Uint32Array;
}

function chartTables(facts: LoadedFactBase): ChartTables {
  return derived(facts, 'timeline-chart', () => {
    const { placed } = timelineViews(facts);
    const articleNumber = new Map(facts.data.articles.map((article, n) => [article.id, n]));
    const events = packEvents(placed.map(({ event, position }) => chartEvent(event.date.start, event.date.end, event.date.precision, position)));
    const indexOf = new Int32Array(placed.length).fill(-1);
    events.ref.forEach((position, i) => (indexOf[position] = i));
    const spanFirst = Int32Array.from(events.ref, (position) => dayNumber(placed[position]!.first));
    const spanLast = Int32Array.from(events.ref, (position) => dayNumber(placed[position]!.last));
    const offsets = new Uint32Array(placed.length + 1);
    const cited: number[] = [];
    placed.forEach(({ event }, i) => {
      for (const id of citedSentences(facts, event.sentenceId)) cited.push(articleNumber.get(facts.sentence(id).articleId) ?? 0);
      offsets[i + 1] = cited.length;
    });
    return { events, indexOf, spanFirst, spanLast, published: facts.data.articles.map((article) => article.published), offsets, cited: Uint32Array.from(cited) };
  });
}

/** The source line of the articles a page would cite for the events at these positions (each article once). */
function sourceLineAt(positions: ArrayLike<number>, tables: ChartTables): string {
  const seen = new Uint8Array(tables.published.length);
  const dates: (string | null)[] = [];
  for (let k = 0; k < positions.length; k += 1) {
    const position = positions[k]!;
    for (let i = tables.offsets[position]!; i < tables.offsets[position + 1]!; i += 1) {
      const n = tables.cited[i]!;
      if (seen[n] === 1) continue;
      seen[n] = 1;
      dates.push(tables.published[n]!);
    }
  }
  return sourceLineOf(dates);
}

/**
 * The chart's events: every event of the request (all pages) as its dates alone, to be
 * counted per period. The whole timeline can be 100,000 events: making each one an item with
 * its sentence and numbered citations took seconds, for a chart that needs only its dates
 * and, for its source line, the articles those citations would name.
 */
function chart(opts: TimelineOptions, facts: LoadedFactBase): ChartData {
  const tables = chartTables(facts);
  const series = (events: EventColumns): ChartData => ({
    kind: 'events',
    series: { title: titleOf(opts), events, sourceLine: (positions) => sourceLineAt(positions, tables) },
  });
  // Without a topic, the window is chosen from the packed spans, as inWindow chooses it: a
  // window of 80,000 events, walked as objects, cost more than counting them.
  if (opts.topic === undefined && opts.after === undefined && opts.before === undefined) {
    const inRange = windowOf(tables, opts.from, opts.to);
    if (inRange.length > 0) return series(inRange);
  }
  const found = eventsFor(opts, facts, true);
  if ('abstention' in found) return { kind: 'answer', answer: found.abstention };
  const indices: number[] = [];
  // Events dated only by their report (position -1) are no placed events: the chart counts what the words date.
  for (const { position } of found.events) if (position >= 0 && tables.indexOf[position]! >= 0) indices.push(tables.indexOf[position]!);
  return series(pickEvents(tables.events, indices));
}

/** The charted events whose span overlaps the window (all of them without one). */
function windowOf(tables: ChartTables, from: Period | undefined, to: Period | undefined): EventColumns {
  if (from === undefined && to === undefined) return tables.events;
  const after = from === undefined ? -Infinity : dayNumber(from.first);
  const before = to === undefined ? Infinity : dayNumber(to.last);
  const indices: number[] = [];
  for (let i = 0; i < tables.events.length; i += 1) if (tables.spanLast[i]! >= after && tables.spanFirst[i]! <= before) indices.push(i);
  return pickEvents(tables.events, indices);
}

/** "/timeline from:2024 chart:true": the year the coverage dates most events in. */
function example(facts: LoadedFactBase): string {
  const perYear = new Map<string, number>();
  for (const event of facts.data.events) perYear.set(event.date.start.slice(0, 4), (perYear.get(event.date.start.slice(0, 4)) ?? 0) + 1);
  const busiest = [...perYear].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0]?.[0];
  return busiest === undefined ? '/timeline' : `/timeline from:${busiest} chart:true`;
}

export const timeline: Command<TimelineOptions> = { data, options, run, chart, example };
