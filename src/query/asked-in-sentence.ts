// Words of a question that a sentence must name itself to answer it: the thing a "how many"
// question counts, the subject a yes/no question names and the concrete thing its verb acts on, the people a yes/no
// question asks about together, the person a who-question's verb acts with ("who met Holm"), the
// kind of person a which-question asks for ("which mayor").
import { ORDINAL_WORDS } from '../lexicon/number-words.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { isKindOf, namesConcreteThing } from '../lexicon/word-kinds.js';
import { isTitleWord } from '../lexicon/titles.js';
import { ASPECTUAL, derivedWords } from '../lexicon/verb-senses.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';
import { REPORTING_VERBS, SPEECH_ACTS } from '../lexicon/speech-verbs.js';
import { LEADING_VERBS } from '../lexicon/leading-roles.js';
import { HEAD_NOUN_TERMS } from './roles.js';
import { sameSizeSuperlatives } from './superlatives.js';
import type { Concept } from './concept.js';
import { countedWords } from './counted-people.js';
import { isFigureUnit } from './guessed-figures.js';
import { isPastTense, isVerbIngForm, kindForms, questionWords, wordForms } from './parts-of-speech.js';
import { WH_WORDS, type Question } from './question.js';
import { RANKING } from './ranking-options.js';
import type { QuestionReading } from './unknown-focus.js';

/**
 * "How many drones did the us send": a count of something else (munitions, nations) does not
 * answer, so the thing counted (the last noun the tagger reads among the counted words) is
 * required, in the sentence itself, when it is a concrete thing or a name. A count of people
 * counts any kind of person, so a counted kind of person is not.
 */
export function markCounted(question: Question, concepts: readonly Concept[], reading: QuestionReading, facts: LoadedFactBase): void {
  const words = countedWords(question).split(' ').filter((word) => terms(word).some((term) => reading.things.has(term) && !reading.countedPeople.has(term)));
  const word = words.at(-1) ?? '';
  // Only a concrete thing or a name: an abstract one ("vacation spots") is often counted in other words ("120 villages").
  if (isEnglishWord(word) && !namesConcreteThing(kindForms(word))) return;
  // A share of a thing the coverage never names ("what % of the kit") may be of the thing in its
  // words ("of the equipment"); one it names elsewhere ("cranes") is a share of something else.
  if (question.kind === 'percent' && !concepts.some((concept) => concept.term === terms(word)[0] && [...concept.alternatives].some((alt) => facts.index.idf(alt) > 0))) return;
  requireInSentence(word, concepts);
}

/**
 * "Which mayor held up the bill": the person asked for is one the sentence calls a mayor (or
 * a kind of one); a sentence on someone else (the minister who spoke of the bill) does not answer
 * it. Only a title a person is given, by WordNet a kind of person: "which country" is answered by
 * a country's name, "which official" by whoever the sentence shows acting for the state.
 */
export function markAskedKind(question: Question, concepts: readonly Concept[]): void {
  const focus = concepts.find((concept) => concept.focus);
  if (question.expects[0] !== 'person' || focus === undefined || concepts.length < 2) return;
  const word = questionWords(question.plain).find(({ word }) => terms(word)[0] === focus.term)?.word;
  // A title the coverage writes before names ("Mayor"), not a word for anyone who leads ("leader") or serves ("official").
  const forms = word === undefined ? [] : [word, ...wordForms(word)];
  if (!forms.some((form) => isTitleWord(form) && isKindOf(form, 'person')) || terms(word!).some((term) => HEAD_NOUN_TERMS.has(term))) return;
  focus.required = true;
  focus.missingFactor = RANKING.relationMissingFactor;
  // The mayor's office named in the sentence before makes no one in this one a mayor.
  focus.fromContext = false;
}

// The auxiliary a yes/no question opens with is not the verb that acts on a thing.
export const AUXILIARIES: ReadonlySet<string> = new Set(['did', 'does', 'do', 'has', 'have', 'had', 'is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must']);

const DO_FORMS: ReadonlySet<string> = new Set(['did', 'does', 'do']);
const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
const HAVE_FORMS: ReadonlySet<string> = new Set(['have', 'has', 'had']);

/**
 * "Did the council send drones to the coast guard": a yes/no question about a concrete thing is
 * answered only by a sentence that names it, not by one on the rest of the question ("the council
 * has sent $5 million in aid") nor by one whose neighbour names it; one claiming a size
 * superlative ("is it the biggest") only by a sentence stating one.
 */
