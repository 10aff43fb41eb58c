// Answer → Vega-Lite chart spec, for the answers people would rather see than read: /aid
// figures and /timeline events. Pure (no I/O, no clock): same Answer, same spec, so the
// rendered image is the same bytes too (chart-image.ts). Null when there are fewer than two
// things to plot; the caller then gives the text answer alone.
//
// What the chart must not do is what the text answer never does either: add up figures. A
// running total already contains earlier packages and two outlets' numbers for one package
// overlap, so every aid figure is its own bar on its own row (never stacked, never summed),
// with its status as its colour and running totals drawn hollow. Counting events is the one
// sum here: distinct dated events per day, week, month or year.
import type { TopLevelSpec } from 'vega-lite';
import type { Answer, AnswerItem, Citation } from '../answer.js';
import { AID_STATUSES } from '../factbase/schema.js';

/** Width of the image in pixels: wide enough for labels, and what Discord shows without scaling much. */
export const CHART_WIDTH = 800;
/** Most rows (aid figures) one chart shows; more would not be legible at 800 px. */
export const MAX_AID_ROWS = 24;

/** The one family the renderer has (chart-image.ts loads it from a file), so layout and image agree. */
export const CHART_FONT = 'DejaVu Sans';

// An opaque light card: the same image has to read on Discord's dark and light themes, and a
// transparent one cannot (dark text vanishes on dark, light text on light). Text and grid
// colours keep at least 4.5:1 contrast on it.
const THEME = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#57606a',
  grid: '#d8dee4',
} as const;

const PADDING = 16;
const LABEL_FONT_SIZE = 13;
/** Room for the row labels left of the bars ("European Union · 2024-02" over "[3] Wire Service"). */
const ROW_LABEL_WIDTH = 200;
// Less a little: the last axis label is centred on the plot's right edge.
const PLOT_WIDTH = CHART_WIDTH - 2 * PADDING - ROW_LABEL_WIDTH - 12;
/** Room for the count axis left of the timeline's bars. */
const COUNT_AXIS_WIDTH = 44;
const ROW_STEP = 40;
/** DejaVu Sans at 13 px averages about this many pixels a character (for sizing label room). */
const CHAR_WIDTH = 7.6;
/** A bar's own label never takes more than this share of the plot, so the longest bar stays visible. */
const MAX_LABEL_SHARE = 0.55;
/** Separates a row's unique key from its shown label (see `rowKey`). */
const KEY_SEPARATOR = '§';

// Okabe–Ito colours: told apart with the common colour-vision deficiencies, and dark enough
// to see on white. One fixed colour per status, so a status looks the same in every chart.
const STATUS_COLOURS: Readonly<Record<(typeof AID_STATUSES)[number] | 'not stated', string>> = {
  requested: '#E69F00',
  pledged: '#CC79A7',
  announced: '#56B4E9',
  approved: '#0072B2',
  provided: '#D55E00',
  delivered: '#009E73',
  'not stated': '#8C8C8C',
};
const STATUS_ORDER = ['requested', 'pledged', 'announced', 'approved', 'provided', 'delivered', 'not stated'] as const;

const SINGLE = 'single figure';
const RUNNING = 'running total';

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

// What the charts read from an answer's items: the fields /aid and /timeline add. Items
// without them (a hand-written answer, another command) are simply not plotted.
interface AidItemFields {
  amount: { value: number; currency: string; text: string } | null;
  percent: number | null;
  subject: string | null;
  donor: string | null;
  status: string | null;
  qualifier: string | null;
  cumulative: boolean;
}

// Plain checks rather than a schema: a whole /timeline can be 100,000 items.
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

