// What WordNet tells of a verb: the words derived from it ("invade" → invasion, invader: a
// coverage that never writes "invaded" may still report the invasion; an adjective's too,
// "independent" → independence), and whether it names a state rather than an event ("live",
// "contain", "cost"). Only its commonest senses are read.
import { partOfPointer, plainLemma, senseOffsets, synsetAt } from './wordnet.js';

/** Verbs that say a happening begins, goes on or ends, before the verb of the happening ("*kept* sending", "*started* to build"). */
export const ASPECTUAL: ReadonlySet<string> = new Set(['start', 'starts', 'started', 'starting', 'begin', 'begins', 'began', 'beginning', 'stop', 'stops', 'stopped', 'keep', 'keeps', 'kept', 'continue', 'continues', 'continued', 'resume', 'resumes', 'resumed', 'finish', 'finishes', 'finished']);

/** Words that say the verb after them ("to …") is planned: "*supposed* to attend", "*set* to sign". */
export const PLANNED: ReadonlySet<string> = new Set(['supposed', 'meant', 'due', 'set', 'slated', 'expected', 'going']);

/**
 * Verbs saying only that an event takes place ("when was the summit *held*", "when will the
 * regatta take *place*"): the event's own date answers them, whatever verb the report uses.
 */
export const TAKING_PLACE_VERBS: readonly string[] = ['hold', 'held', 'holding', 'happen', 'happened', 'occur', 'occurred', 'place', 'convene', 'convened'];

const SENSES = 2;
/** The verbs of a beginning and of an end, as WordNet's senses name them ("start out", "finish up"), in their commonest forms. */
export const BOUNDARY_VERBS = {
  begin: ['begin', 'began', 'begun', 'start', 'started', 'commence', 'commenced', 'open', 'opened'],
  end: ['end', 'ended', 'finish', 'finished', 'conclude', 'concluded', 'terminate', 'terminated', 'close', 'closed'],
} as const;
export type Boundary = keyof typeof BOUNDARY_VERBS;
const BOUNDARY_OF: ReadonlyMap<string, Boundary> = new Map(
  (Object.keys(BOUNDARY_VERBS) as Boundary[]).flatMap((boundary) => BOUNDARY_VERBS[boundary].map((verb) => [verb, boundary] as const)),
);
// WordNet's lexicographer file of verbs of being, having and spatial relations.
const STATIVE_FILE = 42;
const memo = new Map<string, readonly string[]>();

const verbLemma = (forms: readonly string[]): string | undefined => forms.find((form) => senseOffsets('verb', form).length > 0);

/** Whether the commonest sense of the first of `forms` WordNet has as a verb names a state ("live", "cost"), not an event. */
export function namesState(forms: readonly string[]): boolean {
  const lemma = verbLemma(forms);
  const first = lemma === undefined ? undefined : senseOffsets('verb', lemma)[0];
  return first !== undefined && synsetAt('verb', first).file === STATIVE_FILE;
}

/**
 * The words derivationally related to the first of `forms` WordNet has as a verb (or, given
 * `part`, as an adjective: "independent" → independence), lower case.
 */
export function derivedWords(forms: readonly string[], part: 'verb' | 'adj' = 'verb'): readonly string[] {
  const key = `${part} ${forms.join(' ')}`;
  let found = memo.get(key);
  if (found !== undefined) return found;
  const lemma = forms.find((form) => senseOffsets(part, form).length > 0);
  const words = new Set<string>();
  for (const offset of lemma === undefined ? [] : senseOffsets(part, lemma).slice(0, SENSES)) {
    const synset = synsetAt(part, offset);
    // Only the word's own derivations, not those of the other words of its sense ("die": not "exit").
    const own = synset.words.findIndex((word) => plainLemma(word) === plainLemma(lemma!)) + 1;
    for (const { symbol, offset: target, pos, sourceWord, targetWord } of synset.pointers) {
      if (symbol !== '+' || targetWord === 0 || sourceWord !== own) continue;
      const word = synsetAt(partOfPointer(pos), target).words[targetWord - 1];
      if (word !== undefined) words.add(plainLemma(word));
    }
  }
  found = [...words];
  if (memo.size > 4096) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * The beginning or end one of the commonest senses of the verb says (of the pair it makes with
 * `particle`, when WordNet has it: "wind up"), by a base verb of its sense ("finish up", "close")
 * or of the sense it is a way of ("kick off": inaugurate, a way to start):
 * "when did the talks *wind up*" asks when the talks ended, whatever verb a report ends them with.
 */
export function boundaryOf(forms: readonly string[], particle = ''): Boundary | undefined {
  const phrasal = particle === '' ? undefined : verbLemma(forms.map((form) => `${form}_${particle}`));
  const lemma = phrasal ?? verbLemma(forms);
  for (const offset of lemma === undefined ? [] : senseOffsets('verb', lemma).slice(0, SENSES)) {
    // The sense, then the verbs it is a way of ("kick off" is to "inaugurate", a way to "start").
    const sense = synsetAt('verb', offset);
    const broader = sense.pointers.filter(({ symbol }) => symbol === '@').map((pointer) => synsetAt('verb', pointer.offset));
    for (const word of [sense, ...broader].flatMap(({ words }) => words)) {
      const boundary = BOUNDARY_OF.get(plainLemma(word).split(' ')[0]!);
      if (boundary !== undefined) return boundary;
    }
  }
  return undefined;
}
