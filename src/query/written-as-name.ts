// Whether the coverage writes a word as a name. A question is typed in lower case, so its own
// capitals say nothing; the coverage's do: a word that sentences capitalise where a sentence
// does not start ("Horus", "Capriati", "Ice-T") names a particular thing, and a question about
// that thing is answered only by sentences that name it.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { FUNCTION_WORDS, mayBeNameWord } from '../lexicon/name-words.js';

/** Sentences read per term: enough to judge, few enough to stay cheap for a common word. */
const SAMPLE = 40;
/** Share of a term's mid-sentence occurrences that must be capitalised. */
const CAPITALISED_SHARE = 0.75;
/** A sentence with more capitals than this share of its letters is a heading or a shout, not evidence. */
const MAX_UPPER_SHARE = 0.5;

const memo = new WeakMap<LoadedFactBase, Map<string, boolean>>();

// "No. 2", "May 5": a function word capitalised in an abbreviation or a date is still no name.
const FUNCTION_TERMS: ReadonlySet<string> = new Set([...FUNCTION_WORDS].map((word) => word.toLowerCase()));

/** Whether the coverage writes this index term (as `terms()` gives it) as a name. */
export function writtenAsName(term: string, facts: LoadedFactBase): boolean {
  let known = memo.get(facts);
  if (known === undefined) memo.set(facts, (known = new Map()));
  let named = known.get(term);
  if (named === undefined) known.set(term, (named = judge(term, facts)));
  return named;
}

/** Whether the text is a heading or a shout, whose capitals say nothing about names. */
function shouted(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  return letters === 0 || upper / letters > MAX_UPPER_SHARE;
}

/**
 * Whether the sentence writes, mid-sentence, a capitalised word that could be a name and is none
 * of `asked` (index terms): for "who was X's mother", the name the sentence may answer with.
 */
export function namesAnotherThing(text: string, asked: ReadonlySet<string>): boolean {
  if (shouted(text)) return false;
  for (const match of text.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const word = match[0];
    if (startsSentence(text, match.index ?? 0) || !mayBeNameWord(word)) continue;
    const term = terms(word)[0];
    if (term !== undefined && !asked.has(term)) return true;
  }
  return false;
}

function judge(term: string, facts: LoadedFactBase): boolean {
  if (FUNCTION_TERMS.has(term)) return false;
  let capitalised = 0;
  let seen = 0;
  for (const id of facts.index.sentencesWith(term, SAMPLE)) {
    const text = facts.sentence(id).text;
    if (shouted(text)) continue;
    for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)) {
      if (terms(match[0])[0] !== term || startsSentence(text, match.index ?? 0)) continue;
      seen++;
      if (/^\p{Lu}/u.test(match[0])) capitalised++;
    }
  }
  return seen > 0 && capitalised / seen >= CAPITALISED_SHARE;
}

/** Whether only opening punctuation, or the end of a sentence, stands before this offset. */
export function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset);
  return /^[\s"“‘'(\[—–-]*$/u.test(before) || /[.!?:]["”’')\]]*\s+["“‘'(]*$/u.test(before);
}