function aidFields(item: AnswerItem): AidItemFields | null {
  const raw = item['amount'];
  const amount =
    raw !== null && typeof raw === 'object' && typeof (raw as { value?: unknown }).value === 'number' && (raw as { value: number }).value > 0
      ? { value: (raw as { value: number }).value, currency: text((raw as { currency?: unknown }).currency) ?? '', text: text((raw as { text?: unknown }).text) ?? '' }
      : null;
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

function eventFields(item: AnswerItem): { start: string; end: string | null; precision: 'day' | 'month' | 'year' } | null {
  const start = text(item['start']);
  const end = text(item['end']);
  const precision = item['precision'];
  if (start === null || !ISO_DAY.test(start) || (end !== null && !ISO_DAY.test(end))) return null;
  if (precision !== 'day' && precision !== 'month' && precision !== 'year') return null;
  return { start, end, precision };
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
  /** The figure as reported, beside its bar: "≈ $77 billion · provided". */
  label: string;
  citation: number;
}

/** One stacked segment of the timeline chart: events of one date precision in one period. */
export interface EventBin {
  /** The period: its first day and the first day of the next (ISO), and its name on the axis. */
  start: string;
  end: string;
  period: string;
  precision: Precision;
  count: number;
  /** Where the segment sits in its period's stack: from `from` events up to `to`. */
  from: number;
  to: number;
}

export type TimeUnit = 'day' | 'week' | 'month' | 'year';

/** The chart for an answer, or null when the answer has nothing (or only one thing) to plot. */
export function chartSpec(answer: Answer): TopLevelSpec | null {
  if (answer.abstained || answer.error !== undefined) return null;
  if (answer.command === 'aid') return aidChartSpec(answer);
  if (answer.command === 'timeline') return timelineChartSpec(answer);
  return null;
}

// ---------------------------------------------------------------------------------------
// Shared pieces

function citationMap(answer: Answer): Map<number, Citation> {
  return new Map(answer.citations.map((citation) => [citation.n, citation]));
}

/** "Source: 3 articles published 2023-11-29 to 2024-12-03 (1 undated)": the articles behind the plotted items. */
export function sourceLine(answer: Answer, items: readonly AnswerItem[]): string {
  const citations = citationMap(answer);
  const articles = new Map<string, string | null>();
  for (const item of items) {
    for (const n of item.citations) {
      const article = citations.get(n)?.article;
      if (article !== undefined) articles.set(article.id, article.published);
    }
  }
  const dates = [...articles.values()].filter((date): date is string => date !== null).sort();
  const undated = articles.size - dates.length;
  const first = dates[0];
  const last = dates[dates.length - 1];
  const range = first === undefined || last === undefined ? '' : first === last ? ` published ${first}` : ` published ${first} to ${last}`;
  const note = undated === 0 || dates.length === 0 ? '' : ` (${undated} undated)`;
  return `Source: ${count(articles.size, 'article')}${range}${note}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A short name for an item's first source, for a row label: "[3] Wire Service". */
function sourceTag(item: AnswerItem, citations: ReadonlyMap<number, Citation>): string {
  const n = item.citations[0] ?? 0;
  const article = citations.get(n)?.article;
  const name = article?.publisher ?? article?.title ?? article?.id ?? 'unknown source';
  return `[${n}] ${clipText(name, 28)}`;
}

function clipText(text: string, max: number): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).trimEnd()}…`;
}

/** A row key whose shown part is `label` (two lines) and whose hidden index keeps it unique. */
function rowKey(index: number, lines: readonly string[]): string {
  return `${String(index).padStart(3, '0')}${KEY_SEPARATOR}${lines.map((line) => line.replaceAll(KEY_SEPARATOR, ' ')).join('\n')}`;
}
// The axis shows what follows the separator, one line per "\n".
const ROW_LABEL_EXPR = `split(split(datum.label, '${KEY_SEPARATOR}')[1], '\\n')`;

const config = {
  font: CHART_FONT,
  background: THEME.background,
  padding: PADDING,
  view: { stroke: null },
  title: {
    color: THEME.text,
    subtitleColor: THEME.muted,
    fontSize: 18,
    subtitleFontSize: 13,
    anchor: 'start',
    offset: 12,
  },
  axis: {
    labelColor: THEME.text,
    titleColor: THEME.text,
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    titleFontWeight: 'normal',
    gridColor: THEME.grid,
    domainColor: THEME.muted,
    tickColor: THEME.muted,
  },
  legend: {
    labelColor: THEME.text,
    titleColor: THEME.text,
    labelFontSize: LABEL_FONT_SIZE,
    titleFontSize: LABEL_FONT_SIZE,
    orient: 'top',
    direction: 'horizontal',
    columns: 3,
    labelLimit: 330,
  },
  text: { color: THEME.text, fontSize: LABEL_FONT_SIZE },
  concat: { spacing: 24 },
} as const;

/**
 * The caption under a chart: where its data come from, and how to read it. Views in a
 * column line up on their plot areas, so the caption starts `axisWidth` left of its own to
 * begin at the image's margin.
 */
function captionView(lines: readonly string[], plotWidth: number, axisWidth: number) {
  return {
    width: plotWidth,
    height: lines.length * 16,
    data: { values: [{}] },
    mark: { type: 'text', align: 'left', baseline: 'top', x: -axisWidth, y: 0, fontSize: 12, color: THEME.muted, lineHeight: 16 },
    encoding: { text: { value: [...lines] } },
  } as const;
}

function topLevel(title: string, subtitle: string | readonly string[], views: readonly object[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: clipText(title, 80), subtitle },
    config,
    vconcat: views,
    resolve: { scale: { x: 'independent', y: 'independent' } },
  } as unknown as TopLevelSpec;
}