export function markAskedThings(question: Question, concepts: readonly Concept[]): void {
  if (question.kind === 'who') markDoneTo(question, concepts);
  if (question.kind !== 'yes-no') return;
  // What the verb acts on, the head of its noun phrase: the subject ("is the harbour office
  // slowing down") may be left to the context, a modifier ("ferry route") to other words.
  // A sum claimed ("did they give 5 million in boats") is checked against the sums the coverage
  // states, which may say what it buys in other words ("in military aid", "an arms package").
  const sumClaimed = question.expects[0] === 'money';
  let afterVerb = false;
  for (const { word, thing, name, narrows, action } of sumClaimed ? [] : questionWords(question.plain)) {
    if (afterVerb && thing && !name && narrows === null && isEnglishWord(word) && namesConcreteThing(kindForms(word))) requireInSentence(word, concepts);
    afterVerb ||= action && !AUXILIARIES.has(word);
  }
  // "Is the grant the biggest one": that it is the largest is the claim; a sentence with no such superlative does not check it.
  if (concepts.length < 2) return;
  for (const concept of concepts.filter((each) => sameSizeSuperlatives(each.term).length > 0)) {
    concept.required = true;
    concept.missingFactor = RANKING.relationMissingFactor;
  }
}

/**
 * "Who is bringing the cake to the fair": the concrete thing a who-question's verb acts on
 * (its direct object, right after it) is what someone did something to; a sentence not naming it
 * (one on the fair) says nothing of who did it. Not a thing after a preposition ("who met him
 * off the plane"), nor what a verb of saying or asking reports, which its own words may put otherwise.
 */
function markDoneTo(question: Question, concepts: readonly Concept[]): void {
  const words = questionWords(question.plain);
  const asker = words.findIndex(({ word }) => word === 'who');
  const verbAt = words.findIndex(({ word, action }, i) => i > asker && action && !AUXILIARIES.has(word) && !namesPerson(word, concepts));
  if (asker < 0 || verbAt < 0) return;
  const verb = words[verbAt]!.word;
  if ([verb, ...wordForms(verb)].some((form) => REPORTING_VERBS.includes(form) || SPEECH_ACTS.includes(form) || REQUEST_VERBS.has(form))) return;
  // Up to the first preposition ("by" of a passive too: "the cult besieged *by* agents" acts on no agents).
  const object = words.slice(verbAt + 1).find(({ word, thing }) => thing || NON_AGENT_PREPOSITIONS.has(word) || word === 'by' || AUXILIARIES.has(word));
  if (object === undefined || !object.thing || object.name || object.narrows !== null || !isEnglishWord(object.word) || !namesConcreteThing(kindForms(object.word))) return;
  requireInSentence(object.word, concepts);
}

// Verbs of asking for something (any form: "asked" is "ask"): what is asked for is told in the asker's words ("more troops", "a bigger presence").
const REQUEST_VERBS: ReadonlySet<string> = new Set(['ask', 'request', 'demand', 'urge', 'call']);

const FIGURE = /^[$€£]?\d/u;

/** Whether the word is part of the name of a person the question names (a name the tagger may read as a verb: "carder", "rook"). */
const namesPerson = (word: string, concepts: readonly Concept[]): boolean =>
  concepts.some((concept) => concept.person !== undefined && !concept.testOnly && concept.term.split(' ').includes(terms(word)[0] ?? ''));

/**
 * "Did Pellonia send drones to Zorvia": a yes/no question asks what its subject did; a sentence
 * on what others sent ("the talks were about drones") does not answer it. A name before the verb
 * must be named in the sentence itself, and where it may be doing what the verb says (doer.ts).
 */
