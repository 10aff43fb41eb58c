// Follow-up questions in a conversation: after "how much aid has austria given", a user types
// "and france", "what about france", "same for 2023" or just "france", and means the previous
// question with one element swapped. A follow-up is recognised by its English form only (an
// opening "and", "what about", "how about", "same for", or a short fragment with no question
// word and no verb), never by capitals or punctuation; a full question is never one. Its new
// element replaces the previous question's element of the same kind (question-elements.ts); a
// topic replaces the previous topic. When nothing sensible can be built, it is no follow-up.
import { questionWords } from './parts-of-speech.js';
import { ELEMENT_PREPOSITIONS, bareWord, elementsOf, type QuestionElement } from './question-elements.js';
import type { RouterContext } from './route-question.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

/** A question as the conversation remembers it: its text and the elements it names. */
export interface RememberedQuestion {
  readonly text: string;
  readonly elements: readonly QuestionElement[];
}

export interface FollowUp {
  /** What it adds, as typed, without its opening words and preposition ("France", "2023"). */
  readonly element: string;
  /** The preposition typed before it ("in" of "and in 2023"), lower case, or null. */
  readonly preposition: string | null;
  /** A fragment without opening words ("france"): it must swap an element of the same kind. */
  readonly bare: boolean;
}

/** Words a follow-up adds at most: more is a question of its own. */
const MAX_FOLLOW_UP_WORDS = 5;

