// Where a sentence states a measurement of the kind a question asks for: "how far" wants a length
// ("150 miles", "2,000 km"), "how heavy" a weight ("3 tons"), "how hot" a temperature ("40
// degrees"). The units are WordNet's kinds of linear, mass and temperature unit, so no list of
// them is kept here; a number followed by one (a scale word between: "2 million miles") is the span.
import type { Span } from '../ingest/annotate.js';
import { terms } from '../factbase/terms.js';
import { kindsOf } from '../lexicon/word-kinds.js';
import { wordForms } from './parts-of-speech.js';

export type MeasureKind = 'length' | 'weight' | 'temperature';
const MEASURE_KINDS: ReadonlySet<string> = new Set<MeasureKind>(['length', 'weight', 'temperature']);
export const isMeasure = (expectation: string): expectation is MeasureKind => MEASURE_KINDS.has(expectation);
/** Whether the text measures something in another kind of unit than `kind` ("30,000 tonnes", "six weeks" for a length asked). */
export const measuresOtherKind = (text: string, kind: MeasureKind): boolean =>
  TIME_SPAN.test(text) || [...MEASURE_KINDS].some((other) => other !== kind && measureSpans(text, other as MeasureKind).length > 0);
// A span of time counted: a number and a unit of time.
const TIME_SPAN = /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/iu;

// WordNet's classes of units for each kind of measurement.
const UNIT_CLASSES: Readonly<Record<MeasureKind, readonly string[]>> = {
  length: ['linear unit'],
  weight: ['mass unit', 'weight unit'],
  temperature: ['temperature unit'],
};
// A unit written as a lone letter ("c", "k") is too often something else.
const MIN_UNIT_LENGTH = 2;

const unitMemo = new Map<MeasureKind, ReadonlySet<string>>();
/** The index terms of the one-word units of a kind ("mile", "km", "kilomet"). */
function unitTerms(kind: MeasureKind): ReadonlySet<string> {
  let units = unitMemo.get(kind);
  if (units === undefined) {
    const lemmas = UNIT_CLASSES[kind].flatMap((unitClass) => [...kindsOf(unitClass)]);
    // With their plurals: the stemmer makes no "foot" of "feet". A unit of two words ("light-year")
    // is neither of them: "2 years" measures no length.
    const words = lemmas.filter((lemma) => !lemma.includes(' ') && lemma.length >= MIN_UNIT_LENGTH).flatMap((lemma) => wordForms(lemma));
    units = new Set(words.map((word) => terms(word)).filter((found) => found.length === 1).map(([term]) => term!));
    unitMemo.set(kind, units);
  }
  return units;
}

/** The kind of measurement a word is a unit of ("km" → length, "tonnes" → weight), if any. */
export function unitKind(word: string): MeasureKind | undefined {
  const term = terms(word)[0];
  return term === undefined ? undefined : [...MEASURE_KINDS].find((kind) => unitTerms(kind as MeasureKind).has(term)) as MeasureKind | undefined;
}

const MEASURE = /\b\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?[\s-]+(\p{L}+)/giu;

/** Where the text states a measurement of the kind: a number and its unit. */
export function measureSpans(text: string, kind: MeasureKind): Span[] {
  const units = unitTerms(kind);
  const spans: Span[] = [];
  for (const match of text.matchAll(MEASURE)) {
    const unit = terms(match[1] ?? '')[0];
    if (unit !== undefined && units.has(unit)) spans.push([match.index ?? 0, (match.index ?? 0) + match[0].length]);
  }
  return spans;
}
