// The verb of a question about what will happen ("who will *win* the war", "when will the
// fighting *end*"). Coverage reports what happened; a past fact about the same things (the war,
// its start) answers what will happen only when it states that happening: a plan, a schedule, a
// forecast ("the talks will end on Friday"). Read on the words and WordNet, never on capitals.
import { DETERMINERS } from '../lexicon/determiners.js';
import { terms } from '../factbase/terms.js';
import { nounAndVerbUsage } from '../lexicon/wordnet.js';
import { TAKING_PLACE_VERBS } from '../lexicon/verb-senses.js';
import { questionWords, wordForms, type QuestionWord } from './parts-of-speech.js';
import type { Question } from './question.js';
import { OPINION_ASKED, stems } from './question-words.js';

// Verbs saying only that the subject takes place, or starts to ("when will the deliveries
// *start*"): what is planned for the subject itself answers them.
const TAKING_PLACE: ReadonlySet<string> = new Set(stems([...TAKING_PLACE_VERBS, 'start', 'begin', 'open']));

// Verbs saying a happening goes on or stops, before the verb of the happening.
const CONTINUING: ReadonlySet<string> = new Set(['keep', 'keeps', 'continue', 'continues', 'stay', 'stays', 'remain', 'remains', 'stop', 'stops', 'quit', 'quits', 'cease', 'ceases']);

// "will", "shall", "gonna", "won't", "who'll"; "going to" is read below.
const FUTURE_AUXILIARY = /^(?:will|shall|gonna|won'?t|\p{L}+'ll)$/u;

/**
 * Whether the word reads as a verb: the tagger says so, WordNet's tagged text uses it (or its
 * base form) more as a verb than as a noun, or, ending the question, as a verb at all ("when will
 * the war *end*", where the tagger reads "war end" as nouns).
 */
function readsAsVerb({ word, action }: QuestionWord, last: boolean): boolean {
  const usage = [word, ...wordForms(word)].map((form) => nounAndVerbUsage(form));
  const verb = Math.max(...usage.map((each) => each.verb));
  return verb > 0 && (action || last || verb > Math.max(...usage.map((each) => each.noun)));
}

// Questions asking a circumstance of the happening itself: its date, place, length or reason.
const CIRCUMSTANCE_KINDS: ReadonlySet<Question['kind']> = new Set(['when', 'where', 'how-long', 'why', 'how']);

/**
 * The verb after the subject ("when will the dock strike *end*", "when will they *meet*", "when
 * will the war in pellonia *end*"): the last word reading as a verb in the first run of content
 * words that has one past its first word (the subject's head, or a noun after a preposition).
 */
function verbAfterSubject(words: readonly QuestionWord[], from: number): QuestionWord | undefined {
  let start = from;
  while (start < words.length && DETERMINERS.has(words[start]!.word)) start++;
  let run: QuestionWord[] = [];
  // The subject's head starts the first run even without an index term ("they", "us").
  for (let i = start; i <= words.length; i++) {
    const word = words[i];
    if (word !== undefined && (i === start || terms(word.word).length > 0)) {
      run.push(word);
      continue;
    }
    // "how will berg get the ferry stuff": a verb with no index term of its own ("get", "be") ends
    // the subject and is the verb; the run after its object's determiner is no subject and verb.
    if (word !== undefined && run.length > 0 && word.action) return word;
    const verb = run.slice(1).findLast((each) => readsAsVerb(each, each === words.at(-1)));
    if (verb !== undefined) return verb;
    run = [];
  }
  return undefined;
}

/**
 * The verb a question about the future asks about, as typed, when the question is about that
 * happening: its doer ("who will *win*") or a circumstance of it ("when will the war *end*").
 * Undefined otherwise: when the question asks for a thing ("which milestone will the club *mark*",
 * "how much will they *send*", "will nato *admit* pellonia"), the thing's words carry it and the
 * verb is often the user's paraphrase; and for a verb that only says the subject takes place.
 */
export function forecastVerb(question: Question): string | undefined {
  const words = questionWords(question.plain).filter(({ word }) => word !== '');
  const auxiliary = words.findIndex(({ word }, i) => FUTURE_AUXILIARY.test(word) || (word === 'going' && words[i + 1]?.word === 'to'));
  if (auxiliary < 0) return undefined;
  const from = auxiliary + (words[auxiliary]!.word === 'going' ? 2 : 1);
  const contentFrom = (at: number) => words.slice(at).filter(({ word }) => terms(word).length > 0);
  // "Who will win": the question word is the subject and the verb comes next.
  const asksDoer = (auxiliary > 0 || words[0]!.word.endsWith("'ll")) && words.slice(0, auxiliary).every(({ word }) => /^(?:who|what|which|is|are)$/u.test(word) || word.endsWith("'ll"));
  const next = contentFrom(from);
  let verb = asksDoer && next[0] !== undefined && readsAsVerb(next[0], next.length === 1) ? next[0] : undefined;
  // "when is the strike going to end": the subject comes before "going to", the verb right after it.
  const goingTo = words[auxiliary]!.word === 'going' && words[from] !== undefined && readsAsVerb(words[from]!, from === words.length - 1);
  if (verb === undefined && CIRCUMSTANCE_KINDS.has(question.kind)) verb = goingTo ? words[from] : verbAfterSubject(words, from);
  // "do you think berg will (just) close it": the subject comes before "will", the verb right after it;
  // only a sentence foretelling that happening (a plan, someone's forecast) stands in for the guess, not one naming berg.
  if (verb === undefined && question.kind === 'yes-no' && OPINION_ASKED.test(question.plain)) verb = next.slice(0, 2).find((word, i) => readsAsVerb(word, i === next.length - 1));
  // "Will the council keep the ferry going": whether it goes on is the happening asked about, whatever the thing.
  if (verb === undefined && question.kind === 'yes-no') return words.slice(from).find(({ word }) => CONTINUING.has(word))?.word;
  if (verb === undefined || terms(verb.word).some((term) => TAKING_PLACE.has(term))) return undefined;
  // "How long will the fund *keep* running": going on is the happening asked about ("it will remain open").
  const before = words[words.indexOf(verb) - 1];
  if (before !== undefined && CONTINUING.has(before.word)) return before.word;
  // A light verb ("be *taken* from", "*made*") says little of its own: the rest of the question does.
  if (wordForms(verb.word).some((form) => terms(form).length === 0)) return undefined;
  return verb.word;
}
