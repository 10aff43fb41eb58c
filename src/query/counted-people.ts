// "How many inhabitants live in ushuaia" is answered by "a port of about 60,000 people": a count
// of people counts any kind of person (residents, voters, passengers, refugees), and reports
// often give it in those words. Which nouns are kinds of person comes from WordNet, not a list.
import { terms } from '../factbase/terms.js';
import { isKindOf } from '../lexicon/word-kinds.js';
import { questionWords, wordForms } from './parts-of-speech.js';
import type { Question } from './question.js';

// The counted phrase ends before the verb group: "how many ferries *does* pellonia have" counts ferries, not Pellonia.
const VERB_GROUP = String.raw`(?:do|does|did|is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|shall)\b`;
const COUNTED_WORDS = String.raw`((?:(?!${VERB_GROUP})[\p{L}'-]+ ){0,2}(?!${VERB_GROUP})[\p{L}'-]+)`;
const COUNTED = new RegExp(String.raw`\bhow many ${COUNTED_WORDS}`, 'u');
// What a share is of: "what % of the promised ferries", "how much of the ferry fund".
const SHARE_OF = new RegExp(String.raw`(?:\b(?:what|which) (?:per ?cent(?:age)?|share|proportion|fraction)|\bwhat ?%|\bhow much) of (?:the |their |its |his |her |this |that )?${COUNTED_WORDS}`, 'u');

/** The words after "how many" that say what it counts, up to its verb ("how many *ge engines exactly* are they buying"); empty when none. */
export const countedPhrase = (plain: string): string => COUNTED.exec(plain)?.[1] ?? '';

/** The words a "how many" question counts ("how many *tanks*") or a share is of ("what % of the *tanks*"), as typed; empty for other questions. */
export function countedWords(question: Question): string {
  if (question.kind === 'how-many') return countedPhrase(question.plain);
  return question.kind === 'percent' ? (SHARE_OF.exec(question.plain)?.[1] ?? '') : '';
}

/** The terms a count of people is written with. */
export const PEOPLE_TERMS: readonly string[] = terms('people persons');

/**
 * The terms of the nouns a "how many" question counts that name a kind of person: the head of
 * the counted phrase only ("refugees" in "how many chilean refugees"; "chilean" narrows it).
 */
export function countedPersonTerms(question: Question): Set<string> {
  const counted = new Set(terms(countedWords(question)));
  const found = new Set<string>();
  for (const { word, thing, narrows } of questionWords(question.plain)) {
    const term = terms(word)[0];
    if (term !== undefined && counted.has(term) && thing && narrows === null && wordForms(word).some((form) => isKindOf(form, 'person'))) found.add(term);
  }
  return found;
}
