// Words typed side by side that name one thing together ("pension fund", "rowing club"): a
// sentence carrying none of them is about something else, however much of the rest it has.
// "How many people leave the rowing club every year" is not answered by "300 people leave the
// island every year": the question's topic is the run, and the sentence has only its setting.
// So is a thing named with the clause that says which ("the cranes the port bought"), more than the clause.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { DETERMINERS } from '../lexicon/determiners.js';
import { nounAndVerbUsage, senseOffsets } from '../lexicon/wordnet.js';
import { isEnglishWord, isEverydayEnglishWord } from '../lexicon/english-words.js';
import { hasConcreteSense, isKindOf } from '../lexicon/word-kinds.js';
import type { Concept } from './concept.js';
import { countedWords } from './counted-people.js';
import { isPastTense, kindForms, questionWords, type QuestionWord } from './parts-of-speech.js';
import type { Question } from './question.js';
import { ASKING_NOUN } from './question-words.js';
import { RANKING } from './ranking-options.js';

const POSSESSIVE = /['’]s$/u;
// Words opening a clause that says when ("since the strike began"): a sentence may give that
// period as a date instead, so its words are no topic.
const PERIOD_OPENERS: ReadonlySet<string> = new Set(['since', 'after', 'before', 'until', 'till', 'during', 'following', 'when', 'while']);

/**
 * Whether the word heads a noun pair: a noun to the tagger or, read as a verb after a noun
 * ("insurance *costs* for"), a plural noun WordNet uses as a noun at least as often.
 */
function headsPair(word: QuestionWord, next: QuestionWord | undefined): boolean {
  if (word.thing) return true;
  if (!word.action || !word.word.endsWith('s') || next?.word === 'to') return false;
  const { noun, verb } = nounAndVerbUsage(word.word.slice(0, -1));
  return noun > 0 && noun >= verb;
}

/**
 * Links the concepts of each noun run of ordinary words ("rowing club", "cancer screening
 * programme") to one another: a sentence carrying none of them is about something else. A run is
 * nouns and adjectives (or an -ing word opening it) ending on a noun, weighing at least
 * `topicRunShare` of the question. Names, people, numbers and the question's own asking words take
 * no part (a name is required by its own rules; "every year" names no topic), nor does the noun a
 * what-question or a count asks for (the answer names a kind of it or counts it in other words),
 * a clause saying when, or the run after a possessive ("kafka's ethnic background": what is asked
 * of an owner is rarely repeated by the answer). A run right before the noun that frames the
 * answer ("the *interest* rate", "the *tallest* mountain") is the topic whatever it weighs. A pair
 * the coverage writes closed up ("land mines": "landmines") is carried by that word.
 */
export function markTopicRuns(question: Question, concepts: readonly Concept[], frame: ReadonlySet<string>, facts: LoadedFactBase): void {
  const words = questionWords(question.plain);
  const total = sum(concepts);
  const counted = new Set(terms(countedWords(question)));
  const conceptOf = (word: QuestionWord): Concept | undefined => {
    const [term] = terms(word.word);
    if (term === undefined || word.name || /\d/u.test(word.word) || counted.has(term)) return undefined;
    const concept = concepts.find((each) => each.term === term);
    const takesPart = concept !== undefined && !concept.testOnly && concept.test === null && concept.person === undefined && concept.optional !== true && !concept.focus && concept.weight > 0;
    return takesPart ? concept : undefined;
  };
  joinCompounds(words, concepts);
  const link = (run: readonly QuestionWord[], framed: boolean) => {
    joinClosedUp(run, conceptOf, facts);
    const members = [...new Set(run.map(conceptOf).filter((concept) => concept !== undefined))];
    if (framed && members.length === 1) {
      members[0]!.required = true;
      members[0]!.missingFactor = Math.min(members[0]!.missingFactor ?? 1, RANKING.topicMissingFactor);
    }
    // A run weighing little beside the rest of the question is a detail a sentence may word otherwise.
    if (members.length < 2 || (!framed && sum(members) < RANKING.topicRunShare * total)) return;
    for (const member of members) member.runWith = members.filter((other) => other !== member);
  };
  // What follows "since" to the end of the question says when.
  const periodAt = words.findIndex((word) => PERIOD_OPENERS.has(word.word));
  const end = periodAt < 0 ? words.length : periodAt;
  let run: QuestionWord[] = [];
  let owned = false;
  const closeRun = (framed = false) => {
    if (!owned) link(run, framed);
    owned &&= run.length === 0;
    run = [];
  };
  for (let i = 0; i < end; i++) {
    const word = words[i]!;
    if (POSSESSIVE.test(word.word)) {
      closeRun();
      owned = true;
    } else if (ASKING_NOUN.test(word.word)) closeRun();
    else if (run.length > 0 && run.every((each) => each.thing || each.compares) && terms(word.word).some((term) => frame.has(term))) closeRun(true);
    else {
      const heads = headsPair(word, words[i + 1]);
      // "from *eating* disorders" opens a run; "the council *shipping* ferries" is a verb and its object.
      const modifies = word.thing || word.describes || (run.length === 0 && word.word.endsWith('ing'));
      const next = i + 1 < end ? words[i + 1] : undefined;
      if (heads || (modifies && next !== undefined && headsPair(next, words[i + 2]))) run.push(word);
      else closeRun();
    }
  }
  closeRun();
  weighDescribingClauses(words.slice(0, end), concepts);
}

/**
 * "the ebikes the city bought", "the cranes holm ordered": a concrete thing, then a clause that says
 * which (a subject and its verb in the past, no "that"). The thing is what the question is about;
 * the clause's words only tell it from others, so they weigh less (`describingClauseShare`): a
 * sentence with the clause's words and not the thing ("the city bought a ferry") tells of something else.
 */
function weighDescribingClauses(words: readonly QuestionWord[], concepts: readonly Concept[]): void {
  const conceptOf = (word: QuestionWord) => concepts.find((each) => each.term === terms(word.word)[0] && !each.testOnly && each.optional !== true && each.weight > 0);
  for (let i = 0; i + 2 < words.length; i++) {
    const determined = DETERMINERS.has(words[i + 1]!.word);
    const [thing, subject, verb] = [words[i]!, words[determined ? i + 2 : i + 1], words[determined ? i + 3 : i + 2]];
    // Without a determiner, only a name opens the clause: "the tank commander said", "think tank guy said" are a noun run and its verb.
    const opensClause = subject !== undefined && (determined ? subject.name || subject.thing : subject.name && !isEverydayEnglishWord(subject.word));
    if (!thing.thing || !opensClause || verb === undefined || !verb.action || !isPastTense(verb.word)) continue;
    // A thing the dictionary lacks ("ebikes", "superyachts") is named as specifically as a concrete one.
    if (isEnglishWord(thing.word) && !hasConcreteSense(kindForms(thing.word))) continue;
    const head = conceptOf(thing);
    if (head === undefined) continue;
    // A name opening it ("holm") keeps its weight: it may be what the question cannot do without.
    for (const concept of new Set([...(subject.name ? [] : [subject]), verb].map(conceptOf))) {
      if (concept !== undefined && concept !== head) concept.weight *= RANKING.describingClauseShare;
    }
  }
}

const sum = (concepts: readonly Concept[]): number => concepts.reduce((total, concept) => total + concept.weight, 0);

/**
 * Makes the first word of a pair of nouns WordNet names as one ("water tower", "town hall") count
 * only with the second, names too: "water" alone names no water tower, "town" no town hall.
 */
function joinCompounds(words: readonly QuestionWord[], concepts: readonly Concept[]): void {
  const conceptOf = (word: QuestionWord) => {
    const [term] = terms(word.word);
    return term === undefined ? undefined : concepts.find((concept) => concept.term === term && !concept.testOnly && concept.test === null);
  };
  for (let i = 0; i + 1 < words.length; i++) {
    const left = conceptOf(words[i]!);
    const right = conceptOf(words[i + 1]!);
    // Two nouns: a describing word before one ("long run", "last day") leaves a synonym its own way ("long haul", "final day").
    // Not a title ("harbour secretary"): its holder may be named by another ("Harbour Minister"), by role-holder rules.
    if (left === undefined || right === undefined || left === right || !words[i]!.thing || words[i]!.describes || isKindOf(words[i + 1]!.word, 'person')) continue;
    if (senseOffsets('noun', `${words[i]!.word}_${words[i + 1]!.word}`).length === 0) continue;
    // Only the first word: the head alone may be the same thing by its short name ("the tower" for the water tower).
    left.wholeWith = right;
  }
}

/** Gives both words of a pair the coverage writes closed up ("land mines": "landmines") that word. */
function joinClosedUp(run: readonly QuestionWord[], conceptOf: (word: QuestionWord) => Concept | undefined, facts: LoadedFactBase): void {
  for (let i = 0; i + 1 < run.length; i++) {
    const left = conceptOf(run[i]!);
    const right = conceptOf(run[i + 1]!);
    const [closedUp] = terms(`${run[i]!.word}${run[i + 1]!.word}`);
    if (left === undefined || right === undefined || closedUp === undefined || facts.index.idf(closedUp) === 0) continue;
    left.alternatives = new Set([...left.alternatives, closedUp]);
    right.alternatives = new Set([...right.alternatives, closedUp]);
  }
}
