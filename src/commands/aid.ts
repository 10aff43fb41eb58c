// /aid — the aid figures the coverage reports, newest first or by size, each as its own cited line.
// Figures are never added up: a running total and a later package, or two outlets' numbers
// for the same thing, overlap, so they are shown side by side with their dates.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { AID_KINDS, type AidFact } from '../factbase/schema.js';
import { MAX_AID_ROWS, isPlottedFigure, type ChartData } from '../chart-data.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE, CHART_OPTION, DATE_RANGE_OPTIONS, MAX_NAME_LENGTH, PAGE_OPTION, checkDateOrder, choice, dateBound, flag, optionalText, pageNumber } from './options.js';
import { abstained, answered, failed, listingOf, pageOf, pagingNote, requestLine } from './respond.js';
import type { AutocompleteChoice, Command } from './types.js';
import { FIGURE_ORDERS, aidViews, donorKey, mainCurrency, matchesWords, matchingFigures, type ListedFigure } from './aid-figures.js';
import { toItem } from './aid-format.js';
import { isBounded, periodLabel } from './in-period.js';
import { cleanTypedText } from '../text-hygiene.js';

/** Figures per page: each line is a short fact plus the sentence it comes from. */
export const AID_PAGE_SIZE = 10;
/** Donors named when the coverage has no figure matching the request. */
const MAX_DONORS_LISTED = 10;

const data = {
  name: 'aid',
  description: 'Aid figures the coverage reports: amount, donor → recipient, status, date; newest first or by size',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'donor',
      description: 'Who gives the aid; several separated by commas (e.g. United States, Europe)',
      max_length: MAX_NAME_LENGTH,
      autocomplete: true,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'recipient',
      description: 'Who receives the aid (e.g. Ukraine, Gaza)',
      max_length: MAX_NAME_LENGTH,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'kind',
      description: 'Kind of aid',
      choices: AID_KINDS.map((kind) => ({ name: kind, value: kind })),
    },
    ...DATE_RANGE_OPTIONS,
    {
      type: ApplicationCommandOptionType.String,
      name: 'order',
      description: 'Newest first (default), or by amount: largest or smallest first',
      choices: FIGURE_ORDERS.map((order) => ({ name: order, value: order })),
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'packages',
      description: 'Only single packages and pledges, without running totals (which add several up)',
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'totals',
      description: 'Only running totals: what a source says has been given so far',
    },
    PAGE_OPTION,
    CHART_OPTION,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export const options = z
  .strictObject({
    donor: optionalText('donor', MAX_NAME_LENGTH),
    recipient: optionalText('recipient', MAX_NAME_LENGTH),
    kind: choice('kind', AID_KINDS),
    from: dateBound('from'),
    to: dateBound('to'),
    order: choice('order', FIGURE_ORDERS),
    packages: flag('packages'),
    totals: flag('totals'),
    page: pageNumber('page'),
    chart: flag('chart'),
  })
  .superRefine(checkDateOrder)
  .superRefine((opts, ctx) => {
    if (opts.packages && opts.totals) ctx.addIssue({ code: 'custom', message: '`packages` and `totals` leave each other nothing: choose one', path: ['totals'] });
  });
export type AidOptions = z.infer<typeof options>;

/**
 * A party as the coverage names it when the figures found name it alike ("us", "usa" → United
 * States), or the coverage's spelling of the name typed ("pellonia" among Pellonia and Lindvik), else as typed.
 */
function partyName(typed: string | undefined, found: readonly AidFact[], party: (fact: AidFact) => string | null): string | undefined {
  const names = [...new Set(found.map(party))].filter((name) => name !== null);
  return names.length === 1 ? names[0] : (names.find((name) => name.toLowerCase() === typed?.toLowerCase()) ?? typed);
}

/** "Aid from United States to Pellonia, 2024". */
function titleOf(opts: AidOptions, found: readonly AidFact[] = []): string {
  const donor = partyName(opts.donor, found, (fact) => fact.donor);
  const recipient = partyName(opts.recipient, found, (fact) => fact.recipient);
  // The period asked ("aid in 2024") shows, so the figures are not read as all there are.
  const period = isBounded(opts) ? `, ${periodLabel(opts)}` : '';
  if (opts.donor === undefined && opts.recipient === undefined) return `Aid figures in the coverage${period}`;
  return ['Aid', opts.donor === undefined ? '' : `from ${donor}`, opts.recipient === undefined ? '' : `to ${recipient}`].filter(Boolean).join(' ') + period;
}