// ---------------------------------------------------------------------------------------
// /aid

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

interface Panel {
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

function aidPanels(answer: Answer): { panels: Panel[]; plotted: AnswerItem[] } {
  const citations = citationMap(answer);
  const rows: AidRow[] = [];
  for (const item of answer.items) {
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
  const kept = rows.slice(0, MAX_AID_ROWS);
  const panels: Panel[] = [];

  // One panel per currency: figures in different currencies are not converted or compared on one axis.
  const byCurrency = new Map<string, AidRow[]>();
  for (const row of kept) {
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

  // Shares ("83% of the promised munitions") on their own 0–100 axis.
  const shares = kept.filter((row) => (row.fields.amount ?? null) === null && typeof row.fields.percent === 'number');
  if (shares.length > 0) {
    const bars = panelOf(
      shares,
      citations,
      (row) => row.fields.percent ?? 0,
      (row) => `${row.fields.qualifier ? `${row.fields.qualifier} ` : ''}${row.fields.percent ?? 0}%${row.fields.subject ? ` of ${clipText(row.fields.subject, 30)}` : ''}${statusWords(row)}`,
    );
    panels.push({ bars, axisTitle: 'Share (percent)', domainMax: Math.max(100, roomForLabels(bars, 100)), ticks: [0, 25, 50, 75, 100] });
  }
  return { panels, plotted: kept.map((row) => row.item) };
}

function presentInOrder<T extends string>(order: readonly T[], present: Iterable<string>): T[] {
  const seen = new Set(present);
  return order.filter((value) => seen.has(value));
}

function aidPanelView(panel: Panel, statuses: readonly string[], figures: readonly string[]) {
  const statusScale = { domain: statuses, range: statuses.map((status) => STATUS_COLOURS[status as keyof typeof STATUS_COLOURS]) };
  const y = {
    field: 'row',
    type: 'nominal',
    sort: null,
    title: null,
    axis: {
      labelExpr: ROW_LABEL_EXPR,
      labelLimit: ROW_LABEL_WIDTH - 8,
      labelFontSize: 12,
      ticks: false,
      domain: false,
      labelPadding: 8,
      // A fixed width for the labels, so every panel's bars start at the same x.
      minExtent: ROW_LABEL_WIDTH,
      maxExtent: ROW_LABEL_WIDTH,
    },
  } as const;
  // `stack: null`: each figure stands alone from zero; nothing is piled on anything else.
  const x = {
    field: 'value',
    type: 'quantitative',
    stack: null,
    title: panel.axisTitle,
    scale: { domain: [0, panel.domainMax], nice: false, zero: true },
    axis: { format: ',.4~r', tickCount: 5, grid: true, ...(panel.ticks ? { values: panel.ticks } : {}) },
  } as const;
  return {
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: panel.bars },
    layer: [
      {
        mark: { type: 'bar', height: { band: 0.62 }, strokeWidth: 2, cornerRadiusEnd: 2 },
        encoding: {
          y,
          x,
          color: { field: 'status', type: 'nominal', title: 'Status', scale: statusScale },
          // Outlined in the status colour too: a hollow running total still shows its status.
          stroke: { field: 'status', type: 'nominal', title: 'Status', scale: statusScale },
          // Running totals are pale and dashed: visibly not the same kind of figure as a package.
          fillOpacity: { field: 'figure', type: 'ordinal', legend: null, scale: { domain: figures, range: figures.map((figure) => (figure === RUNNING ? 0.22 : 1)) } },
          strokeDash: {
            field: 'figure',
            type: 'ordinal',
            title: 'Figure',
            scale: { domain: figures, range: figures.map((figure) => (figure === RUNNING ? [5, 3] : [1, 0])) },
            // Said in the subtitle instead: a legend beside the status one would not fit 800 px.
            legend: null,
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 6, limit: Math.round(PLOT_WIDTH * MAX_LABEL_SHARE), color: THEME.text },
        encoding: { y, x, text: { field: 'label' } },
      },
    ],
  } as const;
}

/**
 * /aid: one horizontal bar per figure, on rows grouped by donor, each labelled with its date
 * and source ("[3] Wire Service"); colour is the status (requested, approved, delivered…),
 * hollow bars are running totals. Money and percentages, and different currencies, get
 * separate panels with their own units.
 */
export function aidChartSpec(answer: Answer): TopLevelSpec | null {
  const { panels, plotted } = aidPanels(answer);
  const bars = panels.flatMap((panel) => panel.bars);
  if (bars.length < 2) return null;
  const statuses = presentInOrder(STATUS_ORDER, bars.map((bar) => bar.status));
  const figures = presentInOrder([SINGLE, RUNNING], bars.map((bar) => bar.figure));
  const dropped = answer.items.length - plotted.length;
  const caption = [
    sourceLine(answer, plotted),
    'Each figure as its source reports it: none is added to another or stacked.',
    ...(dropped > 0 && plotted.length === MAX_AID_ROWS ? [`The first ${MAX_AID_ROWS} figures are shown.`] : []),
  ];
  const subtitle = [
    `${count(bars.length, 'figure')} by donor and date; the colour is the status.`,
    ...(figures.includes(RUNNING) ? ['Pale dashed bars are running totals: they include earlier packages.'] : []),
  ];
  return topLevel(answer.title, subtitle, [
    ...panels.map((panel) => aidPanelView(panel, statuses, figures)),
    captionView(caption, PLOT_WIDTH, ROW_LABEL_WIDTH),
  ]);
}

// ---------------------------------------------------------------------------------------
// /timeline

const DAY_MS = 86_400_000;
const PRECISION_LABEL = { day: 'the day', month: 'the month', year: 'the year' } as const;
type Precision = (typeof PRECISION_LABEL)[keyof typeof PRECISION_LABEL];
const PRECISIONS: readonly Precision[] = [PRECISION_LABEL.day, PRECISION_LABEL.month, PRECISION_LABEL.year];
const PRECISION_COLOURS: Readonly<Record<Precision, string>> = { 'the day': '#0072B2', 'the month': '#56B4E9', 'the year': '#E69F00' };
const UNITS: readonly TimeUnit[] = ['day', 'week', 'month', 'year'];
const UNIT_RANK: Readonly<Record<TimeUnit, number>> = { day: 0, week: 1, month: 2, year: 3 };
const PRECISION_RANK = { day: 0, month: 2, year: 3 } as const;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
function msOf(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

/**
 * The bin for a span of events: by day up to about six weeks, by week up to about half a
 * year, by month up to six years, else by year: enough bins to show a shape, few enough to
 * keep each bar wide at 800 px.
 */
export function timeUnitFor(firstIso: string, lastIso: string): TimeUnit {
  const days = (msOf(lastIso) - msOf(firstIso)) / DAY_MS;
  if (days <= 45) return 'day';
  if (days <= 183) return 'week';
  if (days <= 6 * 366) return 'month';
  return 'year';
}

/** The first day of the `unit` holding `iso`, and the first day of the next one (weeks start on Monday). */
export function binOf(iso: string, unit: TimeUnit): { start: string; end: string } {
  const [y = 0, m = 1] = iso.split('-').map(Number);
  if (unit === 'year') return { start: `${y}-01-01`, end: `${y + 1}-01-01` };
  if (unit === 'month') {
    const next = new Date(Date.UTC(y, m, 1));
    return { start: `${iso.slice(0, 7)}-01`, end: isoDay(next.getTime()) };
  }
  const day = msOf(iso);
  if (unit === 'day') return { start: iso, end: isoDay(day + DAY_MS) };
  const monday = day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS;
  return { start: isoDay(monday), end: isoDay(monday + 7 * DAY_MS) };
}

interface PlacedEvent {
  item: AnswerItem;
  start: string;
  last: string;
  precision: 'day' | 'month' | 'year';
}

/** Events per period, split by how precisely each is dated; events vaguer than the bin are left out (and counted). */
export function eventBins(events: readonly PlacedEvent[], unit: TimeUnit): { bins: EventBin[]; placed: PlacedEvent[]; vaguer: number } {
  const counts = new Map<string, EventBin>();
  const placed: PlacedEvent[] = [];
  for (const event of events) {
    // "July 2024" cannot go into a week or a day: placing it at July 1 would invent a date.
    if (PRECISION_RANK[event.precision] > UNIT_RANK[unit]) continue;
    placed.push(event);
    const bin = binOf(event.start, unit);
    const key = `${bin.start}|${event.precision}`;
    const current = counts.get(key);
    if (current === undefined) {
      counts.set(key, { ...bin, period: periodName(bin.start, unit), precision: PRECISION_LABEL[event.precision], count: 1, from: 0, to: 0 });
    } else current.count += 1;
  }
  // Distinct events add up: in each period the precisions sit on one another, the day-precise at the bottom.
  const bins = [...counts.values()].sort((a, b) => a.start.localeCompare(b.start) || PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision));
  let height = 0;
  bins.forEach((bin, i) => {
    if (i === 0 || bins[i - 1]!.start !== bin.start) height = 0;
    bin.from = height;
    height += bin.count;
    bin.to = height;
  });
  return { bins, placed, vaguer: events.length - placed.length };
}

const UNIT_AXIS: Readonly<Record<TimeUnit, { title: string; noun: string; digits: number }>> = {
  day: { title: 'Day', noun: 'day', digits: 10 },
  week: { title: 'Week (starting Monday)', noun: 'week', digits: 10 },
  month: { title: 'Month', noun: 'month', digits: 7 },
  year: { title: 'Year', noun: 'year', digits: 4 },
};
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** A period's name on the axis: "2024", "Jul 2024", "9 Jul 2024" (a week by its Monday). */
export function periodName(start: string, unit: TimeUnit): string {
  const [year = '', month = '1', day = '1'] = start.split('-');
  if (unit === 'year') return year;
  const monthName = MONTH_NAMES[Number(month) - 1] ?? month;
  return unit === 'month' ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

/** Every period from the one holding `first` to the one holding `last`, empty ones too: gaps in time show as gaps. */
function periodsBetween(first: string, last: string, unit: TimeUnit): string[] {
  const names: string[] = [];
  for (let start = binOf(first, unit).start; start <= last; start = binOf(start, unit).end) names.push(periodName(start, unit));
  return names;
}

/**
 * /timeline: dated events per day, week or month (by year for long spans), stacked by how
 * precisely the text dates them. Reads every item given: the caller passes the whole
 * timeline, not one page of it.
 */
export function timelineChartSpec(answer: Answer): TopLevelSpec | null {
  const events: PlacedEvent[] = [];
  for (const item of answer.items) {
    const fields = eventFields(item);
    if (fields !== null) events.push({ item, start: fields.start, last: fields.end ?? fields.start, precision: fields.precision });
  }
  if (events.length < 2) return null;
  const first = events.reduce((min, event) => (event.start < min ? event.start : min), events[0]!.start);
  const last = events.reduce((max, event) => (event.last > max ? event.last : max), events[0]!.last);
  // Mostly coarse dates may leave too little at a fine bin: widen until two periods show.
  let unit = timeUnitFor(first, last);
  let binned = eventBins(events, unit);
  while (new Set(binned.bins.map((bin) => bin.start)).size < 2 && unit !== 'year') {
    unit = UNITS[UNIT_RANK[unit] + 1]!;
    binned = eventBins(events, unit);
  }
  const totals = new Map<string, { period: string; total: number }>();
  for (const bin of binned.bins) totals.set(bin.start, { period: bin.period, total: bin.to });
  if (totals.size < 2) return null;
  const firstPlaced = binned.bins[0]!.start;
  const lastPlaced = binned.bins[binned.bins.length - 1]!.start;

  const precisions = PRECISIONS.filter((label) => binned.bins.some((bin) => bin.precision === label));
  const axis = UNIT_AXIS[unit];
  const maxTotal = Math.max(...[...totals.values()].map((total) => total.total));
  const chartWidth = CHART_WIDTH - 2 * PADDING - COUNT_AXIS_WIDTH;
  // Periods are named here rather than by Vega's time scale: the names do not depend on the
  // machine's time zone, and each sits under its own bar.
  const x = {
    field: 'period',
    type: 'ordinal',
    title: axis.title,
    sort: null,
    scale: { domain: periodsBetween(firstPlaced, lastPlaced, unit), paddingInner: 0.1, paddingOuter: 0.05 },
    axis: { labelOverlap: 'parity', grid: false, labelAngle: 0, ticks: false },
  } as const;
  const y = {
    field: 'to',
    type: 'quantitative',
    title: 'Events',
    scale: { domain: [0, maxTotal + Math.max(1, Math.ceil(maxTotal * 0.12))], nice: false },
    axis: { format: 'd', tickMinStep: 1, grid: true, minExtent: COUNT_AXIS_WIDTH, maxExtent: COUNT_AXIS_WIDTH },
  } as const;
  const chart = {
    width: chartWidth,
    height: 260,
    layer: [
      {
        data: { values: binned.bins },
        mark: { type: 'bar', stroke: THEME.background, strokeWidth: 1 },
        encoding: {
          x,
          y,
          y2: { field: 'from' },
          color: {
            field: 'precision',
            type: 'nominal',
            title: 'Dated to',
            scale: { domain: precisions, range: precisions.map((label) => PRECISION_COLOURS[label]) },
          },
        },
      },
      {
        data: { values: [...totals.values()] },
        mark: { type: 'text', baseline: 'bottom', dy: -3, fontSize: 12 },
        encoding: {
          x,
          y: { field: 'total', type: 'quantitative' },
          text: { field: 'total', type: 'quantitative' },
        },
      },
    ],
  } as const;
  const caption = [
    sourceLine(answer, binned.placed.map((event) => event.item)),
    `${count(binned.placed.length, 'dated event')} from ${first.slice(0, axis.digits)} to ${last.slice(0, axis.digits)}, counted per ${axis.noun}; near-duplicates count once.`,
    ...(binned.vaguer > 0 ? [`Not shown: ${count(binned.vaguer, 'event')} dated less precisely than a ${axis.noun}.`] : []),
  ];
  return topLevel(answer.title, `Dated events per ${axis.noun}`, [chart, captionView(caption, chartWidth, COUNT_AXIS_WIDTH)]);
}
