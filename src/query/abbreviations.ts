// "What does aarp stand for": the answer is the sentence that spells the abbreviation out
// ("the American Association of Retired Persons (AARP)"). The coverage itself says what an
// abbreviation stands for: a run of capitalised words, beside the abbreviation in one sentence,
// whose initials spell it (small linking words such as "of" and "for" skipped). No list of
// abbreviations is kept. The question's words are read in lower case, the coverage's capitals
// only in the coverage's own text.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { Lru } from '../lru.js';
import type { Concept, Phrase } from './concept.js';
import { RANKING } from './ranking-options.js';
import { containsPhrase } from './coverage.js';
import { sentenceTerms } from './sentence-facts.js';
import { fullNameOfShortForm } from '../lexicon/place-short-forms.js';

// "what does aarp stand for", "what do the letters unhcr stand for", "what is ocha short for",
// "what is the full name of the iaea", "unhcr stands for what", "unhcr stands for?".
const ASKED = [
  /\bwhat (?:does|do|did) (?:the )?(?:letters? |abbreviation |acronym |initials )?([\p{L}\p{N}&.-]+) (?:stand|mean) for\b/u,
  /\bwhat (?:is|was|'s) (?:the )?([\p{L}\p{N}&.-]+) (?:short|an abbreviation|an acronym) for\b/u,
  /\bwhat (?:is|was|'s) the (?:full (?:name|form)|long form|expansion) of (?:the )?([\p{L}\p{N}&.-]+)/u,
  /^([\p{L}\p{N}&.-]+) (?:stands?|is short) for(?: what\b|$)/u,
];
/** Words a spelled-out name links its capitalised words with, whose initials the abbreviation skips. */
const LINKING = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'to', 'at', '&', 'de', 'du', 'des', 'la', 'le']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*|&/gu;
/** Sentences read per abbreviation for its spelled-out forms (enough for one that is also a common word: "flags"). */
const SAMPLE = 2_000;

/** The abbreviation a question asks to be spelled out, as typed in lower case; undefined when it asks nothing of the kind. */
export function abbreviationAsked(plain: string): string | undefined {
  for (const pattern of ASKED) {
    const found = pattern.exec(plain)?.[1]?.replace(/\./gu, '');
    if (found !== undefined && found.length >= 2 && found.length <= 10) return found;
  }
  return undefined;
}

/** The frame words of such a question ("stand", "short", "full name") that say nothing about the subject. */
export const ABBREVIATION_FRAME: ReadonlySet<string> = new Set(terms('stand stands mean short abbreviation acronym letters initials full name form long expansion'));

/** Runs of capitalised words in the text whose initials spell `letters`, as index-term phrases. */
export function spelledOut(text: string, letters: string): Phrase[] {
  const words = [...text.matchAll(WORD)].map((match) => match[0]);
  const found: Phrase[] = [];
  for (let start = 0; start < words.length; start++) {
    if (!/^\p{Lu}/u.test(words[start]!)) continue;
    let spelled = '';
    let end = start;
    for (; end < words.length && spelled.length < letters.length; end++) {
      const word = words[end]!;
      if (/^\p{Lu}/u.test(word)) spelled += word[0]!.toLowerCase();
      else if (!LINKING.has(word.toLowerCase())) break;
    }
    if (spelled === letters && end - start > 1) found.push(terms(words.slice(start, end).join(' ')));
  }
  return found.filter((phrase) => phrase.length > 1);
}

const lettersOf = (abbreviation: string): string => abbreviation.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const known = new WeakMap<LoadedFactBase, Lru<string, Phrase[]>>();

/** What the coverage spells the abbreviation out as, read from the sentences that use it. */
export function spelledOutForms(abbreviation: string, facts: LoadedFactBase): Phrase[] {
  let memo = known.get(facts);
  if (memo === undefined) known.set(facts, (memo = new Lru(1_000)));
  return memo.getOrCompute(abbreviation, () => {
    const term = terms(abbreviation)[0];
    if (term === undefined) return [];
    const letters = lettersOf(abbreviation);
    const forms = new Map<string, Phrase>();
    for (const id of facts.index.sentencesWith(term, SAMPLE)) for (const phrase of spelledOut(facts.sentence(id).text, letters)) forms.set(phrase.join(' '), phrase);
    return [...forms.values()];
  });
}

/**
 * A concept only the sentences spelling the abbreviation out carry: without one, a sentence is
 * worth too little to answer (like a relation not stated), so the question is declined when the
 * coverage never spells it out.
 */
export function spelledOutConcept(abbreviation: string, facts: LoadedFactBase): Concept {
  // The full name a short form people type stands for ("uk": "United Kingdom"), where the coverage
  // writes the name but never the letters beside it.
  const full = fullNameOfShortForm(abbreviation);
  const forms = [...spelledOutForms(abbreviation, facts), ...(full === undefined ? [] : spelledOut(full, lettersOf(abbreviation)))];
  const test = (id: number) => (forms.some((phrase) => containsPhrase(sentenceTerms(facts, id).list, phrase)) ? 1 : 0);
  return { term: '#spelled-out', alternatives: new Set(), forms: new Set(), kinds: [], focus: false, phrases: [], test, fromContext: false, testOnly: true, required: true, missingFactor: RANKING.relationMissingFactor, weight: 0 };
}

// The longest name spelled out in a question that is looked up (its words, linking ones too).
const MAX_NAME_WORDS = 8;
const MIN_LETTERS = 3;

/**
 * The abbreviations the coverage writes for names the question spells out, by each index term of
 * the name: "coastal ferry safety board" is CFSB where a sentence of the coverage writes it
 * beside "Coastal Ferry Safety Board", so a sentence writing only "the CFSB" names it too.
 * Read from the question's words in lower case; only initials the coverage uses are looked up.
 */
export function abbreviationsOfNames(plain: string, facts: LoadedFactBase): Map<string, string> {
  const words = plain.match(/[\p{L}]+/gu) ?? [];
  const found = new Map<string, string>();
  for (let start = 0; start < words.length; start++) {
    if (LINKING.has(words[start]!)) continue;
    for (let end = start + 2; end <= Math.min(words.length, start + MAX_NAME_WORDS); end++) {
      const name = words.slice(start, end);
      if (LINKING.has(name.at(-1)!)) continue;
      const letters = name.filter((word) => !LINKING.has(word)).map((word) => word[0]!).join('');
      // Indexed as typed ("nds" stems to "nd", as "2nd" does), and of three letters at least ("us", "it").
      const abbreviation = terms(letters)[0];
      if (letters.length < MIN_LETTERS || abbreviation !== letters || facts.index.idf(abbreviation) === 0) continue;
      const nameTerms = terms(name.join(' ')).join(' ');
      if (!spelledOutForms(letters, facts).some((phrase) => phrase.join(' ') === nameTerms)) continue;
      for (const term of nameTerms.split(' ')) found.set(term, abbreviation);
    }
  }
  return found;
}
