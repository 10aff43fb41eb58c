// /aid — the aid figures the coverage reports, newest first, each as its own cited line.
// Figures are never added up: a running total and a later package, or two outlets' numbers
// for the same thing, overlap, so they are shown side by side with their dates.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../factbase/date-format.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { AID_KINDS, type AidFact } from '../factbase/schema.js';
import { MAX_AID_ROWS, isPlottedFigure } from '../render/chart-aid-panels.js';
import type { ChartData } from '../render/chart-data.js';
import { CitationBook, groupKey } from './cite.js';
import {
  AVAILABLE_EVERYWHERE,
  CHART_OPTION,
  DATE_RANGE_OPTIONS,
  MAX_NAME_LENGTH,
  PAGE_OPTION,
  checkDateOrder,
  choice,
  cleanText,
  dateBound,
  flag,
  optionalText,
  pageNumber,
  spanOf,
  withinBounds,
} from './options.js';
import { abstained, answered, failed, listingOf, pageOf, pagingNote, requestLine } from './respond.js';
import type { AutocompleteChoice, Command } from './types.js';
import { derived } from './views.js';

/** Figures per page: each line is a short fact plus the sentence it comes from. */
export const AID_PAGE_SIZE = 10;
/** Donors named when the coverage has no figure matching the request. */
const MAX_DONORS_LISTED = 10;

const data = {
  name: 'aid',
  description: 'Aid figures the coverage reports: amount, donor → recipient, status and date, newest first',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'donor',
      description: 'Who gives the aid (e.g. United States, European allies)',
      max_length: MAX_NAME_LENGTH,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'kind',
      description: 'Kind of aid',
      choices: AID_KINDS.map((kind) => ({ name: kind, value: kind })),
    },
    ...DATE_RANGE_OPTIONS,
    PAGE_OPTION,
    CHART_OPTION,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({
    donor: optionalText('donor', MAX_NAME_LENGTH),
    kind: choice('kind', AID_KINDS),
    from: dateBound('from'),
    to: dateBound('to'),
    page: pageNumber('page'),
    chart: flag('chart'),
  })
  .superRefine(checkDateOrder);
export type AidOptions = z.infer<typeof options>;

// Short forms people type for the same donor. Everything else matches by word prefix
// ("europe" → "European allies", "nato" → "NATO Allies").
const DONOR_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'united states'],
  ['usa', 'united states'],
  ['america', 'united states'],
  ['united states of america', 'united states'],
  ['washington', 'united states'],
  ['uk', 'united kingdom'],
  ['britain', 'united kingdom'],
  ['great britain', 'united kingdom'],
  ['eu', 'european union'],
]);

/** A donor name folded for comparison: lowercase, no dots or accents, no leading "the", aliases resolved. */
export function donorKey(name: string): string {
  const plain = cleanText(name)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /u, '');
  return DONOR_ALIASES.get(plain) ?? plain;
}

// Words that ask for figures side by side ("compare us and eu aid", "us vs europe"): general
// English, matched in any case.
const COMPARING = /(?:^|[^\p{L}])(?:compare[sd]?|comparing|comparison|versus|vs)(?=$|[^\p{L}])/iu;

/** True when a question asks to compare figures: /aid then draws them as a chart too. */
export function asksToCompare(question: string): boolean {
  return COMPARING.test(question);
}

