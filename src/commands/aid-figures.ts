// The aid figures a /aid request asks for: donors matched by alias or word prefix, kind and
// dates filtered, newest first, each figure once. Worked out once per fact base.
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
}

/**
 * A donor name folded for comparison: lowercase, no dots or accents, no leading "the", short
 * forms made full ("USA" → "united states"), a national capital made its country ("aid for
 * Kyiv" goes to Ukraine's government). Other names match by word prefix ("europe" →
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
  // A mixed package ("humanitarian, financial, and military aid") contains each single kind.
  return kind === 'mixed' && wanted !== 'unspecified';
}

/** A figure with what every request filters and sorts on, worked out once. */
interface PlacedFact {
  fact: AidFact;
  span: { first: string; last: string } | null;
  /** The same figure from near-duplicate sentences is one fact. */
  duplicateKey: string;
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

export function aidViews(facts: LoadedFactBase): AidViews {
  return derived(facts, 'aid', () => {
    const placed = facts.data.aid
      .map((fact) => ({
        fact,
        span: fact.date ? spanOf(fact.date) : null,
        duplicateKey: `${groupKey(facts, fact.sentenceId)}|${sameFigure(fact)}`,
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

/** The figures a request asks for, newest first, each figure once. */
export function matchingFigures(opts: FigureFilter, views: AidViews): PlacedFact[] {
  const dated = opts.from !== undefined || opts.to !== undefined;
  if (opts.donor === undefined && opts.recipient === undefined && opts.kind === undefined && !dated) return views.unique;
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
      (!dated || (span !== null && withinBounds(span.first, span.last, opts.from, opts.to))) &&
      (recipientWords.length === 0 || matchesWords(recipientWords, words())),
  );
  return withoutDuplicates(filtered);
}
