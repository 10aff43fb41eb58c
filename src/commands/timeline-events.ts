// The events a /timeline request asks for: one per near-duplicate group, placed at the date its
// sentence is about, in chronological order, found by window (binary search over running
// bounds) and by topic (the index, kept to the sentences of event groups). Worked out once per
// fact base.
import { formatDateRef } from '../factbase/date-format.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { DatedEvent } from '../factbase/schema.js';
import { firstIndexWhere } from '../first-index.js';
import { conceptShares, coverage, namesItself } from '../query/coverage.js';
import { terms } from '../factbase/terms.js';
import { expandedQuery } from '../query/expansion.js';
import { RANKING } from '../query/ranking-options.js';
import type { Period } from '../query/periods.js';
import { analyseQuery } from '../query/relevance.js';
import { questionWords } from '../query/parts-of-speech.js';
import { isNameConcept } from '../query/named-subject.js';
import { groupKey } from './cite.js';
import { atReport, reportDated } from './report-dates.js';
import { PRECISION_RANK, spanOf, withinBounds } from './options.js';
import { derived } from './views.js';

function chronological(a: DatedEvent, b: DatedEvent): number {
  return a.date.start.localeCompare(b.date.start) || a.sentenceId - b.sentenceId || a.id - b.id;
}

/**
 * One event per near-duplicate group. A sentence with several dates is placed at the day it
 * names, if it names one: that is when the reported thing happened, while year-only mentions
 * point elsewhere ("Yesterday, an official said … until after the 2026 election"). Otherwise
 * it keeps its latest date (news reports the event and looks back: "the 2025 summit … since
 * May 1962"); between dates with the same start, the most precise. A date of another event
 * (`aside`) places nothing: a sentence with no date of its own is placed at its report.
 */
function onePerGroup(events: readonly DatedEvent[], facts: LoadedFactBase): { event: DatedEvent; reported: boolean }[] {
  const chosen = new Map<number, DatedEvent>();
  for (const event of events) {
    if (event.aside === true) continue;
    const group = groupKey(facts, event.sentenceId);
    const current = chosen.get(group);
    if (current === undefined || placesBetter(event, current)) chosen.set(group, event);
  }
  // A sentence whose every date is another event's ("… ahead of the handover in January") is placed at its report.
  const reported = new Map<number, DatedEvent>();
  for (const event of events) {
    const group = groupKey(facts, event.sentenceId);
    if (chosen.has(group) || reported.has(group)) continue;
    const atItsReport = atReport(facts, event.sentenceId);
    if (atItsReport !== null) reported.set(group, atItsReport);
  }
  return [...[...chosen.values()].map((event) => ({ event, reported: false })), ...[...reported.values()].map((event) => ({ event, reported: true }))];
}

function placesBetter(candidate: DatedEvent, current: DatedEvent): boolean {
  const candidateDay = candidate.date.precision === 'day';
  const currentDay = current.date.precision === 'day';
  if (candidateDay !== currentDay) return candidateDay;
  const order = candidate.date.start.localeCompare(current.date.start);
  return order > 0 || (order === 0 && PRECISION_RANK[candidate.date.precision] < PRECISION_RANK[current.date.precision]);
}

/** An event with its span, worked out once. */
export interface PlacedEvent {
  event: DatedEvent;
  /** Placed at its article's publication day, the sentence stating no date of its own (report-dates.ts). */
  reported: boolean;
  /** Its place in `TimelineViews.placed`. */
  position: number;
  first: string;
  last: string;
}

interface TimelineViews {
  /** One event per near-duplicate group, chronological. */
  placed: PlacedEvent[];
  /** `lastSoFar[i]`: the latest `last` among placed[0..i]; never decreases. */
  lastSoFar: string[];
  /** `firstFromHere[i]`: the earliest `first` among placed[i..]; never decreases. */
  firstFromHere: string[];
  /** Where each placed event's near-duplicate group is in `placed`. */
  positionOfGroup: Map<number, number>;
  /** By sentence id: 1 when the sentence's group has a placed event (the topic search's filter, without a window). */
  inEventGroup: Uint8Array;
}

export function timelineViews(facts: LoadedFactBase): TimelineViews {
  return derived(facts, 'timeline', () => {
    const all = facts.data.events;
    const placed = onePerGroup(all, facts)
      .sort((a, b) => chronological(a.event, b.event))
      .map(({ event, reported }, position) => ({ event, reported, position, ...spanOf(event.date) }));
    const lastSoFar: string[] = [];
    placed.forEach(({ last }, i) => lastSoFar.push(i > 0 && lastSoFar[i - 1]! > last ? lastSoFar[i - 1]! : last));
    const firstFromHere: string[] = new Array<string>(placed.length);
    for (let i = placed.length - 1; i >= 0; i -= 1) {
      const { first } = placed[i]!;
      const after = firstFromHere[i + 1];
      firstFromHere[i] = after !== undefined && after < first ? after : first;
    }
    const positionOfGroup = new Map(placed.map(({ event }, position) => [groupKey(facts, event.sentenceId), position]));
    const { sentences } = facts.data;
    const inEventGroup = new Uint8Array(sentences.length);
    for (let id = 0; id < sentences.length; id++) if (positionOfGroup.has(sentences.group(id))) inEventGroup[id] = 1;
    return { placed, lastSoFar, firstFromHere, positionOfGroup, inEventGroup };
  });
}

