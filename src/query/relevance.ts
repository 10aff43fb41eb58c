// Deciding whether retrieved sentences actually answer a query. The TF-IDF score ranks
// sentences but has no absolute meaning, so evidence is judged on two general rules:
//
// 1. A name the coverage never uses (a capitalised word or a figure such as "Zorvia",
//    "B-52s") means the coverage cannot speak about it: the query is unanswered, whatever
//    else matches ("How much aid has Zorvia given Pellonia?").
// 2. Otherwise a sentence is evidence when it carries enough of the query's *concepts*,
//    weighted by idf: its coverage. A concept is a query word or phrase with its aliases and
//    equivalents (lexicon/vocabulary.ts, WordNet), or what a question word asks for ("how much" → a figure,
//    "when" → a date, "how long" → a duration). Ordinary words the coverage never uses
//    ("handed over") are usually paraphrase, so they weigh little — unless the question is
//    about them ("how is the *weather* looking"). When ranking answers, a concept the sentence
//    leaves implicit but its article's title or the sentences before it in its paragraph state
//    ("He said it would…") counts for part of its weight. "What did X say" needs X speaking.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { queryTerms, terms } from '../factbase/terms.js';
import type { Concept, Phrase } from './concept.js';
import { ABBREVIATION_FRAME, abbreviationAsked, abbreviationsOfNames, spelledOutConcept, spelledOutForms } from './abbreviations.js';
import { namedThingAsked, namedThingConcept } from './asked-name.js';
import { PEOPLE_TERMS, countedPersonTerms } from './counted-people.js';
import { asksHolderInTurn, markAskedDeed, markAskedDoer, markAskedKind, markAskedPeople, markAskedSubject, markAskedThings, markCounted, successionConcept } from './asked-in-sentence.js';
import { nameRuns, withNameRuns } from './name-runs.js';
import { commonWordNames, requireWholeNames } from './common-word-names.js';
import { unwrittenTitles } from './titled-names.js';
import { creditLeadingRoles, creditTitleHolders, roleHolder } from './roles.js';
import { slotFillers } from './phrase-slots.js';
import { figureAlternatives, shortenedYears } from './written-figures.js';
import { guessedRangeFigures } from './guessed-ranges.js';
import { placesStemmedAway } from './stemmed-places.js';
import { phrasalVerbSynonyms, synonymsOf } from '../lexicon/synonyms.js';
import { numberedPlaces } from '../lexicon/number-words.js';
import { isPlaceAdjective } from '../lexicon/place-adjectives.js';
import { capitalPhrasesOf } from './other-country.js';
import { ADVERB_PARTICLES } from '../lexicon/prepositions.js';
import { NEGATED_AUXILIARIES } from '../lexicon/chat-shorthand.js';
import { alternativesOf, closedKindTerms, kindTermsOf, queryPhrases, slipsOf, twoSlipNeighbour, vocabularyAlternatives, weightOf } from './expansion.js';
import { adjectiveDegree, inDegree, isVerbIngForm, kindForms, questionWords, thingTerms, wordForms, type QuestionWord } from './parts-of-speech.js';
import { isKindOf, namedByTitles, namesConcreteThing } from '../lexicon/word-kinds.js';
import { SUPERLATIVE_MODIFIERS, sameSizeSuperlatives, statesSuperlative } from './superlatives.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { mendedQuestion } from './question-language.js';
import { surnameMayBe } from './shared-surnames.js';
import { isFigureUnit } from './guessed-figures.js';
import { asksEachApart, asksFigureOnly, asTyped, countsOccurrences, framesMeasure, roleAskingWords, spelledOutForm, understandQuestion, YEAR, type Question } from './question.js';
import { ASKING_NOUN, framesQuestion } from './question-words.js';
import { forecastVerb } from './forecast-verb.js';
import { relationAsked, relationConcept } from './relations.js';
import { RANKING } from './ranking-options.js';
import { foldedSurname, lookups, sentenceTerms } from './sentence-facts.js';
import { containsPhrase } from './coverage.js';
import { namedByTitle } from './title-reference.js';
import { organisationMembers, organisationVoice } from './organisation-speakers.js';
import { startsPublisherName } from './source-reference.js';
import { SPEAKER_PATTERNS, continuesSpeech, describesSpeakers, eitherSpeaker, joinSpeakerWords, othersTurn, speakerOfContext, speaks } from './speakers.js';
import { namesQuotedWords, unknownFocus, type QuestionReading } from './unknown-focus.js';
import { markQualifyingPeople } from './named-subject.js';
import { markTopicRuns } from './topic-runs.js';
import { writtenAsName } from './written-as-name.js';
import { isTitleWord } from '../lexicon/titles.js';
import { mistypedNameWord } from './person-match.js';
import { MONTH_ALTERNATION, MONTH_NAMES } from '../lexicon/calendar.js';
import { seasonMonths } from '../lexicon/seasons.js';
import { ASPECTUAL, BOUNDARY_VERBS, PLANNED, TAKING_PLACE_VERBS, boundaryOf, derivedWords, namesState, type Boundary } from '../lexicon/verb-senses.js';
import { nounAndVerbUsage, nounSynset, senseOffsets } from '../lexicon/wordnet.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';

export interface QueryAnalysis {
  question: Question;
  concepts: Concept[];
  /** Names, figures and kinds of thing the question is about that the coverage never mentions, as typed: it cannot answer. */
  unknownNames: string[];
  /** Other nouns of the question the coverage never uses (perhaps paraphrase), as typed: named when it abstains. */
  unmentioned: string[];
  /** The relation or role the question is all about ("mayor of Lyon", "White House florist"), as typed: a sentence must state it. */
  relation: string | null;
}

const NO_THINGS: ReadonlySet<string> = new Set();

const MONTH_TERMS: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, index) => [terms(name)[0] ?? name, index + 1]));

// A month name used as a date ("in May", "May 2024", "early March", "the December package"),
// not as a word ("Pellonia may join", "march on"): the other months are dates wherever they stand.
const MONTH_AS_DATE = new RegExp(
  String.raw`\b(?:in|since|during|by|until|before|after|early|late|mid|of|the|last|this|next)\s+(${MONTH_ALTERNATION})\b|\b(${MONTH_ALTERNATION})\s+\d|\b(${MONTH_NAMES.filter((name) => !/^(?:may|march)$/iu.test(name)).join('|')})\b`,
  'giu',
);
function datedMonths(query: string): Set<string> {
  return new Set([...query.matchAll(MONTH_AS_DATE)].flatMap((match) => terms(match[1] ?? match[2] ?? match[3] ?? '')));
}

// A day of a month as typed: "feb 16", "december 3rd".
const DAY_OF_MONTH = new RegExp(String.raw`\b(${MONTH_ALTERNATION})\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|per cent|[.,]\d))`, 'giu');

/** The days of a month the query names, each number with its month (1–12): "feb 16" → 16 → 2. */
function datedDays(query: string): Map<string, number> {
  const days = new Map<string, number>();
  for (const match of query.matchAll(DAY_OF_MONTH)) {
    const month = MONTH_TERMS.get(terms(match[1]!)[0] ?? '');
    if (month !== undefined && Number(match[2]) >= 1 && Number(match[2]) <= 31) days.set(String(Number(match[2])), month);
  }
  return days;
}

/**
 * A test for "in December", "in 2024", "on feb 16": the sentence's own dates or its article's
 * date fall in the period (for a day, on that day of that month).
 */
function periodOf(term: string, months: ReadonlySet<string>, days: ReadonlyMap<string, number>): ((day: string) => boolean) | null {
  const month = months.has(term) ? MONTH_TERMS.get(term) : undefined;
  const year = /^(19|20)\d\d$/u.test(term) ? term : undefined;
  const dayOf = days.get(term);
  if (month === undefined && year === undefined && dayOf === undefined) return null;
  // "nov 23" may be chat's November 2023 as well as a day of November: either reading holds.
  const shortYear = dayOf !== undefined && /^\d\d$/u.test(term) ? `20${term}-${String(dayOf).padStart(2, '0')}` : undefined;
  return (day) =>
    year !== undefined
      ? day.startsWith(year)
      : dayOf !== undefined
        ? (Number(day.slice(5, 7)) === dayOf && Number(day.slice(8, 10)) === Number(term)) || (shortYear !== undefined && day.startsWith(shortYear))
        : Number(day.slice(5, 7)) === month;
}

/** Whether the sentence states a date or its article has one. */
function hasKnownDate(facts: LoadedFactBase): (sentenceId: number) => boolean {
  const { dates } = lookups(facts);
  return (id) => facts.article(facts.sentence(id).articleId).published !== null || (dates.get(id)?.length ?? 0) > 0;
}

// News of a day is published that day or in the next two ("the council sat until midnight", printed the morning after).
const REPORTING_DAYS = 2;

