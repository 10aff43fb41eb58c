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
import { AVAILABLE_EVERYWHERE, DATE_RANGE_OPTIONS, MAX_QUESTION_LENGTH, checkDateOrder, dateBound, requiredText } from './options.js';
import { afterCoverage, asideDates, hasAnyIn, inPeriod, isBounded, nothingFrom, periodLabel, statedDates } from './in-period.js';
import { extractDates } from '../query/periods.js';
import { articlesDescribed, describedTopic } from '../query/described-topic.js';
import { namesDocument, summaryAsked, withoutDocumentNoun } from '../query/summary-request.js';
import { saysLittle } from '../query/speakers.js';
import { asksTitle, asksWhoPutOut, sourceReference } from '../query/source-reference.js';
import { typedRelativePeriod, withoutRelativePeriod } from '../query/relative-periods.js';
import { evidence, isCreditLine, isHeadline, rankSentences, statesDay, statesNamed, type RankedSentence } from '../query/rank.js';
import { withAntecedents } from '../query/antecedents.js';
import { aboutAskedPeople, aboutSubject, askedPeople, namedSubject, onSpokenTopic, spokenTopicContext, subjectNeeds, typedWords } from '../query/named-subject.js';
import { analyseQuery, type QueryAnalysis } from '../query/relevance.js';
import { askedTitle, asksByRoleName, namesTitleHolder, roleSentences, titleBody } from '../query/roles.js';
import { asksAnotherPerson } from '../query/asked-in-sentence.js';
import { speakerOf, type Attribution } from '../query/attribution.js';
import { comparisonIn, orderComparison } from '../query/comparison.js';
import type { Concept } from '../query/concept.js';
import { conceptShares, names, namesItself } from '../query/coverage.js';
import { listRequested } from '../query/list-request.js';
import { asksForDay, asksForName, asksForWeekday, asksRoleHolder, plainForm, spelledOutForm, type Expectation } from '../query/question.js';
import { RANKING } from '../query/ranking-options.js';
import { givenFiguresIn } from '../query/given-figures.js';
import { comparedAnswer } from './ask-comparison.js';
import { quotedPeopleAnswer } from './quoted-people.js';
import { reportDated, reportedLabel } from './report-dates.js';
import { abstained, answered, listing, requestLine, type AnswerHead } from './respond.js';
import type { Command } from './types.js';
import { peopleByMentions, sentencesByArticle } from './views.js';
import { coverageNamesIn, readsAsEnglish } from '../query/question-language.js';

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
      max_length: MAX_QUESTION_LENGTH,
    },
    ...DATE_RANGE_OPTIONS,
  ],
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z
  .strictObject({ question: requiredText('question', MAX_QUESTION_LENGTH), from: dateBound('from'), to: dateBound('to') })
  .superRefine(checkDateOrder);
export type AskOptions = z.infer<typeof options>;

/** At most this many sentences answer a question. */
export const MAX_ANSWERS = 5;
/** …and a request for a list ("list everyone …"): a page. */
const MAX_LIST_ITEMS = 10;
/** Sentences offered as "closest" when abstaining. */
const MAX_CLOSEST = 3;
/** The kind of answer a question expects, as a decline names it when sentences on its words state none. */
const EXPECTED_ANSWER: Readonly<Record<Expectation, string>> = {
  date: 'a date',
  'time-of-day': 'a time of day',
  duration: 'how long',
  age: 'an age',
  'person-age': 'their age',
  reason: 'a reason',
  contents: 'what it includes',
  topic: 'what it was about',
  obligation: 'what should be done',
  condition: 'what it depends on',
  reaction: 'a reaction',
  opposition: 'any objection or protest',
  consequence: 'what it led to',
  commitment: 'a promise or pledge',
  demand: 'a demand or request',
  frequency: 'how often',
  next: 'what comes next',
  length: 'a length or distance',
  weight: 'a weight',
  temperature: 'a temperature',
  money: 'an amount',
  count: 'a number',
  percent: 'a percentage',
  person: 'a person',
  place: 'a place',
  origin: 'where it comes from',
  organisation: 'an organisation',
};
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

