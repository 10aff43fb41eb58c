// How an aid figure is written in an answer: the amount ("$48.3 billion"), the figure as a
// phrase, and its cited line.
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../factbase/date-format.js';
import type { AidFact } from '../factbase/schema.js';
import type { ListedFigure } from './aid-figures.js';
import type { CitationBook } from './cite.js';

const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
] as const;

// `toLocaleString` with options builds a formatter on every call (most of /aid's time): build one.
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** "$48.3 billion", "€52 billion", "$315 million", "CAD 2.5 billion", "$250,000". */
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

/** The figure as a phrase: "approximately $39 billion", "74% of the promised shells". */
function formatFigure(fact: AidFact): string {
  const qualifier = fact.qualifier ? `${fact.qualifier} ` : '';
  if (fact.amount) {
    const subject = fact.subject ? ` (${fact.subject})` : '';
    return `${qualifier}${formatMoney(fact.amount.value, fact.amount.currency)}${subject}`;
  }
  const subject = fact.subject ? ` of ${fact.subject}` : '';
  return `${qualifier}${fact.percent ?? 0}%${subject}`;
}

/** The line of a listed figure, citing every sentence that reports it. */
export function toItem({ fact, sentenceIds }: ListedFigure, book: CitationBook): AnswerItem {
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
    citations: book.citeAll(sentenceIds),
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
