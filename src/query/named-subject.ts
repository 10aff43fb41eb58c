// "How much aid did the us send to varnholm": the coverage knows Varnholm, and it reports aid,
// but when no sentence that answers the question names Varnholm (or has it in its context: the
// title, the sentences before it, the sentence one of its definite phrases refers back to), the
// figures found are about other places. A question whose weightiest word is a name the coverage
// writes as one is about that thing; evidence that never names it does not answer it, and the
// commands say so instead of answering about something else.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept } from './concept.js';
import { PRONOUN_REACH, speakerOf } from './attribution.js';
import { conceptShares, namesItself } from './coverage.js';
import type { RankedSentence } from './rank.js';
import { RANKING } from './ranking-options.js';
import { writtenAsName } from './written-as-name.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { namesConcreteThing } from '../lexicon/word-kinds.js';
import { kindForms, questionWords } from './parts-of-speech.js';
import { asksEachApart, type Question } from './question.js';
import { pronounAntecedent } from './definite-reference.js';
import { contextTerms, lookups } from './sentence-facts.js';
import { ownedByOtherCountry } from './other-country.js';
import { GENERIC_NOUNS } from './unknown-focus.js';
import { namedByTitle, retellsHeadlineNaming } from './title-reference.js';

/**
 * A concept the coverage writes as a name ("unesco", "haraldsen", "new zealand"), or a known person
 * however typed ("vorenksy"); a word the coverage never writes stands for the name it is searched as ("varnhom" for "varnholm").
 */
export const isNameConcept = (concept: Concept, facts: LoadedFactBase): boolean =>
  !concept.testOnly && (concept.person !== undefined || [concept.term, ...(facts.index.idf(concept.term) === 0 ? concept.alternatives : [])].some((name) => name.split(' ').every((term) => writtenAsName(term, facts))));