/**
 * The date an answer line shows when the sentence states none of its own: none ('own'); for a
 * "when" question the date it states of another event, which is what was asked about ("when does
 * the government step down": "… before it leaves office next spring"); or its report's, for
 * a "when" answered by the report (reportedHappening).
 */
type LineDating = 'own' | 'when' | 'report';

/**
 * An answer line; `context` gives the sentence its words lean on for the topic ("it'll be
 * approved" after the sentence naming the request), cited after the line's own; `dating` says
 * what date a line without one of its own shows (see LineDating).
 */
function sentenceItem(
  hit: RankedSentence,
  facts: LoadedFactBase,
  book: CitationBook,
  closest: boolean,
  context?: (sentenceId: number) => number | undefined,
  dating: LineDating = 'own',
): AnswerItem {
  const sentence = facts.sentence(hit.sentenceId);
  // The date the sentence itself states (its citation carries the article's own date), or what answers "when".
  const stated = statedDates(facts).get(hit.sentenceId) ?? (dating === 'when' ? asideDates(facts).get(hit.sentenceId) : undefined);
  const reported = dating === 'report' ? reportDated(facts, hit.sentenceId) : null;
  const date = stated ? formatDateRef(stated.date) : reported ? reportedLabel(reported) : undefined;
  const spoken = () => {
    const fields = speakerFields(speakerOf(facts, hit.sentenceId), hit.sentenceId, book);
    const leaned = context?.(hit.sentenceId);
    return leaned === undefined ? fields : { ...fields, citations: [...new Set([...fields.citations, book.citeOne(leaned)])] };
  };
  return {
    text: sentence.text,
    ...(date === undefined ? {} : { date }),
    // Closest sentences do not answer: no one's words are claimed for them.
    ...(closest ? { citations: book.cite(hit.sentenceId) } : spoken()),
    score: Number(hit.score.toFixed(4)),
    coverage: Number(hit.coverage.toFixed(3)),
    ...(closest ? { closest: true } : {}),
  };
}

const namesAskedPeople = (concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase): boolean =>
  concepts.every((concept) => concept.person === undefined || namesItself(concept, sentenceId, facts));

/** Whether the question gives a sum of money or a percentage itself ("how much of the $40 million …"). */
const givesSum = (plain: string): boolean => givenFiguresIn(plain).some((figure) => figure.money || figure.percent);

/**
 * The sentences that answer a question, best first, and what was weighed on the way (for the
 * abstention's reason); only sentences `keep` accepts, when given; a page of them for a list.
 */