export function markAskedSubject(question: Question, concepts: readonly Concept[]): void {
  if (question.kind !== 'yes-no' || concepts.length < 2) return;
  // "is the ferry route still open or did zorvia shut it": the question's own clause, not the other
  // one offered after "or" (its subject is a possibility to check, not what is asked of).
  const all = questionWords(question.plain);
  const offered = all.findIndex(({ word }, i) => word === 'or' && AUXILIARIES.has(all[i + 1]?.word ?? ''));
  const words = all.slice(1, offered < 0 ? undefined : offered);
  // After "did", "does", "do" the verb is bare, so "have" is the verb itself ("did the budget *have* any ferry money in it").
  const doSupport = DO_FORMS.has(all[0]?.word ?? '');
  // After "is", "are", "was", "were" a verb's "-ing" form is the verb, however the tagger reads it ("is holm *going* to lindvik").
  const progressive = BE_FORMS.has(all[0]?.word ?? '');
  const verbAt = words.findIndex(({ word, action }) => (action || (progressive && isVerbIngForm(word))) && (!AUXILIARIES.has(word) || (doSupport && HAVE_FORMS.has(word))) && !namesPerson(word, concepts));
  // "does zorvia *keep* sending boats", "did holm *stop* paying": the deed is the "-ing" verb after a verb of its course.
  const deedAt = verbAt >= 0 && ASPECTUAL.has(words[verbAt]!.word) && isVerbIngForm(words[verbAt + 1]?.word ?? '') ? verbAt + 1 : verbAt;
  const verb = deedAt < 0 ? undefined : concepts.find((concept) => !concept.testOnly && concept.term === terms(words[deedAt]!.word)[0]);
  const subjectWords = verbAt < 0 ? words : words.slice(0, verbAt);
  for (const [at, { word, name, narrows }] of subjectWords.entries()) {
    // A figure says which one ("did the 640m package have …", "the 640 mil package"), a neighbour's
    // "this package" may carry it; it does nothing.
    // So does an ordinal: "was it the mayor's first visit" is answered by "her third visit".
    const figure = FIGURE.test(word) || (isFigureUnit(word) && FIGURE.test(subjectWords[at - 1]?.word ?? '')) || ORDINAL_WORDS.includes(word);
    const subject = figure ? undefined : concepts.find((concept) => !concept.testOnly && concept.term.split(' ').includes(terms(word)[0] ?? ''));
    // A known person's name that is also a word is the name, though the tagger reads the word ("will *rook* stay on").
    if (subject === undefined || !(name || (subject.person !== undefined && isEnglishWord(word)))) continue;
    subject.required = true;
    subject.missingFactor = RANKING.relationMissingFactor;
    // What its neighbour says of another ("… supplied by Zorvia. Quellmark is also …") is not said of it.
    subject.fromContext = false;
    // "are the pellonian boats newly built": the boats are what was built, by whoever; the name only says whose.
    if (verb === undefined || narrows !== null) continue;
    subject.doerOf = verb.alternatives;
    // Nor is what a neighbour did ("neither Pellonia nor Quellmark signed the treaty. Zorvia asked for mines") done by it.
    verb.fromContext = false;
  }
}

// Verbs a what-question asks with, whatever was done: the answer says what in its own words.
const ASKING_VERBS: ReadonlySet<string> = new Set(terms('do does did done say says said tell told think thought feel felt know knew mean meant have has had get got make made go went happen happened see saw come came want wanted'));

/**
 * "What did Berg and Holm agree on", "what did Holm sign": a what-question about what named people
 * did asks for that deed; a sentence naming them at something else ("Berg is to meet Holm") does
 * not answer it. The verb after the people, unless it only asks ("what did Holm say", "do") or
 * reports speech ("promise"), must be in the sentence, in its words or a word derived from it ("the agreement").
 */
export function markAskedDeed(question: Question, concepts: Concept[], facts: LoadedFactBase): void {
  if (question.kind !== 'what' || question.expects.length > 0) return;
  const words = questionWords(question.plain);
  if (words[0]?.word !== 'what' || !AUXILIARIES.has(words[1]?.word ?? '')) return;
  const person = (word: string) => namesPerson(word, concepts);
  const verbAt = words.findIndex(({ word, action }, i) => i > 1 && action && !AUXILIARIES.has(word) && !person(word));
  if (verbAt < 0) return;
  const named = words.slice(2, verbAt).some(({ word }) => person(word));
  const typed = words[verbAt]!.word;
  const verb = concepts.find((concept) => !concept.testOnly && concept.term === terms(typed)[0]);
  // "What did Holm promise": a verb reporting speech asks for her words, which may promise in others ("assured").
  const reportsSpeech = [typed, ...wordForms(typed)].some((form) => REPORTING_VERBS.includes(form) || SPEECH_ACTS.includes(form));
  if (!named || verb === undefined || ASKING_VERBS.has(verb.term) || reportsSpeech) return;
  const derived = derivedWords([typed, ...wordForms(typed)]).flatMap((word) => terms(word)).filter((derivedTerm) => facts.index.idf(derivedTerm) > 0);
  verb.alternatives = new Set([...verb.alternatives, ...derived]);
  verb.required = true;
  verb.missingFactor = RANKING.relationMissingFactor;
}

