// "stage 1 of the plan moves the boats out. and the second one?": "one" after an ordinal stands
// for the noun the question counted before it ("stage"), as the coverage writes it ("the second
// stage"). Without it "one" is a pronoun no sentence is about, and the question reads as empty.
import { senseOffsets } from '../lexicon/wordnet.js';
import { isStopWord } from '../factbase/terms.js';

const ORDINAL_ONE = /\b(second|third|fourth|fifth|next|other|last|final|later) one\b/u;
// The noun counted first: "stage 1", "stage one", "round i", "the first stage", "1st round".
const FIRST_OF = /\b(?:(\p{L}+) (?:1|one|i)|(?:first|1st) (\p{L}+))\b/gu;

/** The text with "the second one" written as "the second <noun>" after the noun it counts ("stage 1"); as it was otherwise. */
export function withOrdinalOneNamed(text: string): string {
  const ordinal = ORDINAL_ONE.exec(text);
  if (ordinal === null) return text;
  const noun = [...text.slice(0, ordinal.index).matchAll(FIRST_OF)]
    .map((match) => match[1] ?? match[2]!)
    .findLast((word) => !isStopWord(word) && senseOffsets('noun', word).length > 0);
  return noun === undefined ? text : `${text.slice(0, ordinal.index)}${ordinal[1]} ${noun}${text.slice(ordinal.index + ordinal[0].length)}`;
}
