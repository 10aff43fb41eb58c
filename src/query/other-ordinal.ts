// "What happened on the first day of the summit" is not answered by "… speaks on the final day of
// the summit": a sentence that puts another ordinal before the noun the question counts ("day",
// "round", "meeting") is about another one of the series. Ordinals of the same place in it are
// one ("first" and "opening", "final" and "closing"). General English, decided on the words. (A
// yes or no keeps it: "is she there on day one" is answered by "she attends on the final day".)
import { terms } from '../factbase/terms.js';

const PLACES_IN_SERIES: readonly (readonly string[])[] = [
  ['first', '1st', 'opening', 'initial'],
  ['second', '2nd'],
  ['third', '3rd'],
  ['fourth', '4th'],
  ['fifth', '5th'],
  ['sixth', '6th'],
  ['seventh', '7th'],
  ['eighth', '8th'],
  ['ninth', '9th'],
  ['tenth', '10th'],
  // Not "last": "the last quarter" is as often the one before as the final one.
  ['final', 'closing', 'concluding'],
];
const QUARTER = terms('quarter')[0]!;
const PLACE_OF: ReadonlyMap<string, number> = new Map(PLACES_IN_SERIES.flatMap((words, place) => words.map((word) => [word, place] as const)));

export interface AskedOrdinal {
  place: number;
  /** The index term of the noun counted ("dai" of "day"). */
  noun: string;
}

/**
 * Each ordinal and the noun after it in the same clause ("july 4th.. phase 1" pairs none), as index
 * terms: the next word, or any of the next `reach` words ("the first foreign ministers meeting").
 */
function ordinalsIn(text: string, reach = 1): AskedOrdinal[] {
  const words = text.toLowerCase().split(/\s+/u);
  return words.flatMap((word, i) => {
    if (!/^[\p{L}\d]+$/u.test(word)) return [];
    // "q2": the second quarter, as business news and chat write it.
    const quarter = /^q([1-4])$/u.exec(word);
    if (quarter !== null) return [{ place: Number(quarter[1]) - 1, noun: QUARTER }];
    const place = PLACE_OF.get(word);
    if (place === undefined) return [];
    const found: AskedOrdinal[] = [];
    for (const next of words.slice(i + 1, i + 1 + reach)) {
      const noun = terms(next)[0];
      if (noun !== undefined) found.push({ place, noun });
      if (!/^[\p{L}\d'’-]+$/u.test(next)) break;
    }
    return found;
  });
}

/** The ordinals the question counts a noun by ("the first day", "its second round"). */
export const askedOrdinals = (plain: string): AskedOrdinal[] => ordinalsIn(plain);

// How far after an ordinal a sentence may name the noun it counts, past the words describing it.
const STATED_REACH = 3;

/** Whether the sentence counts an asked noun by other ordinals only (it names "the final day", never "the first day"; "q2 vs the first quarter" asks of both). */
export function aboutOtherOrdinal(asked: readonly AskedOrdinal[], text: string): boolean {
  if (asked.length === 0) return false;
  const stated = ordinalsIn(text, STATED_REACH);
  const askedOf = (noun: string) => asked.filter((each) => each.noun === noun).map((each) => each.place);
  return asked.some(({ noun }) => {
    const places = stated.filter((each) => each.noun === noun).map((each) => each.place);
    return places.length > 0 && !places.some((place) => askedOf(noun).includes(place));
  });
}
