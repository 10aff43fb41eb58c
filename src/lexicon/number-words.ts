// Figures typed in words ("sixty one bil", "two hundred mil", "fifty thousand troops"). News
// writes figures from 10 up, and every figure before a scale word, in digits ("$61 billion",
// "50,000"), so a question that spells them would miss the sentence that states them. compromise
// reads number words too, but also turns "which one" into "which 1" and "first" into "1st" and
// misreads spoken years ("twenty twenty four"): what is rewritten here is only a run of cardinal
// words worth 10 or more, or one followed by a scale word; "one", "nine", "two and a half" stay.

const UNITS: ReadonlyMap<string, number> = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'].map((word, value) => [word, value]),
);
// News writes one to nine in words ("a two-day meeting", "three countries"), chat in digits ("2 day"):
// the pairs match each other. "one" stays apart: it is as often a pronoun ("which one").
export const SMALL_NUMBER_PAIRS: readonly (readonly [string, string])[] = [...UNITS].filter(([, value]) => value >= 2 && value <= 9).map(([word, value]) => [String(value), word]);
// Ordinals in words, first to tenth.
export const ORDINAL_WORDS: readonly string[] = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const CARDINAL_OF: ReadonlyMap<number, string> = new Map([...UNITS].map(([word, value]) => [value, word]));

/**
 * The ways news writes an ordinal (first to tenth) as a number, a place in a series ("its No. 2
 * official", "the number two seed" for "second"): "no 2", "number 2", "number two"; none for another word.
 */
export function numberedPlaces(ordinal: string): string[][] {
  const value = ORDINAL_WORDS.indexOf(ordinal) + 1;
  return value === 0 ? [] : [['no', String(value)], ['number', String(value)], ['number', CARDINAL_OF.get(value)!]];
}
const TENS: ReadonlyMap<string, number> = new Map(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'].map((word, i) => [word, (i + 2) * 10]));
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100],
  ['thousand', 1000],
]);
// Scale words after a figure, written out or clipped as chat types them ("mil", "bn"), with their values.
const SCALE_VALUES: ReadonlyMap<string, number> = new Map([
  ...['million', 'mil', 'mn', 'mln'].map((word) => [word, 1e6] as const),
  ...['billion', 'bil', 'bn', 'bln'].map((word) => [word, 1e9] as const),
  ...['trillion', 'tril', 'tn'].map((word) => [word, 1e12] as const),
]);
const SCALE_WORDS: ReadonlySet<string> = new Set([...SCALE_VALUES.keys(), 'millions', 'billions', 'trillions', 'k']);

/** A run of number words read from `start`: its value and how many words it spans (0 when none starts there). */
function numberRun(words: readonly string[], start: number): { value: number; length: number } {
  let total = 0;
  let current = 0;
  let length = 0;
  let lastWasUnitOrTens = false;
  for (let i = start; i < words.length; i++) {
    // "a hundred", "a thousand": one of them (a figure before a scale word: "a hundred bn", not "a hundred boats").
    if (i === start && words[i] === 'a' && MULTIPLIERS.has(words[i + 1] ?? '')) {
      current = 1;
      continue;
    }
    // "sixty-one" is one word of two parts.
    const parts = words[i]!.split('-');
    if (parts.some((part) => !UNITS.has(part) && !TENS.has(part) && !MULTIPLIERS.has(part))) {
      // "two hundred and fifty": "and" joins a multiplier to what follows it.
      if (words[i] === 'and' && length > 0 && !lastWasUnitOrTens && (UNITS.has(words[i + 1] ?? '') || TENS.has(words[i + 1] ?? ''))) continue;
      break;
    }
    let ok = true;
    for (const part of parts) {
      const unit = UNITS.get(part) ?? TENS.get(part);
      if (unit !== undefined) {
        // "twenty twenty" is a spoken year, "five six" a list: a unit only after tens ("sixty one").
        if (lastWasUnitOrTens && !(current % 100 >= 20 && current % 10 === 0 && unit < 10)) ok = false;
        current += unit;
        lastWasUnitOrTens = true;
      } else {
        const multiplier = MULTIPLIERS.get(part)!;
        if (current === 0) ok = false;
        if (multiplier === 1000) {
          total += current * multiplier;
          current = 0;
        } else current *= multiplier;
        lastWasUnitOrTens = false;
      }
    }
    if (!ok) break;
    length = i - start + 1;
  }
  return { value: total + current, length };
}

