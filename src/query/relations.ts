// "Who is the mayor of lyon", "what is the capital of peru": a question that names what it
// wants by its relation to another thing asks about that relation. A sentence that names both
// apart ("mayors … adopt the Paris Climate agreement") or only one of them does not answer it,
// and the answer's kind alone cannot tell: news text names people and places everywhere. A
// sentence states the relation when the two words stand in one of the shapes English writes it
// in: "R of (the) X", "R <Name …> of X", "X R", "X's R", "X <Name …> R" ("Paris Mayor", "the
// French capital", "Stanford University President"), "X has a R" ("Canada has a population of …").
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept } from './concept.js';
import { asTyped, framesMeasure, type Question } from './question.js';
import { questionWords } from './parts-of-speech.js';
import { RANKING } from './ranking-options.js';
import { headOfWords } from './roles.js';
import { nounSynset, senseOffsets } from '../lexicon/wordnet.js';

export interface Relation {
  /** The question's words for it, as typed ("mayor of Lyon"). */
  words: string;
  /** Stems that name the relation asked for ("mayor"). */
  relation: ReadonlySet<string>;
  /** Stems that name the thing it is of ("pari", "french"). */
  of: ReadonlySet<string>;
  /** The other stems of the relation's name ("prime" of "prime minister"), which may stand between X and R. */
  within: ReadonlySet<string>;
}

// Answers of these kinds are named in nearly every news sentence, so their presence does not
// show the relation. Nor, in a large coverage, does a figure: "what is the population of canada"
// and "what is the speed of sound" ask for the relation they name (the measure framing the
// figure, the noun a what-question asks about), not any figure or sentence on Canada or sound.
const NAMED_ANSWERS = new Set(['person', 'place', 'origin', 'organisation']);

/** Which stems may be the R of an "R of X" the question asks for: any, in a who/where question; in a what-question, its measure or focus. */
function askedRelation(question: Question, concepts: readonly Concept[]): ((stem: string) => boolean) | null {
  if (NAMED_ANSWERS.has(question.expects[0] ?? '')) return () => true;
  const measure = framesMeasure(question) ? terms(question.frame ?? '').at(-1) : undefined;
  const focus = concepts.find((concept) => concept.focus)?.term;
  if (measure === undefined && focus === undefined) return null;
  return (stem) => stem === measure || stem === focus;
}
// "R of X": "of the", "of a" may stand between.
const OF_PHRASE = /\b([\p{L}-]+) of (?:the |a |an )?([\p{L}-]+)/gu;
// Nouns that count, name or classify rather than relate ("the name of", "a number of", "what kind of").
const NOT_RELATIONS = new Set(
  'name names number numbers kind kinds type types sort sorts style form genre part parts piece rest lot lots most some one ones all each any many much few couple group amount share percentage majority half total series set pair list top end middle beginning'.split(' '),
);

// WordNet's lexicographer files of acts and events: "the inauguration of the league, where" asks where
// it happened, which a sentence states in its own words ("was set up in Vesta"), no relation's shape.
const ACT_FILE = 4;
const EVENT_FILE = 11;
/** Whether the noun's commonest sense is an act or an event ("creation", "invasion", "death"). */
const namesHappening = (word: string): boolean => {
  const file = senseOffsets('noun', word).map((offset) => nounSynset(offset).file)[0];
  return file === ACT_FILE || file === EVENT_FILE;
};

/**
 * The relation a who/where/which question, or a what-question by its measure or focus ("what is
 * the population of canada"), asks about when that relation is all it asks ("who is the mayor of
 * lyon"). A longer question's other words show a sentence is about this one ("the leader of the
 * cult confronted in waco": "cult leader David Koresh"), however it words the relation.
 */