/**
 * "Who criticised the levy", "who else signed it": a who-question about a deed done asks for the
 * one who did it; a sentence naming someone at the same place or event without the deed ("Holm was
 * at the meeting") ranks below one stating it. The verb, in the past, should be in the sentence, in
 * its words or a word derived from it ("the signing", "a critic"); one without it may still answer
 * in other words ("was awarded" for "who received"). Not one asking what was said
 * ("who said", "who warned": the speaker's words answer), one of leading ("who ran the meeting"), nor
 * one in the present, which often holds a post ("who heads the board": "the head of the board").
 */
export function markAskedDoer(question: Question, concepts: readonly Concept[], facts: LoadedFactBase): void {
  if (question.kind !== 'who') return;
  const words = questionWords(question.plain);
  const at = words[1]?.word === 'else' ? 2 : 1;
  const typed = words[at];
  if (words[0]?.word !== 'who' || typed === undefined || !typed.action || AUXILIARIES.has(typed.word) || !isPastTense(typed.word)) return;
  const verb = concepts.find((concept) => !concept.testOnly && concept.term === terms(typed.word)[0]);
  const forms = [typed.word, ...wordForms(typed.word)];
  // "Who ran the meeting": a verb of leading is answered by the leader's title as often ("Director Holt").
  if (verb === undefined || ASKING_VERBS.has(verb.term) || forms.some((form) => REPORTING_VERBS.includes(form) || SPEECH_ACTS.includes(form) || LEADING_VERBS.has(form))) return;
  const derived = derivedWords(forms).flatMap((word) => terms(word)).filter((derivedTerm) => facts.index.idf(derivedTerm) > 0);
  verb.alternatives = new Set([...verb.alternatives, ...derived]);
  Object.assign(verb, { required: true, rankedOnly: true });
}

/**
 * "Did Berg meet Holm": a yes/no question about two or more people asks what they did together;
 * a sentence naming one of them answers nothing about the other ("Holm met Reyes"). "Who met
 * Holm", "who did Holm call": a who-question whose verb acts with a person asks who did it with
 * that person; a sentence on someone else's meeting does not answer it. Each person must be named
 * there, or in the context a pronoun opening it refers to.
 */
export function markAskedPeople(question: Question, concepts: readonly Concept[]): void {
  const anchors = timeAnchors(question);
  // Such a person says when: a sentence naming them is the more on topic, one that does not misses nothing.
  for (const concept of concepts) {
    if (concept.person === undefined || !concept.term.split(' ').some((term) => anchors.has(term))) continue;
    concept.timeAnchor = true;
    concept.optional = true;
  }
  // "What did Berg say before the vote got going": the vote says when she spoke, not what about.
  if (concepts.some((concept) => concept.speaker)) {
    const when = clausesSayingWhen(question);
    for (const concept of concepts) if (!concept.speaker && concept.term.split(' ').every((term) => when.has(term))) concept.timeAnchor = true;
  }
  const people = concepts.filter((concept) => concept.person !== undefined && !concept.testOnly && concept.timeAnchor !== true);
  const together = question.kind === 'yes-no' && people.length >= 2;
  // "Who is Holm's chief of staff" has no such verb: the role's sentence may leave Holm out.
  const withPerson = question.kind === 'who' && people.length > 0 && concepts.length > people.length && actsOnSomeone(question);
  if (!together && !withPerson) return;
  for (const person of people) {
    person.required = true;
    person.missingFactor = RANKING.relationMissingFactor;
  }
}

// Words that make what follows a time ("after Holm", "before the talks with Holm", "since Holm left").
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'until', 'till', 'following']);
/** How far past such a word a name may stand and still be what it times ("after *his talks with* Holm"). */
const ANCHOR_REACH = 5;
// After these a word the tagger reads as a verb is a noun ("after his *sit* down with Holm").
const NOUN_STARTS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'my', 'our', 'your']);

/** The terms of the words a time preposition governs, up to the next verb: the people only saying when. */
function timeAnchors(question: Question): ReadonlySet<string> {
  const words = questionWords(question.plain);
  const anchored = new Set<string>();
  words.forEach(({ word }, at) => {
    if (!TIME_PREPOSITIONS.has(word)) return;
    for (let i = at + 1; i < Math.min(words.length, at + 1 + ANCHOR_REACH); i++) {
      const { word, action, name } = words[i]!;
      if ((action && !NOUN_STARTS.has(words[i - 1]!.word)) || AUXILIARIES.has(word) || WH_WORDS.includes(word)) break;
      for (const term of terms(word)) anchored.add(term);
      // The phrase ends with its name: "after holm, which minister was berg …".
      if (name && words[i + 1]?.name !== true) break;
    }
  });
  return anchored;
}

