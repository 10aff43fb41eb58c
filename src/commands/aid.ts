// /aid — the aid figures the coverage reports, newest first, each as its own cited line.
// Figures are never added up: a running total and a later package, or two outlets' numbers
// for the same thing, overlap, so they are shown side by side with their dates.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../knowledge/date-format.js';
import type { LoadedFactBase } from '../knowledge/factbase.js';
import { AID_KINDS, type AidFact } from '../knowledge/schema.js';
import { CitationBook, groupKey } from './cite.js';
import { AVAILABLE_EVERYWHERE, DATE_RANGE_OPTIONS, MAX_NAME_LENGTH, checkDateOrder, choice, cleanText, dateBound, optionalText, spanOf, withinBounds } from './options.js';
import { abstained, answered, listing, requestLine } from './respond.js';
import type { AutocompleteChoice, Command } from './types.js';

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
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({
    donor: optionalText('donor', MAX_NAME_LENGTH),
    kind: choice('kind', AID_KINDS),
    from: dateBound('from'),
    to: dateBound('to'),
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

/** True when every word the user typed starts a word of the donor's name. */
export function donorMatches(query: string, donor: string): boolean {
  const queryWords = donorKey(query).split(' ').filter(Boolean);
  const donorWords = donorKey(donor).split(' ');
  return queryWords.length > 0 && queryWords.every((word) => donorWords.some((candidate) => candidate.startsWith(word)));
}

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

/** "$61.4 billion", "€65 billion", "$725 million", "CAD 2.5 billion", "$250,000". */
export function formatMoney(value: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency];
  const prefix = symbol ?? `${currency} `;
  for (const [size, word] of SCALES) {
    if (value >= size) {
      const scaled = Number((value / size).toFixed(2));
      return `${prefix}${scaled.toLocaleString('en-US', { maximumFractionDigits: 2 })} ${word}`;
    }
  }
  return `${prefix}${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
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

// Newest first by the day the figure applies to; undated figures last; ties by sentence order.
function newestFirst(a: AidFact, b: AidFact): number {
  if (a.date && b.date) {
    const order = spanOf(b.date).first.localeCompare(spanOf(a.date).first);
    if (order !== 0) return order;
  } else if (a.date || b.date) {
    return a.date ? -1 : 1;
  }
  return a.sentenceId - b.sentenceId || a.id - b.id;
}

function sameFigure(fact: AidFact): string {
  return fact.amount ? `${fact.amount.currency}:${fact.amount.value}` : `%:${fact.percent ?? ''}:${fact.subject ?? ''}`;
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

/** Distinct donor names as the coverage writes them, most frequent first. */
function donorsIn(facts: LoadedFactBase): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const fact of facts.data.aid) {
    if (!fact.donor) continue;
    const key = donorKey(fact.donor);
    const entry = counts.get(key) ?? { name: fact.donor, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).map((entry) => entry.name);
}

function run(opts: AidOptions, facts: LoadedFactBase) {
  const head = {
    command: 'aid',
    query: requestLine('aid', { donor: opts.donor, kind: opts.kind, from: opts.from?.text, to: opts.to?.text }),
    title: opts.donor ? `Aid from ${opts.donor}` : 'Aid figures in the coverage',
  };
  const dated = opts.from !== undefined || opts.to !== undefined;
  const matching = facts.data.aid
    .filter((fact) => opts.donor === undefined || (fact.donor !== null && donorMatches(opts.donor, fact.donor)))
    .filter((fact) => kindMatches(opts.kind, fact.kind))
    .filter((fact) => {
      if (!dated) return true;
      if (!fact.date) return false;
      const span = spanOf(fact.date);
      return withinBounds(span.first, span.last, opts.from, opts.to);
    })
    .sort(newestFirst);

  // The same figure from near-duplicate sentences is one fact: the book cites every source.
  const seen = new Set<string>();
  const unique = matching.filter((fact) => {
    const key = `${groupKey(facts, fact.sentenceId)}|${sameFigure(fact)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  if (unique.length === 0) {
    const donors = donorsIn(facts);
    const have =
      facts.data.aid.length === 0
        ? 'The coverage reports no aid figures at all.'
        : `The coverage has ${facts.data.aid.length} aid figures${donors.length > 0 ? `, from ${listing(donors)}` : ''}.`;
    return abstained(head, `The coverage doesn't report aid figures matching ${head.query}. ${have}`);
  }

  const book = new CitationBook(facts);
  const items = unique.map((fact) => toItem(fact, book));
  const message =
    items.length > 1
      ? 'Each figure is shown as its source reports it, with its date: running totals include earlier packages, so the figures are not added up.'
      : undefined;
  return answered(head, items, book, message === undefined ? {} : { message });
}

function autocomplete(option: string, prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  if (option !== 'donor') return [];
  const typed = cleanText(prefix);
  return donorsIn(facts)
    .filter((donor) => typed === '' || donorMatches(typed, donor))
    .slice(0, 25)
    .map((donor) => ({ name: donor.slice(0, 100), value: donor.slice(0, 100) }));
}

export const aid: Command<AidOptions> = { data, options, run, autocomplete };