/** True when every word the user typed starts a word of the donor's name. */
export function donorMatches(query: string, donor: string): boolean {
  return matchesWords(donorKey(query).split(' ').filter(Boolean), donorKey(donor).split(' '));
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

// `toLocaleString` with options builds a formatter on every call (most of /aid's time): build one.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "$61.4 billion", "€65 billion", "$725 million", "CAD 2.5 billion", "$250,000". */
export function formatMoney(value: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const prefix = symbol ?? `${currency} `;
  for (const [size, word] of SCALES) {
    if (value >= size) {
      const scaled = Number((value / size).toFixed(2));
      return `${prefix}${NUMBER_FORMAT.format(scaled)} ${word}`;
    }
  }
  return `${prefix}${NUMBER_FORMAT.format(value)}`;
}

/** The figure as a phrase: "approximately $77 billion", "83% of the promised munitions". */
export function formatFigure(fact: AidFact): string {
  const qualifier = fact.qualifier ? `${fact.qualifier} ` : '';
  if (fact.amount) {
    const subject = fact.subject ? ` (${fact.subject})` : '';
    return `${qualifier}${formatMoney(fact.amount.value, fact.amount.currency)}${subject}`;
  }
  const subject = fact.subject ? ` of ${fact.subject}` : '';
  return `${qualifier}${fact.percent ?? 0}%${subject}`;
}

function kindMatches(wanted: AidOptions['kind'], kind: AidFact['kind']): boolean {
  if (wanted === undefined || wanted === kind) return true;
  // A mixed package ("humanitarian, financial, and military aid") contains each single kind.
  return kind === 'mixed' && wanted !== 'unspecified';
}

/** A figure with what every request filters and sorts on, worked out once. */
interface PlacedFact {
  fact: AidFact;
  span: { first: string; last: string } | null;
  /** The same figure from near-duplicate sentences is one fact. */
  duplicateKey: string;
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

/** The first of each figure (in the given order): a figure reported by several articles is one line. */
function withoutDuplicates(placed: readonly PlacedFact[]): PlacedFact[] {
  const seen = new Set<string>();
  return placed.filter(({ duplicateKey }) => {
    if (seen.has(duplicateKey)) return false;
    seen.add(duplicateKey);
    return true;
  });
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
  unique: PlacedFact[];
  /** Distinct donors, most frequent first. */
  donors: Donor[];
}

function aidViews(facts: LoadedFactBase): AidViews {
  return derived(facts, 'aid', () => {
    const placed = facts.data.aid
      .map((fact) => ({
        fact,
        span: fact.date ? spanOf(fact.date) : null,
        duplicateKey: `${groupKey(facts, fact.sentenceId)}|${sameFigure(fact)}`,
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

function matchesWords(queryWords: readonly string[], donorWords: readonly string[]): boolean {
  return queryWords.length > 0 && queryWords.every((word) => donorWords.some((candidate) => candidate.startsWith(word)));
}

/** The figures a request asks for, newest first, each figure once. */
function matchingFigures(opts: AidOptions, views: AidViews): PlacedFact[] {
  const dated = opts.from !== undefined || opts.to !== undefined;
  if (opts.donor === undefined && opts.kind === undefined && !dated) return views.unique;
  let candidates = views.newestFirst;
  if (opts.donor !== undefined) {
    const queryWords = donorKey(opts.donor).split(' ').filter(Boolean);
    const positions = views.donors.filter((donor) => matchesWords(queryWords, donor.words)).flatMap((donor) => donor.positions);
    candidates = positions.sort((a, b) => a - b).map((position) => views.newestFirst[position]!);
  }
  const filtered = candidates.filter(
    ({ fact, span }) => kindMatches(opts.kind, fact.kind) && (!dated || (span !== null && withinBounds(span.first, span.last, opts.from, opts.to))),
  );
  return withoutDuplicates(filtered);
}

function toItem(fact: AidFact, book: CitationBook): AnswerItem {
  const figure = formatFigure(fact);
  const parts = [
    figure,
    fact.status,
    `${fact.donor ?? 'unnamed donor'} → ${fact.recipient ?? 'unnamed recipient'}`,
    fact.kind === 'unspecified' ? null : fact.kind,
    fact.cumulative ? 'cumulative total' : null,
  ];
  return {
    text: parts.filter((part): part is string => part !== null).join(' · '),
    ...(fact.date ? { date: formatDateRef(fact.date) } : {}),
    citations: book.cite(fact.sentenceId),
    figure,
    amount: fact.amount,
    percent: fact.percent,
    subject: fact.subject,
    donor: fact.donor,
    recipient: fact.recipient,
    kind: fact.kind,
    status: fact.status,
    qualifier: fact.qualifier,
    cumulative: fact.cumulative,
  };
}

/** The request's head (query line, title) and its figures, or the abstention when it has none. */
function figuresFor(opts: AidOptions, facts: LoadedFactBase, forChart: boolean) {
  const head = {
    command: 'aid',
    query: requestLine('aid', {
      donor: opts.donor,
      kind: opts.kind,
      from: opts.from?.text,
      to: opts.to?.text,
      page: opts.page > 1 && !forChart ? opts.page : undefined,
      chart: opts.chart ? 'true' : undefined,
    }),
    title: opts.donor ? `Aid from ${opts.donor}` : 'Aid figures in the coverage',
  };
  const views = aidViews(facts);
  const unique = matchingFigures(opts, views);
  if (unique.length > 0) return { head, unique };
  const donors = views.donors.map((donor) => donor.name);
  const total = facts.data.aid.length;
  const have =
    total === 0
      ? 'The coverage reports no aid figures at all.'
      : `The coverage has ${total} aid figures${donors.length > 0 ? `, from ${listingOf(donors, MAX_DONORS_LISTED, 'other donor')}` : ''}.`;
  return { abstention: abstained(head, `The coverage doesn't report aid figures matching ${head.query}. ${have}`) };
}

/** One page of figures. */
function run(opts: AidOptions, facts: LoadedFactBase) {
  const found = figuresFor(opts, facts, false);
  if ('abstention' in found) return found.abstention;
  const { head, unique } = found;
  const paged = pageOf(unique, opts.page, AID_PAGE_SIZE);
  if (paged === null) return failed(head, 'bad-input', pagingNote.pastTheEnd(opts.page, unique.length, AID_PAGE_SIZE));
  const book = new CitationBook(facts);
  const items = paged.items.map(({ fact }) => toItem(fact, book));
  const notes = [
    paged.page === undefined ? null : pagingNote.range(paged.page, unique.length, AID_PAGE_SIZE, 'figure', 'newest first'),
    unique.length > 1
      ? 'Each figure is shown as its source reports it, with its date: running totals include earlier packages, so the figures are not added up.'
      : null,
  ].filter((note): note is string => note !== null);
  return answered(head, items, book, {
    ...(notes.length > 0 ? { message: notes.join(' ') } : {}),
    ...(paged.page === undefined ? {} : { page: paged.page }),
  });
}

/**
 * The chart's figures: the whole answer's items in order up to its MAX_AID_ROWS-th plotted
 * figure (the chart reads no further), cited as the whole answer cites them, and how many
 * items the whole answer has. Thousands of figures are not made into items to draw 24.
 */
function chart(opts: AidOptions, facts: LoadedFactBase): ChartData {
  const found = figuresFor(opts, facts, true);
  if ('abstention' in found) return { kind: 'answer', answer: found.abstention };
  const book = new CitationBook(facts);
  const items: AnswerItem[] = [];
  let plotted = 0;
  for (const { fact } of found.unique) {
    if (plotted === MAX_AID_ROWS) break;
    const item = toItem(fact, book);
    items.push(item);
    if (isPlottedFigure(item)) plotted += 1;
  }
  return { kind: 'answer', answer: answered(found.head, items, book), totalItems: found.unique.length };
}

function autocomplete(option: string, prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  if (option !== 'donor') return [];
  const typed = cleanText(prefix);
  const queryWords = donorKey(typed).split(' ').filter(Boolean);
  return aidViews(facts)
    .donors.filter((donor) => typed === '' || matchesWords(queryWords, donor.words))
    .slice(0, 25)
    .map(({ name }) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
}

export const aid: Command<AidOptions> = { data, options, run, chart, autocomplete };