// A name in the possessive: "zorvia's total aid".
const POSSESSIVE = /([\p{L}\p{N}.-]+)['’]s\b/gu;
const ASKING_WORD = /\b(?:how|what|which)\b/u;
const FIGURES: ReadonlySet<string> = new Set(['money', 'count', 'percent']);
// "how much … has zorvia given", "how many … did the zorvian navy send": up to three words after the auxiliary.
const FIGURE_DOER = /^how (?:much|many)\b.*?\b(?:has|have|had|did|does|do|will|would)\s+((?:[\p{L}\p{N}.'-]+\s+){0,2}[\p{L}\p{N}.'-]+)/u;

/**
 * The question's weightiest name (a concept the coverage writes as a name) when it carries
 * `subjectShare` of the question's weight; for a figure asked of a name in the possessive
 * ("zorvia's total aid"), that name: the figure is its, not anyone's; else undefined.
 */
export function namedSubject(concepts: readonly Concept[], facts: LoadedFactBase, question?: Question): Concept | undefined {
  // "Updates about haraldsen trips": a noun framing the request is no subject, though a heading writes it as a name ("Weekly Updates").
  // "Who did berg meet after holm": Holm only says when.
  // A lead-in's or restating clause's words only help (Concept.optional): the subject is the question's own.
  const names = concepts.filter((concept) => concept.optional !== true && isNameConcept(concept, facts) && !GENERIC_NOUNS.has(concept.term) && concept.timeAnchor !== true && concept.period === undefined);
  if (question !== undefined && FIGURES.has(question.expects[0] ?? '')) {
    // The owner after the asking word ("according to holm's office, what share of zorvia's debt"), else the last one.
    const asking = ASKING_WORD.exec(question.plain)?.index ?? 0;
    const possessives = [...question.plain.matchAll(POSSESSIVE)].sort((a, b) => Number(b.index >= asking) - Number(a.index >= asking) || (a.index >= asking ? a.index - b.index : b.index - a.index));
    for (const possessor of possessives.flatMap((match) => terms(match[1]!))) {
      const owner = names.find((concept) => concept.term.split(' ').includes(possessor));
      if (owner !== undefined) return owner;
    }
  }
  const [weightiest] = names.sort((a, b) => b.weight - a.weight);
  const total = concepts.reduce((sum, concept) => sum + (concept.optional === true ? 0 : concept.weight), 0);
  if (weightiest !== undefined && weightiest.weight >= RANKING.subjectShare * total) return weightiest;
  // "How much has zorvia given pellonia": no name outweighs the rest, and the figure is the one
  // the doer named after the auxiliary gave, not the other's. A lone name is no choice: the
  // sentence may call it otherwise ("the club" for "lindvik united").
  const doer = question !== undefined && names.length >= 2 && FIGURES.has(question.expects[0] ?? '') ? FIGURE_DOER.exec(question.plain)?.[1] : undefined;
  // The first name after the auxiliary: "has the league given pellonia" is the league's giving.
  const first = terms(doer ?? '').find((term) => names.some((concept) => concept.term.split(' ')[0] === term));
  return names.find((concept) => concept.term.split(' ')[0] === first);
}

/** The sentence states the kind of answer asked for first, at least in part (a lone name, a bare year), not only a later kind (a count for "how much"). */
const statesFirstExpectation = (hit: RankedSentence): boolean => hit.answerType > RANKING.secondaryAnswerShare;

/**
 * The evidence that names the question's subject (or has it in its context) and carries what
 * `needs` says besides, best first; all of it when the question has no named subject. A sentence
 * about something else does not answer, nor does one that only names the subject.
 */
export function aboutSubject(
  subject: Concept | undefined,
  concepts: readonly Concept[],
  evidence: readonly RankedSentence[],
  facts: LoadedFactBase,
  needs: SubjectNeeds,
): RankedSentence[] {
  if (subject === undefined) return [...evidence];
  const at = concepts.indexOf(subject);
  // What the question itself asks besides: a lead-in's words (optional) are no part of it.
  const others = concepts.flatMap((concept, i) => (i !== at && !concept.testOnly && concept.optional !== true ? [i] : []));
  const topic = others.reduce<number | undefined>((best, i) => (best === undefined || concepts[i]!.weight > concepts[best]!.weight ? i : best), undefined);
  return evidence.filter((hit) => {
    // The whole question is read, so that a definite phrase ("the drones") can stand for the name through the sentence it refers back to.
    const shares = conceptShares(concepts, hit.sentenceId, facts, true);
    // Naming the subject is not enough: "we have to have Varnholm … 20 years ago" neither states
    // a sum for "how much" nor says anything else the question asks.
    if (shares[at] === 0 && (subject.person === undefined || !personInContext(subject, hit.sentenceId, facts))) return false;
    if (topic === undefined) return true;
    if (ownedByOtherCountry(subject, others.map((i) => concepts[i]!), hit.sentenceId, facts)) return false;
    if (needs === 'topic') return shares[topic]! > 0;
    return (needs === 'answer-or-word' && statesFirstExpectation(hit)) || others.some((i) => shares[i]! > 0);
  });
}

/** The sentences before it in its paragraph that a "he" or "she" of it may stand for. */
const PARAGRAPH_CONTEXT = 3;
// A sentence with one of these may lean on a person named before its paragraph, up to PRONOUN_REACH sentences back.
const PERSONAL_PRONOUN = /\b(?:he|him|his|she|her|hers)\b/iu;

/** The known people the question names as what it is about, not as the one asked to be speaking (speakers.ts judges those). */
export const askedPeople = (concepts: readonly Concept[]): Concept[] => concepts.filter((concept) => concept.person !== undefined && concept.speaker !== true && concept.timeAnchor !== true);

const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
const JOINING: ReadonlySet<string> = new Set(['and', '&', '-']);

/**
 * Marks the known people the question names before a thing of theirs, after an article, or
 * opening a keyword string or in the possessive ("the haraldsen plan", "the berg and olsen talks", "berg june 2025
 * harbour memo, what does it fund", "under bergs may proclamation"): the thing is what it asks about. Not a name before a verb
 * ("berg said …"): that asks what the person did.
 */
export function markQualifyingPeople(query: string, concepts: readonly Concept[]): void {
  const people = askedPeople(concepts);
  if (people.length === 0) return;
  const words = query.toLowerCase().split(/\s+/u).filter((word) => word !== '');
  const personAt = (word: string) => people.find((person) => terms(word).some((term) => term === person.term || person.phrases.some((phrase) => phrase.includes(term))));
  const tagged = new Map(questionWords(query).map((word) => [word.word, word]));
  // "under trumps feb 2026 proclamation", "berg's memo": a name in the possessive, with or without its apostrophe.
  const possessive = (word: string) => /['’]s$/u.test(word) || (word.endsWith('s') && personAt(word.slice(0, -1)) !== undefined);
  for (let start = 0; start < words.length; start++) {
    const opening = start === 0 || possessive(words[start]!);
    if ((!opening && !ARTICLES.has(words[start - 1] ?? '')) || personAt(words[start]!) === undefined) continue;
    let end = start;
    const run: Concept[] = [];
    for (; end < words.length; end++) {
      const person = personAt(words[end]!);
      if (person !== undefined) run.push(person);
      else if (!JOINING.has(words[end]!)) break;
    }
    const after = words[end];
    const tag = after === undefined ? undefined : tagged.get(after.replace(/[,;:]+$/u, ''));
    // Opening the question, a name qualifies only a thing after it ("berg memo"), not a verb ("berg said").
    const qualifies = after !== undefined && terms(after).length > 0 && (!opening || (tag?.thing === true && tag.action !== true));
    if (qualifies) for (const person of run) person.qualifiesThing = true;
  }
}

/**
 * "What did haraldsen eat for dinner": a question naming a known person asks about them. A sentence
 * that names them neither itself nor in the sentences before it in its paragraph ("He also said
 * …"), and is not their words (a statement whose title names its author), is about someone else,
 * though its article's title names them ("Zorvia was not represented at the gala dinner" under
 * a headline on Haraldsen); unless the question names them only to say whose thing it asks about
 * ("the haraldsen plan": markQualifyingPeople), which a sentence under their title is about.
 */
export function aboutAskedPeople(concepts: readonly Concept[], evidence: readonly RankedSentence[], facts: LoadedFactBase, question?: Question): RankedSentence[] {
  const people = askedPeople(concepts);
  if (people.length === 0) return [...evidence];
  // "What did berg and holm each say": a sentence about one of them answers for that one.
  const about = question !== undefined && asksEachApart(question) ? 'some' : 'every';
  return evidence.filter((hit) => people[about]((person) => personInContext(person, hit.sentenceId, facts)));
}

/** Whether the sentence names the known person by their title alone ("the President signed …"). */
function namedByTitleOnly(person: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  const known = person.person === undefined ? undefined : lookups(facts).people.get(person.person);
  return known !== undefined && namedByTitle(known, sentenceId, facts);
}

/** Whether the sentence, or the sentences before it that a "he" or "him" of it leans on, names the known person, or is their words. */
function personInContext(person: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  if (person.qualifiesThing === true) {
    const context = contextTerms(facts, sentenceId);
    if (person.term.split(' ').every((term) => context.has(term))) return true;
  }
  const { articleId, paragraph, text } = facts.sentence(sentenceId);
  // "Berg was with him most of the day" answers a question put in the paragraph before (a reporter's "… with Holm?").
  const leansBack = PERSONAL_PRONOUN.test(text);
  for (let id = sentenceId; id >= 0 && sentenceId - id <= (leansBack ? PRONOUN_REACH : PARAGRAPH_CONTEXT); id--) {
    const sentence = facts.sentence(id);
    if (sentence.articleId !== articleId || (sentence.paragraph !== paragraph && !leansBack)) break;
    if (namesItself(person, id, facts) || namedByTitleOnly(person, id, facts)) return true;
  }
  const known = person.person === undefined ? undefined : lookups(facts).people.get(person.person);
  return speakerOf(facts, sentenceId)?.personId === person.person || (known !== undefined && retellsHeadlineNaming(known, sentenceId, facts));
}

/**
 * What a sentence naming the subject must carry besides: 'answer-or-word', the kind of answer asked
 * for or another word of the question; 'word', another word — when the question asks for no kind
 * of answer and names a concrete thing ("weather in lindvik tomorrow": every sentence "states" an
 * answer of no kind, and one that never names the thing is not about it), or asks yes or no; an
 * abstract word ("what was her profession") is often answered in other words ("the financier"), so
 * it does not count. 'topic': a half-sentence ("lindqvist on pellonia membership") names its subject and
 * its topic, whose weightiest word the sentence must carry, not only a common one ("pellonia").
 */
export type SubjectNeeds = 'answer-or-word' | 'word' | 'topic';

export function subjectNeeds(question: Question, concepts: readonly Concept[], subject: Concept | undefined): SubjectNeeds {
  if (question.kind === 'statement') return 'topic';
  if (question.expects.length > 0) return 'answer-or-word';
  // "Did haraldsen resign" asks what the subject did: a sentence naming only the subject says nothing of it.
  if (question.kind === 'yes-no') return 'word';
  const things = new Set(questionWords(question.plain).flatMap(({ word, thing, name }) => (thing && !name && isEnglishWord(word) && namesConcreteThing(kindForms(word)) ? terms(word) : [])));
  return concepts.some((concept) => concept !== subject && !concept.testOnly && concept.term.split(' ').some((term) => things.has(term))) ? 'word' : 'answer-or-word';
}

/** The concept's words as the question typed them ("Varnholm" or "varnholm"). */
export function typedWords(concept: Concept, question: string): string {
  const wanted = new Set(concept.term.split(' '));
  // "zorvia's" is named as "zorvia".
  const words = question.split(/[^\p{L}\p{N}'’-]+/u).filter((word) => terms(word).some((term) => wanted.has(term))).map((word) => word.replace(/['’]s$/u, ''));
  return words.length > 0 ? words.join(' ') : concept.term;
}

/**
 * "What did lindqvist say about the ferries": evidence by the speaker that says nothing on the
 * topic does not answer, however much the speaker weighs. The sentence itself (or the remark it is
 * part of) must touch the topic, or the sentence before it, which its "it" or "they" stands for
 * (`spokenTopicContext`): an article titled on it does not make every remark in it so. All of it
 * when the question names no speaker or no topic.
 */
export function onSpokenTopic(concepts: readonly Concept[], evidence: readonly RankedSentence[], facts: LoadedFactBase): RankedSentence[] {
  const topic = topicConcepts(concepts);
  if (topic.length === 0) return [...evidence];
  return evidence.filter((hit) => touchesTopic(concepts, topic, hit.sentenceId, facts) || spokenTopicContext(concepts, hit.sentenceId, facts) !== undefined);
}

/** The indexes of a "what did X say about …" question's topic concepts (not words that only help); none when it names no speaker. */
const topicConcepts = (concepts: readonly Concept[]): number[] =>
  concepts.some((concept) => concept.speaker) ? concepts.flatMap((concept, i) => (!concept.testOnly && concept.optional !== true && concept.timeAnchor !== true ? [i] : [])) : [];

/** Whether the sentence, or another sentence of the remark it quotes ("We will stay. … It matters to all of us," he said), touches the topic. */
function touchesTopic(concepts: readonly Concept[], topic: readonly number[], sentenceId: number, facts: LoadedFactBase): boolean {
  return (lookups(facts).sameQuote.get(sentenceId) ?? [sentenceId]).some((id) => {
    const shares = conceptShares(concepts, id, facts);
    return topic.some((i) => shares[i]! > 0);
  });
}

/**
 * "What did haraldsen say about parliament": "Haraldsen said he's sure it will pass." after
 * "… as parliament delays its vote on the request …". The sentence before, when the answer's own
 * words never touch the topic and lean on a pronoun for it, and that sentence does; else undefined.
 */
export function spokenTopicContext(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase): number | undefined {
  const topic = topicConcepts(concepts);
  if (topic.length === 0 || touchesTopic(concepts, topic, sentenceId, facts)) return undefined;
  const before = pronounAntecedent(facts, sentenceId);
  return before !== undefined && touchesTopic(concepts, topic, before, facts) ? before : undefined;
}