/** The request's head (query line, title) and its figures, or the abstention when it has none. */
function figuresFor(opts: AidOptions, facts: LoadedFactBase, forChart: boolean) {
  const head = {
    command: 'aid',
    query: requestLine('aid', {
      donor: opts.donor,
      recipient: opts.recipient,
      kind: opts.kind,
      from: opts.from?.text,
      to: opts.to?.text,
      order: opts.order === 'newest' ? undefined : opts.order,
      packages: opts.packages ? 'true' : undefined,
      totals: opts.totals ? 'true' : undefined,
      page: opts.page > 1 && !forChart ? opts.page : undefined,
      chart: opts.chart ? 'true' : undefined,
    }),
    title: titleOf(opts),
  };
  const views = aidViews(facts);
  const unique = matchingFigures(opts, views);
  if (unique.length > 0) return { head: { ...head, title: titleOf(opts, unique.map(({ fact }) => fact)) }, unique };
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
  const items = paged.items.map((line) => toItem(line, book));
  const notes = [
    paged.page === undefined ? null : pagingNote.range(paged.page, unique.length, AID_PAGE_SIZE, 'figure', orderLabel(opts.order)),
    paged.page === undefined && opts.order !== undefined && opts.order !== 'newest' ? `${capitalised(orderLabel(opts.order))}.` : null,
    sizeNote(opts, unique),
    unstatedNote(opts, unique),
    unique.length > 1
      ? 'Each figure is shown as its source reports it, with its date: running totals include earlier packages, so the figures are not added up.'
      : null,
  ].filter((note): note is string => note !== null);
  return answered(head, items, book, {
    ...(notes.length > 0 ? { message: notes.join(' ') } : {}),
    ...(paged.page === undefined ? {} : { page: paged.page }),
  });
}

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function orderLabel(order: AidOptions['order']): string {
  if (order === 'largest') return 'largest amount first';
  if (order === 'smallest') return 'smallest amount first';
  return 'newest first';
}

/** By size, amounts in other currencies than the main one follow it, never converted: say so. */
function sizeNote(opts: AidOptions, listed: readonly ListedFigure[]): string | null {
  if (opts.order === undefined || opts.order === 'newest') return null;
  const main = mainCurrency(listed);
  const others = new Set(listed.flatMap(({ fact }) => (fact.amount === null || fact.amount.currency === main ? [] : [fact.amount.currency])));
  const shares = listed.some(({ fact }) => fact.amount === null);
  const after = [others.size > 0 ? `amounts in ${[...others].join(', ')} (not converted)` : null, shares ? 'shares of deliveries' : null].filter(Boolean);
  return after.length === 0 ? null : `Amounts in ${main} are compared; ${after.join(' and ')} follow them.`;
}

/** Figures listed for the recipient only because their sentence names it: say which and why. */
function unstatedNote(opts: AidOptions, listed: readonly ListedFigure[]): string | null {
  const first = listed.findIndex((line) => line.recipientUnstated);
  if (first < 0) return null;
  const range = first + 1 === listed.length ? `Figure ${first + 1} names` : `Figures ${first + 1}–${listed.length} name`;
  const recipient = partyName(opts.recipient, listed.map(({ fact }) => fact), (fact) => fact.recipient);
  return `${range} no recipient: listed after the others because the sentence mentions ${recipient}.`;
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
  for (const line of found.unique) {
    if (plotted === MAX_AID_ROWS) break;
    const item = toItem(line, book);
    items.push(item);
    if (isPlottedFigure(item)) plotted += 1;
  }
  return { kind: 'answer', answer: answered(found.head, items, book), totalItems: found.unique.length };
}

function autocomplete(option: string, prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  if (option !== 'donor') return [];
  const typed = cleanTypedText(prefix);
  const queryWords = donorKey(typed).split(' ').filter(Boolean);
  return aidViews(facts)
    .donors.filter((donor) => typed === '' || matchesWords(queryWords, donor.words))
    .slice(0, 25)
    .map(({ name }) => ({ name: name.slice(0, 100), value: name.slice(0, 100) }));
}

export const aid: Command<AidOptions> = { data, options, run, chart, autocomplete };
