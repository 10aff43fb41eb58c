// "Who was Berg talking to", "who did the mayor write to": the answer may be a group named by what
// its people are ("spoke to students", "met with farmers"), no one's name. Such a question leaves
// "to" or "with" after its verb; a sentence answers it in part where a word of the question is
// followed by that preposition and a plural noun WordNet files under person.
import { terms } from '../factbase/terms.js';
import { isKindOf } from '../lexicon/word-kinds.js';
import { wordForms } from './parts-of-speech.js';

// The preposition closes the question, or comes before when or where it happened ("… talking to on monday").
const LEFT_AFTER_VERB = /^(?:who|whom)\b.* (?:to|with)(?: (?:on|in|at|during|after|before|last|this|that|yesterday|today|earlier|then|there)\b.*)?$/u;

/** Whether a who-question asks whom someone addressed or was with ("who was she speaking to"). */
export const asksWhomAddressed = (plain: string): boolean => LEFT_AFTER_VERB.test(plain);

// A word, the preposition and a plural noun, a few words of kind between ("met with local farmers").
const ADDRESSED = /([\p{L}'’-]+)\s+(?:to|with)\s+(?:the\s+|some\s+|a\s+group\s+of\s+)?(?:\p{Ll}+\s+)?(\p{Ll}+s)\b/gu;

/** Whether the text has a word of the question followed by "to"/"with" and a group of people ("spoke to students"). */
export function namesAddressedGroup(text: string, questionTerms: ReadonlySet<string>): boolean {
  for (const [, word = '', noun = ''] of text.matchAll(ADDRESSED)) {
    if (terms(word).some((term) => questionTerms.has(term)) && wordForms(noun).some((form) => isKindOf(form, 'person'))) return true;
  }
  return false;
}
