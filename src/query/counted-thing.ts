// What a number in a sentence counts, for "how many X": the noun after it ("157 countries", "13
// additional public programs", "1,000 miles"). A count of another thing does not say how many X:
// "how many votes did she get" is not answered by "the pledge now has 157 countries". A number
// with no noun after it ("voted 79 to 18", "12 dead") may count anything; so may one before a
// noun with a sense in common ("32 member states" for countries), a kind of X or a thing X is a
// kind of ("40 civilians" for people, "ballots" for votes), or when both are kinds of person or of
// group ("700 military personnel" for troops). From WordNet, not a list.
import { isStopWord, terms } from '../factbase/terms.js';
import { regularSingulars } from '../lexicon/english-words.js';
import { isKindOf } from '../lexicon/word-kinds.js';
import { nounAndVerbUsage, nounSynset, senseOffsets } from '../lexicon/wordnet.js';
import type { Concept } from './concept.js';
import { PEOPLE_TERMS, countedPhrase } from './counted-people.js';
import { questionWords } from './parts-of-speech.js';

export interface CountedThing {
  /** The forms of each noun of what is counted ("nato countries": "countries", "country"; "countries' leaders": both nouns). */
  heads: readonly (readonly string[])[];
  /** The terms it is written with: its nouns' own and their concepts' alternatives. */
  terms: ReadonlySet<string>;
}

// How many words after a number may name what it counts ("13 additional public programs").
const NOUN_REACH = 4;
const SCALE = /^(?:thousand|million|billion|trillion|hundred|dozen)s?$/u;
// Kinds that hold many others alike: two kinds of person, or of group, may count the same people.
const BROAD_KINDS = ['person', 'group'] as const;

// A common noun, not only the name of one thing; a plural by its regular singular ("countries", "votes").
const isCommonNoun = (form: string): boolean => senseOffsets('noun', form).some((offset) => !nounSynset(offset).pointers.some(({ symbol }) => symbol === '@i'));
const nounForms = (word: string): string[] => regularSingulars(word).filter(isCommonNoun);

/** What a "how many" question counts: the nouns of the words after "how many", null when it names none. */
export function countedThing(plain: string, concepts: readonly Concept[]): CountedThing | null {
  const words = countedPhrase(plain).split(' ');
  // "How many in the new package": the words after it say where, not what.
  if (isStopWord(words[0] ?? '')) return null;
  const phrase = new Set(words.map((word) => word.replace(/['’]s?$/u, '')));
  const nouns = questionWords(plain).filter(({ word, thing, name }) => thing && !name && phrase.has(word) && nounForms(word).length > 0);
  if (nouns.length === 0) return null;
  const conceptTerms = (word: string) => concepts.find((each) => each.term === terms(word)[0]);
  // "People" is a group in WordNet; a count of people counts persons ("40 civilians").
  const heads = nouns.map(({ word }) => [...nounForms(word), ...(terms(word).some((each) => PEOPLE_TERMS.includes(each)) ? ['person'] : [])]);
  const written = nouns.flatMap(({ word }) => [...terms(word), ...(conceptTerms(word)?.alternatives ?? []), ...(conceptTerms(word)?.phrases.flat() ?? [])]);
  return { heads, terms: new Set(written) };
}

// Units a number joined to by a hyphen measures with ("a two-day summit", "a 10-mile route"): it
// counts days or miles, whatever group the noun after it names.
const MEASURE_KINDS = ['time_period', 'time_unit', 'unit_of_measurement'] as const;
const isMeasure = (noun: string): boolean => MEASURE_KINDS.some((kind) => isKindOf(noun, kind));

// "Ministers from all 12 member towns", "the mayors of the 30 towns": one of the things counted
// for each of the number's, so that it counts them too.
const ONE_FROM_EACH = /([\p{L}'’-]+)\s+(?:from|of)\s+(?:all\s+(?:of\s+)?(?:the\s+)?|each\s+of\s+the\s+|the\s+)?$/u;

/** Whether the number from `start` to `end` counts a thing other than `counted`, by the noun after it. */
export function countsAnotherThing(text: string, start: number, end: number, counted: CountedThing): boolean {
  const each = ONE_FROM_EACH.exec(text.slice(0, start))?.[1]?.toLowerCase();
  if (each !== undefined && terms(each).some((term) => counted.terms.has(term))) return false;
  const unit = /^-(\p{L}+)/u.exec(text.slice(end))?.[1]?.toLowerCase();
  if (unit !== undefined && isMeasure(unit)) return !counted.heads.some((forms) => forms.some((form) => nounForms(unit).includes(form)) || forms.some(isMeasure));
  let head: string | undefined;
  for (const token of text.slice(end).trim().split(/\s+/u).slice(0, NOUN_REACH)) {
    const word = token.replace(/[^\p{L}'’-]+$/u, '');
    const lower = word.toLowerCase();
    if (lower === '' || isStopWord(lower)) break;
    if (terms(lower).some((each) => counted.terms.has(each))) return false;
    // A name ("Boeing aircraft", "United States personnel") says whose, not what; a describing word says which.
    const noun = nounForms(lower).length > 0;
    // A verb ends what the number counts ("700 personnel *remain* in …").
    if (!noun && nounAndVerbUsage(lower).verb > 0) break;
    if (!SCALE.test(lower) && word === lower && noun && senseOffsets('adj', lower).length === 0) head = lower;
    if (word !== token) break;
  }
  return head !== undefined && !counted.heads.some((forms) => related(nounForms(head!), forms));
}

/** Whether the nouns may name the same things: a sense in common ("states" and "countries"), a kind of the other, or two kinds of person or of group. */
function related(forms: readonly string[], counted: readonly string[]): boolean {
  const kindOf = (a: readonly string[], b: readonly string[]) => a.some((one) => b.some((other) => isKindOf(one, other)));
  const senses = new Set(counted.flatMap((form) => senseOffsets('noun', form)));
  if (forms.some((form) => senseOffsets('noun', form).some((offset) => senses.has(offset)))) return true;
  return kindOf(forms, counted) || kindOf(counted, forms) || BROAD_KINDS.some((broad) => kindOf(forms, [broad]) && kindOf(counted, [broad]));
}