/** Placed events overlapping the window, chronological; only the stretch that can overlap is scanned. */
export function inWindow(views: TimelineViews, from: Period | undefined, to: Period | undefined): PlacedEvent[] {
  if (from === undefined && to === undefined) return views.placed;
  // Before `low` every event ended before `from`; from `high` on every event starts after `to`.
  const low = from === undefined ? 0 : firstIndexWhere(views.lastSoFar, (last) => last >= from.first);
  const high = to === undefined ? views.placed.length : firstIndexWhere(views.firstFromHere, (first) => first > to.last);
  return views.placed.slice(low, Math.max(low, high)).filter(({ first, last }) => withinBounds(first, last, from, to));
}

/** The last noun of the topic's first run of nouns: "nato *summits*", "pellonia council *membership*". */
function topicHead(topic: string): string {
  const words = questionWords(topic);
  let at = words.findIndex((word) => word.thing);
  if (at < 0) return '';
  while (at + 1 < words.length && words[at + 1]!.thing) at++;
  return words[at]!.word;
}

/**
 * Groups whose sentences are about the topic: enough of the topic's weighted concepts in one
 * sentence, its head noun and its names among them. Only sentences `candidate` accepts are
 * searched (those of `groups` groups).
 */
function topicGroups(topic: string, groups: number, candidate: (sentenceId: number) => boolean, facts: LoadedFactBase): Set<number> {
  return new Set(topicSentences(topic, groups, candidate, facts).map((id) => groupKey(facts, id)));
}

/** The sentences `candidate` accepts that are about the topic (see topicGroups), best first, from a search for `groups` groups. */
function topicSentences(topic: string, groups: number, candidate: (sentenceId: number) => boolean, facts: LoadedFactBase): number[] {
  const { question, concepts, unknownNames } = analyseQuery(topic, facts);
  if (concepts.length === 0 || unknownNames.length > 0) return [];
  // "nato summits" is about summits, "haraldsen visits" about Haraldsen: a NATO event that is no
  // summit, or someone else's visit, is off the topic. The sentence itself must name them.
  const headTerm = terms(topicHead(question.plain))[0];
  const required = concepts.length < 2 ? [] : concepts.flatMap((concept, i) => (concept.term === headTerm || isNameConcept(concept, facts) ? [i] : []));
  // "lindvik" is about Lindvik: a sentence naming only Pellonia, which the name may stand for, is not.
  const names = concepts.filter((concept) => isNameConcept(concept, facts));
  const hits = facts.index.search(expandedQuery(topic, concepts), { limit: groups * 4 + 10, filter: candidate });
  const about = hits.flatMap(({ sentenceId }) => {
    if (coverage(concepts, sentenceId, facts) < RANKING.minCoverage) return [];
    const shares = conceptShares(concepts, sentenceId, facts);
    if (!required.every((i) => shares[i]! > 0) || !names.every((concept) => namesItself(concept, sentenceId, facts))) return [];
    return [{ sentenceId, whole: shares.every((share) => share > 0) }];
  });
  // A topic is a few words, each of them meant ("tern harbour act": not any act): when the coverage
  // writes all of them together, sentences with only some are about something else.
  const whole = about.filter((each) => each.whole);
  return (whole.length > 0 ? whole : about).map((each) => each.sentenceId);
}

/**
 * Up to `limit` sentences about the topic that state no date but report something past, each at
 * its report (report-dates.ts), one per near-duplicate group, best first: what a topic with
 * few dated events has to show. They have no place in `placed` (position -1).
 */
export function reportedAbout(topic: string, limit: number, views: TimelineViews, facts: LoadedFactBase): PlacedEvent[] {
  const undated = (id: number): boolean => views.inEventGroup[id] === 0 && facts.article(facts.sentence(id).articleId).published !== null;
  const groups = new Set<number>();
  const found: PlacedEvent[] = [];
  for (const id of topicSentences(topic, limit * 2, undated, facts)) {
    const event = reportDated(facts, id);
    if (event === null || groups.has(groupKey(facts, id))) continue;
    groups.add(groupKey(facts, id));
    found.push({ event, reported: true, position: -1, ...spanOf(event.date) });
    if (found.length === limit) break;
  }
  return found;
}

/** Placed events and reported ones in one chronological list. */
export const merged = (placed: readonly PlacedEvent[], reported: readonly PlacedEvent[]): PlacedEvent[] =>
  [...placed, ...reported].sort((a, b) => chronological(a.event, b.event));

/** The events in range that are about the topic, chronological. */
export function aboutTopic(topic: string, inRange: readonly PlacedEvent[], views: TimelineViews, facts: LoadedFactBase): PlacedEvent[] {
  let onTopic: Set<number>;
  if (inRange === views.placed) {
    onTopic = topicGroups(topic, inRange.length, (id) => views.inEventGroup[id] === 1, facts);
  } else {
    const groups = new Set(inRange.map(({ event }) => groupKey(facts, event.sentenceId)));
    onTopic = topicGroups(topic, groups.size, (id) => groups.has(groupKey(facts, id)), facts);
  }
  // Found groups are all in range: their positions, in order, are the chronological answer.
  return [...onTopic]
    .map((group) => views.positionOfGroup.get(group))
    .filter((position): position is number => position !== undefined)
    .sort((a, b) => a - b)
    .map((position) => views.placed[position]!);
}

/**
 * " Its events run from 1988 to 2025-06.": the span of the placed events, as listed; a date a
 * sentence is not placed at ("since May 1962" beside "the 2025 summit") is not one of them.
 */
export function coverageSpan(views: TimelineViews): string {
  const earliest = views.placed[0]?.event;
  const latest = views.placed.at(-1)?.event;
  if (!earliest || !latest) return '';
  return ` Its events run from ${formatDateRef(earliest.date)} to ${formatDateRef(latest.date)}.`;
}
