// The months of each season as news from the northern hemisphere counts them (the meteorological
// seasons): "last summer" is answered by a sentence saying "in late July".
import { MONTH_NAMES } from './calendar.js';

const SEASON_MONTHS: ReadonlyMap<string, readonly number[]> = new Map([
  ['spring', [3, 4, 5]],
  ['summer', [6, 7, 8]],
  ['autumn', [9, 10, 11]],
  ['fall', [9, 10, 11]],
  ['winter', [12, 1, 2]],
]);

/** The month names of a season word ("summer": June, July, August); none for any other word. */
export const seasonMonths = (word: string): readonly string[] => (SEASON_MONTHS.get(word.toLowerCase()) ?? []).map((month) => MONTH_NAMES[month - 1]!);
