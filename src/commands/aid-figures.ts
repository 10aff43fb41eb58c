// The aid figures a /aid request asks for: donors matched by alias or word prefix, kind and
// dates filtered, newest first (or by size), each figure once. Worked out once per fact base.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { AidFact } from '../factbase/schema.js';
import { countryOfCapital } from '../lexicon/capitals.js';
import { fullNameOfShortForm, namesInList } from '../lexicon/place-short-forms.js';
import type { Period } from '../query/periods.js';
import { groupKey } from './cite.js';
import { spanOf, withinBounds } from './options.js';
import { derived } from './views.js';
import { cleanTypedText } from '../text-hygiene.js';
import { once } from '../once.js';

/** What a request narrows the figures by: the /aid options this module reads. */
export interface FigureFilter {
  readonly donor?: string | undefined;
  readonly recipient?: string | undefined;
  readonly kind?: AidFact['kind'] | undefined;
  readonly from?: Period | undefined;
  readonly to?: Period | undefined;
  readonly order?: FigureOrder | undefined;
  /** Single packages only: running totals left out. */
  readonly packages?: boolean | undefined;
  /** Running totals only ("has given $2 billion since 2022"): what a source says was given so far. */
  readonly totals?: boolean | undefined;
}

export const FIGURE_ORDERS = ['largest', 'smallest', 'newest'] as const;
export type FigureOrder = (typeof FIGURE_ORDERS)[number];

/** A line of the listing: one figure and every sentence that reports it. */
export interface ListedFigure {
  fact: AidFact;
  /** The figure's own sentence first, then other reports of the same statement. */
  sentenceIds: number[];
  /** Listed for a recipient that only its sentence names: the build found no recipient for it. */
  recipientUnstated: boolean;
}

/**
 * A donor name folded for comparison: lowercase, no dots or accents, no leading "the", short
 * forms made full ("USA" → "united states"), a national capital made its country ("aid for
 * Lindvik" goes to Pellonia's government). Other names match by word prefix ("europe" →
 * "European allies", "nato" → "NATO Allies").
 */
export function donorKey(name: string): string {
  const plain = cleanTypedText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
  return (fullNameOfShortForm(plain) ?? countryOfCapital(plain))?.toLowerCase() ?? plain;
}

/** True when every word the user typed starts a word of the donor's name. */
export function donorMatches(query: string, donor: string): boolean {
  return matchesWords(donorKey(query).split(' ').filter(Boolean), donorKey(donor).split(' '));
}

function kindMatches(wanted: FigureFilter['kind'], kind: AidFact['kind']): boolean {
  if (wanted === undefined || wanted === kind) return true;
  // A mixed package ("military, financial and humanitarian aid") contains each single kind.
  return kind === 'mixed' && wanted !== 'unspecified';
}

/** A figure with what every request filters and sorts on, worked out once. */
interface PlacedFact {
  fact: AidFact;
  span: { first: string; last: string } | null;
  /** The same figure from near-duplicate sentences is one fact. */
  duplicateKey: string;
  /** The same statement reported by sentences that are not near-duplicates (see statementOf). */
  statementKey: string;
  /** Words of its recipient or, when the build found none, of its sentence (read on first use). */
  recipientWords: () => readonly string[];
}

// Newest first by the day the figure applies to; undated figures last; ties by sentence order.
function newestFirst(a: PlacedFact, b: PlacedFact): number {
  if (a.span && b.span) {
    const order = b.span.first.localeCompare(a.span.first);
    if (order !== 0) return order;
  } else if (a.span || b.span) {
    return a.span ? -1 : 1;
  }
  return a.fact.sentenceId - b.fact.sentenceId || a.fact.id - b.fact.id;
}

function sameFigure(fact: AidFact): string {
  return fact.amount ? `${fact.amount.currency}:${fact.amount.value}` : `%:${fact.percent ?? ''}:${fact.subject ?? ''}`;
}

/**
 * Everything a line shows but its date and sentence: the same figure, stage, donor, recipient
 * and kind in two articles days apart is one statement reported twice ("the United States has
 * disbursed $20 billion to a new World Bank fund" in Thursday's and Saturday's briefings).
 */
function statementOf(fact: AidFact): string {
  const party = (name: string | null) => (name === null ? '' : donorKey(name));
  return [sameFigure(fact), fact.qualifier, fact.status, party(fact.donor), party(fact.recipient), fact.kind, fact.cumulative].join('|');
}

/** Reports of one statement this many days apart or fewer are one line; further apart, a later package of the same size may be another. */
const SAME_STATEMENT_DAYS = 7;
const DAY_MS = 86_400_000;
const daysApart = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / DAY_MS;

/**
 * The first of each figure (in the given order), citing every report of it: a figure carried
 * by near-duplicate sentences, or the same statement reported again within days, is one line.
 */
function withoutDuplicates(placed: readonly PlacedFact[]): ListedFigure[] {
  const listed: ListedFigure[] = [];
  const byDuplicate = new Map<string, ListedFigure>();
  const byStatement = new Map<string, { first: string; line: ListedFigure }[]>();
  for (const figure of placed) {
    if (byDuplicate.has(figure.duplicateKey)) continue;
    const reports = figure.span === null ? undefined : byStatement.get(figure.statementKey);
    const earlier = reports?.find(({ first }) => daysApart(first, figure.span!.first) <= SAME_STATEMENT_DAYS);
    if (earlier !== undefined) {
      earlier.line.sentenceIds.push(figure.fact.sentenceId);
      byDuplicate.set(figure.duplicateKey, earlier.line);
      continue;
    }
    const line: ListedFigure = { fact: figure.fact, sentenceIds: [figure.fact.sentenceId], recipientUnstated: false };
    listed.push(line);
    byDuplicate.set(figure.duplicateKey, line);
    if (figure.span === null) continue;
    const lines = byStatement.get(figure.statementKey) ?? [];
    lines.push({ first: figure.span.first, line });
    byStatement.set(figure.statementKey, lines);
  }
  return listed;
}