export function searchAnswers(question: string, facts: LoadedFactBase, keep?: (sentenceId: number) => boolean, listed = false) {
  const analysis = analyseQuery(question, facts);
  const { concepts, unknownNames } = analysis;
  // Kept sentences are searched for, not picked from the best of all: the best of a million
  // sentences hold none from one day ("what did the president say yesterday").
  const ranked = concepts.length === 0 ? [] : rankSentences(analysis, facts, keep);
  // "Who is zorvia's top diplomat" when no one is given that role: sentences on other diplomats do not answer.
  const unheld = asksByRoleName(analysis.question) && roleSentences(analysis.question, facts, 1).length === 0;
  // "What day did they meet": a sentence giving only the month does not say.
  const dayAsked = asksForDay(analysis.question);
  // "What's the name of the zorvian minister who …", "who is the zorvian minister that signed it": a sentence naming no one does not say.
  const nameAsked = asksForName(analysis.question) || asksRoleHolder(analysis.question);
  // "How much aid went to varnholm": evidence that never names Varnholm is about other places.
  const subject = namedSubject(concepts, facts, analysis.question);
  // "pellonia prime minister name": a name given where the coverage gives that title (of that place) to its bearer.
  const title = asksForName(analysis.question) ? askedTitle(concepts, analysis.question.plain) : [];
  const holds = title.length === 0 ? undefined : namesTitleHolder(title, facts, titleBody(title, subject, concepts, analysis.question.plain));
  const found = unknownNames.length > 0 || unheld ? [] : evidence(ranked, analysis.question.expects[0], !listed && asksAnotherPerson(analysis.question, concepts), givesSum(analysis.question.plain)).filter((hit) => (!dayAsked || statesDay(facts, hit.sentenceId, asksForWeekday(analysis.question))) && (!nameAsked || statesNamed(facts, hit.sentenceId, analysis.question.expects[0])) && (holds === undefined || holds(hit.sentenceId)));
  const needs = subjectNeeds(analysis.question, concepts, subject);
  const onSubject = (hits: readonly RankedSentence[]) => aboutAskedPeople(concepts, onSpokenTopic(concepts, aboutSubject(subject, concepts, hits, facts, needs), facts), facts, analysis.question);
  const typed = onSubject(found);
  // "When did haraldsen meet berg": no sentence on it states a date; one that reports it is dated by its report.
  const reported = typed.length === 0 && unknownNames.length === 0 && !unheld ? onSubject(reportedHappening(analysis, ranked, facts)) : [];
  const byReport = reported.length > 0;
  const onTopic = byReport ? reported : typed;
  // Every line of a list names the people it is about ("everyone lindqvist met": Lindqvist, not his context).
  // A line pointing back ("these nations boycotted it") comes with the sentence it points to, in a list too.
  const answers = listed ? withAntecedents(onTopic.filter((hit) => namesAskedPeople(concepts, hit.sentenceId, facts)), analysis.question, facts).slice(0, MAX_LIST_ITEMS) : withAntecedents(onTopic, analysis.question, facts).slice(0, MAX_ANSWERS);
  return { analysis, ranked, found, subject, answers, unheld, byReport };
}

// A question about the present or the future ("when is …", "when will …"): a report tells of the past, it cannot date that.
const NOT_ABOUT_PAST = /\b(?:is|are|am|do|does|will|shall|going to|gonna|next|upcoming|coming)\b/u;

/**
 * For "when did …": the candidates that report, in the past and without a date of their own, the
 * happening the question's verb names ("meet": "during a meeting with Berg, Haraldsen warned"),
 * each dated by its report (report-dates.ts). None for other questions.
 */
function reportedHappening({ question, concepts }: QueryAnalysis, ranked: readonly RankedSentence[], facts: LoadedFactBase): RankedSentence[] {
  const verbs = concepts.flatMap((concept, i) => (concept.event === true && concept.person === undefined ? [i] : []));
  if (question.expects[0] !== 'date' || verbs.length === 0 || NOT_ABOUT_PAST.test(question.plain)) return [];
  return ranked.filter(
    (hit) => hit.coverage >= RANKING.minCoverage && verbs.some((i) => conceptShares(concepts, hit.sentenceId, facts)[i]! > 0) && reportDated(facts, hit.sentenceId) !== null,
  );
}

