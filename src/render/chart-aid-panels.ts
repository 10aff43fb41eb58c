// What the /aid chart plots: an answer's figures read into bars, one per figure, in panels
// of one unit each (one per currency, one for percentages), rows grouped by donor and
// labelled with date and source. chart-aid.ts draws them.
//
// What the chart must not do is what the text answer never does either: add up figures. A
// running total already contains earlier packages and two outlets' numbers for one package
// overlap, so every figure is its own bar on its own row (never stacked, never summed).
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { MAX_AID_ROWS, plottedAmount } from '../chart-data.js';
import { AID_STATUSES } from '../factbase/schema.js';
import { CHART_WIDTH, PADDING, citationMap, clipText } from './chart-theme.js';

/** Room for the row labels left of the bars ("European Union · 2024-02" over "[3] Wire Service"). */
export const ROW_LABEL_WIDTH = 200;
// Less a little: the last axis label is centred on the plot's right edge.
export const PLOT_WIDTH = CHART_WIDTH - 2 * PADDING - ROW_LABEL_WIDTH - 12;
export const ROW_STEP = 40;
/** DejaVu Sans at 13 px averages about this many pixels a character (for sizing label room). */
const CHAR_WIDTH = 7.6;
/** A bar's own label never takes more than this share of the plot, so the longest bar stays visible. */
export const MAX_LABEL_SHARE = 0.55;
/** Separates a row's unique key from its shown label (see `rowKey`). */
const KEY_SEPARATOR = '§';

// Okabe–Ito colours: told apart with the common colour-vision deficiencies, and dark enough
// to see on white. One fixed colour per status, so a status looks the same in every chart.
export const STATUS_COLOURS: Readonly<Record<(typeof AID_STATUSES)[number] | 'not stated', string>> = {
  requested: '#E69F00',
  pledged: '#CC79A7',
  announced: '#56B4E9',
  approved: '#0072B2',
  provided: '#D55E00',
  delivered: '#009E73',
  'not stated': '#8C8C8C',
};
export const STATUS_ORDER = ['requested', 'pledged', 'announced', 'approved', 'provided', 'delivered', 'not stated'] as const;

export const SINGLE = 'single figure';
export const RUNNING = 'running total';

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  USD: 'US dollars',
  EUR: 'euros',
  GBP: 'pounds sterling',
  JPY: 'yen',
  CAD: 'Canadian dollars',
  AUD: 'Australian dollars',
  CHF: 'Swiss francs',
};
const SCALES = [
  [1e12, 'trillions'],
  [1e9, 'billions'],
  [1e6, 'millions'],
  [1e3, 'thousands'],
] as const;

// What the chart reads from an answer's items: the fields /aid adds. Items without them (a
// hand-written answer, another command) are simply not plotted.
interface AidItemFields {
  amount: { value: number; currency: string; text: string } | null;
  percent: number | null;
  subject: string | null;
  donor: string | null;
  status: string | null;
  qualifier: string | null;
  cumulative: boolean;
}

// Plain checks rather than a schema, as for every field a chart reads.
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function aidFields(item: AnswerItem): AidItemFields | null {
  const amount = plottedAmount(item);
  const percent = typeof item['percent'] === 'number' ? item['percent'] : null;
  if (amount === null && percent === null) return null;
  return {
    amount,
    percent,
    subject: text(item['subject']),
    donor: text(item['donor']),
    status: text(item['status']),
    qualifier: text(item['qualifier']),
    cumulative: item['cumulative'] === true,
  };
}

/** One bar of the aid chart: one figure as one source reports it. */
export interface AidBar {
  /** Unique per row, so two figures with the same label never share (and stack on) a row. */
  row: string;
  donor: string;
  date: string | null;
  status: string;
  figure: typeof SINGLE | typeof RUNNING;
  /** In the panel's unit (billions of US dollars, percent). */
  value: number;
  /** The figure as reported, beside its bar: "≈ $39 billion · provided". */
  label: string;
  citation: number;
}

/** A short name for an item's first source, for a row label: "[3] Wire Service". */
function sourceTag(item: AnswerItem, citations: ReadonlyMap<number, Citation>): string {
  const n = item.citations[0] ?? 0;
  const article = citations.get(n)?.article;
  const name = article?.publisher ?? article?.title ?? article?.id ?? 'unknown source';
  return `[${n}] ${clipText(name, 28)}`;
}

/** A row key whose shown part is `label` (two lines) and whose hidden index keeps it unique. */
function rowKey(index: number, lines: readonly string[]): string {
  return `${String(index).padStart(3, '0')}${KEY_SEPARATOR}${lines.map((line) => line.replaceAll(KEY_SEPARATOR, ' ')).join('\n')}`;
}
// The axis shows what follows the separator, one line per "\n".
export const ROW_LABEL_EXPR = `split(split(datum.label, '${KEY_SEPARATOR}')[1], '\\n')`;

interface AidRow {
  item: AnswerItem;
  fields: AidItemFields;
  donor: string;
  date: string | null;
  status: string;
}

function statusOf(status: string | null | undefined): string {
  return status !== null && status !== undefined && status in STATUS_COLOURS ? status : 'not stated';
}

