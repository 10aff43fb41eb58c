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
 * terms: any of the next `reach` words ("the first harbour board meeting").
 */
function ordinalsIn(text: string, reach: number): AskedOrdinal[] {
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

// How far after an ordinal the noun it counts may come, past the words describing it ("the second
// harbour council meeting", "its first ferry board session").
const NOUN_REACH = 3;

/** The ordinals the question counts a noun by ("the first day", "its second round"). */
export const askedOrdinals = (plain: string): AskedOrdinal[] => ordinalsIn(plain, NOUN_REACH);

/** Whether the sentence counts an asked noun by other ordinals only (it names "the final day", never "the first day"; "q2 vs the first quarter" asks of both). */
export function aboutOtherOrdinal(asked: readonly AskedOrdinal[], text: string): boolean {
  if (asked.length === 0) return false;
  const stated = ordinalsIn(text, NOUN_REACH);
  const askedOf = (noun: string) => asked.filter((each) => each.noun === noun).map((each) => each.place);
  return asked.some(({ noun }) => {
    const places = stated.filter((each) => each.noun === noun).map((each) => each.place);
    return places.length > 0 && !places.some((place) => askedOf(noun).includes(place));
  });
}