/** The ISO day `days` before an ISO day ("2025-03-02", 1 → "2025-03-01"); a month or year as it is. */
function daysBefore(day: string, days: number): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return day.length !== 10 || Number.isNaN(time) ? day : new Date(time - days * 86_400_000).toISOString().slice(0, 10);
}

/** Whether the sentence's own dates or its article's date fall in the period (for a day asked, an article of the two days after it too). */
function periodTest(inPeriod: (day: string) => boolean, facts: LoadedFactBase, oneDay: boolean): (sentenceId: number) => boolean {
  const { dates } = lookups(facts);
  const reportDays = oneDay ? REPORTING_DAYS : 0;
  return (id) => {
    const published = facts.article(facts.sentence(id).articleId).published;
    for (let back = 0; published !== null && back <= reportDays; back++) if (inPeriod(daysBefore(published, back))) return true;
    return (dates.get(id) ?? []).some(({ first, last }) => inPeriod(first) || inPeriod(last));
  };
}

// The first word of what a "what …" / "which …" question asks about ("which *treaty*", "what
// *kind* of boats", "what was the *margin*"; headOfFocus reads on to its noun); in "what did
// berg say" the word after the auxiliary is its subject; "what else is …" asks for more of the same ("else" names nothing).
const FOCUS = /\b(?:what|which)\s+(?:(?:else|is|are|was|were|the|a|an)\s+)*([\p{L}-]+)/gu;
// "the missiles went out which is cool": "which" and a verb after a word other than a joining one
// or a preposition opens a clause about what came before it; it asks nothing ("…, which pastor" asks).
const BEFORE_ASKING_WHICH = /(?:^|[.?!]|\b(?:and|but|so|or|then|of|in|on|for|to|at|from|by|with|about|into|over|under|between|among))\s*$/u;
const RELATIVE_WHICH = /^which (?:is|was|are|were|has|have|had|will|would|can|could|may|might|must|should|does|did|do|means|meant|makes|made|seems|sounds|looks)\b/u;
const relativeWhich = (query: string, at: number): boolean => RELATIVE_WHICH.test(query.slice(at)) && !BEFORE_ASKING_WHICH.test(query.slice(0, at));
// "which ones stayed away": "ones" stands for what was named before, no noun of its own.
const focusNoun = (query: string): string => {
  const noun = [...query.matchAll(FOCUS)].find((match) => !relativeWhich(query, match.index))?.[1] ?? '';
  return noun === 'one' || noun === 'ones' ? '' : noun;
};
// A stated span or its end: "six weeks", "three and a half days", "lengthy", "until the term ends",
// or one with no end ("for the long run", "indefinitely", "for good") ("every day" is not one, nor
// "the coming weeks" or "recent days": they say when, not how long).
export const DURATION =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half|few|several|many)[\s-]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b|(?<!\b(?:coming|next|upcoming|recent)\s+)\b(?:seconds|minutes|hours|days|weeks|months|years|decades)\b|\blength(?:y|ier)\b|\b(?:until|till|through the end of|for the rest of|as long as)\b|\bfor (?:the long (?:haul|term|run)|good)\b|\b(?:indefinitely|permanently|forever)\b/iu;