// Words that go back to what was said ("before the vote *about* the budget").
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning', 'over']);

/** The terms of each clause a time preposition opens, up to a preposition giving a topic or the next question: what only says when. */
function clausesSayingWhen(question: Question): ReadonlySet<string> {
  const when = new Set<string>();
  let inClause = false;
  for (const { word } of questionWords(question.plain)) {
    if (TOPIC_PREPOSITIONS.has(word) || WH_WORDS.includes(word)) inClause = false;
    else if (inClause) for (const term of terms(word)) when.add(term);
    if (TIME_PREPOSITIONS.has(word)) inClause = true;
  }
  return when;
}

/** Whether the question has a verb of its own beyond the auxiliaries ("who *met* Holm", "who did Holm *call*"). */
const actsOnSomeone = (question: Question): boolean => questionWords(question.plain).some(({ word, action }) => action && !AUXILIARIES.has(word));

/** Makes the concept of a word of the question required in the sentence itself. */
function requireInSentence(word: string, concepts: readonly Concept[]): void {
  const head = concepts.find((concept) => concept.term.split(' ').includes(terms(word)[0] ?? ''));
  if (head === undefined || concepts.length < 2) return;
  head.required = true;
  head.missingFactor = RANKING.relationMissingFactor;
  // A figure or a thing counts what its own sentence names, not what the sentences around it do.
  head.fromContext = false;
}

/**
 * "Who is replacing Lindqvist", "who met Holm": a who-question whose verb acts on a person it
 * names asks for someone else, so a sentence naming only that person never answers it, however
 * much of the question it covers ("who is Lindqvist" has no such verb: a sentence on him answers).
 * So does one asking who held a place before or after them (asksHolderInTurn).
 */
export function asksAnotherPerson(question: Question, concepts: readonly Concept[]): boolean {
  if (question.kind !== 'who' || !namesSomeone(concepts)) return false;
  return asksHolderInTurn(question, concepts) || questionWords(question.plain).some(({ word, action }) => action && !AUXILIARIES.has(word));
}

const namesSomeone = (concepts: readonly Concept[]): boolean => concepts.some((concept) => concept.person !== undefined && concept.speaker !== true);

// "Holm's predecessor", "who was the chair before holm": who held a place before or after the one
// named. "Before" and "after" ask so only in a question naming a title and no verb of its own:
// "who did berg meet after holm", "who was berg meeting after holm" say when.
const IN_TURN_NOUN = /\b(?:predecessors?|successors?)\b/u;
const IN_TURN_WORD = /\b(?:before|after|prior to)\b/u;

/** Whether a who-question naming someone asks for whoever held their place before or after them. */
export function asksHolderInTurn(question: Question, concepts: readonly Concept[]): boolean {
  if (question.kind !== 'who' || !namesSomeone(concepts)) return false;
  if (IN_TURN_NOUN.test(question.plain)) return true;
  return IN_TURN_WORD.test(question.plain) && !actsOnSomeone(question) && questionWords(question.plain).some(({ word, thing }) => thing && isTitleWord(word));
}

// How a sentence says who came before or after whom: "succeeded", "took over from", "her
// predecessor", "the former chair", "replaced".
const STATES_SUCCESSION =
  /\b(?:succeed(?:s|ed|ing)?|successors?|succession|predecessors?|preced(?:es|ed|ing)|replac(?:es|ed|ing|ement)|t(?:ook|akes?|aking) over|former(?:ly)?|previous(?:ly)?|outgoing|incoming|stepp(?:ed|ing) down|handed over)\b/iu;

/**
 * What a question asking a holder in turn needs of a sentence: words of succession. One naming
 * another holder of the role says nothing of who came before whom.
 */
export function successionConcept(facts: LoadedFactBase): Concept {
  const test = (id: number): number => (STATES_SUCCESSION.test(facts.sentence(id).text) ? 1 : 0);
  return { term: '#succession', alternatives: new Set(), forms: new Set(), kinds: [], focus: false, phrases: [], test, fromContext: false, testOnly: true, required: true, missingFactor: RANKING.relationMissingFactor, weight: 0 };
}