function run(opts: AskOptions, facts: LoadedFactBase) {
  const head: AnswerHead = { command: 'ask', query: requestLine('ask', { question: opts.question, from: opts.from?.text, to: opts.to?.text }), title: opts.question };
  if (!readsAsEnglish(opts.question, facts)) return inAnotherLanguage(head, opts.question, facts);
  // A bounded question is searched without its "last week" or "in march 2024": those words date the question, not its answer.
  const bounded = isBounded(opts);
  // "list everyone lindqvist met": searched as "who lindqvist met", answered with a longer list.
  const plain = plainForm(opts.question);
  const list = listRequested(plain);
  if (list?.quotedOnly === true) return quotedPeopleAnswer(head, facts);
  // "tldr of the valley weekly article": the opening sentences of the article it describes.
  const summarised = summaryAsked(plain);
  const described = summarised === null ? null : articlesDescribed(withoutDocumentNoun(summarised), facts, { strict: true });
  if (described !== null) return summaryAnswer(head, described, facts);
  if (summarised !== null && namesDocument(summarised)) return abstained(head, `No article in the coverage matches “${summarised}”.`);
  // "according to that june 3 post": which articles it asks about, searched without those words.
  const source = sourceReference(plain, facts);
  if (source !== null && source.articles.size === 0) return abstained(head, `No article in the coverage matches “${source.described}”.`);
  // "who reported the ferry story": its publisher, from the article itself.
  if (source !== null && asksWhoPutOut(source.rest)) return outletAnswer(head, source.articles, facts, 'publisher');
  // "what was the headline of the ferry story": its title, from the article itself.
  if (source !== null && asksTitle(source.rest)) return outletAnswer(head, source.articles, facts, 'title');
  // Read in its spelled-out form: "this yr" is the period "this year".
  // Its restating clause stays ("…, like whats the actual number"): it may say what is asked.
  const searched = bounded ? extractDates(withoutRelativePeriod(source?.rest ?? spelledOutForm(opts.question))).rest : (source?.rest ?? list?.question ?? opts.question);
  const fromSource = source === null ? undefined : (id: number) => source.articles.has(facts.sentence(id).articleId);
  const within = bounded ? (id: number) => inPeriod(facts, id, opts) && (fromSource?.(id) ?? true) : fromSource;
  // "the board's may 2025 statement - how many boats …": the question after the dash, searched in
  // the article its opening describes; the whole question as usual when that finds nothing. In
  // one article every sentence is near the asked words, so the answer must name one of them itself.
  const topic = source === null && !bounded && list === null ? describedTopic(plain, facts) : null;
  const inTopic = topic === null ? null : searchAnswers(topic.asked, facts, (id) => topic.articles.has(facts.sentence(id).articleId));
  const first = inTopic?.answers[0];
  const topicAnswers = first !== undefined && inTopic!.analysis.concepts.some((concept) => !concept.testOnly && namesItself(concept, first.sentenceId, facts));
  const { analysis, ranked, found, subject, answers, unheld, byReport } = topicAnswers ? inTopic! : searchAnswers(searched, facts, within, list !== null);
  const { concepts, unknownNames, unmentioned } = analysis;
  // A role no one holds is what is missing, not the word the coverage never uses for it ("chief").
  const lacking = unknownNames.length > 0 ? unknownNames : unheld ? [] : unmentioned;
  // Nothing from "last week" at all says more than any sentence's words, unless what is asked about is never mentioned.
  if (bounded && answers.length === 0 && lacking.length === 0 && !hasAnyIn(facts, opts)) return nothingInPeriod(head, opts, searched, list !== null, facts);
  if (concepts.length === 0 && unknownNames.length === 0) {
    return abstained(head, 'The question has no words to search for: ask about a person, a place, an event or a figure.');
  }
  const unnamed = found.length > 0 && answers.length === 0 ? (subject ?? askedPeople(concepts)[0]) : undefined;
  // "Did pellonia send patrol boats": sentences name Pellonia, none as the one sending.
  const doer = concepts.find((concept) => concept.doerOf !== undefined && ranked.some((hit) => names(concept, hit.sentenceId, facts)));
  // "What time is it in bern": sentences on Bern, none stating a time of day.
  const expected = analysis.question.expects[0];
  const untyped = expected !== undefined && found.length === 0 && ranked.some((hit) => hit.coverage >= RANKING.minCoverage) ? EXPECTED_ANSWER[expected] : undefined;
  const book = new CitationBook(facts);
  const comparison = orderComparison(analysis.question) ?? comparisonIn(analysis.question.plain);
  const compared = comparison === null ? null : comparedAnswer(comparison, opts.question, answers, facts, MAX_ANSWERS);
  if (compared !== null) return answered(head, compared.hits.map((hit) => sentenceItem(hit, facts, book, false)), book, { message: compared.message });
  if (answers.length === 0 && inTopic !== null) {
    // What the article asked about lacks, not the title's words the sentences never repeat.
    const { unknownNames: unknown, unmentioned: unsaid } = inTopic.analysis;
    const missing = unknown.length > 0 ? unknown : unsaid;
    const titles = [...topic!.articles].map((id) => `“${facts.article(id).title ?? id}”`).join(' or ');
    return declined(head, `The coverage doesn't say: ${missing.length > 0 ? `it never mentions ${listing(missing)}` : `no sentence of ${titles} answers it`}.`, inTopic.ranked, facts);
  }
  if (answers.length === 0) {
    const why =
      lacking.length > 0
        ? `it never mentions ${listing(lacking)}`
        : unnamed !== undefined
          ? `no sentence about ${typedWords(unnamed, searched)} answers it`
          : analysis.relation !== null
            ? `no sentence names ${/^\S+'s /u.test(analysis.relation) ? '' : 'the '}${analysis.relation}`
            : doer !== undefined
              ? `no sentence has ${typedWords(doer, searched)} doing it`
              : untyped !== undefined
                ? `no sentence ${subject === undefined ? '' : `about ${typedWords(subject, searched)} `}states ${untyped}`
                : `no sentence ${bounded ? `from ${periodLabel(opts)} ` : ''}answers it`;
    return declined(head, `The coverage doesn't say: ${why}.`, ranked, facts);
  }
  const items = answerItems(answers, analysis, byReport, facts, book);
  if (byReport) return answered(head, items, book, { message: 'The coverage does not say when: it is dated by the report that tells of it.' });
  if (!analysis.question.asksSpeaker) return answered(head, items, book);
  // "Who said …": the best answer's speaker, or plainly that the coverage does not name one.
  const speaker = speakerOf(facts, answers[0]!.sentenceId)?.name;
  return answered(head, items, book, { message: speaker === undefined ? 'The coverage does not say who said it.' : `Said by ${speaker}.` });
}