// The openings of a follow-up; the first that matches takes its words off.
const OPENINGS: readonly RegExp[] = [
  /^(?:and\s+)?(?:what|how)\s+about\s+(.+)$/iu,
  /^(?:and\s+)?(?:the\s+)?same\s+(?:thing\s+|question\s+)?(?:for\s+)?(.+)$/iu,
  /^and\s+(.+)$/iu,
];
const QUESTION_WORD = /(?<![\p{L}'])(?:who|whom|whose|what|when|where|which|why|how)(?![\p{L}'])/iu;
// Auxiliaries and forms of "be": a clause, not a fragment ("may" is left out: it is a month too).
const AUXILIARY = /(?<![\p{L}'])(?:am|is|are|was|were|be|do|does|did|has|have|had|will|would|can|could|should|shall|must|isn't|aren't|wasn't|didn't|doesn't|hasn't|haven't|won't|can't)(?![\p{L}'])/iu;
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'on', 'regarding', 'concerning']);

/** The follow-up a line reads as, or null when it is a question of its own. */
export function readFollowUp(line: string): FollowUp | null {
  const trimmed = line.replace(/^[\s¿¡,]+|[\s?!.…,;:]+$/gu, '');
  const opened = OPENINGS.map((opening) => opening.exec(trimmed)?.[1]).find((rest) => rest !== undefined);
  const rest = (opened ?? trimmed).trim();
  const preposition = /^(\p{L}+)\s+(.+)$/u.exec(rest);
  const leading = preposition !== null && ELEMENT_PREPOSITIONS.has(preposition[1]!.toLowerCase()) ? preposition : null;
  const element = leading?.[2] ?? rest;
  const words = element.split(/\s+/u);
  if (element === '' || words.length > MAX_FOLLOW_UP_WORDS || QUESTION_WORD.test(rest) || AUXILIARY.test(rest)) return null;
  // The tagger reads a lone plural noun as a verb at times ("drones"): after an opening, only a verb past the first word makes a clause.
  const actions = questionWords(element.toLowerCase()).map((word) => word.action);
  if (actions.slice(opened === undefined ? 0 : 1).some(Boolean)) return null;
  return { element, preposition: leading?.[1]?.toLowerCase() ?? null, bare: opened === undefined };
}

/** `text` as whole words, in any case. */
const wholeWords = (text: string): RegExp => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(text).replace(/\s+/gu, '\\s+')}(?![\\p{L}\\p{N}])`, 'iu');

/** The previous question with `target` swapped for `element`, each with its preposition when the follow-up typed one. */
function swapped(text: string, target: QuestionElement, element: QuestionElement): string {
  // "same for 2023" asks for the same period relation ("since 2022" stays "since").
  const preposition = element.kind === 'period' && element.preposition === 'for' ? null : element.preposition;
  if (preposition === null || target.preposition === null) return text.replace(wholeWords(target.text), element.text);
  return text.replace(wholeWords(`${target.preposition} ${target.text}`), `${preposition} ${element.text}`);
}

/**
 * The last run of topic words in the question: things that are neither one of its elements nor
 * a name ("aid" of "how much aid has austria given"), as typed; undefined when there is none.
 */
function topicOf(question: RememberedQuestion): string | undefined {
  const elementWords = new Set(question.elements.flatMap((element) => element.text.split(/\s+/u).map(bareWord)));
  const runs: string[][] = [[]];
  for (const word of questionWords(question.text.toLowerCase())) {
    const topical = word.thing && !word.name && word.names === null && !elementWords.has(word.word);
    if (topical) runs.at(-1)!.push(word.word);
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  const last = runs.filter((run) => run.length > 0).at(-1);
  return last === undefined ? undefined : wholeWords(last.join(' ')).exec(question.text)?.[0];
}

const DETERMINERS = 'the|a|an|this|that|these|those';
const DETERMINER_BEFORE = new RegExp(`(?<![\\p{L}])(?:${DETERMINERS})\\s+$`, 'iu');
const DETERMINER_FIRST = new RegExp(`^(?:${DETERMINERS})\\s`, 'iu');

/** A follow-up that adds a topic: it replaces the previous topic, or is added with its preposition. */
function withTopic(followUp: FollowUp, previous: RememberedQuestion): string | null {
  const { text } = previous;
  const { element, preposition } = followUp;
  if (preposition !== null && TOPIC_PREPOSITIONS.has(preposition)) {
    const about = /\s(?:about|on|regarding|concerning)\s+\S.*$/iu.exec(text);
    return `${about === null ? text : text.slice(0, about.index)} ${preposition} ${element}`;
  }
  if (preposition !== null) return `${text} ${preposition} ${element}`;
  const topic = topicOf(previous);
  if (topic !== undefined) {
    // "who paid for the port repairs" + "and the other grant": one "the", the follow-up's.
    const at = wholeWords(topic).exec(text)!;
    const before = text.slice(0, at.index);
    const own = DETERMINER_BEFORE.test(before) && DETERMINER_FIRST.test(element) ? before.replace(DETERMINER_BEFORE, '') : before;
    return `${own}${element}${text.slice(at.index + at[0].length)}`;
  }
  // "what did olsen say about lindvik" + "and drones": what it was said about is the topic.
  const about = /\s(about|on|regarding|concerning)\s+\S.*$/iu.exec(text);
  return about === null ? null : `${text.slice(0, about.index)} ${about[1]!.toLowerCase()} ${element}`;
}

/**
 * The question a follow-up stands for: the previous one with the follow-up's element in place of
 * the element of the same kind (added when it has none and the follow-up says how it relates),
 * or null when nothing sensible can be built.
 */
export function takenAs(followUp: FollowUp, previous: RememberedQuestion, context: RouterContext): string | null {
  const typed = followUp.preposition === null ? followUp.element : `${followUp.preposition} ${followUp.element}`;
  const elements = elementsOf(typed, context);
  if (elements.length === 0) return followUp.bare ? null : withTopic(followUp, previous);
  // Every word the follow-up adds must belong to an element: "the summit in lindvik" is a new question.
  const covered = new Set(elements.flatMap((element) => [element.preposition, ...element.text.split(/\s+/u).map(bareWord)]));
  if (typed.split(/\s+/u).some((word) => !covered.has(bareWord(word)) && bareWord(word) !== 'the')) return null;
  let text = previous.text;
  let swaps = 0;
  for (const element of elements) {
    const sameKind = previous.elements.filter((candidate) => candidate.kind === element.kind);
    const target = sameKind.find((candidate) => element.preposition !== null && candidate.preposition === element.preposition) ?? sameKind[0];
    if (target !== undefined) {
      text = swapped(text, target, element);
      swaps++;
      continue;
    }
    // Nothing of its kind to swap: a period is added to a question that had none ("same for 2023");
    // a person or place only where the follow-up says how it relates ("and to chile").
    if (element.kind !== 'period' && (followUp.bare || element.preposition === null)) return null;
    text = `${text} ${element.preposition ?? 'in'} ${element.text}`;
  }
  // A bare fragment must swap something: "2023" alone after "who is olsen" is a question of its own.
  return followUp.bare && swaps === 0 ? null : text;
}

/** The question as the conversation remembers it: trailing punctuation off, elements read. */
export function remembered(question: string, context: RouterContext): RememberedQuestion {
  const text = question.replace(/[\s?!.…,;:]+$/u, '').trim();
  return { text, elements: elementsOf(text, context) };
}