interface Donor {
  /** As the coverage first writes it. */
  name: string;
  words: string[];
  /** Positions in `AidViews.newestFirst`, ascending. */
  positions: number[];
}

interface AidViews {
  newestFirst: PlacedFact[];
  /** `newestFirst` without repeated figures: the unfiltered listing. */
  unique: ListedFigure[];
  /** Distinct donors, most frequent first. */
  donors: Donor[];
}

export function aidViews(facts: LoadedFactBase): AidViews {
  return derived(facts, 'aid', () => {
    const placed = facts.data.aid
      .map((fact) => ({
        fact,
        span: fact.date ? spanOf(fact.date) : null,
        duplicateKey: `${groupKey(facts, fact.sentenceId)}|${sameFigure(fact)}`,
        statementKey: statementOf(fact),
        recipientWords: once(() => donorKey(fact.recipient ?? facts.sentence(fact.sentenceId).text).split(' ')),
      }))
      .sort(newestFirst);
    // Listed under the first spelling in coverage order, most frequent first.
    const byKey = new Map<string, Donor>();
    const keyOf = new Map<AidFact, string>();
    for (const fact of facts.data.aid) {
      if (!fact.donor) continue;
      const key = donorKey(fact.donor);
      keyOf.set(fact, key);
      if (!byKey.has(key)) byKey.set(key, { name: fact.donor, words: key.split(' '), positions: [] });
    }
    placed.forEach(({ fact }, position) => {
      const key = keyOf.get(fact);
      if (key !== undefined) byKey.get(key)?.positions.push(position);
    });
    const donors = [...byKey.values()].sort((a, b) => b.positions.length - a.positions.length || a.name.localeCompare(b.name));
    return { newestFirst: placed, unique: withoutDuplicates(placed), donors };
  });
}

export function matchesWords(queryWords: readonly string[], donorWords: readonly string[]): boolean {
  return queryWords.length > 0 && queryWords.every((word) => donorWords.some((candidate) => candidate.startsWith(word)));
}

/**
 * The figures a request asks for, each figure once, newest first or by size. For a recipient,
 * the figures the build found given to it come first; those whose sentence names it but that
 * have no recipient of their own follow, marked, since the sentence may name it for another reason.
 */
export function matchingFigures(opts: FigureFilter, views: AidViews): ListedFigure[] {
  const dated = opts.from !== undefined || opts.to !== undefined;
  if (opts.donor === undefined && opts.recipient === undefined && opts.kind === undefined && !dated && opts.packages !== true && opts.totals !== true) return inOrder(views.unique, opts.order);
  const recipientWords = opts.recipient === undefined ? [] : donorKey(opts.recipient).split(' ').filter(Boolean);
  let candidates = views.newestFirst;
  if (opts.donor !== undefined) {
    // Several donors ("United States, Europe") list the figures of any of them.
    const wanted = namesInList(opts.donor).map((name) => donorKey(name).split(' ').filter(Boolean));
    const positions = views.donors.filter((donor) => wanted.some((queryWords) => matchesWords(queryWords, donor.words))).flatMap((donor) => donor.positions);
    candidates = [...new Set(positions)].sort((a, b) => a - b).map((position) => views.newestFirst[position]!);
  }
  const filtered = candidates.filter(
    ({ fact, span, recipientWords: words }) =>
      kindMatches(opts.kind, fact.kind) &&
      (opts.packages !== true || !fact.cumulative) &&
      (opts.totals !== true || fact.cumulative) &&
      (!dated || (span !== null && withinBounds(span.first, span.last, opts.from, opts.to))) &&
      (recipientWords.length === 0 || matchesWords(recipientWords, words())),
  );
  const listed = inOrder(withoutDuplicates(filtered), opts.order, opts.totals === true);
  if (recipientWords.length === 0) return listed;
  const unstated = listed.filter(({ fact }) => fact.recipient === null).map((line) => ({ ...line, recipientUnstated: true }));
  return [...listed.filter(({ fact }) => fact.recipient !== null), ...unstated];
}

/**
 * The listing by size: money figures in the currency most of them use, largest (or smallest)
 * first, then those in other currencies, each currency apart (amounts are never converted),
 * then shares ("74% of the promised shells"), which are no amount; newest first otherwise
 * (with `amountsFirst`, amounts before shares).
 */
function inOrder(listed: ListedFigure[], order: FigureOrder | undefined, amountsFirst = false): ListedFigure[] {
  // "How much in total": a share of deliveries ("74% of the shells") is no sum; amounts lead, newest first.
  if (order === undefined || order === 'newest') return amountsFirst ? [...listed.filter(({ fact }) => fact.amount !== null), ...listed.filter(({ fact }) => fact.amount === null)] : listed;
  const main = mainCurrency(listed);
  const rank = ({ fact }: ListedFigure) => (fact.amount === null ? 2 : fact.amount.currency === main ? 0 : 1);
  const sign = order === 'largest' ? -1 : 1;
  return [...listed].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.fact.amount?.currency ?? '').localeCompare(b.fact.amount?.currency ?? '') ||
      sign * ((a.fact.amount?.value ?? 0) - (b.fact.amount?.value ?? 0)),
  );
}

/** The currency most of the figures are in. */
export function mainCurrency(listed: readonly ListedFigure[]): string | undefined {
  const counts = new Map<string, number>();
  for (const { fact } of listed) if (fact.amount !== null) counts.set(fact.amount.currency, (counts.get(fact.amount.currency) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}