export function relationAsked(question: Question, concepts: readonly Concept[]): Relation | null {
  // "Who is the head of the harbour league" asks for whoever holds its leading role, however a sentence words it (roles.ts).
  if (headOfWords(question) !== null) return null;
  const asked = askedRelation(question, concepts);
  if (asked === null) return null;
  const words = questionWords(question.plain);
  // Who or where of an act ("the inauguration of x, where"); a what-question's "cause of x" or "outcome of x" is asked as a relation still.
  const asksNamed = NAMED_ANSWERS.has(question.expects[0] ?? '');
  for (const [, relationWord = '', ofWord = ''] of question.plain.matchAll(OF_PHRASE)) {
    if (NOT_RELATIONS.has(relationWord) || (asksNamed && namesHappening(relationWord)) || !asked(terms(relationWord)[0] ?? '')) continue;
    // The relation is a noun of the question ("mayor"), not a verb or a name.
    const word = words.find((candidate) => candidate.word === relationWord);
    const of = words.find((candidate) => candidate.word === ofWord);
    if (word === undefined || !word.thing || word.name || of === undefined || !of.thing) return null;
    const stem = terms(relationWord)[0];
    const ofStems = new Set(terms(of.phrase));
    if (stem === undefined || ofStems.size === 0) return null;
    const ofConcepts = concepts.filter((concept) => concept.term.split(' ').every((term) => ofStems.has(term)));
    // "the prime minister of chile": the words naming the relation with it ("prime") are part of
    // it, still required of an answer as the question's words, not another topic.
    // A superlative ("the biggest producer of tungsten") asks which one stands out, not who holds a relation.
    const named = word.phrase.endsWith(relationWord) ? word.phrase : relationWord;
    if (named.split(' ').some((each) => words.find((candidate) => candidate.word === each)?.compares === true)) return null;
    const namedStems = new Set(terms(named));
    const others = concepts.filter((concept) => !concept.testOnly && !concept.term.split(' ').every((term) => namedStems.has(term)) && !ofConcepts.includes(concept));
    if (ofConcepts.length === 0 || others.length > 0) return null;
    const relationConcept = concepts.find((concept) => concept.term === stem);
    return {
      words: asTyped(`${named} of ${of.phrase}`, question.text),
      relation: new Set([stem, ...(relationConcept?.forms ?? [])]),
      of: new Set([...ofStems, ...ofConcepts.flatMap((concept) => [...concept.alternatives])]),
      within: namedStems,
    };
  }
  return null;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const LINKS = new Set(['of', 'for', 'in', 'at']);
const ARTICLES = new Set(['the', 'a', 'an']);
// Words that point back to a thing just named: "Marbella, now a cleaner town thanks to *its* mayor".
const BACK_REFERENCES = new Set(['its', 'whose', 'their']);
const MAX_BETWEEN = 3;
const MAX_BACK_REFERENCE = 12;
const CAPITALISED = /^\p{Lu}/u;

// "Varrow has a new mayor", "a ferry with a top speed of 30 knots".
const OWNS = new Set(['has', 'have', 'had', 'with']);

/** Whether "X has (a) (one describing word) R" ends at the relation's word, at `at`. */
function ownedBy(lower: readonly string[], stems: readonly (string | undefined)[], at: number, of: ReadonlySet<string>): boolean {
  let j = at - 1;
  if (j >= 0 && !OWNS.has(lower[j]!) && !ARTICLES.has(lower[j]!)) j--;
  if (j >= 0 && ARTICLES.has(lower[j]!)) j--;
  return j >= 1 && OWNS.has(lower[j]!) && of.has(stems[j - 1] ?? '');
}

/** Whether a word is only a noun (WordNet has no adjective sense for it): "dairy", "deputy", not "new", "former" or "acting". */
const narrowingNoun = (word: string): boolean => senseOffsets('noun', word).length > 0 && senseOffsets('adj', word).length === 0 && !ARTICLES.has(word);

/** Whether the sentence writes the relation in one of its shapes. */
export function statesRelation(text: string, { relation, of, within }: Pick<Relation, 'relation' | 'of' | 'within'>): boolean {
  const tokens = [...text.matchAll(TOKEN)].map((match) => match[0]);
  const stems = tokens.map((token) => terms(token.replace(/['’]s$/u, ''))[0]);
  const lower = tokens.map((token) => token.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    if (!relation.has(stems[i] ?? '')) continue;
    // "R of X", "R for the X", "Mayor Anne Hidalgo of Paris": names and one link between. Not
    // another relation a noun before R makes ("the dairy capital of Australia", "deputy mayor of").
    const narrowed = i > 0 && !within.has(stems[i - 1] ?? '') && narrowingNoun(lower[i - 1]!);
    for (let j = i + 1; !narrowed && j < tokens.length && j - i - 1 <= MAX_BETWEEN + 2; j++) {
      if (of.has(stems[j] ?? '') && lower.slice(i + 1, j).some((between) => LINKS.has(between))) return true;
      if (!LINKS.has(lower[j]!) && !ARTICLES.has(lower[j]!) && !CAPITALISED.test(tokens[j]!)) break;
    }
    // "X R", "X's R", "Stanford University President", "Quillon harbour master": only names, or the relation's own words, between.
    for (let j = i - 1; j >= 0 && i - j - 1 <= MAX_BETWEEN; j--) {
      if (of.has(stems[j] ?? '')) return true;
      if (!CAPITALISED.test(tokens[j]!) && !within.has(stems[j] ?? '')) break;
    }
    // "X has a R", "X with a new R": X owns it ("Canada has a population of …").
    if (ownedBy(lower, stems, i, of)) return true;
    // "X, … its R": a word pointing back to X stands before R.
    const back = lower.slice(Math.max(0, i - 3), i).some((before) => BACK_REFERENCES.has(before));
    if (back && stems.slice(Math.max(0, i - MAX_BACK_REFERENCE), i).some((stem) => of.has(stem ?? ''))) return true;
  }
  return false;
}

/** The relation as a concept a sentence must satisfy: weightless, it cuts the coverage of a sentence that does not state it below evidence. */
export function relationConcept(relation: Relation, facts: LoadedFactBase): Concept {
  const stated = new Map<number, number>();
  const test = (id: number): number => {
    let found = stated.get(id);
    if (found === undefined) stated.set(id, (found = statesRelation(facts.sentence(id).text, relation) ? 1 : 0));
    return found;
  };
  return { term: '#relation', alternatives: new Set(), forms: new Set(), kinds: [], focus: false, phrases: [], test, fromContext: false, testOnly: true, required: true, missingFactor: RANKING.relationMissingFactor, weight: 0 };
}
