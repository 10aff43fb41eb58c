// Ranking answers to a question: the index (BM25-style TF-IDF) proposes candidates, then each is
// scored on general features — how much of the question it covers (the word asked for counts
// more than an alias of it), whether it states the kind of answer the question expects and how
// near that stands to the question's words, how close together those words stand — and one
// sentence per near-duplicate group is kept. Weights live in ranking-options.ts.
import { ENTITY, type EntityKind } from '../factbase/entity-kinds.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { annotateSentence, entitySpans, type Span } from '../ingest/annotate.js';
import { asksForSource, TOTAL_ASKED, type Expectation } from './question.js';
import { RUNNING_TOTAL } from '../ingest/aid-wording.js';
import { terms } from '../factbase/terms.js';
import { RANKING } from './ranking-options.js';
import { articleCandidates } from './article-candidates.js';
import { MAY_HAVE_TITLE, TITLE_PATTERN } from '../lexicon/titles.js';
import { PLANNED } from '../lexicon/verb-senses.js';
import { ASKS_PAST, holderQuestion, otherHolderPenalty, type HolderQuestion } from './holder-evidence.js';
import { aboutOtherCountry, countryConcepts } from './other-country.js';
import { aboutOtherPlace, askedPlaces, type AskedPlace } from './other-place.js';
import { aboutOtherOrdinal, askedOrdinals, type AskedOrdinal } from './other-ordinal.js';
import { aboutOtherVoteSide, askedVoteSide, statesVoteSide, type VoteSide } from './vote-side.js';
import { holderWords, roleSentences } from './roles.js';
import { countShare, ordinalOccasionSpans } from './stated-counts.js';
import { countedThing, type CountedThing } from './counted-thing.js';
import { givenFiguresIn, isGivenFigure, type GivenFigure } from './given-figures.js';
import { ageSpans, personAgeSpans, statesAge, statesPersonAge } from './stated-ages.js';
import { contentsSpans, statesContents } from './stated-contents.js';
import { statesTopic, topicSpans } from './stated-topics.js';
import { namesOnlyAsTimeReference, reasonSpans, statesReason } from './stated-reasons.js';
import { referringSentences } from './definite-reference.js';
import { isMeasure, measureSpans, measuresOtherKind, type MeasureKind } from './stated-measures.js';
import { titleCandidates } from './title-candidates.js';
import { speakerOf } from './attribution.js';
import { describedSpeaker, OPENS_WITH_PRONOUN, reportsSpeech, reporterAsks, saysLittle } from './speakers.js';
import { pluralReferent } from './plural-reference.js';
import { asksWhomAddressed, namesAddressedGroup } from './addressed-group.js';
import { namesAnotherThing } from './written-as-name.js';
import type { Concept } from './concept.js';
import { conceptPositions, names, rankingCoverage } from './coverage.js';
import { expandedQuery, withEventNouns } from './expansion.js';
import { DURATION, type QueryAnalysis } from './relevance.js';
import { CLOCK_TIME, PART_OF_DAY } from './clock-times.js';
import { questionWords } from './parts-of-speech.js';
import { retellsToldDeed } from './told-deed.js';
import { listItems, listLeadIn, onlyLeadsList } from './list-lead-ins.js';
import { AUXILIARIES } from './asked-in-sentence.js';
import { WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';
import { COUNTRIES, DEMONYMS } from '../lexicon/countries.js';
import { lookups, mentionsKnownPerson, sentenceTerms, statedDateShare, statedDates, statesDayDate } from './sentence-facts.js';

export interface RankedSentence {
  sentenceId: number;
  /** The index score. */
  score: number;
  /** Share (0–1) of the question's weighted concepts the sentence carries. */
  coverage: number;
  /** Share (0–1) to which it states the kind of answer expected (1 when nothing in particular is). */
  answerType: number;
  /** The ranking key: coverage plus the weighted features. */
  rank: number;
}

/** The sentence's entity bit set: stored by the build (read from its column, no text made), computed for a hand-made fact base. */
export function entitiesOf(facts: LoadedFactBase, sentenceId: number): number {
  return facts.data.sentences.entities(sentenceId) ?? annotateSentence(facts.sentence(sentenceId).text);
}

/** What the question names, as the expectations read it: its terms, and the known people it names (ids). */
interface Asked {
  terms: ReadonlySet<string>;
  /** Its own words and their inflections, without aliases ("u.s." is no "Washington"). */
  words: ReadonlySet<string>;
  people: readonly string[];
  /** The figures it gives ("the $61 billion request"). */
  figures: readonly GivenFigure[];
  /** The currency a money question names ("the grant in yen"): a sum in another does not answer it. */
  currency: RegExp | null;
  /** "How many times" (any ordinal tells it: "his third visit") or "how many trips" (an ordinal of the terms a trip is written with: "her third tour"); null for neither. */
  times: 'any' | ReadonlySet<string> | null;
  /** What a "how many" question counts: a count of another thing does not answer it. */
  counted: CountedThing | null;
  /** "Who said …": a speaker described, not named ("a senior diplomat stating …"), answers in part. */
  saidBy: boolean;
  /** "Says who", "according to whom", "where does that figure come from": a body a sentence credits answers as fully as a person. */
  sourceAsked: boolean;
  /** "How long has x …": a date answers only as the span's start or end; not "how long after the vote" (two dates tell that). */
  spanAsked: boolean;
  /** The terms of the question's own verbs (not its auxiliaries): "…, when was it *declared*" dates that happening. */
  verbs: ReadonlySet<string>;
  /** "Which city …": a country or a people's name answers no question for a city or a town. */
  settlement: boolean;
  /** "Who voted no": the side of a vote the ones asked for took, which a sentence naming them must state. */
  voteSide: VoteSide | null;
  /** "Who was she talking to": a group named by what its people are ("spoke to students") answers in part. */
  addressed: boolean;
}
const SOURCE_ASKED = /\b(?:says|said) who\b|\baccording to (?:who|whom)\b|\bwho says\b|\b(?:come|comes|came|coming) from$/u;
const WHO_ASKED = /^(?:who|whom|which)\b/u;
const WHO_SAID = /^who (?:\p{L}+ ){0,2}?(?:said|says|told|stated|claimed|called|warned|wrote|quoted)\b/u;
const SETTLEMENT_ASKED = /\b(?:what|which) (?:city|town|village|capital|port)\b/u;
const COUNTRY_NAMES: ReadonlySet<string> = new Set([...COUNTRIES, ...DEMONYMS.keys()].map((name) => name.toLowerCase()));
/** The places a sentence names that may answer: for a city asked, not a country nor a people ("in Pellonia", "Pellonian"). */
const answeringPlaces = (text: string, asked: Asked): Span[] =>
  namedSpans(text, 'place', asked).filter(([start, end]) => !asked.settlement || !COUNTRY_NAMES.has(text.slice(start, end).toLowerCase()));

// Kinds whose entity the question may itself name: a person it names answers no "who", a figure it
// gives no "how much" (given-figures.ts).
const NAMED_KINDS: ReadonlySet<Expectation> = new Set(['person', 'organisation', 'money', 'count', 'percent']);

/** Where the text names an entity of the kind, but not one the question itself names ("the Branch Davidian cult" answers no "who"). */
function namedSpans(text: string, kind: EntityKind, asked: Asked): Span[] {
  const spans = entitySpans(text, kind);
  if (!NAMED_KINDS.has(kind)) return spans;
  if (kind === 'money') return spans.filter(([start, end]) => !isGivenFigure(text, start, kind, asked.figures) && (asked.currency === null || inCurrency(text, start, end, asked.currency)));
  if (kind === 'count' || kind === 'percent') return spans.filter(([start]) => !isGivenFigure(text, start, kind, asked.figures));
  return unaskedSpans(text, kind, asked);
}

/** The spans of a named kind of entity not made only of the question's own words. */
const unaskedSpans = (text: string, kind: EntityKind, asked: Asked): Span[] => entitySpans(text, kind).filter(([start, end]) => terms(text.slice(start, end)).some((term) => !asked.words.has(term)));

// Someone saying what should or must be done: the only answer the coverage has to "should …".
// What comes next for something: "the bill now goes to the president", "the next step is", "will then head to".
const NEXT_STEP = /\b(?:next(?! (?:year|month|week|weekend|day|time|season|decade|spring|summer|autumn|fall|winter|morning|evening|night)\b)|now (?:goes|heads|moves|passes)|(?:goes|heads|moves|passes) (?:on )?to|will (?:now|then|next)|then (?:go|goes|head|heads|move|moves)|awaits?|awaiting)\b/iu;
// What something hangs on: "only if", "provided that", "on condition", "requires", "must", "depends on".
const CONDITION = /\b(?:only (?:when|if|after|once)|(?:depend(?:s|ed|ing)?|dependent|contingent|hing(?:e|es|ed|ing)) (?:on|upon)|as long as|provided (?:that )?|on (?:the )?condition|conditions?|(?:pre)?requisites?|requirements?|requir(?:e|es|ed|ing)|criteria|must|need(?:s|ed)? to|ha(?:s|ve) to|unless|in (?:exchange|return) for)\b/iu;
// A commitment, in its own words or made for the future in the first person ("we will stand by
// you", "I'll see it through").
const COMMITMENT = /\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|vow(?:s|ed|ing)?|commit(?:s|ted|ting|ments?)?|guarantee(?:s|d|ing)?|assur(?:e|es|ed|ing|ances?))\b|\b(?:we|i)(?:['’]ll| will| shall| are going to| am going to)\b/iu;
// A reaction, done or said: "thanked", "welcomed", "protested", "condemned", "a swift response".
const REACTION = /\b(?:thank(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|protest(?:s|ed|ing)?|reject(?:s|ed|ing)?|slamm?(?:s|ed|ing)?|blast(?:s|ed|ing)|respon(?:d|ds|ded|ding|se|ses)|react(?:s|ed|ing|ions?)?|repl(?:y|ies|ied)|retort(?:s|ed)?|boycott(?:s|ed|ing)?|backlash|outrage|gratitude|grateful)\b/iu;
// What followed from something: "caused", "led to", "prompted a protest", "as a result", "in response"
// (not "the impact of it", which names what followed without telling it).
const CONSEQUENCE = /\b(?:caus(?:e|es|ed|ing)|l(?:ead|eads|eading|ed) to|result(?:s|ed|ing)? in|as a result|consequently|prompt(?:s|ed|ing)?|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?|in response|in protest|because of|due to|forc(?:e|es|ed|ing)|meaning that|which means)\b/iu;
// Opposition, done or said: "protested", "boycotted", "objected", "voted against", "a backlash".
const OPPOSITION = /\b(?:protest(?:s|ed|ing|ers?)?|boycott(?:s|ed|ing)?|objec(?:t|ts|ted|ting|tions?)|oppos(?:e|es|ed|ing|ition)|criticis(?:e|es|ed|ing|m)|criticiz(?:e|es|ed|ing)|critics?|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|reject(?:s|ed|ing)?|slamm?(?:s|ed|ing)?|refus(?:e|es|ed|ing)|backlash|outrage|controvers(?:y|ial)|contentious|(?:vote[sd]?|voting|spoke|speaks?|came out|argued?) against|push(?:ed|es|ing)? back|pushback|walk(?:ed|s)? out|complain(?:s|ed|ing|ts?)?)\b/iu;
// How often something happens: "every year", "each spring", "twice a month", "annually", "regularly";
// which time it is ("for the third time"); or how long since it last did ("the first crossing in a
// month"). Not a bare count ("twice", "once again"): any sentence on the topic's scene may hold one
// ("the ferry has broken down twice" answered how often the board meets).
const FREQUENCY = /\b(?:every|each) (?:other |few |single )?(?:\d+ )?(?:days?|weeks?|months?|years?|decades?|quarters?|summers?|winters?|springs?|autumns?|falls?|mornings?|evenings?|nights?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\b|\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|several|many|a few) times) (?:a|an|per|each|every) (?:day|week|month|year|decade|quarter)\b|\bfor the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|last) time\b|\bfirst\b[^.;]{0,40}?\bin (?:a (?:day|week|month|year|decade)|(?:(?:\d+|two|three|four|five|six|several|many|a few|a couple of) )?(?:days|weeks|months|years|decades))\b|\b(?:daily|weekly|fortnightly|monthly|quarterly|yearly|annually|biannually|biennially|annual|biennial|regularly|routinely|repeatedly|frequently|often|constantly|on a regular basis)\b/iu;
const OBLIGATION = /\b(?:should|shouldn't|must|mustn't|ought to|need(?:s|ed)? to|ha(?:s|ve|d) to|it is (?:vital|essential|crucial|imperative) (?:to|that))\b/iu;
// A demand, in its own words or as something needed ("the port needs cranes now", "must act", "we call on").
const DEMAND = new RegExp(String.raw`\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? (?:on|for)|urg(?:e|es|ed|ing)|insist(?:s|ed|ing)?|(?:press|push)(?:es|ed|ing)? for|ask(?:s|ed|ing)? for|appeal(?:s|ed|ing)?|request(?:s|ed|ing)?|needs?|needed)\b|${OBLIGATION.source}`, 'iu');

// A question about a plan ("who is she supposed to meet next", "what is he set to sign"), and a
// sentence stating one ("is scheduled to meet", "plans to", "will"), not what was done.
const ASKS_PLAN = new RegExp(String.raw`\b(?:${[...PLANNED, 'scheduled', 'planning'].join('|')}) to \p{L}`, 'u');
const PLAN_STATED = /\b(?:(?:is|are|was|were)\s+(?:scheduled|set|due|expected|slated|supposed|going|planning|poised)\s+to|(?:is|are|was|were)\s+to\s+\p{L}|plans?\s+to|will)\b/iu;

// "Where is …" asks where something is or happens, not "which country …" (a place that does something).
const ASKS_WHERE = /^where\b|\bwhere$/u;
// A day given by the event it falls in or beside ("on the final day of the summit", "the day
// after the vote"): when, as far as the event's own date is known.
const EVENT_DAY = /\b(?:on|during|at|by|before|after|until|for) the (?:first|second|third|fourth|final|last|opening|closing|next|following|previous) (?:day|night|morning|evening|afternoon|session) of (?:the|its|their|this|that) \p{L}|\bthe (?:day|night|morning|evening|week) (?:after|before) (?:the|its|their|this|that) \p{L}/iu;
// The words that put a place as where something is or goes: "in", "at", "near", "to", "departing
// for" … (with "the" or "its capital city," between).
const LOCATIVE_BEFORE =
  /\b(?:in|at|near|outside|inside|within|across|throughout|to|toward|towards|into|(?:leaving|departing|departed|left|heading|headed|bound|travell?ing|flying|flew|returning|returned) for)\s+(?:(?:the|its|their|a)\s+)?(?:[\p{Ll}-]+\s+){0,2}(?:city,\s+|capital,\s+)?$/u;

// …or a name said to be where it is: "Lindvik will be the venue of the fair" (a place the build may
// not know: it is one by being called the venue).
const VENUE_NAME = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}(?=\s+(?:will be|would be|is|was|has been|had been|is to be)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+)?(?:location|venue|site|setting|host city|host country)\b)/gu;
// …or named after the kind of place it is: "in its capital city, Lindvik", "at the port, Tarnby".
const NAMED_AFTER_KIND = /(?<=\b(?:in|at|to|near)\s+(?:the|its|their)\s+(?:capital(?:\s+city)?|city|town|port|village),\s+)\p{Lu}[\p{L}'’-]*/gu;
const venueSpans = (text: string, asked: Asked): Span[] =>
  [...text.matchAll(VENUE_NAME), ...text.matchAll(NAMED_AFTER_KIND)].map((match): Span => [match.index, match.index + match[0].length]).filter(([start, end]) => terms(text.slice(start, end)).some((term) => !asked.words.has(term)));

// "Where will the boats be brought from": a place named right after "from" ("would come from Navy
// reserves") or as the maker or sender ("made and supplied by Zorvia"); "away from Lindvik" is where it is not.
const FROM_BEFORE = /(?<!\baway\s+)\bfrom\s+(?:the\s+)?$|\b(?:made|supplied|produced|built|manufactured|provided|sent)\s+(?:in|by)\s+(?:the\s+)?$/iu;
// …or whatever a verb of coming from names, place or not ("would come from council stocks", "drawn from existing reserves").
const COMES_FROM = /\b(?:come|comes|came|coming|brought|drawn|taken|sourced|supplied|shipped|delivered)\s+(?:directly\s+|straight\s+)?from\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}[\p{L}\p{N}'’-]+)/giu;
const sourceSpans = (text: string): Span[] => [
  ...entitySpans(text, 'place').filter(([start]) => FROM_BEFORE.test(text.slice(0, start))),
  ...[...text.matchAll(COMES_FROM)].map((match): Span => [match.index + match[0].length - match[1]!.length, match.index + match[0].length]),
];

// Kinds of answer read from the sentence's words by a pattern, not stored by the build.
interface Worded {
  states: (text: string) => boolean;
  spans: (text: string) => Span[];
}
const byPattern = (pattern: RegExp): Worded => {
  const every = new RegExp(pattern.source, `${pattern.flags}g`);
  return { states: (text) => pattern.test(text), spans: (text) => [...text.matchAll(every)].map((match) => [match.index, match.index + match[0].length] as const) };
};
const byUnit = (kind: MeasureKind): Worded => ({ states: (text) => measureSpans(text, kind).length > 0, spans: (text) => measureSpans(text, kind) });
const MEASURED: Readonly<Record<MeasureKind, Worded>> = { length: byUnit('length'), weight: byUnit('weight'), temperature: byUnit('temperature') };
type WordedExpectation = Extract<Expectation, 'duration' | 'time-of-day' | 'age' | 'person-age' | 'reason' | 'contents' | 'topic' | 'obligation' | 'condition' | 'reaction' | 'opposition' | 'consequence' | 'frequency' | 'origin' | 'next' | 'commitment' | 'demand' | MeasureKind>;
const WORDED: Readonly<Record<WordedExpectation, Worded>> = {
  duration: byPattern(DURATION),
  'time-of-day': byPattern(CLOCK_TIME),
  age: { states: statesAge, spans: ageSpans },
  'person-age': { states: statesPersonAge, spans: personAgeSpans },
  reason: { states: statesReason, spans: reasonSpans },
  contents: { states: statesContents, spans: contentsSpans },
  topic: { states: statesTopic, spans: topicSpans },
  obligation: byPattern(OBLIGATION),
  condition: byPattern(CONDITION),
  reaction: byPattern(REACTION),
  opposition: byPattern(OPPOSITION),
  consequence: byPattern(CONSEQUENCE),
  commitment: byPattern(COMMITMENT),
  demand: byPattern(DEMAND),
  frequency: byPattern(FREQUENCY),
  next: byPattern(NEXT_STEP),
  origin: { states: (text) => sourceSpans(text).length > 0, spans: sourceSpans },
  ...MEASURED,
};
const isWorded = (expectation: Expectation): expectation is WordedExpectation => expectation in WORDED;
const wordedTest = (worded: Worded, facts: LoadedFactBase) => (sentenceId: number): boolean => worded.states(facts.sentence(sentenceId).text);

/** 0–1: how fully the sentence states one expectation. */
function statesExpectation(expectation: Expectation, facts: LoadedFactBase, sentenceId: number, asked: Asked, relativeShare: number, locative = false): number {
  const text = facts.sentence(sentenceId).text;
  // "Where is the conference held": a place it is in or at ("in its capital, Lindvik"), not a place doing something ("Quellmark was not represented").
  if (expectation === 'place' && locative) return answeringPlaces(text, asked).some(([start]) => LOCATIVE_BEFORE.test(text.slice(0, start))) || venueSpans(text, asked).length > 0 ? 1 : (entitiesOf(facts, sentenceId) & ENTITY.place) !== 0 ? RANKING.placeNotLocatedShare : 0;
  // "From July 9 to 11": a span of days stated by its first and last.
  if (expectation === 'duration' && (lookups(facts).dates.get(sentenceId) ?? []).some(({ first, last, precision }) => precision === 'day' && first !== last)) return 1;
  if (expectation === 'time-of-day' && !CLOCK_TIME.test(text)) return PART_OF_DAY.test(text) ? RANKING.partOfDayShare : 0;
  // "What's in the bill": an item of a list a line leads ("Key provisions of the bill:") is some of it.
  if (expectation === 'contents' && listLeadIn(facts, sentenceId) !== undefined) return 1;
  if (isWorded(expectation)) return WORDED[expectation].states(text) ? 1 : 0;
  // "Which countries closed the route to lindvik": Lindvik answers no "which country", as a person
  // the question names answers no "who". (A "where" takes any place: where someone goes "after
  // Lindvik" is said beside it, and a region may be no place to the tagger.)
  const answering = (words: string): Span[] => (expectation === 'place' ? unaskedSpans(words, 'place', asked) : namedSpans(words, expectation, asked));
  const stated = (entitiesOf(facts, sentenceId) & ENTITY[expectation]) !== 0 && (NAMED_KINDS.has(expectation) || expectation === 'place' ? answering(text).length > 0 : true);
  if (expectation === 'date') return Math.max(statedDateShare(facts, sentenceId, relativeShare), stated ? RANKING.yearOnlyShare : 0, EVENT_DAY.test(text) ? RANKING.eventDayShare : 0);
  if (expectation === 'person') {
    // The people the question names do not answer it: "who replaced lindqvist" asks for someone else.
    // A name the build found counts only when none of them is in the sentence: it may be theirs.
    const { mentions, peopleNamed } = lookups(facts);
    const namedHere = asked.people.filter((id) => mentions.get(id)?.has(sentenceId)).length;
    if (peopleNamed[sentenceId]! > namedHere) return 1;
    if (namedHere > 0) return 0;
    if (stated) return 1;
    // A lone name ("his wife, Isis,") escapes the build's two-word rule: it may answer in part;
    // so does one holder of a role named by the role ("the prime minister of neighbouring Pellonia").
    // (Not the role the question names: "who is the prime minister of pellonia" is not answered by restating it.)
    const role = MAY_HAVE_TITLE.test(text) ? ROLE_HOLDER.exec(text)?.[1] : undefined;
    const otherRole = role !== undefined && !terms(role).every((term) => asked.terms.has(term));
    return Math.max(namesAnotherThing(text, asked.terms) ? RANKING.loneNameShare : 0, otherRole || (asked.saidBy && describedSpeaker(text)) ? RANKING.roleHolderShare : 0);
  }
  // Not a date's day, a time or an ordinal; "tens of thousands" only in part.
  if (expectation === 'count') return Math.max(stated ? countShare(text, asked.counted) : 0, occasionSpans(text, asked).length > 0 ? 1 : 0);
  // "These ports have agreed to close it": the sentence before names them (shown first, antecedents.ts).
  const referent = stated || (expectation !== 'place' && expectation !== 'organisation') ? null : pluralReferent(facts, sentenceId);
  if (referent !== null) return answering(facts.sentence(referent).text).length > 0 ? 1 : 0;
  return stated ? 1 : 0;
}

// "The prime minister of Pellonia", "the bank's governor for Zorvia": someone named by their role alone
// (the long alternation is tried only where MAY_HAVE_TITLE's cheap test finds a title's last word).
const ROLE_HOLDER = new RegExp(String.raw`\b[Tt]he\s+(?:[\p{L}-]+\s+){0,2}?(${TITLE_PATTERN})\s+(?:of|for)\s`, 'u');

const spaced = (text: string): string => text.replace(/\s+/gu, ' ').trim().toLowerCase();
/** Whether the sentence is its article's headline. */
export const isHeadline = (facts: LoadedFactBase, sentenceId: number): boolean => {
  const { articleId, text } = facts.sentence(sentenceId);
  const title = facts.article(articleId).title;
  return title !== null && title !== undefined && spaced(title) === spaced(text);
};

// A day of the week the sentence sets something on: "on Monday", "next Friday", "Tuesday's vote".
const WEEKDAY_STATED = new RegExp(String.raw`\b(?:on|this|next|last|by|until|since|from) (?:${WEEKDAY_ALTERNATION})\b|\b(?:${WEEKDAY_ALTERNATION})['’]s\b`, 'iu');

/**
 * Whether the sentence gives a day: a date to the day, or the day of an event ("on the final day
 * of the summit"); for "what day" (`weekday`), also a day of the week, dated or not ("is
 * travelling to Lindvik on Monday").
 */
export const statesDay = (facts: LoadedFactBase, sentenceId: number, weekday = false): boolean => {
  const { text } = facts.sentence(sentenceId);
  return statesDayDate(facts, sentenceId) || EVENT_DAY.test(text) || (weekday && WEEKDAY_STATED.test(text));
};

/** Whether the sentence states something of this kind (a person: also one the coverage knows by name). */
const namesKind = (facts: LoadedFactBase, sentenceId: number, kind: EntityKind): boolean =>
  (entitiesOf(facts, sentenceId) & ENTITY[kind]) !== 0 || (kind === 'person' && mentionsKnownPerson(facts, sentenceId));

/** Whether the sentence names a thing of the kind expected, when that is a person, a place or an organisation ("what's the name of …"). */
export const statesNamed = (facts: LoadedFactBase, sentenceId: number, expected: Expectation | undefined): boolean =>
  (expected !== 'person' && expected !== 'place' && expected !== 'organisation') || namesKind(facts, sentenceId, expected);

// A page's credit line ("Source: Valley Weekly, citing …"): who told, not what happened.
const CREDIT_LINE = /^(?:source|via|credit|photo|image)s?:/iu;
/** Whether the text is a page's credit line ("Source: Valley Weekly, citing …"). */
export const isCreditLine = (text: string): boolean => CREDIT_LINE.test(text);
// "How long has x …" asks a span; "how long after the vote" the gap between two dates.
const SPAN_ASKED = /\bhow long\b(?! (?:after|before|ago|between|from)\b)/u;
// Words that make a date a span's start or end ("since 2019", "took office in May").
const SPAN_BOUND = /\b(?:since|from|until|till|starting|start(?:s|ed)?|beg[ia]n|begins|end(?:s|ed)?|expires?|expired|took office|sworn in|appointed|elected|founded|established|launched|opened|closed)\b/iu;

const boundsSpan = (text: string, verbs: ReadonlySet<string>): boolean => SPAN_BOUND.test(text) || terms(text).some((term) => verbs.has(term));

/** 0–1: the first expectation fully, a later one in part. */
function answerTypeShare(expects: readonly Expectation[], facts: LoadedFactBase, sentenceId: number, asked: Asked, relativeShare: number, locative: boolean): number {
  if (expects.length === 0) return 1;
  let best = 0;
  expects.forEach((expectation, index) => {
    // "Who replaced lindqvist" asks for a person: an organisation answers a "who" only when it names no one.
    if (index > 0 && expectation === 'organisation' && asked.people.length > 0) return;
    // "How far did the ship go": a figure in another unit ("30,000 tonnes") is no count of the distance either.
    if (index > 0 && expectation === 'count' && isMeasure(expects[0]!) && measuresOtherKind(facts.sentence(sentenceId).text, expects[0])) return;
    // "How long has berg led the board": a date answers only as the span's start or end ("since 2019", "took office in May")
    // or of a happening the question names ("…, when was it declared"), not the day something else was said.
    const bounds = index === 0 || expectation !== 'date' || !asked.spanAsked || boundsSpan(facts.sentence(sentenceId).text, asked.verbs);
    const full = index === 0 || (asked.sourceAsked && expectation === 'organisation');
    const share = bounds ? statesExpectation(expectation, facts, sentenceId, asked, relativeShare, locative) * (full ? 1 : RANKING.secondaryAnswerShare) : 0;
    best = Math.max(best, share);
  });
  // "Who made the boats": a country that does it answers as an organisation would ("made and supplied by Zorvia").
  if (best === 0 && expects[0] === 'person' && !asked.saidBy) best = actingPlaceShare(facts, sentenceId, asked) * RANKING.secondaryAnswerShare;
  // "Who was she talking to": "spoke to students" says whom, though it names no one.
  if (best === 0 && expects[0] === 'person' && asked.addressed && namesAddressedGroup(facts.sentence(sentenceId).text, asked.terms)) best = RANKING.secondaryAnswerShare;
  // "Which members voted no": one named beside no vote on that side is no one who cast it.
  if (asked.voteSide !== null && !statesVoteSide(asked.voteSide, facts.sentence(sentenceId).text)) return 0;
  // "Who said …": a sentence reporting no one's words names no one as the speaker, whoever it names.
  return asked.saidBy && !reportsSpeech(facts.sentence(sentenceId).text) ? best * RANKING.unreportedSpeechShare : best;
}

// "anyone besides holm …", "who else voted no": someone other than the one the asker knows.
const ASKS_WHO_ELSE = /\b(?:who|whom|anyone|anybody|someone|somebody) else\b/u;

/** Whether a what-else question's sentence carries a word of the thing the asker already knows (told before or after asking): it tells of that thing. */
function carriesKnownThing(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase): boolean {
  const known = concepts.filter((concept) => concept.known === true);
  if (known.length === 0) return false;
  const sentence = sentenceTerms(facts, sentenceId).set;
  return known.some((concept) => [...concept.alternatives].some((term) => sentence.has(term)));
}

/** Whether a who-else question's sentence names the person or place the asker already knows (told before asking): the answer is someone else. */
function namesKnownOne(concepts: readonly Concept[], plain: string, sentenceId: number, facts: LoadedFactBase): boolean {
  if (!ASKS_WHO_ELSE.test(plain)) return false;
  const told = concepts.filter((concept) => concept.optional === true);
  const { mentions, surnames } = lookups(facts);
  // Told before the question, the known one is read as a word: a surname of the coverage's people names them.
  const known = told.map((concept) => concept.person ?? surnames.get(concept.term)?.id);
  if (known.some((person) => person !== undefined && (mentions.get(person)?.has(sentenceId) ?? false))) return true;
  // "anyone besides pellonia selling boats": a country, a town or a body, known by its name written as one.
  const others = told.filter((_, i) => known[i] === undefined).map((concept) => concept.term);
  return others.length > 0 && [...facts.sentence(sentenceId).text.matchAll(NAME_WORD)].some(([word]) => terms(word).some((term) => others.includes(term)));
}
const NAME_WORD = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*/gu;

// A place doing what a sentence tells: the agent of a passive ("supplied by Zorvia"), or the
// subject opening it ("Pellonia sent …", after a phrase of time or place: "On Monday, Pellonia
// granted …"); or, for "These nations decided …", the places the sentence before names.
const AGENT_BEFORE = /\bby\s+(?:the\s+)?$/u;
const OPENING = /^\s*(?:[^,]{1,40},\s+)?(?:the\s+)?$/iu;
function actingPlaceShare(facts: LoadedFactBase, sentenceId: number, asked: Asked): number {
  const text = facts.sentence(sentenceId).text;
  if (unaskedSpans(text, 'place', asked).some(([start]) => AGENT_BEFORE.test(text.slice(0, start)) || OPENING.test(text.slice(0, start)))) return 1;
  const referent = pluralReferent(facts, sentenceId);
  return referent !== null && unaskedSpans(facts.sentence(referent).text, 'place', asked).length > 0 ? 1 : 0;
}

const closeness = (distance: number): number => Math.exp(-distance / RANKING.nearChars);

/** Where the sentence states the expected answer, each place with how fully it answers (a bare year in part). */
function answerSpans(expectation: Expectation, facts: LoadedFactBase, sentenceId: number, asked: Asked, relativeShare: number): { span: Span; share: number }[] {
  const text = facts.sentence(sentenceId).text;
  if (isWorded(expectation)) return WORDED[expectation].spans(text).map((span) => ({ span, share: 1 }));
  if (expectation === 'date') {
    const dates = statedDates(facts, sentenceId, relativeShare).flatMap(({ text: words, share }) => {
      const at = text.indexOf(words);
      return at < 0 ? [] : [{ span: [at, at + words.length] as const, share }];
    });
    if (dates.length > 0) return dates;
  }
  const share = expectation === 'date' ? RANKING.yearOnlyShare : 1;
  const ordinals = expectation === 'count' ? occasionSpans(text, asked) : [];
  return [...namedSpans(text, expectation, asked), ...ordinals].map((span) => ({ span, share }));
}

/** 0–1: how near the expected answer stands to the question's words in the sentence. */
function answerNearFocus(expectation: Expectation | undefined, facts: LoadedFactBase, sentenceId: number, positions: readonly [number, number][], asked: Asked, relativeShare: number): number {
  if (expectation === undefined || positions.length === 0) return 0;
  const spans = answerSpans(expectation, facts, sentenceId, asked, relativeShare);
  if (spans.length === 0) return 0;
  const distance = (offset: number, [start, end]: Span) => (offset >= start && offset < end ? 0 : Math.min(Math.abs(offset - start), Math.abs(offset - end)));
  // Each concept counts once, at its occurrence nearest an answer; the best answer place wins.
  let best = 0;
  for (const { span, share } of spans) {
    const nearest = new Map<number, number>();
    for (const [concept, offset] of positions) nearest.set(concept, Math.min(nearest.get(concept) ?? Infinity, distance(offset, span)));
    const near = [...nearest.values()].reduce((sum, d) => sum + closeness(d), 0) / nearest.size;
    best = Math.max(best, share * near);
  }
  return best;
}

const WORD_END = /^[\p{L}\p{N}'’-]*/u;

/**
 * 0–1: how surely the sentence's dates date the event a "when" question names: in full beside its
 * verb ("the May 2021 invasion", "invaded on 3 June"), less the farther they stand ("I met her in
 * May 2021 at the harbour, weeks before Zorvia invaded" dates the meeting), in part when the
 * sentence never names it ("when was Gehry born": "a 1989 lamp by Frank Gehry" dates the lamp).
 */
function eventDatedShare(event: Concept, index: number, positions: readonly [number, number][], facts: LoadedFactBase, sentenceId: number, asked: Asked, relativeShare: number): number {
  if (!names(event, sentenceId, facts)) return RANKING.eventMissingShare;
  const text = facts.sentence(sentenceId).text;
  const words = positions.flatMap(([concept, start]) => (concept === index ? [[start, start + WORD_END.exec(text.slice(start))![0].length] as const] : []));
  const dates = answerSpans('date', facts, sentenceId, asked, relativeShare);
  if (words.length === 0 || dates.length === 0) return 1;
  const gap = Math.min(...words.flatMap(([start, end]) => dates.map(({ span: [from, to] }) => Math.max(0, from - end, start - to))));
  return RANKING.eventMissingShare + (1 - RANKING.eventMissingShare) * closeness(Math.max(0, gap - RANKING.eventDateChars));
}

/** 0–1: how tightly the question's distinct words cluster (the smallest window holding one of each). */
function focusProximity(positions: readonly [number, number][]): number {
  const distinct = new Set(positions.map(([concept]) => concept)).size;
  if (distinct < 2) return 0;
  let window = Infinity;
  for (let i = 0; i < positions.length; i++) {
    const seen = new Set<number>();
    for (let j = i; j < positions.length; j++) {
      seen.add(positions[j]![0]);
      if (seen.size === distinct) {
        window = Math.min(window, positions[j]![1] - positions[i]![1]);
        break;
      }
    }
  }
  return closeness(window / (distinct - 1));
}

function withNeighbours(
  hits: readonly { sentenceId: number; score: number }[],
  facts: LoadedFactBase,
  filter: ((sentenceId: number) => boolean) | undefined,
): { sentenceId: number; score: number }[] {
  const all = [...hits];
  const present = new Set(hits.map((hit) => hit.sentenceId));
  for (const hit of hits.slice(0, RANKING.neighbourSources)) {
    const source = facts.sentence(hit.sentenceId);
    for (let id = hit.sentenceId + 1; id <= hit.sentenceId + RANKING.neighboursPerSource && id < facts.data.sentences.length; id++) {
      const next = facts.sentence(id);
      const continues = id === hit.sentenceId + 1 && OPENS_WITH_PRONOUN.test(next.text);
      if (next.articleId !== source.articleId || (next.paragraph !== source.paragraph && !continues)) break;
      if (present.has(id) || (filter && !filter(id))) continue;
      present.add(id);
      all.push({ sentenceId: id, score: 0 });
    }
    // Further on, a sentence that calls what the hit named by a definite phrase ("the systems"), or the items of a list it leads.
    for (const id of [...referringSentences(facts, hit.sentenceId, RANKING.referrersPerSource), ...listItems(facts, hit.sentenceId)]) {
      if (present.has(id) || (filter && !filter(id))) continue;
      present.add(id);
      all.push({ sentenceId: id, score: 0 });
    }
  }
  return all;
}

/**
 * "What did Halvorsen say about the ferries": the topic searched among the speaker's own sentences
 * only. In a large coverage the topic's other mentions crowd them out, and the sentences of a
 * transcript paragraph under the speaker's label do not repeat the name.
 */
function spokenCandidates(concepts: readonly Concept[], expected: Expectation | undefined, facts: LoadedFactBase, filter: ((sentenceId: number) => boolean) | undefined): number[] {
  // "What did Berg promise": her quoted words that make one ("we will keep the ferry"), which
  // need not repeat a word of the question.
  const worded = expected !== undefined && isWorded(expected) ? WORDED[expected] : undefined;
  const quoted = worded === undefined ? [] : concepts.flatMap((concept) => [...(concept.quoted ?? [])]);
  const stating = quoted.filter((id) => (!filter || filter(id)) && worded!.states(facts.sentence(id).text)).slice(0, RANKING.weightiestCandidates);
  const speaker = concepts.find((concept) => concept.speaker === true)?.test;
  const topic = concepts.filter((concept) => !concept.testOnly).map((concept) => concept.term);
  if (speaker === undefined || speaker === null || topic.length === 0) return stating;
  const spokenBy = (id: number) => (!filter || filter(id)) && speaker(id) > 0;
  return [...facts.index.search(topic.join(' '), { limit: RANKING.weightiestCandidates, filter: spokenBy }).map((hit) => hit.sentenceId), ...stating];
}

/**
 * The index again, over only the sentences that state the kind of answer expected (a calendar
 * date for "when", a figure for "how many"…): in a large coverage the sentences that repeat the
 * question's words most ("proud to sign the law last year") crowd out the one that dates it.
 * Dates whose year is the report's are searched apart from those that write it: the many "in
 * May" of a large coverage would crowd out "the May 2021 invasion", and the other way round.
 */
function typedCandidates(expected: Expectation | undefined, query: string, facts: LoadedFactBase, relativeShare: number, filter: ((sentenceId: number) => boolean) | undefined): number[] {
  if (expected === undefined || expected === 'duration') return [];
  const search = (states: (sentenceId: number) => boolean) =>
    facts.index.search(query, { limit: RANKING.typedCandidates, filter: (id) => states(id) && (!filter || filter(id)) }).map((hit) => hit.sentenceId);
  // No stored bit marks an age, a time of day or a measurement: the sentences the search visits are read instead.
  if (isWorded(expected)) return search(wordedTest(WORDED[expected], facts));
  const tiers = stating(expected, facts, relativeShare);
  const fully = search((id) => tiers[id] === FULLY);
  return expected === 'date' ? [...fully, ...search((id) => tiers[id] === IN_PART)] : fully;
}

// How a sentence states the expected kind of answer: fully, or (a date) with its year left to the report's.
const FULLY = 2;
const IN_PART = 1;

const statingMemo = new WeakMap<LoadedFactBase, Map<string, Uint8Array>>();
/** Per sentence, FULLY or IN_PART when it states the expected kind of answer, else 0: read once per fact base, as the search's filter visits thousands. */
function stating(expected: Exclude<Expectation, WordedExpectation>, facts: LoadedFactBase, relativeShare: number): Uint8Array {
  const key = `${expected} ${relativeShare >= 1}`;
  const memo = statingMemo.get(facts) ?? new Map<string, Uint8Array>();
  statingMemo.set(facts, memo);
  let states = memo.get(key);
  if (states === undefined) {
    states = new Uint8Array(facts.data.sentences.length);
    if (expected === 'date') {
      // Only a sentence with a dated event can state a calendar date.
      for (const id of lookups(facts).dates.keys()) {
        const share = statedDateShare(facts, id, relativeShare);
        states[id] = share >= 1 ? FULLY : share >= RANKING.yearlessDateShare ? IN_PART : 0;
      }
    } else {
      for (let id = 0; id < states.length; id++) {
        if (namesKind(facts, id, expected)) states[id] = FULLY;
      }
    }
    memo.set(key, states);
  }
  return states;
}

// "When will …", "when is the next …": a date relative to the report may be the answer.
const ASKS_ABOUT_FUTURE = /\b(?:will|shall|going to|gonna|next|upcoming|coming)\b/u;

// A sentence that is itself a question ("Q President Vos, what did you convey on your call with
// President Berg?") asks; it states nothing that answers one.
const ASKS = /\?["”’')\]]*\s*$/u;

/**
 * Index hits (and the sentences that follow the best of them in their paragraph, or open the next with "He …") re-ranked by
 * coverage and the answer features; one sentence per near-duplicate group, best first.
 */
export function rankSentences(
  analysis: Pick<QueryAnalysis, 'question' | 'concepts'>,
  facts: LoadedFactBase,
  filter?: (sentenceId: number) => boolean,
): RankedSentence[] {
  const { question, concepts } = analysis;
  const limit = { limit: RANKING.candidates, ...(filter ? { filter } : {}) };
  // Candidates come from the question with its aliases and synonyms; the score that orders them
  // from the words as asked, so an alias repeated in a sentence cannot outweigh the word itself.
  const relativeShare = ASKS_ABOUT_FUTURE.test(question.plain) ? 1 : RANKING.relativeDateShare;
  const searched = withNeighbours(facts.index.search(expandedQuery(question.plain, concepts), limit), facts, filter);
  // Sentences that gave someone the role a who-question names join the candidates and lead.
  const holders = new Set(roleSentences(question, facts, RANKING.roleHolders, filter));
  // Whoever leads an organisation, or holds the role now ("who is", not "who was"): the latest
  // holder first (roleSentences' order), each after by less.
  const graded = holderWords(question) !== null || !ASKS_PAST.test(question.plain);
  const heldBonus = new Map([...holders].map((id, i) => [id, RANKING.heldRole * (graded ? 1 - i / holders.size : 1)]));
  const headed = titleCandidates(concepts, facts).filter((id) => !filter || filter(id));
  // The question's weightiest things searched alone: "how many died in the varnholm fires" is answered
  // by "Varnholm fires have killed at least 40 people", which the common words' many matches crowd out.
  const weightiest = [...concepts].filter((concept) => !concept.testOnly).sort((a, b) => b.weight - a.weight).slice(0, RANKING.weightiestConcepts);
  const focused = concepts.length > RANKING.weightiestConcepts ? facts.index.search(weightiest.map((concept) => concept.term).join(' '), { ...limit, limit: RANKING.weightiestCandidates }).map((hit) => hit.sentenceId) : [];
  const typed = typedCandidates(question.expects[0], withEventNouns(question.plain, concepts), facts, relativeShare, filter);
  const spoken = spokenCandidates(concepts, question.expects[0], facts, filter);
  const ids = new Set([...searched.map((hit) => hit.sentenceId), ...holders, ...headed, ...focused, ...typed, ...spoken]);
  const holder = holderQuestion(question, holders.size > 0);
  // Not a country only what the user told before asking names ("norway sent ferries, anyone else …"): the answer is about another.
  const told = new Set(terms(question.told ?? ''));
  const countries = countryConcepts(concepts).filter(({ concept }) => !(concept.optional === true && told.has(concept.term)));
  const places = askedPlaces(question, concepts);
  // A yes or no may be answered by the sentence on another of the series ("is she there on day one": "on the final day").
  const ordinals = question.kind === 'yes-no' ? [] : askedOrdinals(question.plain);
  // "Which members voted no" (a claim checked, "did she vote no", is answered by the other side: vote-side.ts).
  const voteSide = question.kind === 'who' || question.kind === 'what' ? askedVoteSide(question.plain) : null;
  const definition = asksWhatItIs(question.plain, concepts);
  const locative = ASKS_WHERE.test(question.plain);
  const rankAll = (ids: ReadonlySet<number>) => {
    const asAsked = new Map(facts.index.search(question.plain, { limit: ids.size, filter: (id) => ids.has(id) }).map((hit) => [hit.sentenceId, hit.score]));
    const top = Math.max(1e-9, ...asAsked.values());
    return [...ids]
      .map((sentenceId) => {
        const ranked = scored({ sentenceId, score: asAsked.get(sentenceId) ?? 0 }, concepts, question, facts, top, relativeShare, holder, countries, places, ordinals, voteSide, definition, locative);
        return { ...ranked, rank: ranked.rank + (heldBonus.get(sentenceId) ?? 0) };
      })
      .sort((a, b) => b.rank - a.rank || b.score - a.score || a.sentenceId - b.sentenceId);
  };
  let ranked = rankAll(ids);
  // The best candidates' articles searched again for the sentence with the detail asked (article-candidates.ts).
  const inArticles = articleCandidates(ranked.map((hit) => hit.sentenceId), concepts, facts).filter((id) => !ids.has(id) && (!filter || filter(id)));
  if (inArticles.length > 0) ranked = rankAll(new Set([...ids, ...inArticles]));
  const seen = new Set<number>();
  return ranked.filter((hit) => {
    const group = facts.sentence(hit.sentenceId).group;
    if (seen.has(group)) return false;
    seen.add(group);
    return true;
  });
}

const HOW_MANY_TIMES = /\bhow many (?:more )?times\b/u;
// "How many trips", and "which number trip is this": its place in order asks the same of the trips.
const HOW_MANY = /\bhow many (?:more )?(\p{L}+)|\b(?:which|what) number (\p{L}+)/u;

/** What counts the asked occasions by order: any ordinal for "how many times", an ordinal of the counted thing for "how many trips" or "which number trip". */
function timesAsked(concepts: readonly Concept[], plain: string): Asked['times'] {
  if (HOW_MANY_TIMES.test(plain)) return 'any';
  const match = HOW_MANY.exec(plain);
  const counted = terms(match?.[1] ?? match?.[2] ?? '')[0];
  const concept = counted === undefined ? undefined : concepts.find((each) => each.term === counted);
  return concept === undefined ? null : new Set([concept.term, ...concept.alternatives]);
}

const occasionSpans = (text: string, asked: Asked): Span[] => (asked.times === null ? [] : ordinalOccasionSpans(text, asked.times === 'any' ? undefined : asked.times));
// A currency as a question names it, and as a sum is written in it: a sign before the figure or
// the currency's name after it ("€12 million", "12 million euros").
const CURRENCIES: readonly (readonly [RegExp, RegExp])[] = [
  // A sign before a figure names the currency ("€1.4 billion"); chat's "$$" alone means money.
  [/€(?=\d)|\b(?:euros?|eur)\b/u, /€|\beur(?:o|os)?\b/iu],
  [/\$(?=\d)|\b(?:dollars?|usd|bucks)\b/u, /\$|\b(?:dollars?|usd)\b/iu],
  [/£(?=\d)|\b(?:pounds?|sterling|gbp)\b/u, /£|\b(?:pounds?|sterling|gbp)\b/iu],
  [/\byen\b/u, /¥|\byen\b/iu],
];
// How far after a sum its currency's name may follow ("€12 million", "12 million in euros").
const CURRENCY_AFTER = 16;
const inCurrency = (text: string, start: number, end: number, currency: RegExp): boolean => currency.test(text.slice(Math.max(0, start - 1), end + CURRENCY_AFTER));
function currencyAsked(plain: string): RegExp | null {
  const named = CURRENCIES.filter(([asked]) => asked.test(plain));
  return named.length === 1 ? named[0]![1] : null;
}

const askedMemo = new WeakMap<readonly Concept[], Asked>();
/** Every term that stands for one of the question's concepts, and the known people they name. */
function askedOf(concepts: readonly Concept[], plain: string, facts: LoadedFactBase): Asked {
  let asked = askedMemo.get(concepts);
  if (asked === undefined) {
    asked = {
      figures: givenFiguresIn(plain),
      currency: currencyAsked(plain),
      times: timesAsked(concepts, plain),
      counted: countedThing(plain, concepts),
      saidBy: WHO_SAID.test(plain),
      sourceAsked: SOURCE_ASKED.test(plain),
      spanAsked: SPAN_ASKED.test(plain),
      verbs: new Set(questionWords(plain).flatMap(({ word, action }) => (action && !AUXILIARIES.has(word) ? terms(word) : []))),
      settlement: SETTLEMENT_ASKED.test(plain),
      voteSide: WHO_ASKED.test(plain) ? askedVoteSide(plain) : null,
      addressed: asksWhomAddressed(plain),
      terms: new Set(concepts.flatMap((concept) => [...concept.alternatives, ...concept.phrases.flat()])),
      words: new Set(concepts.flatMap((concept) => [...concept.term.split(' '), ...concept.forms])),
      // With the one the asker already knows, told before asking by surname ("besides holm, who …").
      people: concepts.flatMap((concept) => {
        const person = concept.person ?? (concept.optional === true ? lookups(facts).surnames.get(concept.term)?.id : undefined);
        return person === undefined ? [] : [person];
      }),
    };
    askedMemo.set(concepts, asked);
  }
  return asked;
}

// Right after a word of the question: "X, a …", "X is an …", "X (ABC) was the …" — the sentence says what X is.
const DEFINITION_AFTER = /^[\p{L}\p{N}'’-]*\s*(?:\([^)]{1,40}\)\s*)?(?:,\s*|\s+(?:is|was|are|were)\s+)(?:a|an|the|one)\s/u;

// In brackets after the words it stands for: "the Harbour Safety Council (HSC)".
const SPELLED_OUT_BEFORE = /^[\p{L}\p{N}&.'’-]+\)/u;

// Only "X, a …": a description in passing, which often carries what a question's verb asks ("the Tern Bridge, opened in …").
const APPOSITION_AFTER = /^[\p{L}\p{N}'’-]*\s*(?:\([^)]{1,40}\)\s*)?,\s*(?:a|an|the|one)\s/u;

/**
 * 1 when the sentence defines or describes something the question names, right after naming it,
 * or spells it out; with `whatItIs` false (the question asks what a thing does), "X is a …" does not count.
 */
function definesAskedThing(text: string, positions: readonly [number, number][], whatItIs: boolean): number {
  const describes = whatItIs ? DEFINITION_AFTER : APPOSITION_AFTER;
  const defines = (offset: number) => describes.test(text.slice(offset)) || (text[offset - 1] === '(' && SPELLED_OUT_BEFORE.test(text.slice(offset)));
  return positions.some(([, offset]) => defines(offset)) ? 1 : 0;
}

/**
 * Whether a sentence saying what a thing is ("X is a …") may answer the question: not when the
 * question asks what something does, by a verb it searches for ("what does the package *include*":
 * "the package is the first of its kind" says what it is, not what it includes).
 */
function asksWhatItIs(plain: string, concepts: readonly Concept[]): boolean {
  const searchedVerbs = questionWords(plain).filter(({ word, action }) => action && !AUXILIARIES.has(word)).flatMap(({ word }) => terms(word));
  return !searchedVerbs.some((term) => concepts.some((concept) => !concept.testOnly && concept.term === term));
}

const NAMES_WEEKDAY = new RegExp(String.raw`\b(?:${WEEKDAY_ALTERNATION})\b`, 'iu');

// What a total is a sum of.
const SUMMED_EXPECTED: ReadonlySet<string> = new Set<Expectation>(['money', 'count']);

function scored(
  hit: { sentenceId: number; score: number },
  concepts: readonly Concept[],
  { kind, expects, plain, frame, alsoExpects, asksSpeaker }: Pick<QueryAnalysis['question'], 'kind' | 'expects' | 'plain' | 'frame' | 'alsoExpects' | 'asksSpeaker'>,
  facts: LoadedFactBase,
  top: number,
  relativeShare: number,
  holder: HolderQuestion | null,
  countries: ReturnType<typeof countryConcepts>,
  places: readonly AskedPlace[],
  ordinals: readonly AskedOrdinal[],
  voteSide: VoteSide | null,
  definition: boolean,
  locative: boolean,
): RankedSentence {
  const text = facts.sentence(hit.sentenceId).text;
  const { ranking, evidence } = rankingCoverage(concepts, hit.sentenceId, facts);
  const factor =
    (aboutOtherCountry(countries, hit.sentenceId, facts) || aboutOtherPlace(places, hit.sentenceId, facts) || aboutOtherOrdinal(ordinals, text) || aboutOtherVoteSide(voteSide, text) ? RANKING.otherCountryFactor : 1) *
    (ASKS.test(text) || reporterAsks(facts, hit.sentenceId) ? RANKING.questionSentenceFactor : 1) *
    // "who said we are speeding up": a short quotation is the answer when its speaker is known.
    ((saysLittle(text) && !(asksSpeaker && speakerOf(facts, hit.sentenceId) !== null)) || onlyLeadsList(text) ? RANKING.fewWordsFactor : 1) *
    (CREDIT_LINE.test(text) && !asksForSource({ frame }) ? RANKING.creditLineFactor : 1) *
    // "How much has tarnby sent in total": a figure summed up ("since 2021 …", "so far") answers, one gift only in part.
    (SUMMED_EXPECTED.has(expects[0] ?? '') && TOTAL_ASKED.test(plain) && !RUNNING_TOTAL.test(text) ? RANKING.oneFigureFactor : 1) *
    // "Was the vote on a monday", "did they meet in april": the sentence dating it settles the claim, one that dates nothing does not.
    (kind === 'yes-no' && expects.length === 0 && (concepts.some((concept) => concept.period !== undefined) || NAMES_WEEKDAY.test(plain)) && (lookups(facts).dates.get(hit.sentenceId) ?? []).length === 0 ? RANKING.undatedClaimFactor : 1) *
    (namesKnownOne(concepts, plain, hit.sentenceId, facts) || retellsToldDeed(plain, hit.sentenceId, facts) ? RANKING.knownOneFactor : 1) *
    (carriesKnownThing(concepts, hit.sentenceId, facts) ? RANKING.knownThingFactor : 1);
  const positions = conceptPositions(concepts, text);
  const onlyDates = expects[0] === 'reason' && namesOnlyAsTimeReference(text, positions.map(([, offset]) => offset));
  const covered = evidence * factor * (onlyDates ? RANKING.timeReferenceFactor : 1);
  const event = concepts.findIndex((concept) => concept.event);
  const asked = askedOf(concepts, plain, facts);
  const eventShare = event < 0 ? 1 : eventDatedShare(concepts[event]!, event, positions, facts, hit.sentenceId, asked, relativeShare);
  // "Who hosts the dinner and what day": a sentence giving the day as well answers both.
  const alsoShare = alsoExpects === undefined ? 1 : 1 - RANKING.alsoAskedShare + RANKING.alsoAskedShare * statesExpectation(alsoExpects, facts, hit.sentenceId, asked, relativeShare);
  const answerType = answerTypeShare(expects, facts, hit.sentenceId, asked, relativeShare, locative) * eventShare * alsoShare;
  // "What weapons …" asks for the weapons named: a sentence naming the thing asked about is that kind of answer.
  const focus = concepts.find((concept) => concept.focus);
  // "Which paper reported the deal": every line is cited to its publisher, and one naming an outlet says so itself.
  const namesFocus = (focus !== undefined && names(focus, hit.sentenceId, facts)) || (asksForSource({ frame }) && namesOutlet(text, facts)) ? 1 : 0;
  const rank =
    ranking * factor +
    (expects.length > 0 ? RANKING.answerType * answerType + RANKING.answerNearFocus * answerNearFocus(expects[0], facts, hit.sentenceId, positions, asked, relativeShare) : 0) +
    (expects.length === 0 ? RANKING.answerType * namesFocus + RANKING.definition * definesAskedThing(text, positions, definition) : 0) +
    RANKING.focusProximity * focusProximity(positions) +
    (ASKS_PLAN.test(plain) && PLAN_STATED.test(text) ? RANKING.plannedAnswer : 0) +
    RANKING.indexScore * (hit.score / top) -
    (isHeadline(facts, hit.sentenceId) ? RANKING.headlinePenalty : 0) -
    (holder === null ? 0 : otherHolderPenalty(text, positions, holder));
  return { ...hit, coverage: covered, answerType, rank };
}

/**
 * The ranked sentences that are evidence for an answer: enough coverage, and — when the question
 * expects a kind of answer — stating it, unless the sentence covers nearly all of the question.
 */
export function evidence(ranked: readonly RankedSentence[], expected?: Expectation, anotherPerson = false, givesFigure = false): RankedSentence[] {
  // A "when", "what time", "how long", "how many", "how much", "how old" or "how far" question is never answered by a
  // sentence stating no date, span, time, figure, age or measurement, however well it matches ("most of the boats were built by Zorvia");
  // nor a "should" question by one where no one says what should be done, nor a "where … from" by one that names no source.
  // A "why" is often answered without a word of reason ("the meeting is the last before …"), a "what's in" without a word of
  // inclusion ("the package brings three boats"), a "what was the topic" without a word of one: a reason, a list of
  // contents or a topic ranks first, nothing more.
  // Nor a "who replaced lindqvist" by a sentence naming no one but Lindqvist (asksAnotherPerson), nor
  // a "how much of the $40 million …" by one stating only that sum: it covers the question by repeating it.
  const typeless = (expected === 'person' && anotherPerson) || (expected === 'percent' && givesFigure) || expected === 'date' || expected === 'duration' || expected === 'time-of-day' || expected === 'count' || expected === 'money' || expected === 'age' || expected === 'person-age' || expected === 'obligation' || expected === 'frequency' || expected === 'origin' || (expected !== undefined && isMeasure(expected)) ? Infinity : expected === 'reason' || expected === 'contents' || expected === 'topic' || expected === 'next' || expected === 'condition' || expected === 'reaction' || expected === 'opposition' || expected === 'consequence' || expected === 'commitment' || expected === 'demand' ? 0 : RANKING.typelessCoverage;
  return ranked.filter((hit) => hit.coverage >= RANKING.minCoverage && (hit.answerType > 0 || hit.coverage >= typeless));
}

/** Whether a sentence names an outlet: a publisher of the coverage, or one it reports by ("as reported by …", "Source: …"). */
function namesOutlet(text: string, facts: LoadedFactBase): boolean {
  if (REPORTED_BY.test(text)) return true;
  const lower = text.toLowerCase();
  return publishersOf(facts).some((publisher) => lower.includes(publisher));
}
const REPORTED_BY = /\b(?:reported|published) by (?:the )?\p{Lu}|\baccording to (?:the )?\p{Lu}|^Source:/u;
const publishersMemo = new WeakMap<LoadedFactBase, readonly string[]>();
const MIN_PUBLISHER_LETTERS = 4;
const publishersOf = (facts: LoadedFactBase): readonly string[] => {
  let found = publishersMemo.get(facts);
  if (found === undefined) {
    const names = facts.data.articles.map((article) => (article.publisher ?? '').toLowerCase().replace(/^the\s+/u, ''));
    publishersMemo.set(facts, (found = [...new Set(names)].filter((name) => name.length >= MIN_PUBLISHER_LETTERS)));
  }
  return found;
};
