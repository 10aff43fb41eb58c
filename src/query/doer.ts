// "Did Pellonia send drones to Zorvia" asks what Pellonia did. A sentence that names Pellonia only
// inside a phrase about something else — "the ceasefire between Pellonia and Quellmark", "the
// attack on Pellonia", "aid to Pellonia" — does not have it doing anything, let alone sending.
// Read from the words around each mention, not from capitals: a mention right after a preposition
// that does not mark a doer is not the doer, unless that preposition hangs on the question's own
// verb ("a meeting between Berg and Holm" answers "did berg meet holm"), the verb follows the
// mention ("in March Pellonia sent"), or the mention is possessive ("Pellonia's deliveries").
import { terms } from '../factbase/terms.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
// Words that may stand between a preposition and the name it governs ("between *the* United States").
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
// Words that may stand between a doer and its verb ("Pellonia *has also* sent").
// Or what says the deed is planned ("Holm *is expected to* attend", "*is set to* sign").
const BEFORE_VERB: ReadonlySet<string> = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'did', 'does', 'also', 'then', 'reportedly', 'already', 'expected', 'set', 'due', 'scheduled', 'slated', 'likely', 'going', 'to']);
const POSSESSIVE = /['’]s?$/u;

/**
 * Whether the text names the subject (any of `subject`'s terms) at least once where it may be the
 * doer of the verb (any of `verb`'s terms); true when it never names it in words (a pronoun, a
 * quotation the build attributed).
 */
export function namedAsDoer(text: string, subject: ReadonlySet<string>, verb: ReadonlySet<string>): boolean {
  const words = [...text.matchAll(WORD)].map((match) => match[0].toLowerCase());
  const termOf = (word: string | undefined) => (word === undefined ? '' : (terms(word)[0] ?? ''));
  const inName = (at: number) => subject.has(termOf(words[at]));
  let named = false;
  for (let i = 0; i < words.length; i++) {
    if (!inName(i)) continue;
    named = true;
    // Forward over the rest of the name and the auxiliaries to the verb it may be doing.
    let after = i;
    while (after + 1 < words.length && inName(after + 1)) after++;
    if (POSSESSIVE.test(words[after]!)) return true;
    let next = after + 1;
    while (next < words.length && BEFORE_VERB.has(words[next]!)) next++;
    if (verb.has(termOf(words[next]))) return true;
    // Back over the rest of the name and a determiner to the word that governs it.
    let before = i - 1;
    while (before >= 0 && (DETERMINERS.has(words[before]!) || inName(before))) before--;
    const governing = words[before];
    if (governing === undefined || !NON_AGENT_PREPOSITIONS.has(governing) || verb.has(termOf(words[before - 1]))) return true;
  }
  return !named;
}