// "who is the white house spokesperson": a question that is only a role, ending on its head
// noun ("horus's mother" names a relation, which the answer may word otherwise: "son of Isis").
const ROLE_ONLY = /^(?:who|whom)(?:'s| is| was| are| were) (?:the |a |an )?((?:[\p{L}-]+ ){0,4}[\p{L}-]+)$/u;
// "who is chile's defence minister": a role of two or more words after a possessive is a role too.
const ROLE_OF_OWNER = /^(?:who|whom)(?:'s| is| was| are| were) (?:the )?([\p{L}-]+'s (?:[\p{L}-]+ ){1,3}[\p{L}-]+)$/u;

const WHO_IS_THE = /^(?:who|whom)(?:'s| is| was) the /u;

/**
 * "who's the pellonian foreign minister holm met in lindvik": the role a who-question asks,
 * followed by a clause on what the holder did; the role is the tagger's noun run after "the",
 * ending on a title's word, of two words or more (what kind of minister).
 */
function roleBeforeClause(query: string): string | undefined {
  const asked = WHO_IS_THE.exec(query);
  if (asked === null) return undefined;
  const words = questionWords(query.slice(asked[0].length));
  const head = words.find(({ word, thing, phrase }) => thing && isTitleWord(word) && phrase.startsWith(`${words[0]?.word} `));
  // Up to the title's last word where the two make one of WordNet's nouns ("prime minister", not
  // "defense chief"): the tagger may run on into the name after it ("minister berg").
  const phrase = head?.phrase.split(' ') ?? [];
  let end = head === undefined ? -1 : words.indexOf(head);
  while (end + 1 < phrase.length && isTitleWord(phrase[end + 1]!) && senseOffsets('noun', `${phrase[end]}_${phrase[end + 1]}`).length > 0) end += 1;
  const run = phrase.slice(0, end + 1);
  return run.length >= 2 && run.length < words.length - 1 ? run.join(' ') : undefined;
}

// "who took over as harbour board chair after X", "who became foreign minister": the role a
// who-question asks who came to hold, up to a title's word (the words after it say when or where).
const ROLE_TAKEN = /^(?:who|whom)\b.*?\b(?:as|become|became|becomes) (?:the |a |an |new )?((?:[\p{L}-]+ ){0,4}?[\p{L}-]+)(?= (?:after|before|in|on|from|since|when|of)\b|$)/u;

// Words a sentence may write between "first" and the role it numbers ("the first harbour board press officer").
const SEQUENCE_REACH = 3;

/**
 * "The first secretary general": the sequence word numbers the role only just before it; "her
 * first meeting … with the Secretary General" or "the first openly gay … press secretary" do not.
 */
function sequenceBeforeRole(sequence: string, head: string, facts: LoadedFactBase): Pick<Concept, 'test' | 'testOnly'> {
  const stem = head.slice(0, Math.max(4, head.length - 2));
  const numbered = new RegExp(String.raw`\b${sequence}\p{L}*(?:[\s-]+[\p{L}'’.]+){0,${SEQUENCE_REACH}}?[\s-]+${stem}\p{L}*`, 'iu');
  return { test: (id) => (numbered.test(facts.sentence(id).text) ? 1 : 0), testOnly: true };
}

function roleTaken(query: string): string | undefined {
  const run = ROLE_TAKEN.exec(query)?.[1];
  return run !== undefined && isTitleWord(run.split(' ').at(-1)!) ? run : undefined;
}

// Words saying which of a role's holders in turn: "the first", "the former", "the next".
const HOLDER_IN_SEQUENCE = /^(?:first|second|third|last|previous|former|next|founding|inaugural|original|outgoing|incoming)$/u;

// "Who was berg meeting after holm": words saying when are no part of a role.
const SAYS_WHEN = /\b(?:after|before|during|since|until|till|while|when)\b/u;

const ASKING_ADJECTIVES: Partial<Record<Question['kind'], string>> = { 'how-long': 'long', 'how-old': 'old' };
const [QUOTED_TERM] = terms('quoted');
// "How long has the fund been around" asks its age: "long" is no topic either.
const HOW_LONG = /\bhow long\b/u;
// "How long ago was the league founded" asks when, as "when was it founded" does: no topic in "long ago".
const HOW_LONG_AGO = /\bhow long ago\b/u;
// Words that join the sides of a comparison ("before vs after"): a sentence writing one ("Roe vs. Berg") is no closer to either side.
const COMPARING_WORDS: readonly string[] = terms('vs versus');
// "didn't he need …": an auxiliary's negation asks, as the auxiliary does; its index term ("didn") is no topic.
const NEGATED_AUXILIARY = new RegExp(String.raw`\b(?:${NEGATED_AUXILIARIES})n['’]t\b`, 'gu');

const AUXILIARY = /^(?:do|does|did|will|would|shall|should|can|could|may|might|must|has|have|had)$/u;

const OF_OR_FOR = /^(?:of|for)$/u;

/** The noun run that starts at or after `from`, by its last noun: "what was the harbour *budget*", "which indoor *sport*". */
const ASKS_WHAT_IT_WAS = /\bwhat (?:was|is|were|are) (?:it|that|they)$/u;

function nounRunHead(words: readonly QuestionWord[], from: number): number {
  let head = from;
  // Past the words describing it: "the big foreign aid bill".
  while (head + 1 < words.length && !words[head]!.thing && (words[head + 1]!.thing || words[head + 1]!.describes)) head++;
  if (!words[head]!.thing) return -1;
  while (head + 1 < words.length && words[head + 1]!.thing && !words[head + 1]!.name) head++;
  return head;
}

/**
 * The noun a what/which question asks about, and the noun asking for it when one does ("what is
 * the *name* of the rare disease": the disease, asked by "name"). Both empty when none.
 */
function headOfFocus(query: string, first: string): { focus: string; askedBy: string } {
  if (first === '' || AUXILIARY.test(first)) return { focus: '', askedBy: '' };
  const words = questionWords(query);
  // "berg bragged about some record at the summit, what was it": "it" is the thing told of before, indefinitely.
  if (ASKS_WHAT_IT_WAS.test(query)) {
    const told = words.findIndex(({ word }) => /^(?:some|a|an)$/u.test(word));
    const thing = told < 0 ? -1 : nounRunHead(words, told + 1);
    return { focus: thing < 0 ? '' : words[thing]!.word, askedBy: '' };
  }
  const start = words.findIndex((word) => word.word === first);
  if (start < 0) return { focus: first, askedBy: '' };
  const head = ASKING_NOUN.test(first) ? start : nounRunHead(words, start);
  if (head < 0) return { focus: first, askedBy: '' };
  const asking = words[head]!.word;
  if (ASKING_NOUN.test(asking) && OF_OR_FOR.test(words[head + 1]?.word ?? '') && head + 2 < words.length) {
    // Past "the", "a" and describing words: "the name of *the rare neurological* disease".
    let from = head + 2;
    while (from + 1 < words.length && !words[from]!.thing && !words[from]!.action) from++;
    const asked = nounRunHead(words, from);
    if (asked >= 0) return { focus: words[asked]!.word, askedBy: asking };
  }
  // "what were his exact words": a quote is asked for, no thing called so.
  return namesQuotedWords(asking, query) ? { focus: '', askedBy: '' } : { focus: asking, askedBy: '' };
}

// A lone word this short names a person only with the rest of the name ("un" is the UN, not Kim Jong Un).
const MIN_LONE_SURNAME = 3;

/**
 * The person a typed name stands for: a known surname the coverage writes as a name ("flood"
 * alone is the word, not Mike Flood), or a run ("ingrid haraldsen") all of whose words are the person's.
 */
function personNamed(phrase: Phrase, typedWord: string, surnames: ReadonlyMap<string, Person>, facts: LoadedFactBase, everyday: boolean): Person | undefined {
  const typed = phrase.at(-1) ?? '';
  // A surname the coverage never writes ("vorenksy") stands for the one known name its spelling
  // is nearest (`mistypedNameWord`); an everyday word ("olden" beside Olsen) is that word, unless
  // it stands where the question names a speaker, or after the given name ("ivo carter").
  const mistyped = facts.index.idf(typed) > 0 || (everyday && phrase.length === 1) || surnames.has(typed) ? null : mistypedNameWord(typedWord, facts.data.people);
  const surname = mistyped === null ? typed : (terms(mistyped).at(-1) ?? typed);
  const person = surnames.get(surname);
  // "what did ingrid tell them": a given name alone is the one known person who bears it, typed
  // where a speaker is named or as no everyday word ("mark" alone is the verb or the noun).
  if (person === undefined) {
    const bearer = phrase.length === 1 && !everyday ? lookups(facts).givenNames.get(typed) : undefined;
    return bearer != null && typed.length >= MIN_LONE_SURNAME && writtenAsName(typed, facts) ? bearer : undefined;
  }
  // The surname as the coverage writes it ("hara" for a typed "ohara").
  const written = facts.index.idf(surname) > 0 ? surname : (terms(person.name).at(-1) ?? surname);
  if (phrase.length === 1) return surname.length >= MIN_LONE_SURNAME && writtenAsName(written, facts) ? person : undefined;
  // "daniel moreno" where Ada Moreno is the first known to bear the surname: whichever bearer has every word.
  const named = [...phrase.slice(0, -1), surname];
  const hasEvery = (each: Person) => {
    const own = new Set([each.name, ...each.aliases].flatMap((name) => [...terms(name), foldedSurname(name) ?? '']));
    return named.every((word) => own.has(word));
  };
  return hasEvery(person) ? person : facts.data.people.find((each) => each !== person && terms(each.name).at(-1) === surname && hasEvery(each));
}

// A word typed as an abbreviation: two to six letters ("eo", "hsb", "dod").
const ABBREVIATION_TYPED = /^\p{L}{2,6}$/u;
const COMING_FROM = /\b(come|comes|came|coming)\s+from\b/u;
// "what is flags", "whats the hsb": a question asking only what one word is.
const DEFINITION_ASKED = /^(?:what|wat)(?:'s| is| are| was| were) (?:the |an? )?([\p{L}\p{N}&.-]+)$/u;

/**
 * The known person's name as the coverage writes it (a mistyped surname mended): the surname alone,
 * the given names only with it. A given name alone is no evidence ("she will mark the date" is
 * not Mark Lindqvist).
 */
function addWrittenName(person: Person, single: Set<string>, multi: Phrase[]): void {
  const name = terms(person.name);
  const surname = name.at(-1);
  if (surname !== undefined) single.add(surname);
  if (name.length > 1 && !multi.some((phrase) => phrase.join(' ') === name.join(' '))) multi.push(name);
}

/**
 * A country's capital among its alternatives ("the summit in Oslo" for "the norwegian summit"): by
 * a one-word name where it has one ("Washington", not also "Washington D.C."), a phrase only for a
 * capital named in several words ("New Delhi"). A phrase's words widen the search on their own.
 */
function addCapital(names: readonly Phrase[], single: Set<string>, multi: Phrase[], facts: LoadedFactBase): void {
  const oneWord = names.filter((name) => name.length === 1);
  if (oneWord.length === 0) multi.push(...names);
  for (const [name] of oneWord) if (facts.index.idf(name!) > 0) single.add(name!);
}

/**
 * The verb of a "when" or "how many" question names the event whose date or count is asked
 * ("when was it *discovered*", "how many were *killed*"). A date elsewhere dates something else
 * (rank.ts). If the coverage never reports that happening (the verb in no form, equivalent or
 * derived word: "killed", "deaths", "killing"), a figure there counts something else: a sentence
 * without it is not evidence.
 */
function markEvents(eventVerbs: ReadonlyMap<string, readonly string[]>, dated: boolean, concepts: readonly Concept[], facts: LoadedFactBase): void {
  for (const concept of concepts) {
    if (!eventVerbs.has(concept.term)) continue;
    if (dated) concept.event = true;
    if ([...concept.alternatives].every((term) => facts.index.idf(term) === 0)) {
      concept.required = true;
      concept.missingFactor = RANKING.relationMissingFactor;
    }
  }
}

/** The index terms of the years typed before a noun, saying which one ("the 2018 cup", "the 2018 rowing cup"), not when ("in 2018"). */
function yearsNamingWhich(plain: string): Set<string> {
  const words = questionWords(plain);
  const namesWhich = (at: number) => {
    const next = words[at + 1];
    return words[at]!.narrows !== null || (/^(?:the|a|an|this|that|its|their)$/u.test(words[at - 1]?.word ?? '') && next !== undefined && (next.thing || next.describes || /\p{L}ing$/u.test(next.word)));
  };
  return new Set(words.flatMap(({ word }, at) => (YEAR.test(word) && namesWhich(at) ? terms(word) : [])));
}

// "How tall is the lindvik lighthouse in feet": the figure is the lighthouse's; someone else's height in feet in Lindvik is not.
const MEASURED = /\bhow (?:tall|high|deep|wide|thick|far|heavy) (?:is|are|was|were|will be) (?:the |a |an |this |that |its |their )?((?:[\p{L}\d'-]+ )*?[\p{L}\d'-]+)(?: (?:in|at|from|of|on|to|when|after|before) .*)?$/u;
function markMeasured(query: string, concepts: readonly Concept[]): void {
  const [head] = terms(MEASURED.exec(query)?.[1]?.split(' ').at(-1) ?? '');
  const concept = concepts.length > 1 ? concepts.find((each) => each.term === head) : undefined;
  if (concept !== undefined) Object.assign(concept, { required: true, missingFactor: RANKING.relationMissingFactor });
}

/** A question about what will happen is answered only by a sentence stating that happening (forecast-verb.ts). */
function markForecast(verb: string | undefined, concepts: readonly Concept[]): void {
  const concept = verb === undefined ? undefined : concepts.find((each) => each.term === terms(verb)[0]);
  if (concept !== undefined) concept.required = true;
}

// "When was the summit *held*": the summit's date answers, whatever verb reports it.
const TAKING_PLACE: ReadonlySet<string> = new Set(TAKING_PLACE_VERBS.flatMap((verb) => terms(verb)));

/** A "when" or "how many" question's verbs naming events, as typed, by index term; none for other questions. */

// Verbs of will: "when does the board *want* a new pier", "when do they *plan* to meet" ask when the pier or the meeting comes.
const WILLING: ReadonlySet<string> = new Set(['want', 'wants', 'wanted', 'wish', 'wishes', 'hope', 'hopes', 'hoped', 'plan', 'plans', 'planned', 'intend', 'intends', 'intended', 'aim', 'aims', 'aimed', 'seek', 'seeks']);
const OPENS_NOUN = /^(?:a|an|the|some|any|more|another|new|its|their|his|her)$/u;

/** Whether the word only says the verb after it is planned ("*going to* be", "*supposed to* attend"); not before a noun ("going to lindvik"). */
const plansVerbAfter = (words: readonly QuestionWord[], i: number): boolean => PLANNED.has(words[i]!.word) && words[i + 1]?.word === 'to' && words[i + 2]?.thing !== true;
/** Whether the word only says the happening after it is willed ("want to sign", "want a deal"). */
const willsAfter = (words: readonly QuestionWord[], i: number): boolean =>
  WILLING.has(words[i]!.word) && (words[i + 1]?.word === 'to' || words[i + 1]?.thing === true || OPENS_NOUN.test(words[i + 1]?.word ?? ''));

/** The index terms of the question's planning words (of will too, when it asks when): no topic a sentence must carry. */
function plannedTerms(query: string, dated: boolean): Set<string> {
  const words = questionWords(query);
  return new Set(words.flatMap(({ word }, i) => (plansVerbAfter(words, i) || (dated && willsAfter(words, i)) ? terms(word) : [])));
}

/**
 * Uses in WordNet's tagged text from which a verb is a light one ("come", "go", "get", "take",
 * "make"): its meaning comes from the words around it ("is she *coming* to the summit" asks when
 * she attends), so it names no event of its own.
 */
const LIGHT_VERB_USES = 500;
const isLightVerb = (word: string): boolean => [word, ...wordForms(word)].some((form) => nounAndVerbUsage(form).verb >= LIGHT_VERB_USES);

// "the meeting before the mayor leaves office, what day was it": a clause after one of these dates the
// asked event by another, whose verb is no event asked about.
const ANCHORING = /^(?:before|after|until|till|since|once|while)$/u;
const ANCHOR_REACH = 4;
const anchorsOtherEvent = (words: readonly QuestionWord[], i: number): boolean => {
  const before = words.slice(Math.max(0, i - ANCHOR_REACH), i);
  const opener = before.findLastIndex(({ word }) => ANCHORING.test(word));
  return opener >= 0 && !before.slice(opener + 1).some(({ action }) => action);
};

/**
 * The beginning or end the question's word at `at` says, when it is a verb closing the question
 * ("when did the talks *wind up*", "when does the fair *end*"): a report may begin or end what the
 * question names in any verb of that boundary ("closed a two-day meeting on Wednesday"). Not a
 * verb with a thing after it ("when did they close the port": the closing itself is asked).
 */
function boundaryClosing(words: readonly QuestionWord[], at: number, particles: ReadonlySet<string>): Boundary | undefined {
  const next = words[at + 1]?.word ?? '';
  const rest = words.slice(at + 1 + (particles.has(terms(next)[0] ?? next) ? 1 : 0));
  if (!words[at]!.action || rest.some((after) => terms(after.word).length > 0)) return undefined;
  return boundaryOf([words[at]!.word, ...wordForms(words[at]!.word)], next);
}

/** A "when" question's verb of beginning or ending (boundaryClosing), by index term, with the verbs that say that boundary, which say it too. */
function boundaryVerbsOf(question: Question, tagged: readonly QuestionWord[], particles: ReadonlySet<string>): ReadonlyMap<string, readonly string[]> {
  if (question.expects[0] !== 'date') return new Map();
  return new Map(
    tagged.flatMap(({ word }, i) => {
      const boundary = boundaryClosing(tagged, i, particles);
      return boundary === undefined ? [] : terms(word).map((term) => [term, BOUNDARY_VERBS[boundary].flatMap((verb) => terms(verb))] as const);
    }),
  );
}

function eventVerbsOf(question: Question, particles: ReadonlySet<string>): Map<string, string[]> {
  const verbs = new Map<string, string[]>();
  const counted = question.expects[0] === 'count';
  if (!counted && question.expects[0] !== 'date') return verbs;
  const occurrences = counted && countsOccurrences(question);
  const words = questionWords(question.plain);
  for (const [i, { word, action }] of words.entries()) {
    const term = terms(word)[0];
    // "When do deliveries *start* arriving": the beginning is the event dated; the verb it begins
    // ("arriving", "to arrive") may be worded otherwise or left out ("deliveries would begin …").
    if (ASPECTUAL.has(words[i - 1]?.word ?? '') || (words[i - 1]?.word === 'to' && ASPECTUAL.has(words[i - 2]?.word ?? ''))) continue;
    // "When is she *supposed to* attend": the verb after it is the event, it only says it is planned.
    if (plansVerbAfter(words, i) || willsAfter(words, i)) continue;
    // "how many residents *live* there" counts what is, not what happened (a date's verb is an
    // event whatever WordNet files it under: "born" reads as the stative "bear"). A phrasal verb's
    // particle ("step *down*") is part of its verb.
    if (!action || term === undefined || particles.has(term) || (counted && namesState([word, ...wordForms(word)])) || TAKING_PLACE.has(term) || isLightVerb(word)) continue;
    if (anchorsOtherEvent(words, i)) continue;
    // "how many times has fighting broken out": each time it happened it began once, so a
    // sentence counting how often it happened ("has happened three times") counts those beginnings.
    const particle = ADVERB_PARTICLES.includes(words[i + 1]?.word ?? '') ? words[i + 1]!.word : '';
    if (occurrences && boundaryOf([word, ...wordForms(word)], particle) === 'begin') continue;
    verbs.set(term, [...(verbs.get(term) ?? []), word]);
  }
  return verbs;
}

// The words before a season that make it a time: "last summer", "in the spring", "early fall".
const SEASON_TIME_BEFORE = /^(?:last|this|next|previous|past|early|late|mid|in|during|over|that|the|since|by|until)$/u;

/**
 * The index terms of WordNet's synonyms of each ordinary word of the question, in the part of
 * speech it is used in ("where did she *go*": travel), and as a noun or verb spelt the same
 * ("is there nato *fatigue*": weariness, and tire as "never tiring"), since the index stems
 * both alike. Names and numbers have none.
 */
function synonymTermsOf(words: readonly QuestionWord[]): { synonyms: Map<string, Phrase[]>; particles: Set<string> } {
  const found = new Map<string, Phrase[]>();
  const particles = new Set<string>();
  for (const [i, { word, thing, name, action, describes }] of words.entries()) {
    const used = thing ? 'noun' : action ? 'verb' : describes ? 'adj' : null;
    const [term] = terms(word);
    // A name has no synonyms, but a people word read as one does: "aussies" are WordNet's Australians.
    const people = name && term !== undefined ? synonymsOf([word, ...wordForms(word)], 'noun').filter(isPlaceAdjective) : [];
    if (people.length > 0) found.set(term!, people.map((synonym) => terms(synonym)));
    if (used === null || name || term === undefined) continue;
    // "did they hand over the keys": the pair means deliver; its particle alone names no topic.
    const next = words[i + 1]?.word ?? '';
    const phrasal = phrasalVerbSynonyms([word, ...wordForms(word)], next);
    if (phrasal !== undefined) {
      particles.add(terms(next)[0] ?? next);
      found.set(term, [...(found.get(term) ?? []), ...phrasal.map((synonym) => terms(synonym)).filter((phrase) => phrase.length > 0 && phrase.join(' ') !== term)]);
      continue;
    }
    const alike = (['noun', 'verb'] as const).filter((part) => part !== used).flatMap((part) => synonymsOf([word], part));
    // "the biggest package": the synonyms of big in the same degree ("largest").
    const degree = used === 'adj' ? adjectiveDegree(word) : null;
    const graded = degree === null ? [] : synonymsOf([degree.base], 'adj').filter((synonym) => !synonym.includes(' ')).map((synonym) => inDegree(synonym, degree.degree));
    // "last summer", "in the fall": a season said as a time is dated by its months ("the fall of the city" is none).
    const months = thing && SEASON_TIME_BEFORE.test(words[i - 1]?.word ?? '') && words[i + 1]?.word !== 'of' ? seasonMonths(word) : [];
    const synonyms = [...synonymsOf([word, ...wordForms(word)], used), ...alike, ...graded, ...months].map((synonym) => terms(synonym)).filter((phrase) => phrase.length > 0 && phrase.join(' ') !== term);
    if (synonyms.length > 0) found.set(term, [...(found.get(term) ?? []), ...synonyms]);
  }
  return { synonyms: found, particles };
}

/**
 * "How old is reyes": a person's age is stated in years or by a birth date, not by an anniversary
 * or a founding date in a sentence that names them ("Reyes attended the club's 60th anniversary").
 */
function ofPersonAge(question: Question, surnames: ReadonlyMap<string, Person>): Question {
  if (question.kind !== 'how-old') return question;
  // The one whose age is asked comes first, after titles and names only: "how old is mayor ivar
  // haraldsen", not "how old is the tree haraldsen planted".
  const words = question.plain.replace(AGE_ASKED, '').split(' ');
  // "tom ferris from the union, how old was he": a pronoun asks the age of the one named before it.
  if (/^(?:he|she|they)$/u.test(words[0] ?? '') && terms(question.plain.slice(0, question.plain.length - question.plain.replace(AGE_ASKED, '').length)).some((term) => surnames.has(term))) {
    return { ...question, expects: ['person-age'] };
  }
  for (const word of words) {
    if (terms(word).some((term) => surnames.has(term))) return { ...question, expects: ['person-age'] };
    if (word === 'the' || isTitleWord(word) || !isEnglishWord(word)) continue;
    break;
  }
  return question;
}
// What asks for an age, before the one whose age it is.
const AGE_ASKED = /^.*?\b(?:how old|how many years old|at what age|what age)(?: (?:is|was|are|were|'s|did|does|will|would))?\s*/u;

/**
 * The question's concepts (question words and the noun that frames the expected answer dropped),
 * each weighted by idf, what it expects, and the things it names that the coverage lacks.
 */
// WordNet's lexicographer files of natural objects and places: "island", "river", "strait", "city", "province".
const PLACE_HEAD_FILES: ReadonlySet<number> = new Set([15, 17]);

/**
 * The name word of a two-word place name whose head is a kind of place ("sark" of "sark
 * island"), when the coverage writes that word as a name: it is what names the place alone. A
 * head of another kind ("white house", "brooklyn bridge") or an everyday first word ("west end")
 * is no such pair.
 */
function placeNameWithoutHead(phrase: readonly string[], facts: LoadedFactBase): string | undefined {
  if (phrase.length !== 2) return undefined;
  const [name, head] = phrase as [string, string];
  const [commonest] = senseOffsets('noun', head);
  if (commonest === undefined || !PLACE_HEAD_FILES.has(nounSynset(commonest).file)) return undefined;
  return writtenAsName(name, facts) && facts.index.idf(name) > 0 ? name : undefined;
}

/**
 * The words of the question's restating clause (", is it the weather or what") that the coverage
 * uses and the question does not already have, as optional concepts: a sentence carrying one
 * ranks higher, one without it loses nothing, and a word the coverage lacks there declines nothing.
 */
function addRestatedWords(question: Question, concepts: Concept[], covered: ReadonlySet<string>, ranges: ReadonlyMap<string, readonly Phrase[]>, facts: LoadedFactBase): void {
  const restated = question.restated ?? '';
  const things = thingTerms(restated);
  // "… or the one in october": a pronoun there too.
  const pronounOnes = pronounOnesIn(questionWords(restated));
  const own = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  const added: Concept[] = [];
  for (const term of new Set(terms(restated))) {
    const phrases = ranges.get(term) ?? [];
    if (covered.has(term) || concepts.some((concept) => concept.term === term) || framesQuestion(term, things) || pronounOnes.has(term) || (facts.index.idf(term) === 0 && phrases.length === 0)) continue;
    const alternatives = new Set([term]);
    added.push({ term, alternatives, forms: alternatives, kinds: [], focus: false, phrases, synonyms: [], test: null, fromContext: true, testOnly: false, required: false, weight: weightOf([term], alternatives, facts), optional: true });
  }
  const weight = added.reduce((sum, concept) => sum + concept.weight, 0);
  const scale = own > 0 && weight > own * RANKING.restatedWeightCap ? (own * RANKING.restatedWeightCap) / weight : 1;
  // "what else is in the bill besides the ferry money": the words told are the thing the answer is not.
  const known = ASKS_WHAT_ELSE.test(question.plain) ? { known: true } : {};
  for (const concept of added) concepts.push({ ...concept, weight: concept.weight * scale, ...known });
}
const ASKS_WHAT_ELSE = /^(?:what|which) else\b/u;

/**
 * The synonyms, and the place a people word among them names: "aussies" is WordNet's "Australian",
 * which the coverage may write as "Australia" ("Australia responded to a request").
 */
function withPlacesNamed(synonyms: readonly Phrase[], facts: LoadedFactBase): Phrase[] {
  const places = synonyms.flatMap((synonym) => (synonym.length === 1 && isPlaceAdjective(synonym[0]!) ? [...alternativesOf(synonym, facts).single].map((place) => [place]) : []));
  return [...synonyms, ...places.filter((place) => !synonyms.some((synonym) => synonym.join(' ') === place[0]))];
}

/** Whether the coverage writes a term or one of its alternatives, a phrase among them ("uk": "united kingdom"). */
function writtenInSomeForm(term: string, facts: LoadedFactBase): boolean {
  const { single, multi } = alternativesOf([term], facts);
  return [...single].some((form) => facts.index.idf(form) > 0) || multi.some((phrase) => phrase.every((form) => facts.index.idf(form) > 0));
}

/**
 * The names in what the user told before asking that the coverage never mentions ("france hosted
 * the games so who won the most medals"): the question is about what they name, so it cannot be
 * answered. Figures there are the user's own ("the board turns 60", "the 40 mil ask") and decide nothing.
 */
function unknownToldNames(question: Question, facts: LoadedFactBase): string[] {
  if (question.told === undefined) return [];
  return questionWords(question.told)
    // A slip of a name the coverage writes ("kuleeba") is that name.
    // A source named by the start of its publisher's name ("reading the vln one") is known, and "one" stands for it.
    .filter(({ word, name }) => name && /^\p{L}+$/u.test(word) && !isFigureUnit(word) && !ONE.test(word) && !startsPublisherName(word, facts) && terms(word).length > 0 && terms(word).every((term) => !writtenInSomeForm(term, facts)))
    .map(({ word }) => asTyped(word, question.text));
}

/**
 * The names and concrete things a premise names that the coverage never mentions ("if the night
 * ferry stops, what will they do instead"): what is asked is about them, so it cannot be answered.
 */
function unknownSupposed(question: Question, facts: LoadedFactBase): string[] {
  if (question.supposed === undefined) return [];
  return questionWords(question.supposed)
    .filter(({ word, name, thing }) => (name || (thing && namesConcreteThing(kindForms(word)))) && /^\p{L}+$/u.test(word) && terms(word).length > 0 && terms(word).every((term) => !writtenInSomeForm(term, facts)))
    .map(({ word }) => asTyped(word, question.text));
}

/**
 * The question understood; "what did zorvia's top diplomat say" asked of the one the coverage
 * gives that role ("what did Ada Holm say"), understood again only then.
 */
function understoodWithSpeakerNamed(line: string, facts: LoadedFactBase): Question {
  const question = understandQuestion(line);
  const told = TOLD_SPEAKER.exec(question.plain);
  // "the infrastructure guy, what did he say about …": the one described before the question speaks.
  if (told !== null && roleHolder(told[1]!, facts) !== null) return understoodWithSpeakerNamed(`${told[2]!}${told[1]!}${told[3]!}`, facts);
  const speaker = SPEAKER_PATTERNS[0]!.exec(question.plain)?.[1] ?? roleDoing(question.plain, facts);
  const holder = speaker === undefined ? null : roleHolder(speaker, facts);
  if (holder === null) return question;
  // The words as typed, whatever their case and spacing; as read when chat shortened them ("the def minister").
  const typed = new RegExp(speaker!.split(' ').map((word) => escapeRegex(word).replaceAll("'", "['’]")).join(String.raw`\s+`), 'iu');
  return understandQuestion(typed.test(line) ? line.replace(typed, holder) : question.plain.replace(speaker!, holder));
}

// "what was the harbour minister demanding", "what did the harbour minister sign": someone asked
// about by a role, doing what the question asks (said or done). Up to four words after "the".
const ROLE_DOING = /^what (?:is|are|was|were|did|does|do|has|have|had|will|would) (the(?: [\p{L}'-]+){1,4}) \p{L}/u;

/** The role a what-question's subject is named by, longest first, when one person holds it (a body's name is no one: "the council vote"). */
function roleDoing(plain: string, facts: LoadedFactBase): string | undefined {
  const words = ROLE_DOING.exec(plain)?.[1]?.split(' ') ?? [];
  for (let end = words.length; end >= 2; end--) {
    const role = words.slice(0, end).join(' ');
    const head = words[end - 1]!;
    if (isTitleWord(head) && [head, ...wordForms(head)].some((form) => isKindOf(form, 'person')) && roleHolder(role, facts) !== null) return role;
  }
  return undefined;
}

// Someone described before a question that asks what "he" or "she" said.
const TOLD_SPEAKER = /^(?:(?:and|so|ok|okay|also) )?((?:the|that|this) [\p{L}'-]+(?: [\p{L}'-]+){0,4}), (what (?:did|does|has|have|will|would) )(?:he|she|they)( (?:say|said|tell|told|think|claim|mention|write)\b.*)$/u;

/**
 * Who speaks in a source with an owner: in "according to holm's spokesman" (or "holms", typed
 * without the apostrophe) the spokesman, not Holm; in "according to holm's harbour report" no one
 * (a writing owned is no speaker: its words are a topic). Else the phrase.
 */
function ownedSource(phrase: string, surnames: { has(term: string): boolean }): string {
  const words = phrase.split(/\s+/u);
  const owner = (word: string) => /['’]s$/u.test(word) || (word.endsWith('s') && terms(word.slice(0, -1)).some((term) => surnames.has(term)));
  const owned = words.findLastIndex((word, i) => i < words.length - 1 && owner(word));
  if (owned < 0) return phrase;
  const head = words.at(-1)!;
  return kindForms(head).some((form) => namedByTitles(form)) ? '' : words.slice(owned + 1).join(' ');
}

// Verbs asking for a reaction, which may be done rather than said.
const REACTING_VERBS: ReadonlySet<string> = new Set(['react', 'respond']);
// Verbs a question asks a view with, which ask no words when a time, place or figure is asked.
const STANCE_VERBS: ReadonlySet<string> = new Set(['want', 'wants', 'think', 'thinks', 'believe', 'believes', 'feel', 'expect', 'expects']);
const ONE = /^ones?$/u;
// "one" not before the noun it counts ("the big one", "one of them"): a pronoun, unless typed elsewhere as a count ("one year").
function pronounOnesIn(tagged: readonly QuestionWord[]): ReadonlySet<string> {
  const ones = tagged.filter(({ word }) => ONE.test(word));
  return new Set(ones.length > 0 && ones.every((one) => tagged[tagged.indexOf(one) + 1]?.thing !== true) ? ones.flatMap(({ word }) => terms(word)) : []);
}
const CIRCUMSTANCES: ReadonlySet<string> = new Set(['date', 'place', 'count', 'money', 'duration']);

export function analyseQuery(input: string | Question, facts: LoadedFactBase): QueryAnalysis {
  const { surnames, mentions, quotes } = lookups(facts);
  const question = ofPersonAge(typeof input === 'string' ? understoodWithSpeakerNamed(mendedQuestion(input, facts), facts) : input, surnames);
  const query = question.plain;
  const months = datedMonths(query);
  const days = datedDays(query);
  // "What did Haraldsen say": the terms of the one asked to be speaking. A question on what
  // something includes asks no one to speak ("what does the package berg announced include").
  // Nor does a stance asked a circumstance of ("when does the board *want* a pier": when the pier comes, not its words).
  const spokenOf = question.expects[0] === 'contents' ? [] : SPEAKER_PATTERNS.flatMap((pattern) => {
    const match = pattern.exec(query);
    if (match === null || describesSpeakers(match[1] ?? '', surnames)) return [];
    const verb = match[0].split(/\s+/u).at(-1)!;
    if (CIRCUMSTANCES.has(question.expects[0] ?? '') && STANCE_VERBS.has(verb)) return [];
    const speaker = terms(ownedSource(match[1] ?? '', surnames));
    // "How did pellonia react": a country or a body reacts by deeds as often as by words (a protest,
    // a boycott), so it need not be speaking; a person asked by name must.
    return REACTING_VERBS.has(verb) && !speaker.some((term) => surnames.has(term)) ? [] : speaker;
  });
  // A name ("olsen", "sofie olsen") must be the one speaking; so must a person the coverage
  // knows inside a description; "a senior harbour official" is a topic, not a required speaker.
  const speakerTerms = new Set(spokenOf.length <= 2 ? spokenOf : spokenOf.filter((term) => surnames.has(term)));
  // "What did the white house say": words naming the organisation of someone's role speak together, and none is a person's ("white" is not Ada White).
  const organisationAsked = speakerTerms.size > 1 && organisationMembers([...speakerTerms], facts).length > 0;
  // "What does aarp stand for": a sentence must spell it out.
  const abbreviation = abbreviationAsked(query);
  // The noun that says what kind of answer is wanted ("what *year*", "which *country*") is not a
  // topic, nor are the words asking for an abbreviation's full name ("stand for").
  const { focus: focusWord, askedBy } = headOfFocus(query, focusNoun(query));
  const frame = new Set([...(question.frame === null ? [] : terms(question.frame)), ...(abbreviation === undefined ? [] : ABBREVIATION_FRAME), ...terms(askedBy), ...(HOW_LONG_AGO.test(query) ? terms('long ago') : []), ...roleAskingWords(query).flatMap((word) => terms(word))]);
  // Words that ask or join, not frame the answer: no topic, and no end of a topic's run either.
  const joining = new Set([...COMPARING_WORDS, ...[...query.matchAll(NEGATED_AUXILIARY)].flatMap(([negated]) => terms(negated))]);
  const concepts: Concept[] = [];
  const covered = new Set<string>();
  const defined = DEFINITION_ASKED.exec(question.plain)?.[1];
  // Each term's words as typed, for their inflections.
  const typedWords = new Map<string, string[]>();
  for (const word of query.split(/[^\p{L}\p{N}'-]+/u)) {
    const term = terms(word)[0];
    if (term !== undefined) typedWords.set(term, [...(typedWords.get(term) ?? []), word]);
  }
  const measure = new Set(framesMeasure(question) ? terms(question.frame ?? '') : []);
  const reading: QuestionReading = { frame, measure, things: thingTerms(query), countedPeople: countedPersonTerms(question), forecast: forecastVerb(question) };
  const { things, countedPeople } = reading;
  const runs = nameRuns(query, facts);
  // "the take it down act": a name whose stop words carry its meaning is one concept, written whole.
  const wholeNames = commonWordNames(query);
  const tagged = questionWords(query);
  const { synonyms, particles } = synonymTermsOf(tagged);
  const places = new Set(tagged.flatMap(({ word, place }) => (place ? terms(word) : [])));
  const pronounOnes = pronounOnesIn(tagged);
  const eventVerbs = eventVerbsOf(question, particles);
  const boundaryVerbs = boundaryVerbsOf(question, tagged, particles);
  const dated = question.expects[0] === 'date';
  const slots = slotFillers(query, facts);
  const planned = plannedTerms(query, dated);
  // "the vln one": a word no sentence has that starts a publisher's site names the source, no topic to search.
  // "Where are they coming from": the verb of coming asks for the origin, as "from" does; the index drops "come" itself.
  const comingFrom = new Set(question.expects[0] === 'origin' ? terms(COMING_FROM.exec(query)?.[1] ?? '') : []);
  const termList = queryTerms(query).filter((term) => !planned.has(term) && !comingFrom.has(term) && !(facts.index.idf(term) === 0 && startsPublisherName(term, facts)));
  const figures = figureAlternatives(termList, facts);
  // "was it over 40 million": the coverage's figures within the bound stand for the guess.
  const ranges = guessedRangeFigures(spelledOutForm(question.text), facts);
  // "coastal ferry safety board": the coverage's "CFSB" names it too.
  const abbreviated = abbreviationsOfNames(query, facts);
  // "28 mil": a number typed before its scale word, with the figures the coverage writes that round to it.
  const scaledNumbers = new Map(termList.flatMap((term, i) => (/^\d+(?:\.\d+)?$/u.test(term) && figures.scales.has(termList[i + 1] ?? '') ? [[term, new Set([term, ...(figures.phrases.get(term) ?? []).map((phrase) => phrase[0]!)])] as const] : [])));
  const years = shortenedYears(query, facts);
  const markedMost = new Set(questionWords(query).flatMap(({ word, narrows }) => (narrows !== null && SUPERLATIVE_MODIFIERS.has(word) ? terms(word) : [])));
  const stemmedPlaces = placesStemmedAway(query);
  for (const phrase of withNameRuns(queryPhrases(termList), [...runs, ...wholeNames.map(({ phrase }) => ({ phrase, bySurname: false, soleBearer: false }))])) {
    const term = phrase.join(' ');
    // A name run's last word alone ("Ybarra" for "maria ybarra", "Capriati" where no other Capriati is named) names it in part; its first alone names someone else.
    const run = runs.find((candidate) => candidate.phrase === phrase);
    // "What did vorensky say": with a speaker asked about, "say" is the asking verb even where the tagger reads a noun.
    if (covered.has(term) || (phrase.length === 1 && (framesQuestion(term, speakerTerms.size > 0 ? NO_THINGS : things) || frame.has(term) || joining.has(term)))) continue;
    // "who else got quoted on it": the verb asks for a speaker, as "who said" does; a sentence need not write it.
    if (phrase.length === 1 && term === QUOTED_TERM && question.asksSpeaker) continue;
    // "the 75 year one", "which one": "one" standing for a thing already named is no topic of its own.
    if (phrase.length === 1 && pronounOnes.has(term)) continue;
    // "How long", "how old": the adjective asks for a kind of answer, it names no topic.
    if (phrase.length === 1 && (ASKING_ADJECTIVES[question.kind] === term || (question.kind === 'how-old' && term === 'long' && HOW_LONG.test(query)))) continue;
    // "How much have they sent *in total*": a word asking only for a figure names nothing a sentence must carry.
    if (phrase.length === 1 && (typedWords.get(term) ?? []).some((word) => asksFigureOnly(question, word.toLowerCase()))) continue;
    const { single, multi, kinds: listedKinds } = alternativesOf(phrase, facts);
    const closedKinds = phrase.length === 1 ? closedKindTerms(typedWords.get(term) ?? [], facts) : [];
    closedKinds.forEach((kind) => single.add(kind));
    const kinds = [...listedKinds, ...closedKinds.map((kind) => [kind])];
    if (phrase.length === 1) addCapital(capitalPhrasesOf(term), single, multi, facts);
    const forms = new Set([term]);
    const eventNouns: string[] = [];
    if (phrase.length === 1) {
      const inflections = new Set((typedWords.get(term) ?? []).flatMap((word) => wordForms(word).flatMap((inflected) => terms(inflected))));
      for (const form of inflections) if (facts.index.idf(form) > 0) forms.add(form);
      forms.forEach((form) => single.add(form));
      if (![...single].some((alternative) => facts.index.idf(alternative) > 0)) {
        for (const word of typedWords.get(term) ?? []) {
          const near = twoSlipNeighbour(word.toLowerCase(), term, facts);
          if (near !== undefined) single.add(near);
        }
      }
      // An inflection's equivalents are the word's ("die" → "died" → "killed", "dead").
      for (const form of inflections) if (form !== term) vocabularyAlternatives(form).forEach((alt) => single.add(alt));
      // The event a "when" or "how many" question asks about, reported by a word derived from its
      // verb ("the siege began"); the very event a date is asked for, so the word itself.
      for (const word of eventVerbs.get(term) ?? []) {
        for (const derived of derivedWords([word, ...wordForms(word)])) {
          const derivedTerm = terms(derived)[0];
          if (derivedTerm === undefined || facts.index.idf(derivedTerm) === 0) continue;
          single.add(derivedTerm);
          if (!dated) continue;
          forms.add(derivedTerm);
          eventNouns.push(derived);
        }
      }
      slots.get(term)?.forEach((filler) => single.add(filler));
      boundaryVerbs.get(term)?.forEach((verb) => single.add(verb));
      figures.scales.get(term)?.forEach((scale) => single.add(scale));
      const abbreviation = abbreviated.get(term);
      if (abbreviation !== undefined) single.add(abbreviation);
      years.get(term)?.forEach((year) => single.add(year));
      // "the biggest pledge": "the largest" says it, as any superlative of size in that order does.
      for (const word of sameSizeSuperlatives(term)) terms(word).forEach((alt) => single.add(alt));
      multi.push(...(figures.phrases.get(term) ?? []), ...(ranges.get(term) ?? []));
      // "the hsb the mayor set up": an abbreviation is also the name the coverage spells it out as ("Harbour Safety Board (HSB)").
      // So is a short word a question asks to be defined ("what is flags"), though a dictionary word.
      if ((typedWords.get(term) ?? []).some((word) => ABBREVIATION_TYPED.test(word) && (!isEnglishWord(word.toLowerCase()) || word.toLowerCase() === defined))) multi.push(...spelledOutForms(term, facts));
    }
    const asSpeaker = phrase.every((word) => speakerTerms.has(word));
    const everyday = !asSpeaker && (typedWords.get(phrase.at(-1) ?? '') ?? []).some((word) => isEnglishWord(word));
    // "the convention in lisbon": a lone word the tagger reads as a place there is no one's surname
    // (one asked to be speaking is: "what did lisbon say").
    const readAsPlace = !asSpeaker && phrase.length === 1 && places.has(term);
    const person = (asSpeaker && organisationAsked) || readAsPlace ? undefined : personNamed(phrase, typedWords.get(phrase.at(-1) ?? '')?.[0] ?? '', surnames, facts, everyday);
    if (run !== undefined && (run.bySurname || run.soleBearer || person)) single.add(phrase.at(-1) ?? term);
    // "sark island", "hormuz strait": the name alone ("Sark") names the place in part.
    const bare = run !== undefined ? placeNameWithoutHead(phrase, facts) : undefined;
    if (bare !== undefined) single.add(bare);
    if (person) addWrittenName(person, single, multi);
    const mentioned = person ? mentions.get(person.id) : undefined;
    const inPeriod = phrase.length === 1 ? periodOf(term, months, days) : null;
    const period = inPeriod === null ? null : periodTest(inPeriod, facts, days.has(term));
    // A word already stands for this one ("NATO allies": "allies" adds nothing to "NATO").
    single.forEach((alt) => covered.add(alt));
    multi.forEach((alt) => covered.add(alt.join(' ')));
    // A name typed with a slip ("ukranian") weighs as the name meant; a surname is left to personNamed ("olden" is no Olsen).
    const asName = phrase.some((word) => writtenAsName(word, facts)) || (phrase.length === 1 && slipsOf(term, single, facts).some((slip) => !surnames.has(slip) && writtenAsName(slip, facts)));
    const weight = weightOf(phrase, single, facts) * (person !== undefined || asName ? RANKING.nameWeight : 1);
    if (asSpeaker) {
      const typedName = phrase.at(-1) ?? term;
      // A name typed as the coverage never writes it ("lindqvst") is spoken by its spelling neighbours.
      const unnamed = facts.index.idf(typedName) > 0 ? [typedName] : [...single];
      // The surname, and the name as typed: "Mara, can you say …" is not Mara Olsen speaking.
      const surnames = new Set(person ? terms(person.name).slice(-1) : unnamed);
      const names = new Set([...surnames, typedName, ...(organisationAsked ? speakerTerms : [])]);
      const quoted = person ? quotes.get(person.id) : undefined;
      // A label names the one asked by its last word ("jen roe": "MS. ROE"), an organisation asked in several words by all of them.
      const labelWords = new Set([...surnames, ...speakerTerms]);
      // "What did the pentagon say": also the words of the people whose role is the organisation's.
      const voice = person ? null : organisationVoice([...speakerTerms], facts);
      // "He stressed …" after the name spoke: the speaker is stated by the context only; so are
      // their words retold in another speaker's turn ("MR. BERG: As Olsen noted, …").
      // An organisation asked is named by all its words: "White said" is not the White House.
      // A surname two people bear, alone, is the first-known bearer's (as a surname typed alone is);
      // asked about another by full name, it is theirs only where the other is not just named.
      const mayBe = person !== undefined && lookups(facts).surnames.get(terms(person.name).at(-1) ?? '') !== person ? surnameMayBe(person, facts) : null;
      const named = (id: number) => (!organisationAsked || [...speakerTerms].every((term) => sentenceTerms(facts, id).set.has(term))) && (mayBe === null || mayBe(id));
      const spokeIn = (id: number) => (named(id) && speaks(facts.sentence(id).text, names)) || voice?.(id) === true;
      const test = (id: number) => {
        if (quoted?.has(id) || speakerOfContext(facts, id, labelWords)) return 1;
        if (named(id) && speaks(facts.sentence(id).text, names)) return othersTurn(facts, id, labelWords) ? RANKING.contextCredit : 1;
        if (voice?.(id) === true) return 1;
        return continuesSpeech(facts, id, spokeIn) ? RANKING.contextCredit : 0;
      };
      concepts.push({ term, alternatives: single, forms, kinds, focus: false, phrases: multi, test, fromContext: false, testOnly: true, required: true, speaker: true, weight, ...(person ? { person: person.id } : {}), ...(quoted ? { quoted } : {}) });
      continue;
    }
    // "How many inhabitants": a count of people counts them, as another word for them would.
    const countsPeople = countedPeople.has(term) ? (id: number) => (PEOPLE_TERMS.some((people) => sentenceTerms(facts, id).set.has(people)) ? RANKING.expansionCredit : 0) : null;
    // "Maine", indexed as "main": only its name written counts.
    const writtenAs = phrase.length === 1 ? stemmedPlaces.get(term) : undefined;
    // "That record storm": any superlative says it ("the worst-ever storm").
    const superlative = phrase.length === 1 && markedMost.has(term) ? (id: number) => (statesSuperlative(facts.sentence(id).text) ? 1 : 0) : null;
    // "the 2nd round": "its No. 2 round" says it too (only checked, never searched for: "no" and "2" are everywhere).
    const numbered = phrase.length === 1 ? numberedPlaces(term).map((words) => words.flatMap((word) => terms(word))) : [];
    const numberedPlace = numbered.length > 0 ? (id: number) => (numbered.some((place) => containsPhrase(sentenceTerms(facts, id).list, place)) ? 1 : 0) : null;
    // "What did Holt promise", "what was she demanding": her quoted words are hers, though they do
    // not name her ("we will …"); someone else's promise or demand is no answer.
    const promiser = person !== undefined && (question.expects[0] === 'commitment' || question.expects[0] === 'demand');
    const promised = promiser ? quotes.get(person.id) : undefined;
    const test = writtenAs ? (id: number) => (writtenAs.test(facts.sentence(id).text) ? 1 : 0) : mentioned ? (id: number) => (mentioned.has(id) || promised?.has(id) === true || namedByTitle(person!, id, facts) ? 1 : 0) : period ? (id: number) => (period(id) ? 1 : 0) : (superlative ?? countsPeople ?? numberedPlace);
    // Synonyms only of a word itself: a name or a phrase has none.
    const wordnetSynonyms = phrase.length === 1 && person === undefined ? withPlacesNamed(synonyms.get(term) ?? [], facts).filter((synonym) => synonym.every((t) => facts.index.idf(t) > 0)) : [];
    // A phrasal verb's particle ("stepping *down*") helps a sentence that says it, and costs one that words the verb otherwise only in part.
    const optional = particles.has(term) ? { optional: true } : {};
    concepts.push({ term, alternatives: single, forms, kinds, focus: false, phrases: multi, synonyms: wordnetSynonyms, test, fromContext: !writtenAs, testOnly: writtenAs !== undefined, required: promiser, weight, ...(person ? { person: person.id } : {}), ...(promised ? { quoted: promised } : {}), ...(eventNouns.length > 0 ? { eventNouns } : {}), ...(writtenAs ? { writtenAs } : {}), ...(inPeriod ? { period: inPeriod } : {}), ...(scaledNumbers.has(term) ? { scaled: scaledNumbers.get(term)! } : {}), ...optional });
  }
  addRestatedWords(question, concepts, covered, ranges, facts);
  joinSpeakerWords(concepts, facts.data.people);
  if (asksEachApart(question)) eitherSpeaker(concepts);
  // The word a what/which question is about carries as much as its heaviest word.
  const focus = terms(focusWord)[0];
  const heaviest = Math.max(0, ...concepts.map((c) => c.weight));
  for (const concept of concepts) {
    if (concept.term !== focus) continue;
    concept.weight = heaviest;
    concept.focus = true;
    concept.kindTerms = kindTermsOf(focusWord);
    if (question.expects[0] === 'person') creditTitleHolders(concept, facts, RANKING.expansionCredit);
  }
  markEvents(eventVerbs, dated, concepts, facts);
  // "What date was the june fair": a date outside the period it names answers another occasion.
  if (dated) for (const concept of concepts) if (concept.period !== undefined) Object.assign(concept, { required: true, missingFactor: RANKING.relationMissingFactor });
  // "How much did they spend in 2021": a figure reported outside that period is another period's;
  // one whose sentence and article have no date may still be the one asked about.
  // "What did the council do on april 3": a day is as specific; a sentence dated otherwise tells of another day.
  // "Who won the 2018 cup": a year before a noun says which one; a sentence dated otherwise tells of another.
  const namingYears = yearsNamingWhich(question.plain);
  for (const concept of concepts) {
    const oneDay = days.has(concept.term) || namingYears.has(concept.term);
    if (concept.period !== undefined && ((oneDay && !dated) || question.expects[0] === 'money' || question.expects[0] === 'count')) Object.assign(concept, { required: true, missingFactor: RANKING.relationMissingFactor, requiredOf: hasKnownDate(facts) });
  }
  markMeasured(query, concepts);
  markForecast(reading.forecast, concepts);
  markCounted(question, concepts, reading, facts);
  markAskedThings(question, concepts);
  markAskedSubject(question, concepts);
  markAskedDeed(question, concepts, facts);
  markAskedDoer(question, concepts, facts);
  markAskedPeople(question, concepts);
  markAskedKind(question, concepts);
  markQualifyingPeople(query, concepts);
  const { specific, other } = unknownFocus(question, concepts, facts, reading);
  for (const typed of requireWholeNames(wholeNames, concepts, facts)) specific.push(`“${asTyped(typed, question.text)}”`);
  for (const typed of unwrittenTitles(query, facts)) if (!specific.some((seen) => seen.includes(typed))) specific.push(`“${asTyped(typed, question.text)}”`);
  for (const typed of unknownToldNames(question, facts)) if (!specific.includes(typed)) specific.push(typed);
  for (const typed of unknownSupposed(question, facts)) if (!specific.includes(typed)) specific.push(typed);
  // "What did halvorsen say": one asked to be speaking whom the coverage never mentions cannot be quoted.
  for (const [term, typed] of other) if (spokenOf.includes(term) && !specific.includes(typed)) specific.push(typed);
  // A noun the coverage lacks outweighs the question's weightiest word: a sentence must carry the rest well.
  const weightiest = Math.max(0, ...concepts.filter((concept) => !other.has(concept.term)).map((concept) => concept.weight));
  for (const concept of concepts) if (other.has(concept.term)) concept.weight = Math.max(concept.weight, weightiest * RANKING.unmentionedNounWeight);
  markTopicRuns(question, concepts, frame, facts);
  const beforeClause = roleBeforeClause(query);
  // "the first ever", "the very first": which holder in turn, said with emphasis.
  const roleQuery = query.replace(/\bvery (first|last)\b/gu, '$1').replace(/\b(first|last)[- ]ever\b/gu, '$1');
  // A word of a phrase the question names ("press secretary") stands for the phrase.
  const conceptOf = (word: string | undefined) => {
    const term = word === undefined ? undefined : terms(word)[0];
    return term === undefined ? undefined : (concepts.find((concept) => concept.term === term) ?? concepts.find((concept) => concept.term.split(' ').includes(term)));
  };
  // "who was berg meeting next", "who is holm supposed to see": a person named doing something, no role.
  const acts = (next: QuestionWord | undefined) => next !== undefined && (isVerbIngForm(next.word) || PLANNED.has(next.word) || (next.action && !next.thing));
  const personActs = (run: string) => questionWords(run).some(({ word }, i, words) => conceptOf(word)?.person !== undefined && acts(words[i + 1]));
  const roleRun = ROLE_ONLY.exec(roleQuery)?.[1];
  const roleOnly = roleRun !== undefined && !personActs(roleRun) ? roleRun : undefined;
  // A role ends at its title: "the harbour spokesman *giving these briefings*" has a clause after it.
  const untitledEnd = roleOnly !== undefined && !isTitleWord(roleOnly.split(' ').at(-1)!);
  const role = [untitledEnd ? (beforeClause ?? roleOnly) : roleOnly, ROLE_OF_OWNER.exec(roleQuery)?.[1], beforeClause, roleTaken(roleQuery)].find((words) => words !== undefined && !SAYS_WHEN.test(words));
  const roleWords = role?.split(' ') ?? [];
  const roleConcept = conceptOf(roleWords.at(-1));
  // The word before the head names which one ("*defence* minister", not the foreign minister).
  const roleKind = roleWords.length > 1 ? conceptOf(roleWords.at(-2)) : undefined;
  // "Who was the first secretary general": which holder in the sequence is asked, so a sentence on the present one does not answer.
  const holderInSequence = roleWords.filter((word) => HOLDER_IN_SEQUENCE.test(word)).map(conceptOf);
  // With a clause after it, other people fit the clause ("the quellmark foreign minister holm
  // met"): the name saying whose role ("*pellonian* foreign minister") must hold too.
  const whose = role === beforeClause ? questionWords(role ?? '').filter(({ name }) => name).map(({ word }) => conceptOf(word)) : [];
  if (roleConcept !== undefined && concepts.length > 1) {
    for (const concept of new Set([roleConcept, ...(roleKind === undefined ? [] : [roleKind]), ...holderInSequence, ...whose].filter((each) => each !== undefined))) {
      concept.required = true;
      concept.missingFactor = RANKING.relationMissingFactor;
      // The role is stated by the sentence itself: "defence ministers" before it gives no one that role.
      concept.fromContext = false;
    }
    const head = roleWords.at(-1)!;
    for (const concept of holderInSequence) if (concept !== undefined && concept !== roleConcept) Object.assign(concept, sequenceBeforeRole(concept.term, head, facts));
  }
  creditLeadingRoles(question, concepts, facts, RANKING.roleHolders);
  const relation = relationAsked(question, concepts);
  if (relation !== null) concepts.push(relationConcept(relation, facts));
  if (asksHolderInTurn(question, concepts)) concepts.push(successionConcept(facts));
  if (abbreviation !== undefined && concepts.length > 0) concepts.push(spelledOutConcept(abbreviation, facts));
  const namedThing = namedThingAsked(question);
  if (namedThing !== undefined && concepts.some((concept) => namedThing.includes(concept.term))) concepts.push(namedThingConcept(namedThing, concepts, facts));
  const roleAsked = roleConcept === undefined || role === undefined ? null : asTyped(role, question.text);
  const spelledOutWords = abbreviation === undefined ? null : `full name of ${asTyped(abbreviation, question.text)}`;
  return { question, concepts, unknownNames: specific, unmentioned: [...new Set(other.values())], relation: relation?.words ?? roleAsked ?? spelledOutWords };
}
