// Words that frame a question rather than say what it is about, as index terms.
import { terms } from '../factbase/terms.js';

export const stems = (words: readonly string[]): string[] => words.flatMap((word) => terms(word));

// Words that frame a question rather than say what it is about ("what did X say about Y").
// The actions ("show me", "tell me", "list the", "name the") frame it only as verbs: "the howdy doody *show*"
// and "a *list* of weapons" are what the question is about.
const FRAME_ACTIONS: ReadonlySet<string> = new Set(
  stems(['say', 'says', 'tell', 'told', 'know', 'think', 'happen', 'happened', 'mean', 'explain', 'describe', 'show', 'list', 'name', 'find']),
);
export const QUESTION_WORDS: ReadonlySet<string> = new Set([
  ...FRAME_ACTIONS,
  ...stems(['view', 'opinion', 'anything', 'something', 'thing', 'things', 'stuff', 'couple', 'bunch', 'latest', 'news', 'update', 'updates', 'please', 'according', 'kind', 'type', 'sort']),
  // "the exact number", "the actual quote", "the precise date": how exactly the answer is wanted, not what it is about.
  ...stems(['actual', 'exact', 'precise']),
  // "who else", "anyone else": someone besides the one known, whom no answer calls "else".
  ...stems(['else']),
  // Chat's words for "the person" ("the guy who runs the agency", "the lady who speaks for it"): a role follows.
  ...stems(['guy', 'guys', 'lady', 'ladies', 'dude', 'fella', 'bloke']),
]);

/** Whether the term frames the question; `things` are the terms the tagger reads as nouns in it. */
export function framesQuestion(term: string, things: ReadonlySet<string>): boolean {
  return QUESTION_WORDS.has(term) && !(FRAME_ACTIONS.has(term) && things.has(term));
}

// Nouns that say what is asked of the noun after them: "what *kind* of boats", "the *name* of the
// disease", "the *term* for the sum", "the main *subject* of the meeting". That noun is what the
// question is about; the answer rarely repeats the asking one. Not "the *terms* of the ceasefire"
// nor "her *words* on the deal": those are what is asked.
export const ASKING_NOUN = /^(?:kinds?|types?|sorts?|styles?|forms?|genres?|names?|term|word|titles?|subjects?|topics?|themes?|focus)$/u;

// "Do you think the council will close the pier", "does anyone reckon the grant is enough": a
// guess asked of the bot, which only a sentence stating that very thing can stand in for.
export const OPINION_ASKED = /^(?:do|does|did) (?:you|u|ya|anyone|anybody|people|ppl|folks|they) (?:really )?(?:think|reckon|expect|believe|suppose|feel)\b/u;