/** Sentences a summary gives of its article; shared among the articles when a description fits a few alike. */
const SUMMARY_SENTENCES = 3;

/** The opening sentences of each described article (those that say more than a label or a thanks), newest article first. */
function summaryAnswer(head: AnswerHead, articleIds: ReadonlySet<string>, facts: LoadedFactBase) {
  const book = new CitationBook(facts);
  const byArticle = sentencesByArticle(facts);
  const articles = [...articleIds].map((id) => facts.article(id)).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));
  const each = Math.max(1, Math.floor(SUMMARY_SENTENCES / articles.length));
  const items = articles.flatMap((article) => {
    const { first = 0, count = 0 } = byArticle.get(article.id) ?? {};
    // Not the headline again, a label, or a near-duplicate of a line already given; read only as far as needed (a transcript runs to thousands).
    const groups = new Set<number>();
    const ids: number[] = [];
    for (let id = first; id < first + count && ids.length < each; id++) {
      const { text, group } = facts.sentence(id);
      if (saysLittle(text) || isHeadline(facts, id) || groups.has(group)) continue;
      groups.add(group);
      ids.push(id);
    }
    return ids.map((sentenceId) => sentenceItem({ sentenceId, score: 0, coverage: 1, answerType: 1, rank: 0 }, facts, book, false));
  });
  const titles = articles.map((article) => `“${article.title ?? article.id}”`).join(' and ');
  if (items.length === 0) return abstained(head, `${titles} has no sentence to summarise.`);
  return answered(head, items, book, { message: `How ${titles} ${articles.length > 1 ? 'open' : 'opens'}:` });
}

/** Articles an outlet answer names at most (a description fitting more is answered for the newest). */
const MAX_OUTLET_ARTICLES = 3;

/**
 * Who put the described articles out, or what they were called: their publishers or titles, as
 * each article's front matter or page gives them. Shown with the article's credit line
 * ("Source: …, citing …") for its publisher, its headline for its title, else its opening
 * sentence, so the line carries the article's citation.
 */