/** Money in the largest unit its biggest figure reaches: "billions", divisor 1e9. */
function unitFor(max: number): { divisor: number; words: string } {
  for (const [size, words] of SCALES) if (max >= size) return { divisor: size, words };
  return { divisor: 1, words: '' };
}

export function currencyName(code: string): string {
  return CURRENCY_NAMES[code] ?? code;
}

/**
 * Bars of one panel: rows grouped by donor (the donor with most figures first), oldest
 * first within a donor, so a donor's running totals read left to right in time.
 */
function orderRows(rows: AidRow[]): AidRow[] {
  const perDonor = new Map<string, number>();
  for (const row of rows) perDonor.set(row.donor, (perDonor.get(row.donor) ?? 0) + 1);
  return [...rows].sort(
    (a, b) =>
      (perDonor.get(b.donor) ?? 0) - (perDonor.get(a.donor) ?? 0) ||
      a.donor.localeCompare(b.donor) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      (a.item.citations[0] ?? 0) - (b.item.citations[0] ?? 0),
  );
}

export interface Panel {
  bars: AidBar[];
  axisTitle: string;
  /** Domain end: past the largest bar by the room its label needs. */
  domainMax: number;
  /** Axis tick values when the scale must not show values beyond the data's own range (percentages). */
  ticks?: number[];
}

function panelOf(rows: AidRow[], citations: ReadonlyMap<number, Citation>, valueOf: (row: AidRow) => number, label: (row: AidRow) => string): AidBar[] {
  return orderRows(rows).map((row, index) => ({
    row: rowKey(index, [`${clipText(row.donor, 26)} · ${row.date ?? 'undated'}`, sourceTag(row.item, citations)]),
    donor: row.donor,
    date: row.date,
    status: row.status,
    figure: row.fields.cumulative === true ? RUNNING : SINGLE,
    value: valueOf(row),
    label: label(row),
    citation: row.item.citations[0] ?? 0,
  }));
}

/** Where the value axis ends so the longest bar still has room for its label to its right. */
function roomForLabels(bars: readonly AidBar[], dataMax: number): number {
  let needed = 1;
  for (const bar of bars) {
    const labelShare = Math.min(MAX_LABEL_SHARE, (bar.label.length * CHAR_WIDTH + 10) / PLOT_WIDTH);
    // The bar ends at value/domain of the width; its label needs labelShare more.
    needed = Math.max(needed, bar.value / dataMax / (1 - labelShare));
  }
  return dataMax * needed;
}

function statusWords(row: AidRow): string {
  return row.status === 'not stated' ? '' : ` · ${row.status}`;
}

export function aidPanels(answer: Answer): { panels: Panel[]; plotted: AnswerItem[] } {
  const citations = citationMap(answer);
  const rows: AidRow[] = [];
  for (const item of answer.items) {
    if (rows.length === MAX_AID_ROWS) break;
    const fields = aidFields(item);
    if (fields === null) continue;
    rows.push({
      item,
      fields,
      donor: fields.donor ?? 'unnamed donor',
      date: item.date ?? null,
      status: statusOf(fields.status),
    });
  }
  const panels: Panel[] = [];

  // One panel per currency: figures in different currencies are not converted or compared on one axis.
  const byCurrency = new Map<string, AidRow[]>();
  for (const row of rows) {
    const currency = row.fields.amount?.currency;
    if (currency === undefined) continue;
    const list = byCurrency.get(currency);
    if (list === undefined) byCurrency.set(currency, [row]);
    else list.push(row);
  }
  const currencies = [...byCurrency.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  for (const [currency, list] of currencies) {
    const max = Math.max(...list.map((row) => row.fields.amount?.value ?? 0));
    const unit = unitFor(max);
    const bars = panelOf(
      list,
      citations,
      (row) => (row.fields.amount?.value ?? 0) / unit.divisor,
      (row) => `${row.fields.qualifier ? `${row.fields.qualifier} ` : ''}${row.fields.amount?.text ?? ''}${statusWords(row)}`,
    );
    const dataMax = max / unit.divisor;
    const axisTitle = `Amount${unit.words ? ` (${unit.words} of ${currencyName(currency)})` : ` (${currencyName(currency)})`}`;
    panels.push({ bars, axisTitle, domainMax: roomForLabels(bars, dataMax) });
  }

  // Shares ("74% of the promised shells") on their own 0–100 axis.
  const shares = rows.filter((row) => (row.fields.amount ?? null) === null && typeof row.fields.percent === 'number');
  if (shares.length > 0) {
    const bars = panelOf(
      shares,
      citations,
      (row) => row.fields.percent ?? 0,
      (row) => `${row.fields.qualifier ? `${row.fields.qualifier} ` : ''}${row.fields.percent ?? 0}%${row.fields.subject ? ` of ${clipText(row.fields.subject, 30)}` : ''}${statusWords(row)}`,
    );
    panels.push({ bars, axisTitle: 'Share (percent)', domainMax: Math.max(100, roomForLabels(bars, 100)), ticks: [0, 25, 50, 75, 100] });
  }
  return { panels, plotted: rows.map((row) => row.item) };
}