// "Half a billion", "a quarter of a million", "a third of a trillion": news writes the figure ("$500 million", "250,000").
const FRACTIONS: ReadonlyMap<string, number> = new Map([
  ['half', 0.5],
  ['third', 1 / 3],
  ['quarter', 0.25],
]);

const FRACTION_OF_SCALE = /^(?:a )?(half|third|quarter)(?: of)? an? (\S+?)([,;:.!?]*)$/u;

/** A fraction of a scale read from `start` ("half a billion", "a quarter of a million"): its words as news writes them, and how many it spans. */
function fractionOfScale(words: readonly string[], start: number): { figure: string[]; length: number } | undefined {
  if (!FRACTIONS.has(words[start]!) && !(words[start] === 'a' && FRACTIONS.has(words[start + 1] ?? ''))) return undefined;
  for (let length = 3; length <= 5 && start + length <= words.length; length++) {
    const found = FRACTION_OF_SCALE.exec(words.slice(start, start + length).join(' '));
    const scale = found ? SCALE_VALUES.get(found[2]!) : undefined;
    if (found === null || scale === undefined) continue;
    const value = FRACTIONS.get(found[1]!)! * scale;
    // Told in the next scale down: "500 million", not "0.5 billion"; under a million, in full; a
    // third as the whole number it is near ("333 billion"). Punctuation after it stays.
    const figure = value >= 1e9 ? [String(Math.round(value / 1e9)), 'billion'] : value >= 1e6 ? [String(Math.round(value / 1e6)), 'million'] : [String(Math.round(value))];
    figure.push(`${figure.pop()!}${found[3]!}`);
    return { figure, length };
  }
  return undefined;
}

/** The digits said one by one after "point" at `start` ("point four five": "45"); empty for none. */
function decimalDigits(words: readonly string[], start: number): string {
  if (words[start] !== 'point') return '';
  let digits = '';
  for (let at = start + 1; at < words.length && (UNITS.get(words[at]!) ?? 10) < 10; at++) digits += String(UNITS.get(words[at]!));
  return digits;
}

/** The words with each run of number words worth 10 or more, or before a scale word, written as its figure. */
export function figuresForNumberWords(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; ) {
    const fraction = fractionOfScale(words, i);
    if (fraction !== undefined) {
      out.push(...fraction.figure);
      i += fraction.length;
      continue;
    }
    const run = numberRun(words, i);
    // "two point five million": digits said after "point" are the figure's decimals.
    const decimals = run.length > 0 ? decimalDigits(words, i + run.length) : '';
    const value = decimals === '' ? run.value : Number(`${run.value}.${decimals}`);
    const length = run.length + (decimals === '' ? 0 : decimals.length + 1);
    const next = words[i + length];
    // Runs back to back ("twenty twenty four", a spoken year) are no one figure: left as typed.
    if (length > 0 && numberRun(words, i + length).length > 0) {
      let end = i;
      for (let run = length; run > 0; run = numberRun(words, end).length) end += run;
      out.push(...words.slice(i, end));
      i = end;
    } else if (length > 0 && (value >= 10 || (next !== undefined && SCALE_WORDS.has(next))) && (words[i] !== 'a' || (next !== undefined && SCALE_WORDS.has(next)))) {
      out.push(String(value));
      i += length;
    } else out.push(words[i++]!);
  }
  return out;
}
