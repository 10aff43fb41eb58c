// "berg asked the port for more cranes... did it work" is read as "what was the outcome of berg
// asked …" (question.ts): what came of the deed told. A sentence telling the deed itself, by its
// verb ("Berg asked the port for two cranes"), is what the asker already knows; what came of it is
// told otherwise ("the port agreed to the request", "responded positively").
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { AUXILIARIES } from './asked-in-sentence.js';
import { isPastTense, questionWords } from './parts-of-speech.js';
import { OUTCOME_ASKED } from './question.js';
import { sentenceTerms } from './sentence-facts.js';

const deedVerbsMemo = new Map<string, readonly string[]>();

/** The index terms of the told deed's verbs in the past ("asked"); none when the question tells no deed. */
function deedVerbs(plain: string): readonly string[] {
  if (!plain.startsWith(`${OUTCOME_ASKED} `)) return [];
  let verbs = deedVerbsMemo.get(plain);
  if (verbs === undefined) {
    const deed = plain.slice(OUTCOME_ASKED.length + 1);
    verbs = questionWords(deed).flatMap(({ word, action }) => (action && !AUXILIARIES.has(word) && isPastTense(word) ? terms(word) : []));
    if (deedVerbsMemo.size > 100) deedVerbsMemo.clear();
    deedVerbsMemo.set(plain, verbs);
  }
  return verbs;
}

/** Whether the sentence tells the deed whose outcome is asked, by one of its verbs. */
export function retellsToldDeed(plain: string, sentenceId: number, facts: LoadedFactBase): boolean {
  const verbs = deedVerbs(plain);
  if (verbs.length === 0) return false;
  const sentence = sentenceTerms(facts, sentenceId).set;
  return verbs.some((term) => sentence.has(term));
}
