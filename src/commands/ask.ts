// /ask — a free question answered with the best few sentences from the coverage, each
// cited, near-duplicates shown once. Abstains when no sentence carries enough of what the
// question is about (see relevance.ts), offering the closest sentences labelled as such.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import type { AnswerItem } from '../answer.js';
import { formatDateRef } from '../factbase/date-format.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { CitationBook } from './cite.js';
import { AVAILABLE_EVERYWHERE, DATE_RANGE_OPTIONS, MAX_TEXT_LENGTH, checkDateOrder, dateBound, requiredText } from './options.js';
import { hasAnyIn, inPeriod, isBounded, nothingFrom, periodLabel, statedDates } from './in-period.js';
import { extractDates } from '../query/periods.js';
import { withoutRelativePeriod } from '../query/relative-periods.js';
import { evidence, rankSentences, type RankedSentence } from '../query/rank.js';
import { aboutSubject, namedSubject, onSpokenTopic, typeSufficesFor, typedWords } from '../query/named-subject.js';
import { analyseQuery } from '../query/relevance.js';
import { speakerOf, type Attribution } from '../query/attribution.js';
import { comparisonIn, type Comparison } from '../query/comparison.js';
import { asTyped } from '../query/question.js';
import { sideEvidence } from '../query/side-evidence.js';
import type { Answer } from '../answer.js';
import { abstained, answered, listing, requestLine } from './respond.js';
import type { Command } from './types.js';
import { peopleByMentions } from './views.js';
import { isStopWord, terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';

const data = {
  name: 'ask',
  description: 'Ask a question; the answer is sentences quoted from the coverage, with sources',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'Your question (e.g. How much military aid has the US given Ukraine?)',
      required: true,
      min_length: 1,
      max_length: MAX_TEXT_LENGTH,
    },
    ...DATE_RANGE_OPTIONS,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({ question: requiredText('question', MAX_TEXT_LENGTH), from: dateBound('from'), to: dateBound('to') })
  .superRefine(checkDateOrder);
export type AskOptions = z.infer<typeof options>;

/** At most this many sentences answer a question. */
export const MAX_ANSWERS = 5;
/** Sentences offered as "closest" when abstaining. */
const MAX_CLOSEST = 3;
/**
 * The speaker beside an answer line whose own words do not name them ("He stressed …", a
 * quotation attributed in the sentence before, a transcript paragraph's later sentences), as
 * /quote items carry it, with the sentence that establishes it cited after the line's own.
 */
function speakerFields(attribution: Attribution | null, sentenceId: number, book: CitationBook): { citations: number[]; speaker?: string; personId?: string } {
  const own = book.cite(sentenceId);
  // A title alone is too little to put a name on every line of the article ("Remarks by …" may open with someone else's words).
  if (attribution === null || attribution.how !== 'context') return { citations: own };
  const others = attribution.sentenceIds.filter((id) => id !== sentenceId).map((id) => book.citeOne(id));
  return {
    speaker: attribution.name,
    ...(attribution.personId === undefined ? {} : { personId: attribution.personId }),
    citations: [...own, ...others],
  };
}

function sentenceItem(hit: RankedSentence, facts: LoadedFactBase, book: CitationBook, closest: boolean): AnswerItem {
  const sentence = facts.sentence(hit.sentenceId);
  // The date the sentence itself states (its citation carries the article's own date).
  const stated = statedDates(facts).get(hit.sentenceId);
  return {
    text: sentence.text,
    ...(stated ? { date: formatDateRef(stated.date) } : {}),
    // Closest sentences do not answer: no one's words are claimed for them.
    ...(closest ? { citations: book.cite(hit.sentenceId) } : speakerFields(speakerOf(facts, hit.sentenceId), hit.sentenceId, book)),
    score: Number(hit.score.toFixed(4)),
    coverage: Number(hit.coverage.toFixed(3)),
    ...(closest ? { closest: true } : {}),
  };
}

/**
 * The sentences that answer a question, best first, and what was weighed on the way (for the
 * abstention's reason); only sentences `keep` accepts, when given.
 */
export function searchAnswers(question: string, facts: LoadedFactBase, keep?: (sentenceId: number) => boolean) {
  const analysis = analyseQuery(question, facts);
  const { concepts, unknownNames } = analysis;
  const everyRanked = concepts.length === 0 ? [] : rankSentences(analysis, facts);
  const ranked = keep === undefined ? everyRanked : everyRanked.filter((hit) => keep(hit.sentenceId));
  const found = unknownNames.length > 0 ? [] : evidence(ranked, analysis.question.expects[0]);
  // "How much aid went to greenland": evidence that never names Greenland is about other places.
  const subject = namedSubject(concepts, facts);
  const answers = onSpokenTopic(concepts, aboutSubject(subject, concepts, found, facts, typeSufficesFor(question, analysis.question.expects, concepts, subject)), facts).slice(0, MAX_ANSWERS);
  return { analysis, ranked, found, subject, answers };
}

function run(opts: AskOptions, facts: LoadedFactBase) {
  const head = { command: 'ask', query: requestLine('ask', { question: opts.question, from: opts.from?.text, to: opts.to?.text }), title: opts.question };
  // A bounded question is searched without its "last week" or "in march 2024": those words date the question, not its answer.
  const bounded = isBounded(opts);
  const searched = bounded ? extractDates(withoutRelativePeriod(opts.question)).rest : opts.question;
  const { analysis, ranked, found, subject, answers } = searchAnswers(searched, facts, bounded ? (id) => inPeriod(facts, id, opts) : undefined);
  const { concepts, unknownNames, unmentioned } = analysis;
  const lacking = unknownNames.length > 0 ? unknownNames : unmentioned;
  // Nothing from "last week" at all says more than any sentence's words, unless what is asked about is never mentioned.
  if (bounded && answers.length === 0 && lacking.length === 0 && !hasAnyIn(facts, opts)) return abstained(head, nothingFrom(facts, opts));
  if (concepts.length === 0 && unknownNames.length === 0) {
    return abstained(head, 'The question has no words to search for: ask about a person, a place, an event or a figure.');
  }
  const unnamed = found.length > 0 && answers.length === 0 ? subject : undefined;
  const book = new CitationBook(facts);
  const comparison = comparisonIn(analysis.question.plain);
  const compared = comparison === null ? null : comparedAnswer(head, comparison, answers, facts, book);
  if (compared !== null) return compared;
  if (answers.length === 0) {
    const closest = ranked.slice(0, MAX_CLOSEST).map((hit) => sentenceItem(hit, facts, book, true));
    const why =
      lacking.length > 0
        ? `it never mentions ${listing(lacking)}`
        : unnamed !== undefined
          ? `no sentence about ${typedWords(unnamed, searched)} answers it`
          : analysis.relation !== null
            ? `no sentence names ${/^\S+'s /u.test(analysis.relation) ? '' : 'the '}${analysis.relation}`
            : `no sentence ${bounded ? `from ${periodLabel(opts)} ` : ''}answers it`;
    const offer = closest.length > 0 ? ' The closest sentences are below; they do not answer it.' : '';
    // "скільки допомоги дали …", "wer ist …": no word the coverage or English knows. Say which
    // language questions are read in, or the user cannot tell a missing topic from a missing language.
    const language = readsAsEnglish(opts.question, facts) ? '' : ' Questions are read in English.';
    return abstained(head, `The coverage doesn't say: ${why}.${language}${offer}`, { items: closest, book });
  }
  const items = answers.map((hit) => sentenceItem(hit, facts, book, false));
  if (!analysis.question.asksSpeaker) return answered(head, items, book);
  // "Who said …": the best answer's speaker, or plainly that the coverage does not name one.
  const speaker = speakerOf(facts, answers[0]!.sentenceId)?.name;
  return answered(head, items, book, { message: speaker === undefined ? 'The coverage does not say who said it.' : `Said by ${speaker}.` });
}

/** Sentences shown for each side of a comparison, at most: its best, and one more when there is room. */
const PER_SIDE = 2;

/**
 * "Who gave more, X or Y": each side's own best sentence, in the question's order (after any
 * sentence that names every side itself and so compares them), and which sides the coverage
 * leaves unanswered. Null when no side has evidence: the question is then answered as a whole.
 */
function comparedAnswer(head: Parameters<typeof answered>[0], comparison: Comparison, answers: readonly RankedSentence[], facts: LoadedFactBase, book: CitationBook): Answer | null {
  const sides = sideEvidence(comparison, facts);
  if (sides.every((side) => side.hits.length === 0)) return null;
  const shown: RankedSentence[] = [];
  const groups = new Set<number>();
  const show = (hit: RankedSentence) => {
    shown.push(hit);
    groups.add(facts.sentence(hit.sentenceId).group);
  };
  const comparesItself = answers.find((hit) => sides.every((side) => side.namedIn(hit.sentenceId)));
  if (comparesItself !== undefined) show(comparesItself);
  for (let round = 0; round < PER_SIDE; round++) {
    for (const side of sides) {
      // A second sentence only where it states what is weighed as fully as the first, not filler naming the side.
      const floor = side.hits[0]?.coverage ?? 0;
      const next = side.hits.find((hit) => !groups.has(facts.sentence(hit.sentenceId).group) && (round === 0 || (hit.answerType > 0 && hit.coverage >= floor)));
      if (next !== undefined && shown.length < MAX_ANSWERS) show(next);
    }
  }
  const typed = (side: string) => asTyped(side, head.title);
  const lacking = sides.filter((side) => side.hits.length === 0).map((side) =>
    side.unknown ? `The coverage never mentions ${typed(side.side)}.` : `The coverage gives no ${comparison.speaking ? 'sentence that answers this' : 'figure'} for ${typed(side.side)}.`,
  );
  const message = ['Each side as the coverage states it, for you to compare: the bot does not weigh them.', ...lacking].join(' ');
  return answered(head, shown.map((hit) => sentenceItem(hit, facts, book, false)), book, { message });
}

/** Whether some word of the question is English (a dictionary or function word) or one the coverage uses. */
function readsAsEnglish(question: string, facts: LoadedFactBase): boolean {
  const words = question.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length === 0 || words.some((word) => isStopWord(word) || isEnglishWord(word) || terms(word).some((term) => facts.index.idf(term) > 0));
}

/** "/ask question:who is Jane Doe": about the person the coverage mentions most, so it is answered. */
function example(facts: LoadedFactBase): string {
  const person = peopleByMentions(facts)[0];
  return `/ask question:"${person === undefined ? 'what happened' : `who is ${person.name}`}"`;
}

export const ask: Command<AskOptions> = { data, options, run, example };