function outletAnswer(head: AnswerHead, articleIds: ReadonlySet<string>, facts: LoadedFactBase, asked: 'publisher' | 'title') {
  const book = new CitationBook(facts);
  const byArticle = sentencesByArticle(facts);
  const articles = [...articleIds].map((id) => facts.article(id)).sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')).slice(0, MAX_OUTLET_ARTICLES);
  const items = articles.flatMap((article) => {
    const { first = 0, count = 0 } = byArticle.get(article.id) ?? {};
    const ids = Array.from({ length: count }, (_, i) => first + i);
    const shown = asked === 'title' ? ids.find((id) => isHeadline(facts, id)) : ids.find((id) => isCreditLine(facts.sentence(id).text));
    const line = shown ?? ids.find((id) => !isHeadline(facts, id)) ?? ids[0];
    return line === undefined ? [] : [sentenceItem({ sentenceId: line, score: 0, coverage: 1, answerType: 1, rank: 0 }, facts, book, false)];
  });
  const told = articles.map((article) =>
    asked === 'title'
      ? article.title === null || article.title === undefined
        ? `the coverage gives no title for the ${article.publisher === null ? '' : `${article.publisher} `}article of ${article.published ?? 'no date'}`
        : `its title is “${article.title}”${article.publisher === null ? '' : ` (${article.publisher})`}`
      : article.publisher === null
        ? `the coverage does not say who published “${article.title ?? article.id}”`
        : `“${article.title ?? article.id}” was published by ${article.publisher}`,
  );
  const message = told.join('; ');
  return answered(head, items, book, { message: `${message.charAt(0).toUpperCase()}${message.slice(1)}.` });
}

/**
 * Nothing from the period the question names. When that period comes after the coverage ends
 * ("where did they meet last month", asked a year after the last article), the words may be the
 * article's own ("… met in Lindvik last month"): the question read without them is answered,
 * under a message saying the coverage has nothing from then. Otherwise, or when that reading
 * finds nothing either, the decline.
 */
function nothingInPeriod(head: AnswerHead, opts: AskOptions, searched: string, listed: boolean, facts: LoadedFactBase) {
  const nothing = nothingFrom(facts, opts);
  const typed = typedRelativePeriod(plainForm(opts.question));
  if (typed === undefined || !afterCoverage(facts, opts)) return abstained(head, nothing);
  const { answers, analysis, byReport } = searchAnswers(searched, facts, undefined, listed);
  if (answers.length === 0 || analysis.unknownNames.length > 0) return abstained(head, nothing);
  const book = new CitationBook(facts);
  return answered(head, answerItems(answers, analysis, byReport, facts, book), book, { message: `${nothing} Read without “${typed}”, it says:` });
}

/** The answer lines for the sentences found, each dated as its kind of answer wants (LineDating). */
function answerItems(answers: readonly RankedSentence[], analysis: QueryAnalysis, byReport: boolean, facts: LoadedFactBase, book: CitationBook): AnswerItem[] {
  const dating: LineDating = byReport ? 'report' : analysis.question.expects[0] === 'date' ? 'when' : 'own';
  return answers.map((hit) => sentenceItem(hit, facts, book, false, (id) => spokenTopicContext(analysis.concepts, id, facts), dating));
}

/** The closest sentences offered with a decline, labelled as not answering. */
function declined(head: AnswerHead, message: string, closest: readonly RankedSentence[], facts: LoadedFactBase) {
  const book = new CitationBook(facts);
  const items = closest.slice(0, MAX_CLOSEST).map((hit) => sentenceItem(hit, facts, book, true));
  const offer = items.length > 0 ? ' The closest sentences are below; they do not answer it.' : '';
  return abstained(head, `${message}${offer}`, { items, book });
}

/**
 * "wer ist olsen", "кто такой олсен": a question in another language is not searched word by
 * word; the decline says questions are read in English, with the sentences on the coverage's
 * names it contains, which may be what was asked about.
 */
function inAnotherLanguage(head: AnswerHead, question: string, facts: LoadedFactBase) {
  const names = coverageNamesIn(question, facts);
  const closest = names.length === 0 ? [] : rankSentences(analyseQuery(names.join(' '), facts), facts);
  return declined(head, 'This question does not read as English. Questions are read in English.', closest, facts);
}

/** "/ask question:who is Jane Doe": about the person the coverage mentions most, so it is answered. */
function example(facts: LoadedFactBase): string {
  const person = peopleByMentions(facts)[0];
  return `/ask question:"${person === undefined ? 'what happened' : `who is ${person.name}`}"`;
}

export const ask: Command<AskOptions> = { data, options, run, example };
