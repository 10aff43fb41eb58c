// A two-word name or term typed with its second word cut short ("san fran", "prime min", "vice
// pres"): WordNet's two-word nouns say what it stands for when one of them starts so, or the
// others only lengthen that one; "new hamp" (Hampshire or Hampshirite) stays as typed. Only a cut
// word is read so: one no dictionary has, or one of three letters or fewer ("min", "gen");
// "nuclear arms" stays as typed. An everyday short word before a noun qualifies that noun:
// "stealth air defence" is no stealth aircraft.
import { isStopWord } from '../factbase/terms.js';
import { isEnglishWord, isEverydayEnglishWord, regularSingulars } from './english-words.js';
import { nounAndVerbUsage, senseOffsets, wordnetFile } from './wordnet.js';

const MIN_CUT = 3;
const MAX_SHORT_CUT = 3;

let secondWords: ReadonlyMap<string, readonly string[]> | null = null;

/** Per first word, the second words of WordNet's two-word nouns ("san" → "francisco", "antonio", …). */
function loadSecondWords(): ReadonlyMap<string, readonly string[]> {
  const found = new Map<string, string[]>();
  for (const line of wordnetFile('index.noun').split('\n')) {
    const pair = /^([a-z]+)_([a-z]+) /u.exec(line);
    if (pair === null) continue;
    const [, first = '', second = ''] = pair;
    found.set(first, [...(found.get(first) ?? []), second]);
  }
  return found;
}

/** The whole second word a cut one stands for after `first` ("san", "fran" → "francisco"), else undefined. */
export function completedSecondWord(first: string, cut: string): string | undefined {
  // A function word is no cut word: "air defense for two years" is not the "defense force".
  if (cut.length < MIN_CUT || !/^\p{L}+$/u.test(cut) || isStopWord(cut) || (cut.length > MAX_SHORT_CUT && isEnglishWord(cut))) return undefined;
  secondWords ??= loadSecondWords();
  const seconds = secondWords.get(first) ?? [];
  if (seconds.includes(cut)) return undefined;
  const longer = seconds.filter((second) => second.startsWith(cut)).sort((a, b) => a.length - b.length);
  const [shortest] = longer;
  return shortest !== undefined && longer.every((second) => second.startsWith(shortest)) ? shortest : undefined;
}

/** Whether `word` reads as qualifying the next one: a two-word noun ("air strikes"), or before a word used more as a noun than as a verb ("air defence", not "min say"). */
function qualifiesNoun(word: string, next: string): boolean {
  const forms = regularSingulars(next);
  if (forms.some((form) => senseOffsets('noun', `${word}_${form}`).length > 0)) return true;
  return forms.some((form) => {
    if (senseOffsets('noun', form).length === 0) return false;
    const usage = nounAndVerbUsage(form);
    return usage.noun >= usage.verb;
  });
}

/** The words with each cut second word of a two-word noun written whole ("san fran," → "san francisco,"). */
export function completeClippedCompounds(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const first = words[i - 1];
    // A punctuation mark after the first word ends its phrase.
    if (first === undefined || !/^\p{L}+$/u.test(first)) return word;
    const [, cut = word, after = ''] = /^(.*?)([,;:.!?]*)$/u.exec(word) ?? [];
    const next = words[i + 1];
    if (after === '' && next !== undefined && isEverydayEnglishWord(cut) && qualifiesNoun(cut, next)) return word;
    const whole = completedSecondWord(first, cut);
    return whole === undefined ? word : whole + after;
  });
}
