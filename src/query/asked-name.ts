// "Whats the name of the ferry that took the sheep over", "what was the pier called": the name
// of a thing is asked, so a sentence on the ferry that never names it ("the first ferry left the
// harbour") does not answer, however much of the rest it covers. A name is a capitalised word
// (not opening the sentence) standing right beside the thing's noun — "the ship Tern", "Tern,
// a cargo ship", "a ship called Tern" — and not one of the question's own words.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { COUNTRY_AND_PEOPLE_NAMES } from '../lexicon/countries.js';
import type { Concept } from './concept.js';
import type { Question } from './question.js';
import { RANKING } from './ranking-options.js';
import { senseOffsets } from '../lexicon/wordnet.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';

// "the name of the (cargo) ship", "the ship's name", "what was the (old) pier called". The noun
// ends the phrase: a clause or a preposition may follow ("the ferry *that* took the sheep").
const PHRASE_END = String.raw`(?=\s+(?:that|which|who|whom|where|when|in|on|at|of|from|for|with|by|to|they|he|she|it|is|was|were|are|did)\b|[,;:?!.]|$)`;
const NAME_OF = new RegExp(String.raw`\bname of (?:the|that|this|a|an|its|their) ((?:[\p{L}-]+ )??[\p{L}-]+)${PHRASE_END}`, 'u');
// "the name of the fuel pact they walked out of": a clause without "that" after the noun, ending on its preposition.
const NAME_OF_CLAUSE = /\bname of (?:the|that|this|a|an|its|their) ((?:[\p{L}-]+ )?[\p{L}-]+) (?:[\p{L}'-]+ ){1,4}(?:of|to|for|from|with|on|about|in|at|into|over|up|out|off)$/u;
const NAMED_AS = /\bwhat (?:is|was|are|were) (?:the|that|this|its|their) ((?:[\p{L}-]+ )?[\p{L}-]+) (?:called|named)\b/u;
const OWN_NAME = /\bthe ([\p{L}-]+)['’]s name\b/u;
/** How many words from the noun its name may stand ("the ship, the Tern", "a ship called the Tern"). */
const REACH = 3;
const COUNTRY_WORDS: ReadonlySet<string> = new Set(COUNTRY_AND_PEOPLE_NAMES.flatMap((name) => name.split(' ')));
const COUNTRY_WORDS_LOWER: ReadonlySet<string> = new Set([...COUNTRY_WORDS].map((word) => word.toLowerCase()));
// A month or a day is when, not a name ("a pact on fuel prices in March").
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES]);
// Capitalised parts joined into one name ("Harbour-Ferry Council"): a name even where the question has its parts.
const JOINED_NAME = /^\p{Lu}[\p{L}\p{N}]*(?:-\p{Lu}[\p{L}\p{N}]*)+$/u;
/** Above this share of capitalised words a sentence is a headline. */
const HEADLINE_CAPITALS = 0.5;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/** The noun before such a clause: its second word too where that is a noun, not where it begins the clause ("the council norway set up"). */
function nounBeforeClause(words: string | undefined): string | undefined {
  const [first, second] = words?.split(' ') ?? [];
  if (second === undefined) return first;
  return COUNTRY_WORDS_LOWER.has(second) || senseOffsets('noun', second).length === 0 ? first : words;
}

/**
 * The terms of the thing whose name a what-question asks, its noun and the word describing it
 * ("harbour boat": the writer may call it a "harbour tug"); undefined when it asks none (a
 * "where" or "who" question has its own answer).
 */
export function namedThingAsked(question: Question): readonly string[] | undefined {
  if (question.kind !== 'what' || question.expects.length > 0) return undefined;
  const { plain } = question;
  const thing = NAME_OF.exec(plain)?.[1] ?? nounBeforeClause(NAME_OF_CLAUSE.exec(plain)?.[1]) ?? NAMED_AS.exec(plain)?.[1] ?? OWN_NAME.exec(plain)?.[1];
  return thing === undefined ? undefined : terms(thing);
}

/** What a sentence must do to answer: name the thing beside a word for it, in a word the question does not have. */
export function namedThingConcept(thing: readonly string[], concepts: readonly Concept[], facts: LoadedFactBase): Concept {
  const asked = new Set(concepts.flatMap((concept) => [...concept.alternatives, ...concept.term.split(' ')]));
  const test = (id: number): number => {
    const words = [...facts.sentence(id).text.matchAll(WORD)].map((match) => match[0]);
    // A headline capitalises its words, names or not.
    if (words.filter((word) => /^\p{Lu}/u.test(word)).length > HEADLINE_CAPITALS * words.length) return 0;
    // A country or its people is where the thing is from, not its name ("as Norway ships the cargo").
    const names = (at: number) => at > 0 && /^\p{Lu}/u.test(words[at]!) && !COUNTRY_WORDS.has(words[at]!.replace(/['’]s$/u, '')) && !CALENDAR_WORDS.has(words[at]!) && (JOINED_NAME.test(words[at]!) || terms(words[at]!).some((term) => !asked.has(term)));
    for (let i = 0; i < words.length; i++) {
      const part = thing.indexOf(terms(words[i]!)[0] ?? '');
      if (part < 0) continue;
      // After the noun or a describing word ("the ship Tern", "a robot ferry, the Kestrel"); before
      // the noun only as "Tern, a ship" or in a name it ends ("the Oskar Hall"): otherwise a
      // name before says whose or where ("the Tarnby grain ship").
      for (let near = i + 1; near <= Math.min(words.length - 1, i + REACH); near++) if (names(near)) return 1;
      const apposed = (near: number) => words.slice(near + 1, i).some((word) => /^an?$/iu.test(word));
      const endsName = (near: number) => words.slice(near, i + 1).every((word) => /^\p{Lu}/u.test(word));
      if (part === thing.length - 1) for (let near = Math.max(0, i - REACH); near < i; near++) if (names(near) && (apposed(near) || endsName(near))) return 1;
    }
    return 0;
  };
  return { term: '#name', alternatives: new Set(), forms: new Set(), kinds: [], focus: false, phrases: [], test, fromContext: false, testOnly: true, required: true, missingFactor: RANKING.relationMissingFactor, weight: 0 };
}
