// "That record storm" asks about the worst one yet: "record", "all-time", "unprecedented" before a
// noun say what a superlative says, and the coverage writes it as one ("the worst-ever storm", "the
// largest since 2019", "the most powerful storm"). The superlatives are read by their form
// (compromise's adjective rules), not from a list.
import { QUANTITY_SUPERLATIVES, SIZE_SUPERLATIVES } from '../lexicon/size-words.js';
import { adjectiveDegree } from './parts-of-speech.js';

/** Words that, before a noun, mark it as the most of its kind. */
export const SUPERLATIVE_MODIFIERS: ReadonlySet<string> = new Set(['record', 'record-breaking', 'all-time', 'unprecedented']);

const WORD = /\p{L}+(?:-\p{L}+)*/gu;

/** Whether the text calls something the most of its kind: a superlative ("largest", "biggest-ever", "most powerful") or one of the marking words. */
export function statesSuperlative(text: string): boolean {
  const words = text.toLowerCase().match(WORD) ?? [];
  return words.some((word, i) => {
    if (SUPERLATIVE_MODIFIERS.has(word) || word.endsWith('-ever')) return true;
    if (word === 'most' && i > 0 && words[i - 1] === 'the') return true;
    return word.endsWith('est') && adjectiveDegree(word)?.degree === 'superlative';
  });
}

/** The superlatives of size in the same order as the word ("biggest": largest, greatest, highest); none for "most" or "least", which qualify other words. */
export function sameSizeSuperlatives(word: string): string[] {
  const order = QUANTITY_SUPERLATIVES.has(word) ? undefined : SIZE_SUPERLATIVES.get(word);
  return order === undefined ? [] : [...SIZE_SUPERLATIVES].filter(([other, its]) => its === order && other !== word && !QUANTITY_SUPERLATIVES.has(other)).map(([other]) => other);
}
