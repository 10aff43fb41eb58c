// What a question asks for, read from its words alone: people type in lower case, without a
// question mark, with typos in the question word ("wen", "hw many", "whos"), so nothing here
// looks at capitals or punctuation. The answer it expects (a person for "who", a date for
// "when", an amount for "how much" …) is what ranking prefers a sentence to state and what
// abstention requires; the shape (a list request, a quote request, yes/no) is what routing reads.
import type { EntityKind } from '../factbase/entity-kinds.js';
import { isStopWord, terms } from '../factbase/terms.js';
import { editDistance } from './edit-distance.js';
import { FILLERS, spellOutShorthand, withoutAddressesAndLinks, withoutChatFillers } from '../lexicon/chat-shorthand.js';
import { mendSoundAlikes } from '../lexicon/sound-alikes.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { ASKED_SPEAKER_VERBS } from '../lexicon/speech-verbs.js';
import { markCountryUs } from './country-us.js';
import { withOrdinalOneNamed } from './ordinal-one.js';
import { TRAILING_GUESS, guessedFigure, guessedFigureKind, guessesDay, withoutClaimedFigure, withoutFound, withoutInlineGuesses } from './guessed-figures.js';
import { unitKind, type MeasureKind } from './stated-measures.js';
import { isVerbIngForm, questionWords, wordForms } from './parts-of-speech.js';
import { senseOffsets } from '../lexicon/wordnet.js';
import { ING_PREPOSITIONS } from '../lexicon/ing-prepositions.js';
import { isTitleWord } from '../lexicon/titles.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { COUNTRY_AND_PEOPLE_NAMES } from '../lexicon/countries.js';

/** What kind of thing answers the question: an entity kind of annotate.ts, a span of time, a time of day, an age (stated-ages.ts), a measurement (stated-measures.ts), a reason (stated-reasons.ts), what something was about (stated-topics.ts), what it hangs on (a condition), a reaction, opposition to something, what followed from it or a place something comes from. */
export type Expectation = EntityKind | 'duration' | 'time-of-day' | 'age' | 'person-age' | 'reason' | 'contents' | 'topic' | 'obligation' | 'condition' | 'reaction' | 'opposition' | 'consequence' | 'frequency' | 'origin' | 'next' | 'commitment' | 'demand' | MeasureKind;

export type QuestionKind =
  | 'who'
  | 'when'
  | 'where'
  | 'how-much'
  | 'how-many'
  | 'how-long'
  | 'how-old'
  | 'percent'
  | 'which-organisation'
  | 'yes-no'
  | 'why'
  | 'how'
  | 'what'
  | 'statement';

export interface Question {
  /** As typed (cleaned of control characters by the caller). */
  readonly text: string;
  /** Lower case, plain apostrophes, single spaces, no trailing punctuation, question-word typos mended. */
  readonly plain: string;
  readonly kind: QuestionKind;
  /** What answers it, best first; the first is worth full credit, the others part of it. Empty: any sentence on the subject. */
  readonly expects: readonly Expectation[];
  /** The noun that names the kind of answer wanted ("what *year*", "which *country*"), not a topic. */
  readonly frame: string | null;
  /** It asks who spoke the words it gives ("who said we will stay", "said by whom"): the answer names the speaker. */
  readonly asksSpeaker: boolean;
  /** The clause chat added to restate the question (", is it the weather or what"), kept out of `plain`; its words may only help. */
  readonly restated?: string;
  /** What the user told before asking ("the harbour board turns 60 so …", "saw the council met. …"), part of `restated`. */
  readonly told?: string;
  /** What the user supposed before the question word ("if the ferry isn't coming back, what …"), part of `restated`. */
  readonly supposed?: string;
  /** What a second question typed short after the first asks for too ("who hosts the dinner *and what day*"): a sentence giving both answers best. */
  readonly alsoExpects?: Expectation;
  /** The happenings whose order is asked ("which came first, *the vote* or *the visit*"), each answered by its own dated sentence. */
  readonly ordered?: readonly string[];
}

/** The words that open a question: who, what, when, where, which, why, how. */
export const WH_WORDS: readonly string[] = ['who', 'whom', 'whose', 'what', 'when', 'where', 'which', 'why', 'how'];
// Contractions typed without the apostrophe ("whos", "whats", "wheres").
const RUN_TOGETHER: ReadonlyMap<string, string> = new Map([
  ['whos', 'who is'],
  ['whats', 'what is'],
  ['wheres', 'where is'],
  ['whens', 'when is'],
  ['hows', 'how is'],
  ["who's", 'who is'],
  ["what's", 'what is'],
  ["where's", 'where is'],
  ["when's", 'when is'],
  ["how's", 'how is'],
  // …and "how" with the word it asks by ("howmuch was it").
  ['howmuch', 'how much'],
  ['howmany', 'how many'],
  ['howlong', 'how long'],
  ['howfar', 'how far'],
  ['howold', 'how old'],
]);
// Short words a typo of a question word must not be taken for ("hat", "then", "were", "her").
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'ho', 'hat', 'hot', 'that', 'then', 'than', 'were', 'here', 'there', 'her', 'his', 'now', 'how', 'who',
  'why', 'what', 'when', 'where', 'which', 'whom', 'whose', 'men', 'hen', 'hey', 'hi', 'whoa', 'wow', 'with',
  'want', 'wait', 'went', 'win', 'wine', 'white', 'while', 'whole', 'wire', 'wise', 'ask', 'tell', 'list',
  'show', 'give', 'did', 'does', 'do', 'is', 'are', 'was', 'has', 'have', 'had', 'can', 'will', 'would', 'should',
]);

/** "wen" → "when", "hw" → "how", "wich" → "which": the closest question word within one edit. */
function mendQuestionWord(word: string): string {
  if (COMMON_WORDS.has(word) || word.length < 2 || word.length > 6 || !/^[a-z]+$/u.test(word)) return word;
  const near = WH_WORDS.filter((candidate) => candidate[0] === word[0] && editDistance(word, candidate, 1) === 1);
  if (near.length === 1) return near[0]!;
  // Several within one edit ("whn": when, who, why): a dropped letter is the likeliest slip.
  const dropped = near.filter((candidate) => candidate.length === word.length + 1 && withLetterDropped(candidate, word));
  return dropped.length === 1 ? dropped[0]! : word;
}

// Fillers long enough that one slip leaves no other word ("actualy", "literaly"); a shorter one's slips are words.
const MIN_MENDED_FILLER = 6;
const LONG_FILLERS = [...FILLERS].filter((filler) => filler.length >= MIN_MENDED_FILLER);

/** "actualy" → "actually": a word no dictionary has, one edit from a long filler, is that filler (its stop kept). */
function mendFiller(word: string): string {
  const [, bare = word, stop = ''] = /^(.*?)([,;:!.?]*)$/u.exec(word) ?? [];
  if (bare.length < MIN_MENDED_FILLER - 1 || !/^[a-z]+$/u.test(bare) || isEnglishWord(bare)) return word;
  const near = LONG_FILLERS.filter((filler) => editDistance(bare, filler, 1) === 1);
  return near.length === 1 ? `${near[0]}${stop}` : word;
}

/** Whether `shorter` is `word` with one letter left out. */
function withLetterDropped(word: string, shorter: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.slice(0, i) + word.slice(i + 1) === shorter) return true;
  return false;
}

/** Whether a word (lower case) is a question word run together with "is" ("whos", "whats"). */
export const runsTogether = (word: string): boolean => RUN_TOGETHER.has(word);

/** Whether a word (lower case) would be read as a question word: run together ("whos") or mistyped ("wen"). */
export const mendsToQuestionWord = (word: string): boolean => RUN_TOGETHER.has(word) || mendQuestionWord(word) !== word;

/** Lower case, plain apostrophes, no trailing punctuation, chat shorthand spelled out, run-together and mistyped question words mended; without a restating clause. */
export const plainForm = (text: string): string => splitRestatement(fullPlainForm(text)).main;

/** The whole text in its plain form, chat's short forms spelled out ("2 bil": "2 billion"), its restating clause kept. */
export const spelledOutForm = (text: string): string => fullPlainForm(text);

// The last text read and its plain form: the analysis reads a question's whole plain form again
// (spelledOutForm) right after understanding it.
let lastPlain: { text: string; plain: string } | null = null;

// "…, list pls", "…, as a list", "…, list em": how to answer, after the question; it names nothing asked.
const AS_A_LIST = /,\s*(?:(?:in|as) )?(?:a )?list(?: (?:em|'em|them|it|all|out))?$/u;

function fullPlainForm(text: string): string {
  if (lastPlain?.text === text) return lastPlain.plain;
  const plain = readPlainForm(text);
  lastPlain = { text, plain };
  return plain;
}

function readPlainForm(text: string): string {
  const words = text
    // Upper-case "US" is the country, whatever the case of the rest; lower-case "us" by its place (markCountryUs).
    .replace(/\bUS\b/gu, 'U.S.')
    .toLowerCase()
    .replace(/[’‘`´]/gu, "'")
    .replace(/[\s?!.…]+$/u, '')
    .replace(/^[\s¿¡]+/u, '')
    // "~700 mil": chat's sign for a rough figure.
    .replace(/~\s*(?=[\p{L}\p{N}$€£])/gu, 'around ')
    // "70 percent", "70 per cent", "70 pct": a share written with its sign, as the coverage's figures are
    // indexed ("70%"); "percent" after a figure the question gives asks for no share.
    .replace(/(\d) ?(?:percent|per ?cent|pct)\b/gu, '$1%')
    .split(/\s+/u)
    .filter((word) => word !== '');
  // A contraction typed without its apostrophe is one wherever it stands ("olsen package whats
  // in it"); a mistyped question word only among the first two words ("so wen is …", "and hw many …").
  const mended = withoutBackInTime(withoutChatFillers(mendSoundAlikes(spellOutShorthand(withoutAddressesAndLinks(words))).map(mendFiller))).map((word, i) => RUN_TOGETHER.get(word) ?? (i < 2 ? mendQuestionWord(word) : word));
  // "please" (or "pls") asks politely and nothing else: "us aid total pls" ends on "total".
  return markCountryUs(mended.filter((word) => !/^please[,.!]*$/u.test(word)))
    .join(' ')
    .replace(POLITE_REQUEST, '')
    .replace(REPORTED_BY_COVERAGE, '')
    .replace(AS_A_LIST, '')
    .replace(/[\s,;:]+$/u, '')
    // "who is she working for these days": the present asked for, as the newest coverage answers; no days to find.
    .replace(/,? (?:these days|nowadays)$/u, '')
    .replace(HEADED, '$1going')
    .replace(SAID_WHAT, (_, speaker: string, verb: string, rest: string) => `what ${verb === 'said' ? 'did' : 'does'} ${speaker} say${rest}`)
    .replace(QUOTES_FROM, (_, speaker: string, rest: string | undefined) => `what did ${speaker} say${rest ?? ''}`)
    .replace(TOPIC_THEN_PRONOUN, namedForPronoun);
}

// "can you name everything in the bill", "could you list the towns …": a request put politely is the request.
const POLITE_REQUEST = /^(?:can|could|would|will) you (?=(?:name|list|show me|give me|tell me)\b)/u;

// "ada holm?? who is she working for", "the mayor - where is he from": someone named first, then
// asked about as "he" or "she"; the question is about them, as if it named them in the pronoun's place.
const TOPIC_THEN_PRONOUN = /^((?:the )?[\p{L}.'-]+(?: [\p{L}.'-]+){0,2})(?:[?!]+|[,:;]| -+| –) ((?:who|whom|whose|what|when|where|which|why|how)\b.+)$/u;
function namedForPronoun(whole: string, topic: string, question: string): string {
  if (topic.split(' ').some((word, i) => (i > 0 || word !== 'the') && isStopWord(word))) return whole;
  const named = question.replace(/\b(?:(he|she|him)|his)\b/u, (_, person: string | undefined) => (person === undefined ? `${topic}'s` : topic));
  return named === question ? whole : named;
}

// "any quotes from the mayor at the fair": asks what the mayor said there, as a quote of theirs answers.
const QUOTES_FROM = /^(?:(?:are there|is there|got|do you have|have you got|you got) )?(?:any |some |a few |a |the )?(?:good |notable |direct |actual |real )?quotes? (?:from|by) (.+?)((?: (?:about|on|regarding|at|during|in|after|before|over|when) .+)?)$/u;

// "where's the mayor headed", "where is she heading next", "where's he off to": where they are going.
// Not another verb's particle: "where did she fly off to", "where is he flying off to".
const HEADED = /^(where (?:is|are|was|were) (?:[\p{L}.'-]+ ){1,3})(?<!\p{L}ing )(?:headed|heading|off to)(?= (?:next|now|after|then)\b|$)/u;

// "the mayor said what at the fair": chat asks in place of the thing said; the same as "what did the mayor say at the fair".
const SAID_WHAT = /^((?!(?:who|what|when|where|why|how|which|did|does|do|is|was)\b)\p{L}[\p{L}'. -]{1,60}?) (said|says) what\b(?! (?:if|is|was|happened)\b)(.*)$/u;

// "the analyst they quoted", "the official the article cites": who the coverage reports, said of
// the report itself. No sentence says it was quoted, so the clause would only make the person
// look unknown to the coverage; the noun before it is what is asked.
const REPORTED_BY_COVERAGE =
  /(?<=\bthe (?:[\p{L}'-]+ ){0,2}[\p{L}'-]+) (?:that |who |whom )?(?:they|it|the (?:article|story|piece|report|post|paper|writer|author|reporter|journalist)) (?:quoted|quotes|quote|cited|cites|cite|mentioned|mentions|mention|interviewed|interviews|referenced|references|talked to|talks to|spoke to|spoke with)\b/gu;

// "back in nov 2023", "way back when": "back" only says the time is past; the period after it dates
// the question. Not the "back" of a verb ("came back in may", "pulled back on monday": WordNet's "come back").
const BACK_IN_TIME = /^(?:in|on|during|when|then|at|around)$/u;

function withoutBackInTime(words: readonly string[]): string[] {
  return words.filter((word, at) => {
    if (word !== 'back' || !BACK_IN_TIME.test(words[at + 1] ?? '')) return true;
    // Opening the question ("back in may how did the board decide"), no verb's.
    return at > 0 && wordForms(words[at - 1]!).some((form) => senseOffsets('verb', `${form}_back`).length > 0);
  });
}

// A second clause chat adds to restate the question in looser words: ", like is the council going
// to keep paying", ", whats the real point here", ", is it the weather or what". Read as part
// of the question, its words would weigh as much as the question's own and its unknown words
// decline it; they may still name what is asked, so they can only help (Concept.optional). A list
// (", russia and chile") or a topic (", like about russia") is none, nor is the user's own guess
// (", i thought chile was one"), nor an impression (", seemed endless"). So does one telling
// which thing is meant (", the one with the new ferries", ", the one asking for …", ", the 40th bday
// one"): its words may pick the sentence, never decline it. Nor one asking who tells it (", what
// does the harbour office say", typed short ", what harbour office say"), nor a who-question about
// the one just asked of (", who is she meeting next"; one naming someone new asks anew).
// So is what the asker takes as given: "will fares drop now that the ferries run again".
// A second question joined on with "and" or "+" ("when did the ferry land and was it raining",
// "…, and will the council vote on it", "who hosts the dinner and what day") is read the same way: the first is answered, the second's words may help.
const IMPRESSION = '(?:it |that |which )?(?:sounded|seemed|felt|looked|sounds|seems|feels|looks) ';
const IMPRESSION_AFTER = new RegExp(`, ${IMPRESSION}.*$`, 'u');
const RESTATING = new RegExp(String.raw`, (?:like (?!(?:about|on|regarding|in|with|for|from|to)\b)|i mean |i (?:thought|think|guess|heard|figured|assumed|believe|remember) |${IMPRESSION}|what is |what's |what (?=(?:does |did |do )?(?:the )?(?:[\p{L}.'-]+ ){1,4}(?:say|says|said|report|reports|reported|claim|claims)$)|who (?=(?:is|are|was|were|did|does|do|will|would) (?:he|she|they|it)\b)|how |why |is |are |does |do |did |(?:the|that) ones? (?:with|that|which|who|where|from|about|in|on|for|at|\p{L}+ing)\b|(?:the|that) (?:[\p{L}\d'-]+ ){1,3}ones?$)|,? (?:and|\+|&) (?:was|were|is|are|did|does|do|has|have|will|would|how|what|why|where|when|who|which) (?=\w+ \w+)|,? (?:and|\+|&) (?=(?:when|where|why|how|(?:what|which) (?!else$)\w+)$)|,? now that `, 'gu');
// An -ing word and up to three more closing the message after a comma (", buying new", ", sending more ships").
const OFFERED_DOING = /, (\p{L}+ing)(?: [\p{L}\p{N}'-]+){0,3}$/u;
const ASKS_DOING = /^how\b(?! (?:much|many|long|old|often|far|big|large)\b)|^what (?:is|are|was|were|will|would|did|does|do) (?:[\p{L}.'-]+ ){1,4}(?:do|doing)\b/u;
// The question before it must stand on its own: a question word, a verb, a topic.
const MIN_MAIN_WORDS = 4;
const MIN_ASKED_WORDS = 3;
// A topic before a trailing guess: a noun and what narrows it.
const MIN_TOPIC_WORDS = 2;

// A clause that asks or asks to be told: "who …", "did …", "tell me about …".
const ASKING_CLAUSE = /^(?:how|what|when|who|whom|whose|where|why|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|tell|explain|describe|give|show|list|name)\b|\b(?:how|what|when|who|whom|where|why|which)\b/u;

// "the guy who spoke at the summit": a question word after a noun opens a clause that says which one, it asks nothing.
const RELATIVE_CLAUSE = /\b(?:the|a|an|this|that|these|those|his|her|their|its)(?: [\p{L}'-]+){1,2} (?:who|whom|whose|which|where|when)\b/gu;

/** Whether the last sentence of `text` asks or asks to be told, by a question word that is no relative one. */
const asksItself = (text: string): boolean => ASKING_CLAUSE.test((text.split(SENTENCE_BREAK).at(-1) ?? text).replace(RELATIVE_CLAUSE, 'the one'));

// A statement opening with its subject pronoun ("hes the leader", "i heard it on the radio"); not a fragment asking still ("pcr or rapid test").
const TOLD_BY_PRONOUN = /^(?:he|she|they|it|we|i|you|hes|shes|theyre|its|im|i'm|he's|she's|they're|it's|that's|thats)\b/u;
// A question mark inside the message: what follows may be a remark on the question ("when did she
// take office? she brought it up at the dinner"), which tells where the asker heard of it.
const INNER_QUESTION_MARK = /\? (?=\S)/gu;

// "was it the mayor who said …": the question is who did; the sentence that answers names them,
// which confirms the guess or not. The guessed words would only pull up sentences naming the guess.
const GUESSED_DOER = /^(?:was|is|were) it (?:really |actually |maybe )?(?:[\p{L}.'-]+ ){0,4}?[\p{L}.'-]+ who (\p{L}+ .+)$/u;

// An adverb after a stranded "from" that asks nothing more: "where is he from originally", "…from again".
const FROM_TAIL = '(?: (?:originally|again))?';
const ORIGIN_THEN_CLAUSE = new RegExp(String.raw`^(where\b[^,?]*\bfrom)${FROM_TAIL}[,?]+ (.+)$`, 'u');
// "where are the boats coming from are they new or what": dictated, a second question opens right after the "from".
const ORIGIN_THEN_QUESTION = new RegExp(String.raw`^(where\b[^,?]*?\bfrom)${FROM_TAIL} ((?:are|is|was|were|do|does|did|will|would|can|could|have|has|had) (?:they|it|he|she|we|you|those|these|there)\b.*)$`, 'u');
const NAME_GUESSED = /[,?] (?:(?:or|maybe|was it|is it|or was it|wasn't it|like) )?((?:[\p{L}.'-]+ )?[\p{L}.'-]+)$/u;
const ASKS_WHO = /^(?:who|whom|whose)\b/u;
const WHAT_ABOUT = /^(?:(?:and|ok|okay|so|but|also|then)\s+)*(?:what|how) about\b/u;

function splitRestatement(typed: string): { main: string; restated: string; guess?: string; guesses: readonly string[] } {
  // A guessed figure (guessed-figures.ts) helps as a restating clause does: "…, roughly four fifths".
  const { rest: plain, guesses } = withoutInlineGuesses(typed);
  const doer = GUESSED_DOER.exec(plain);
  if (doer !== null) return { main: `who ${doer[1]!}`, restated: guesses.join(' '), guesses };
  // "where are the boats coming from, new ones or stock": the question ends on its "from", the choices offered only help
  // (not a clause of its own: "…, the navy chief said something" says where to look).
  const origin = ORIGIN_THEN_CLAUSE.exec(plain);
  if (origin !== null && !questionWords(origin[2]!).some(({ action }) => action)) return { main: origin[1]!, restated: [origin[2]!, ...guesses].join(' '), guesses };
  // Its second question offers what the first may be ("… are they buying new ones"): it only helps.
  const originAsked = ORIGIN_THEN_QUESTION.exec(plain);
  if (originAsked !== null) return { main: originAsked[1]!, restated: [originAsked[2]!, ...guesses].join(' '), guesses };
  // "whose idea was the grant, berg?", "who signed it, or was it holm": a name offered after a who
  // question is the asker's guess, which the sentence that answers confirms or not; a name the
  // coverage lacks there declines nothing.
  const named = NAME_GUESSED.exec(plain);
  // Only a person's name: no word of the language, no place ("who leads the party, germany" narrows the question).
  const offered = named === null ? [] : questionWords(named[1]!);
  if (named !== null && ASKS_WHO.test(plain) && plain.slice(0, named.index).split(' ').length >= MIN_ASKED_WORDS && !COUNTRY_NAMES.test(named[1]!) && offered.every(({ word, place }) => !place && !isEnglishWord(word))) {
    return { main: plain.slice(0, named.index), restated: [named[1]!, ...guesses].join(' '), guesses };
  }
  const trailing = TRAILING_GUESS.exec(plain)?.index;
  // "how will they get the boats, buying new", "what are they doing about it, sending ships": a short
  // -ing clause closing a question of how or of what is done offers what the answer may be ("who is
  // the one, meeting berg" says which one).
  const offeredDoing = ASKS_DOING.test(plain) ? OFFERED_DOING.exec(plain) : null;
  const doing = offeredDoing !== null && isVerbIngForm(offeredDoing[1]!) && !ING_PREPOSITIONS.has(offeredDoing[1]!) ? [offeredDoing.index] : [];
  // A remark after the question mark that asks nothing itself helps as a restating clause does.
  const remarks = [...plain.matchAll(INNER_QUESTION_MARK)].map((match) => match.index).filter((at) => !ASKING_CLAUSE.test(plain.slice(at + 1).trim()));
  const splits = [...[...plain.matchAll(RESTATING)].map((match) => match.index), ...remarks, ...doing, ...(trailing === undefined ? [] : [trailing])].sort((a, b) => a - b);
  // "harbour fair ferries goal, how many more boats": a topic typed before the question is no question
  // restated after it; a later clause may still be one ("…, when did it land and was it …").
  for (const at of splits) {
    const main = plain.slice(0, at);
    // A half-sentence asking by the noun it ends on stands too ("zorvian minister name + what did he say").
    const asks = asksItself(main) || endsOnFrame(main) !== undefined;
    const clause = plain.slice(at + 1).trim();
    // A guess after a topic asks by itself ("pellonian air defence package, like 1.5 billion": how much is it).
    // A statement the user closed with a question mark asks by it, when a statement of theirs follows ("he voted against it? hes the leader").
    const remarked = remarks.includes(at) && TOLD_BY_PRONOUN.test(clause);
    // "and what about tarnby, what is the grant going to do there": a topic opener, then the question on it; read whole.
    const opensTopic = WHAT_ABOUT.test(main) && ASKING_CLAUSE.test(clause);
    // A question closed by its mark may be shorter ("did rents rise? berg said something about it").
    // So may a search-box query ending on the noun it asks by ("harbour mayor name, the one who …").
    const least = (remarks.includes(at) && asks) || endsOnFrame(main) !== undefined ? MIN_ASKED_WORDS : MIN_MAIN_WORDS;
    // What the asker takes as given ("…, now that …") asks nothing, whatever comes before it.
    const given = /^,? now that /u.test(plain.slice(at));
    const stands = at === trailing ? main.split(' ').length >= MIN_TOPIC_WORDS : main.split(' ').length >= (given ? MIN_ASKED_WORDS : least) && (asks || remarked || given) && !opensTopic;
    if (stands) return { main, restated: [at === trailing ? guessedFigure(clause) : clause, ...guesses].join(' '), guesses, ...(at === trailing ? { guess: guessedFigure(clause) } : {}) };
  }
  return { main: plain, restated: guesses.join(' '), guesses };
}

// "pellonian air defence package, like 1.5 billion": a topic followed by a guessed figure asks for that
// figure, of the kind its unit says.
function guessedKind(guess: string | undefined): Pick<Question, 'kind' | 'expects'> | undefined {
  if (guess === undefined) return undefined;
  const kind = guessedFigureKind(guess);
  if (kind === 'money') return { kind: 'how-much', expects: ['money', 'count', 'percent'] };
  if (kind === 'share') return { kind: 'how-much', expects: ['percent', 'money', 'count'] };
  if (kind === 'span') return { kind: 'how-long', expects: ['duration', 'date'] };
  // "… out by like 2025": a year guessed is a date.
  if (YEAR.test(guess) || guessesDay(guess)) return { kind: 'when', expects: ['date'] };
  return { kind: 'how-many', expects: ['count', 'money', 'percent'] };
}
/** A year as chat writes one alone: 1800–2099. */
export const YEAR = /^(?:1[89]|20)\d\d$/u;

// A lead-in before the question itself: "can you tell me who …", "do you know when …", "does it say
// anything about where …", "so pellonia … and i was wondering how much …", "… but what i really
// wanted to know is why …", "anyone know where …". The question starts at its question word; what
// came before may name what it is about ("they" in it), so its words can only help, as a restatement's do.
const LEAD_IN =
  /^(.*?)(?:,? ?\b(?:and|so|but) )?\b(?:i (?:was|am|'m) (?:just |kinda )?wondering|i wonder|i(?:'d| would) like to know|i want(?: to)? know|i wanna know|wondering|(?:what|the thing|all|the one thing) i (?:actually |really |just )?(?:want(?:ed)?|wanna|(?:would|'d) like)(?: to)? know is|my (?:real |actual |main )?question is|(?:can|could|would) (?:you|u|someone|anyone) (?:please )?(?:tell|explain to) me|do (?:you|u|ya) know|(?:does )?(?:anyone|anybody) know|any idea|tell me|(?:does|did) (?:it|the coverage|the news) (?:say|mention|tell us|tell)(?: anything)?(?: (?:about|on))?) (?=(?:how|what|when|who|whom|whose|where|why|which)\b)/u;

// The source described first, by what it was about: "according to the briefing ahead of holm's
// trip, what share …" (an "-ing" word or a possessive describes it; "according to the navy, …" names
// who tells). It says where the asker read it (the coverage's own name for it may differ:
// source-reference.ts reads the ones it can), not what is asked: a person named in it need not be in the answer.
// Typed without the comma, it ends where the question word starts ("according to the harbour briefing what share …").
const SOURCE_FIRST = /^((?:according to|going by|based on) (?:the|that|this) ([^,]{3,80}?))(?:, (?=(?:\S+ )?(?:how|what|when|who|whom|whose|where|why|which)\b)| (?=(?:how|what|when|who|whom|whose|where|why|which)\b))/u;
const DESCRIBES_SOURCE = /\b\p{L}+(?:ing|'s)\b/u;
function sourceFirst(plain: string): RegExpExecArray | null {
  const found = SOURCE_FIRST.exec(plain);
  return found !== null && DESCRIBES_SOURCE.test(found[2] ?? '') ? found : null;
}

// What the user knows, then who or what else: "norway sent the ferries, anyone else sending them",
// "besides the mayor who else voted no". The known one is what the answer is not, so its words only help.
const KNOWN_THEN_ELSE = /^((?:besides|apart from|aside from|other than|except(?: for)?) .+?|.+?,) (?=(?:who|what|which|anyone|anybody|someone|somebody) else\b)/u;

// "what else is in the bill besides the ferry money": the one known said last, after the question.
const ELSE_THEN_KNOWN = /^((?:who|whom|what|which|anyone|anybody|someone|somebody) else\b.*?),? (?:besides|apart from|aside from|other than|except(?: for)?) (.+)$/u;

// "anyone besides schumer from the senate", "…, anyone other than her": who else, past the one
// known (up to three words, ending before a preposition or a verb that goes on asking).
const ANYONE_BESIDES = /^(.*?)\b(anyone|anybody|someone|somebody) (?:besides|apart from|aside from|other than|except(?: for)?) (.{1,40}?)(?= (?:from|in|at|on|of|who|that|to|with|by|for|mentioned|named|said|say|says|did|do|does|was|were|is|are|has|have|had|get|got|gets)\b|$)/u;

// What the user knows, then "so" and the question, unpunctuated: "the harbour board turns 60 so
// what year was it founded". The statement may name what is asked about, as a lead-in does.
// As with sentences, a question too thin to stand alone ("… so when was it built") is read with it.
const TOLD_THEN_ASKED = /^(.+?),? (?:and )?so (?=(?:how|what|when|who|whom|whose|where|why|which)\b)/u;
// …or then a comma and a question asking yes or no of it: "berg and holm talked for 2 hours, was it
// mostly about the ferries". What was told (its figure too) is no claim checked; it says what is asked about.
// (A topic set off by commas, "the ferry deal, the may one, are they …", is no statement.)
const TOLD_THEN_CHECKED = /^([^,]+), (?=(?:was|is|were|are|did|does|do|has|have|had|will|would|can|could) (?:it|they|he|she|that|this|there|those|these)\b[^,]*$)/u;
function toldThenAsked(plain: string): RegExpExecArray | null {
  if (ASKING_START.test(plain)) return null;
  const checked = TOLD_THEN_CHECKED.exec(plain);
  // A statement has a verb of its own: "the harbour chief, holm i think, did he …" names a topic, hedged.
  const states = (told: string) => questionWords(told).some(({ word, action }, i, all) => action && all[i - 1]?.word !== 'i' && word !== 'i');
  const found = TOLD_THEN_ASKED.exec(plain) ?? (checked !== null && states(checked[1]!) ? checked : null);
  return found !== null && terms(plain.slice(found[0].length)).length >= MIN_ASKING_TERMS ? found : null;
}

// Where the user came across it, said first: "saw this on twitter, …", "heard it on the radio, …".
// The medium is no part of what is asked (the coverage need not name it), so the remark is dropped.
// Said without the thing seen, the medium is one word and what follows is the news itself
// ("saw on twitter berg flew to lindvik, …", "read in the paper that …"): only the medium goes,
// as the telling does before the news itself when a question follows it ("i read berg asked for
// 60 mil more, whats the exact number"; not "i saw berg in lindvik", the news told alone).
const SEEN_WHERE = /^(?:(?:so|ok|okay|hey|lol|btw|wait),? )?(?:(?:i )?(?:just )?(?:saw|seen|read|heard|spotted|found) (?:(?:this|that|it|smth|something|somewhere)(?: (?:on|in|from|at) [^,]{1,40})?, |(?:on|in) (?:the )?\p{L}+,? (?:that )?)|i (?:just |also )?(?:saw|read|heard) (?:somewhere |online )?(?:that )?(?!(?:it|this|that|about|of|from|on|in|at|so|somewhere|online)\b)(?=[^,.?!;]+[,.?!;] *(?:(?:so|but|and|ok) )?(?:how|what|when|who|whom|whose|where|why|which|is|was|did|does|do)\b))(?=\S)/u;

// "x gave 5 billion, is that true (or is he making it up)", "x resigned. right": a claim, then a
// tag asking whether it holds, asks what "is it true that x …" asks. Not a question before the tag.
const CLAIM_TAG = /^(?!(?:how|what|when|who|whom|whose|where|why|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b)(.+?\p{L}.*?)[,.;:] (?:(?:is|was|isn't|wasn't) (?:that|this|it)(?: (?:really |actually )?(?:true|correct|right|accurate|so|the case))?|true|right|correct|for real|or not)(?:,? or .*)?$/u;
// The tag typed as a sentence of its own ("is that true??", "right?").
const CLAIM_TAG_ALONE = /^(?:(?:is|was|isn't|wasn't) (?:that|this|it)(?: (?:really |actually )?(?:true|correct|right|accurate|so|the case))?|true|right|correct|for real)[?!.]*$/u;
// …told as what someone else says: "my cousin keeps saying", "a guy at work told me", "people say".
// Only the asker's own acquaintances: "the council said it would close the pier" is the claim itself.
const HEARSAY = /^(?:(?:(?:my|a|this|some) (?:\S+ ){1,3}?|(?:someone|somebody|people|everyone|everybody|i) )(?:keeps? |kept )?(?:saying|says|said|told me|tells me|claims?|claimed|claiming|thinks?|reckons?|heard|read|saw|insists?)|(?:just )?(?:heard|read|saw))(?: (?:somewhere|online))?(?: that)? (?=\S)/u;

// Why the user asks, said around the question ("for my class: …", "sorry if dumb question, …",
// "… asking for a friend"): no part of what is asked.
const ASKERS_PURPOSE = String.raw`for (?:my|a|our) (?:\p{L}+ ){0,2}?(?:essay|paper|class|homework|project|thesis|report|assignment|presentation|research|course|school|blog|podcast|newsletter)`;
const ASKERS_REMARK = new RegExp(
  String.raw`^(?:(?:sorry if (?:this is )?(?:a )?(?:dumb|stupid|silly|basic|noob) (?:question|q)|(?:quick|random|dumb|stupid|silly|basic) (?:question|q)|${ASKERS_PURPOSE})[,:;.!-]* (?:(?:but|so|and) )?)+|[,;.!-]* (?:asking for a friend|(?:it's |its )?${ASKERS_PURPOSE})$`,
  'gu',
);

function claimChecked(typed: string): string {
  const deed = OUTCOME_TAG.exec(typed)?.[1];
  if (deed !== undefined) return `${OUTCOME_ASKED} ${deed}`;
  const claim = CLAIM_TAG.exec(typed)?.[1];
  return claim === undefined ? typed : `is it true that ${claim.replace(HEARSAY, '')}`;
}

function splitLeadIn(typed: string): { main: string; leadIn: string } {
  const seen = claimChecked(typed.replace(ASKERS_REMARK, '').replace(SEEN_WHERE, ''));
  // "… close the pier?? 😬 my cousin keeps saying so": a remark after the question asks nothing; its words only help.
  // Not a guess told as hearsay ("… ? i heard it was 5 billion"), which is read as one (guessed-figures.ts).
  const aside = /\d/u.test(seen) ? null : ASIDE_AFTER_QUESTION.exec(seen);
  const plain = aside === null ? seen : aside[1]!;
  const told = splitStatements(plain);
  if (aside !== null) return { main: told.main, leadIn: [told.leadIn, aside[2]!].filter((part) => part !== '').join(' ') };
  const besides = ANYONE_BESIDES.exec(told.main);
  if (besides !== null) {
    // "…, anyone besides her from the class": "anyone else from the class", told what came before and whom it is not.
    const [whole, before = '', anyone = '', typed = ''] = besides;
    // "anyone besides pellonia selling boats": the one known ends before a verb that goes on asking.
    const words = typed.split(' ');
    const verbAt = words.findIndex((word, i) => i > 0 && isVerbIngForm(word));
    const known = verbAt < 0 ? typed : words.slice(0, verbAt).join(' ');
    const rest = told.main.slice(whole.length - (typed.length - known.length));
    const leadIn = [told.leadIn, before.replace(/[\s,;:]+$/u, ''), known].filter((part) => part !== '').join(' ');
    return { main: `${anyone} else${rest}`, leadIn };
  }
  const known = ELSE_THEN_KNOWN.exec(told.main);
  if (known !== null) return { main: known[1]!, leadIn: [told.leadIn, known[2]!].filter((part) => part !== '').join(' ') };
  const found = LEAD_IN.exec(told.main) ?? sourceFirst(told.main) ?? KNOWN_THEN_ELSE.exec(told.main) ?? toldThenAsked(told.main);
  if (found === null) return told;
  const leadIn = (found[1] ?? '').replace(/[\s,;:]+$/u, '');
  return { main: told.main.slice(found[0].length), leadIn: [told.leadIn, leadIn].filter((part) => part !== '').join(' ') };
}

// A question mark, then a remark with a verb that asks nothing and no question mark of its own.
const ASIDE_AFTER_QUESTION = /^(.*\p{L})\?+(?: \p{Extended_Pictographic}+)* (?!(?:how|what|when|who|whom|whose|where|why|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|and|or)\b)([^?]*\b(?:is|are|was|were|says?|said|saying|thinks?|thought|told|tells|keeps?|heard|hear|read|saw|seen|wants?|wonder)\b[^?]*)$/u;

// "saw the council met. when is the next one": a message of several sentences whose last alone
// asks is that question, told after what the user knows; the statements before it may name what
// it is about, so they are read as a lead-in. Sentences end at ". ", "! ", "? " (or several: "?? ",
// "... ") or "… " after a word ("the u.s. aid" has no sentence break in it), or after a quotation
// (a headline pasted in quotes: '"berg backs the pier" ?? why').
const SENTENCE_BREAK = /(?<=\p{L}{2}(?:[.!?]+|…)|\p{L}["”] ?[.!?]+) +/u;
// Chat sets a topic off with a spaced dash ("the harbour grant stuck in council - does berg think
// it'll pass"): the question after it says what is asked, but the topic is no lead-in, it names
// what the question is about.
const TOPIC_BREAK = /(?<=\p{L}{2}(?:[.!?]+|…)|\p{L}["”] ?[.!?]+) +| +[-–—]+ +/u;
// The auxiliaries a question opens with ("did they …", "will it …").
const AUXILIARY_WORDS = 'is|are|was|were|do|does|did|has|have|had|can|could|will|would|should';
// "… then what happens with it": what follows what the user told, asked.
const ASKING_START = new RegExp(`^(?:then (?=what\\b))?(?:how|what|when|who|whom|whose|where|why|which|${AUXILIARY_WORDS})\\b`, 'u');

// "x asked for more boats... did it work", "the strike, how did it end": a deed told, then a tag
// asking how it turned out, asks what came of it (what followed: "agreed to", "as a result"; told-deed.ts).
export const OUTCOME_ASKED = 'what was the outcome of';
const OUTCOME_TAG = new RegExp(
  String.raw`^(?!(?:how|what|when|who|whom|whose|where|why|which|${AUXILIARY_WORDS})\b)(.+?\p{L}.*?)(?:[,.;:!…]+ | (?:so|and|but) )(?:(?:so|and|but|ok|okay) )?(?:did (?:it|that|this|they|he|she) (?:work|succeed|pay off|go through|get anywhere)|(?:was|were|is) (?:it|that|this|they) (?:successful|a success|effective)|how did (?:it|that|this|they|he|she) (?:go|turn out|end|end up|work out|pan out)|what came of (?:it|that|this)|what (?:was|were) the (?:outcome|result)s?|any (?:luck|success))$`,
  'u',
);

// "… theater tbh. the guy who spoke for us at the summit, how much did he say": a topic, then the question after a comma.
const TOPIC_THEN_ASKING = /^[^,!?]{1,80}, (?:how|what|when|who|whom|whose|where|why|which)\b/u;

const MIN_ASKING_TERMS = 3;
// Words by which a question leans on what was said before it for its topic.
const POINTS_BACK = /\b(?:it|its|it's|they|them|their|theirs|he|him|his|she|her|hers|this|that|these|those|there|then|one|ones|same|other|else)\b/u;
const LONG_REMARK_TERMS = 10;

// "… its kinda embarrassing. anyway whats in the package": a word turning from the remark to the question opens the asking sentence.
const TURNING_WORDS = /^(?:(?:anyway|anyways|anyhow|regardless|still|so|ok|okay|well|but|now)\b,? )+(?=\S)/u;

/**
 * The statements around the message's one asking sentence, and that sentence; none told when no
 * other sentence is a statement. A remark after the question ("… which ones stayed away, i
 * thought x was one. long week for him") is told like one before it.
 */
function toldAndAsking(plain: string, breaks = SENTENCE_BREAK): { told: string[]; asking: string } {
  const sentences = plain.split(breaks);
  const asks = (sentence: string) => ASKING_START.test(sentence) || TOPIC_THEN_ASKING.test(sentence) || LEAD_IN.test(sentence) || afterLeadingTime(sentence) !== null;
  const remarkAfter = (sentence: string) => !sentence.endsWith('?') && !asks(sentence.replace(TURNING_WORDS, ''));
  // (A remark after a question mark is read by splitRestatement.)
  const closesQuestion = (sentence: string) => asks(sentence.replace(TURNING_WORDS, '')) && !sentence.endsWith('?');
  let at = sentences.length - 1;
  while (at > 0 && remarkAfter(sentences[at]!) && sentences.slice(0, at).some(closesQuestion)) at--;
  // "my aunt says x gave nothing. is that true?? how much did x send": the tag checks the statement
  // before it, which the question after it goes on to ask about; the tag asks nothing of its own.
  if (at > 1 && CLAIM_TAG_ALONE.test(sentences[at - 1]!)) return toldAndAsking([...sentences.slice(0, at - 1), ...sentences.slice(at)].join(' '), breaks);
  const last = (sentences[at] ?? '').replace(TURNING_WORDS, '').replace(/[.!…]+$/u, '');
  const told = [...sentences.slice(0, at), ...sentences.slice(at + 1)];
  // Two questions are read together, unless the first is a claim checked ("it starts next year?")
  // and the last asks about it ("who said that").
  const checksClaim = (sentence: string) => !ASKING_START.test(sentence) && POINTS_BACK.test(last);
  const before = sentences.slice(0, at);
  return told.length === 0 || !asks(last) || before.some((sentence) => (sentence.endsWith('?') && !checksClaim(sentence)) || ASKING_START.test(sentence)) ? { told: [], asking: plain } : { told, asking: last };
}

function splitStatements(plain: string): { main: string; leadIn: string } {
  const { told, asking } = toldAndAsking(plain);
  // Several questions in one message are read together, and so is a question that leans on the
  // statement for its topic ("so the council met. what did they agree on"); not on a long remark
  // of the asker's own ("i think the council has been way too slow on everything, all talk and no
  // cash. how much did they put up"), most of whose words are no part of what is asked.
  // A short question that points back to nothing ("… about greener ferries. what is flags") stands alone.
  // An impression after it (", felt like ages") adds nothing the question stands on.
  const own = terms(asking.replace(IMPRESSION_AFTER, ''));
  const leans = own.length === 0 || POINTS_BACK.test(asking);
  if (told.length === 0 || (leans && own.length < MIN_ASKING_TERMS && terms(told.join(' ')).length < LONG_REMARK_TERMS)) return { main: plain, leadIn: '' };
  return { main: asking, leadIn: told.join(' ').replace(/[.!]$/u, '') };
}

// "name the designer …" asks like "what designer …".
const WH = String.raw`(?:what|which|^name(?: the| a| an)?)`;
const BE = String.raw`(?:is|are|was|were|'s)`;
// What a "what/which X" question asks for, by the noun X ("which country", "what year").
const PERSON_NOUNS = String.raw`(?:person|people|man|woman|men|women|guy|guys|lady|dude|official|officials|leader|leaders|minister|president|spokes(?:man|woman|person)|general|diplomat|senator|ambassador|secretary|chancellor|author|writer|player|actor|actress|director|founder|ceo|chairman|chairwoman|chair|head|boss|king|queen|pope|governor|mayor|candidate|winner|inventor|artist|singer|composer|poet|explorer|scientist|astronaut|commander|envoy|premier|adviser|advisor|member|members|designer|pilot|citizen|character|engineer|architect|owner|manager|coach|driver|producer|lawyer|judge|doctor|physician|soldier|officer|victim|husband|wife|son|daughter|father|mother|brother|sister|experts?|analysts?|\w+ists?)`;
const PLACE_NOUNS = String.raw`(?:country|countries|city|cities|state|states|place|places|town|region|continent|province|county|capital|location|island|nation|nations|river|mountain|port|border|area|territory|nationality)`;
const TIME_NOUNS = String.raw`(?:year|years|date|dates|day|days|weekday|weekdays|night|nights|evening|morning|afternoon|weekend|month|months|time|decade|century|season)`;
// Who published a report: every answer line is cited to its publisher, so the sentence reporting
// it answers, whether or not it names an organisation ("which outlet covered the deal").
const SOURCE_NOUNS = String.raw`(?:newspaper|paper|outlet|publication|magazine|journal|website|broadcaster|channel|news agency|media)`;
const ORGANISATION_NOUNS = String.raw`(?:company|companies|organi[sz]ation|organi[sz]ations|agency|agencies|group|groups|team|teams|party|parties|university|firm|bank|network|band|institution|ministry|department|alliance|manufacturer|maker)`;
// Of the nouns framing a figure, these name what is measured ("the *population* of", "the death
// *toll*"): only a sentence that names it states that figure. "Number" or "amount" name none.
const MEASURED_COUNTS = 'population|score|size|height|length|distance|toll|rate|vote|margin|magnitude';
const MEASURED_MONEY = 'budget|salary|fee';
const MEASURE_NOUN = new RegExp(`^(?:${MEASURED_COUNTS}|${MEASURED_MONEY})$`, 'u');
const AMOUNT_NOUNS = String.raw`(?:cost|price tag|price|amount|sum|value|worth|funding|bill|${MEASURED_MONEY})`;
const PRICE_NOUNS = '(?:cost|price tag|price|worth)';
const NUMBER_NOUNS = String.raw`(?:number|total|count|tally|${MEASURED_COUNTS})`;
// "total us aid", "how much aid has pellonia given so far": what was given in all, which running totals state.
export const TOTAL_ASKED = /\b(?:(?:in\s+)?totals?|in all|so far|to date|altogether|all together|overall|cumulative(?:ly)?)\b/u;
// Words for a figure or a statement as such, whose source a "where is it from" question asks.
const FIGURE_NOUNS = String.raw`(?:figure|number|stat|statistic|estimate|data|claim|quote|info|information)`;
// …up to the figure word: "where's the 44 billion", "where does that".
const FIGURE_SOURCE_ASKED = String.raw`where(?: (?:is|are|was|were|does|do|did))?(?: (?:the|that|this|these|those|their|his|her|its))?(?: [\p{L}\p{N}$€£.,%'-]+){0,6}?`;
const MONEY_UNITS = 'dollars|euros|pounds|yen|bucks|billions?|millions?|trillions?|bn|bil|mil|mn|mln|bln|tril';
const CURRENCY_AMOUNT = '(?:dollar|euro|pound|cash|money|monetary) (?:value|amount|figure|total|cost|price|worth)';
const CURRENCY_SIGN = String.raw`[$€£¥]`;
const MONEY_WORDS = `cost|costs|costing|worth|money|cash|price|priced|paid|pay|pays|spend|spends|spent|budget|value|valued|${MONEY_UNITS}`;
// Things whose size is a sum of money.
const FINANCIAL_NOUNS = 'packages?|deals?|budgets?|funds?|funding|loans?|grants?|contracts?|aid|bills?|orders?|investments?|spending|bailouts?|tranches?|pledges?|donations?|subsid(?:y|ies)|sales?|purchases?|settlements?|fines?|debts?|deficits?|bonds?';
// What a weight is asked by: "the weight of", "the ship's tonnage".
const WEIGHT_NOUNS = '(?:weight|tonnage)';
const PERCENT_NOUNS = String.raw`(?:share|percentage|percent|proportion|fraction)`;
// Up to two words between the question word and the noun ("which large city", "what kind of
// country"), none an auxiliary ("what did the minister") nor a preposition other than "of": in
// "what message about borders" the noun is "message".
const BETWEEN = String.raw`(?: (?!(?:the|did|does|do|was|were|is|are|has|have|had|will|would|can|could|about|on|in|for|with|from|to|at|by|over|after|before|during|against|into|between)\b)[\w.'-]+){0,2}?`;
// "Which regions *count as* partners": a framing noun followed by "as" is a verb ("as of" is still a date: "the total as of june").
const NOT_VERB = String.raw`(?! as\b(?! of\b)| towards?\b)`;
// A noun of a kind in the plural too ("which *towns*", "what *firms*"), however the list spells it.
const PLURAL = String.raw`(?:s|es)?`;
// A question word asked in place may have a short phrase of place or time after it: "the $12
// million goes where in the bill", "he went where last week", "they sent what to the port".
const IN_PLACE_TAIL = String.raw`(?: (?:in|on|at|to|for|from|with|during|after|before|under|last|next|this|that)(?: (?!(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could)\b)[\p{L}\p{N}$€£.,%'-]+){1,3})?$`;
// "what the guy thinks" is no "what guy": "the" follows a wh-word only after its verb ("what is the day").
// "what was the minister demanding", "what is the mayor asking for": the person is doing what is asked, no "what minister".
const DOING = String.raw`(?! \p{L}+ing\b)`;
const wh = (nouns: string, after = '') => new RegExp(String.raw`\b${WH}(?: ${BE}(?: the)?)?${BETWEEN} ${nouns}${PLURAL}\b${after}${NOT_VERB}|\b(?:in|on|at|from|to|by|of) ${WH} ${nouns}${PLURAL}\b|\bname of (?:the |a |an )?(?:[\w'’.-]+ ){0,2}${nouns}${PLURAL}\b`, 'u');

// Words whose "for" names no purpose: "what is the mayor *responsible for*", "what is she *asking for*".
const NOT_PURPOSE_FOR = String.raw`(?:asking|looking|waiting|calling|pushing|pressing|voting|paying|fighting|hoping|searching|lobbying|arguing|campaigning|standing|running|applying|aiming|heading|going|preparing|planning|responsible|known|famous|eligible|ready|liable|accountable|grateful|thankful|sorry|qualified|prepared|good|bad|enough|late|early|time|reason|cause)`;

interface Rule {
  kind: QuestionKind;
  test: RegExp;
  expects: readonly Expectation[];
  /** The nouns that frame this kind of question, to find which one the question used. */
  nouns?: string;
  /** The words before the framing noun when they are not "what" or "which" ("how many *days*"). */
  nounAfter?: string;
}

const PARTS_OF_DAY = '(?:morning|afternoon|evening|night)';
const CONSEQUENCE_NOUNS = '(?:impacts?|effects?|consequences?|implications?|fallout|repercussions?|aftermath|outcomes?)';
const CONDITION_NOUNS = '(?:conditions?|requirements?|criteria|prerequisites?|preconditions?)';
// Being there at all, asked how long: "existed", "been around", "been in existence".
const EXISTED = '(?:existed|been around|been in existence|been in business)';

// In order: the first rule that matches decides. Narrow shapes come before the broad ones they
// overlap ("how much of X" is a share; "what year" is a date before it is a "what"). A question
// word typed last asks the same as one typed first ("harbour act signed when").
const RULES: readonly Rule[] = [
  // "what did berg promise the islanders", "what was the council's pledge": a commitment, which
  // the sentence that answers may make without the word ("we will keep the ferry running").
  { kind: 'what', test: /^what (?:did|does|do|has|have|had|will|would) (?:[\p{L}.'-]+ ){1,4}?(?:promised?|pledged?|vowed?|commit(?:ted)?|guaranteed?|assured?)\b|^what(?:'s| is| was| are| were) (?:(?:the|their|his|her|its|[\p{L}.'-]+['’]s?) ){1,3}(?:promises?|pledges?|vows?|commitments?|guarantees?)$/u, expects: ['commitment'] },
  // "what did holm demand", "what was the union asking for", "what did she ask the board for", "what are the board's demands": a demand,
  // which the sentence that answers may make without the word ("the port needs cranes now").
  { kind: 'what', test: new RegExp(String.raw`^what (?:did|does|do|has|have|had|will|would|is|are|was|were) (?!(?:the )?${CONSEQUENCE_NOUNS} of\b)(?:[\p{L}.'-]+ ){1,4}?(?:demand(?:s|ed|ing)?|(?:call|calls|called|calling|ask|asks|asked|asking|push|pushes|pushed|pushing|press|presses|pressed|pressing) (?:[\p{L}.'-]+ ){0,3}?for|insist(?:s|ed|ing)? on)\b|^what(?:'s| is| was| are| were) (?:(?:the|their|his|her|its|[\p{L}.'-]+['’]s?) ){1,3}(?:demands?|requests?)$`, 'u'), expects: ['demand'] },
  // "what happens to it now", "whats next for the bill", "what are the next steps": the step that follows.
  // "what happens once the board signs it", "what comes after the vote": what follows a step still to
  // come, as "what's next" asks (not "what happened after …", a past event's sequel). "The board
  // voted... then what happens with it", "so then what": asked after what the user told.
  { kind: 'what', test: /(?:^|\b(?:and|so) )then what(?:$| (?:happens|will happen|is going to happen|comes)\b)|\bwhat (?:happens|will happen|is going to happen|comes) (?:next|now|after|once)\b|\bwhat (?:happens|will happen|is going to happen) to (?:[\p{L}\p{N}'-]+ ){1,4}(?:next|now)$|\bwhat(?:'s| is) next\b|\bwhat now$|\bwhat (?:is|are) the next steps?\b/u, expects: ['next'] },
  // "what does the port have to do before it can reopen", "what has to happen first", "under what
  // conditions": what it hangs on, as a sentence states a condition ("only if", "provided that", "must").
  { kind: 'what', test: new RegExp(String.raw`\bwhat (?:do|does|did|will|would|must|should) (?:[\p{L}\p{N}'-]+ ){1,5}(?:have|has|need|needs|got) to do\b|\bwhat (?:has|have|needs?|must) (?:to )?(?:happen|be done) (?:first|before|for|so)\b|\b(?:under|on) what ${CONDITION_NOUNS}\b|\bwhat(?: are| were| is| was|'s)?(?: the)? ${CONDITION_NOUNS}\b|\bwhat(?:'s| is| was| are| were) (?:required|needed) (?:for|to|of|before)\b`, 'u'), expects: ['condition'], nouns: `(?:${CONDITION_NOUNS}|needs?)`, nounAfter: String.raw`(?:what (?:do|does|did|will|would|must|should)(?: [\p{L}\p{N}'-]+){1,5}?|(?:under|on) what|what(?: are| were| is| was|'s)?(?: the)?)` },
  { kind: 'percent', test: new RegExp(String.raw`\b${WH}(?: ${BE})?(?: the)? (?:${PERCENT_NOUNS}\b|%)|\bhow much of\b|\bper ?cent\b`, 'u'), expects: ['percent', 'money', 'count'] , nouns: PERCENT_NOUNS },
  // "How long has the fund been around", "since when has the board existed": its age, as "how old" asks.
  { kind: 'how-old', test: new RegExp(String.raw`\b(?:how long|since when) (?:has|have|had) (?:[\p{L}\p{N}'-]+ ){1,6}?(?:${EXISTED})$`, 'u'), expects: ['age', 'date'], nouns: EXISTED, nounAfter: String.raw`(?:how long|since when) (?:has|have|had)(?: [\p{L}\p{N}'-]+){1,6}?` },
  { kind: 'how-long', test: /\bhow long\b(?! ago)/u, expects: ['duration', 'date'] },
  // "How many days did it run": a span counted in its unit.
  { kind: 'how-long', test: /\bhow many (?:minutes|hours|days|weeks|months|years|decades)\b(?! ago| old\b)/u, expects: ['duration', 'date'], nouns: '(?:minutes|hours|days|weeks|months|years|decades)', nounAfter: 'how many' },
  // "Until when": the end of a span, by a date or in words ("until the government's term ends").
  { kind: 'how-long', test: /\b(?:until|till) when\b/u, expects: ['duration', 'date'] },
  // An age is stated as one, as an anniversary or as the date of a beginning ("founded in 1962"); a bare date answers in part.
  { kind: 'how-old', test: new RegExp(String.raw`\bhow old\b|\bhow many years old\b|\b${WH}(?: ${BE})?(?: the)? (?:age)\b`, 'u'), expects: ['age', 'date'], nouns: 'age' },
  // "What time is it in bern" asks for a clock time, which no date states; "what time of year" asks for a date.
  { kind: 'when', test: /\b(?:what|which) time\b(?! (?:frame|period|span|zone|of (?:the )?(?:year|month|season|century|life)))|\bat what hour\b/u, expects: ['time-of-day'], nouns: '(?:time|hour)' },
  // "did she leave in the morning or evening": which part of the day, offered to choose from.
  { kind: 'when', test: new RegExp(String.raw`\b${PARTS_OF_DAY} or (?:in |at )?(?:the )?${PARTS_OF_DAY}\b`, 'u'), expects: ['time-of-day'], nouns: PARTS_OF_DAY, nounAfter: String.raw`(?:in|at|the|or)` },
  { kind: 'when', test: new RegExp(String.raw`^when\b|\bwhen${IN_PLACE_TAIL}|\bsince when\b|\bhow long ago\b|\bwhen (?:did|does|do|was|were|is|are|will|would|has|have|had|can|could)\b|${wh(TIME_NOUNS).source}`, 'u'), expects: ['date'] , nouns: TIME_NOUNS },
  // "Where's the 40 mil figure from", "where does that number come from": who states it, as "says who" asks.
  { kind: 'who', test: new RegExp(String.raw`^${FIGURE_SOURCE_ASKED} ${FIGURE_NOUNS}${PLURAL} (?:come |comes |came |coming )?from$`, 'u'), expects: ['person', 'organisation'], nouns: FIGURE_NOUNS, nounAfter: FIGURE_SOURCE_ASKED },
  // "Where will the boats be brought from", "from where": the place they come from ("from Navy
  // reserves"), not any place the sentence names ("told reporters in Lindvik"); "where's she from
  // originally", "…from again" asks the same.
  { kind: 'where', test: new RegExp(String.raw`^where\b[^,?]*\bfrom${FROM_TAIL}(?=$|[,?])|\bfrom where\b`, 'u'), expects: ['origin'] },
  // "how is the port going to get the cranes", "how will they obtain the boats": where they come from
  // ("from council stocks") answers best; not how someone gets somewhere ("get there", "get home").
  { kind: 'how', test: /^how (?:will|would|are|is|was|were|do|does|did|can|could) (?:[\p{L}.'-]+ ){1,4}?(?:going to )?(?:get|obtain|acquire|source|procure)(?! (?:there|here|home|in|out|into|to|away|back|through|around|up|down|over|along|rid|by)\b)(?: (?!(?:ready|done|started|elected|involved)\b)[\p{L}\p{N}'-]+){1,5}$/u, expects: ['origin'] },
  // "Where does the country rank", "where did she finish": a place in an order, not on a map.
  { kind: 'what', test: /\bwhere (?:does|did|do|is|was|are|were|will|would) (?:[\p{L}.'-]+ ){1,4}(?:rank|ranks|ranked|stand|stands|stood|placed|finish|finished)\b/u, expects: [] },
  { kind: 'where', test: new RegExp(String.raw`^where\b|\bwhere${IN_PLACE_TAIL}|\bwhere (?:did|does|do|was|were|is|are|will|would|has|have|had|can)\b|${wh(PLACE_NOUNS).source}`, 'u'), expects: ['place'] , nouns: PLACE_NOUNS },
  // "what were crews upset about", "what are officials saying": people doing or feeling something
  // are its subject; what they feel or say is asked, not who they are.
  { kind: 'what', test: new RegExp(String.raw`\bwhat ${BE} ${PERSON_NOUNS}${PLURAL} (?:\p{L}+(?:ing|ed)|upset|afraid|mad|angry|happy|sad)\b`, 'u'), expects: [] },
  // "…, whats her name": his or her name is a person's.
  { kind: 'what', test: /\bwhat(?:'s| is| was)? (?:his|her) (?:full |first |last )?name\b/u, expects: ['person'] },
  // "who's the grant for", "who gets the cash", "who is it aimed at": whom it goes to or is
  // against, a country or a people as often as a person.
  { kind: 'who', test: /(?:^|, )(?:who|whom)(?:'s| is| was| are| were| will be)? (?:[\p{L}'-]+ ){0,3}(?:for|aimed at|against|meant for)$|(?:^|, )who (?:gets|got|will get|is getting|receives|received|will receive|benefits|benefited|pays|paid|will pay)\b/u, expects: ['person', 'organisation', 'place'] },
  // "…, anyone else arming them": who else does it.
  { kind: 'who', test: new RegExp(String.raw`(?:^|, )(?:anyone|anybody|someone|somebody) else\b|^(?:who|whom|whose)\b|\b(?:who|whom)${IN_PLACE_TAIL}|\b(?:who|whom|whose) (?:else|is|are|was|were|did|does|do|has|have|had|will|would|can|could|made|makes|led|leads|won|wrote|said|says)\b|${wh(PERSON_NOUNS, DOING).source}`, 'u'), expects: ['person', 'organisation'] },
  { kind: 'what', test: wh(SOURCE_NOUNS), expects: [], nouns: SOURCE_NOUNS },
  { kind: 'which-organisation', test: wh(ORGANISATION_NOUNS), expects: ['organisation', 'person'], nouns: ORGANISATION_NOUNS },
  // A length, weight or temperature is a number with its unit ("150 miles"); a bare number answers in part.
  { kind: 'how-many', test: /\bhow (?:far|tall|high|deep|wide|thick)\b/u, expects: ['length', 'count'] },
  { kind: 'how-many', test: new RegExp(String.raw`\bhow heavy\b|${wh(WEIGHT_NOUNS).source}`, 'u'), expects: ['weight', 'count'], nouns: WEIGHT_NOUNS },
  { kind: 'how-many', test: /\bhow (?:hot|cold|warm)\b/u, expects: ['temperature', 'count'] },
  // "How much is the order worth", "how many dollars", "how many €": a sum of money, which a count of the things bought does not state.
  { kind: 'how-much', test: new RegExp(String.raw`\bhow much\b.*\b(?:${MONEY_WORDS})\b|\bhow (?:many|much) (?:(?:${MONEY_UNITS})\b|${CURRENCY_SIGN})`, 'u'), expects: ['money'], nouns: AMOUNT_NOUNS },
  // "What's the dollar value of the grant": a sum in a currency the question names; a count does not state it.
  { kind: 'how-much', test: new RegExp(String.raw`\b${WH}(?: ${BE})?(?: the)? ${CURRENCY_AMOUNT}\b`, 'u'), expects: ['money'], nouns: CURRENCY_AMOUNT },
  // "What was the cargo worth", "what's the ship worth, like in $": a sum of money.
  { kind: 'how-much', test: /^what(?:'s| is| was| are| were| will| would) (?:[\p{L}\p{N}.'-]+ ){1,8}worth\b/u, expects: ['money'] },
  // "How big is the aid package": the size of a thing of money is its sum.
  { kind: 'how-many', test: new RegExp(String.raw`\bhow (?:big|large|huge)\b.*\b(?:${FINANCIAL_NOUNS})\b`, 'u'), expects: ['money', 'count', 'percent'] },
  // "What's the size of the ferry grant": likewise its sum, which no sentence calls a size.
  { kind: 'how-much', test: new RegExp(String.raw`\b${WH}(?: ${BE})?(?: the)? (?:size|scale) of\b.*\b(?:${FINANCIAL_NOUNS})\b`, 'u'), expects: ['money', 'count', 'percent'] },
  // "How many cars": a count of them, or a share; a sum of money counts no cars.
  { kind: 'how-many', test: new RegExp(String.raw`\bhow many (?!(?:${MONEY_UNITS})\b|${CURRENCY_SIGN})`, 'u'), expects: ['count', 'percent'], nouns: NUMBER_NOUNS },
  // "how often do they meet", "how frequently": how regularly it happens ("every year", "twice a month"); a count of things does not say.
  { kind: 'how-many', test: /\bhow (?:often|frequently|regularly)\b|\bhow many times (?:a|an|per|each|every) (?:day|week|month|year|decade)\b/u, expects: ['frequency'] },
  { kind: 'how-many', test: new RegExp(String.raw`\bhow many\b|\bhow (?:big|large|fast)\b|${wh(NUMBER_NOUNS).source}`, 'u'), expects: ['count', 'money', 'percent'] , nouns: NUMBER_NOUNS },
  // "what's the price tag on it", "what did it cost": a sum of money, which no count of things gives.
  { kind: 'how-much', test: new RegExp(String.raw`${wh(PRICE_NOUNS).source}|^what (?:did|does|do|will|would|could|might) .+ cost$`, 'u'), expects: ['money'], nouns: AMOUNT_NOUNS },
  { kind: 'how-much', test: new RegExp(String.raw`\bhow much\b|${wh(AMOUNT_NOUNS).source}`, 'u'), expects: ['money', 'count', 'percent'] , nouns: AMOUNT_NOUNS },
  // "Should the council keep funding the ferry" asks for a judgement: the coverage can only report who says what should be done.
  { kind: 'yes-no', test: /^(?:should|shouldn't|ought)\b/u, expects: ['obligation'] },
  // "did anyone push back on it", "any pushback", "were there objections to the toll": opposition,
  // which a sentence tells as done or said ("protested", "boycotted", "voted against").
  { kind: 'yes-no', test: /^(?:did|does|do|has|have|had|was|were|is|are|will|would) (?:(?:any ?one|anybody|someone|somebody|any|there|they|people|[\p{L}.'-]+)(?: [\p{L}.'-]+){0,3}? )?(?:(?:push|pushed|pushing) back|objec(?:t|ts|ted|ting|tions?)|protest(?:s|ed|ing)?|oppos(?:e|es|ed|ing|ition)|complain(?:s|ed|ing|ts?)?|backlash|pushback)\b|^(?:(?:was|were|is|are) there )?(?:any|some|much) (?:pushback|push back|backlash|objections?|opposition|protests?|complaints?)\b/u, expects: ['opposition'], nouns: String.raw`(?:(?:push|pushed|pushing) back|pushback|backlash|objec(?:t|ted|ting|tion)|oppos(?:e|ed|ing|ition)|protest(?:ed|ing)?|complain(?:ed|ing|t)?)`, nounAfter: String.raw`(?:(?:did|does|do|has|have|had|was|were|is|are|will|would|any|some|much)(?: [\p{L}.'-]+){0,4}?)` },
  // "anyone know if the pier opened": chat's "does anyone know if …", without its "does".
  { kind: 'yes-no', test: /^(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|may|might|must|isn't|aren't|wasn't|didn't|doesn't|hasn't|haven't|won't)\b|^(?:any ?one|anybody|someone|somebody|u|you) (?:know|knows|remember|recall|heard?) (?:if|whether)\b/u, expects: [] },
  // "how come they skipped it" asks why, as chat does.
  { kind: 'why', test: /^why\b|\bwhy (?:did|does|do|was|were|is|are|will|would|has|have|had)\b|\bfor what reason\b|^how come\b/u, expects: ['reason'] },
  // "what was the impact of the toll", "what did the strike lead to", "what will it mean for the
  // islanders", "how will the closure affect trade": what followed from it ("caused", "prompted a protest").
  { kind: 'what', test: new RegExp(String.raw`^what (?:was|were|is|are|will be|would be|has been|could be|might be)(?: the)?(?: (?:main|big|biggest|real|likely|possible|immediate|overall))? ${CONSEQUENCE_NOUNS} (?:of|on|for|from)\b|^what (?:did|does|do|will|would|could|might) (?:[\p{L}\p{N}.'-]+ ){1,5}(?:lead to|cause|result in|trigger|spark|mean for)\b|^how (?:did|does|do|will|would|could|might) (?:[\p{L}\p{N}.'-]+ ){1,5}(?:affect|impact)\b`, 'u'), expects: ['consequence'], nouns: CONSEQUENCE_NOUNS },
  // "What was the ferry vote for", "what's the fund meant for": its purpose. Not what a word
  // before "for" asks ("responsible for", "asking for", "known for").
  { kind: 'why', test: new RegExp(String.raw`^what(?:'s| is| was| are| were) (?:the|this|that|these|those|its?|their|his|her|it)\b(?:[^,]* (?!${NOT_PURPOSE_FOR}\b)\w+)? for$`, 'u'), expects: ['reason'] },
  // "whats the goal of the grant", "what are they hoping to get out of it", "what is the board aiming
  // for": what it is meant to achieve, which a sentence on its aim or purpose states ("aims to …").
  { kind: 'why', test: /^what(?:'s| is| was| are| were)? (?:(?:the|their|his|her|its|our) )?(?:[\p{L}.'-]+['’]?s )?(?:main |real |ultimate |end |stated |(?:long|short)[- ]term )?(?:goals?|aims?|purpose|objectives?)(?: (?:here|there|now))?(?: (?:long|short)[- ]term)?(?: (?:of|behind|with|for|in)\b|$)|^what (?:do|does|did|are|is|was|were|will|would) (?:[\p{L}.'-]+ ){1,4}?(?:(?:hope[sd]?|hoping|wants?|wanted|wanting|aims?|aimed|aiming|try|tries|tried|trying|expects?|expected|expecting) to (?:get|gain|achieve|accomplish|win) (?:out of|from|with|by)\b|aim(?:s|ed|ing)? (?:for|at)\b)/u, expects: ['reason'], nouns: '(?:goal|aim|purpose|objective)' },
  // "whats the problem with the new cranes", "what's wrong with it", "what's the big fuss about the
  // toll": what is held against it, which a sentence giving the objection or its cause states
  // ("is contested because …"); the problem word is the question's frame, no topic the coverage must name.
  { kind: 'why', test: /^what(?:'s| is| was| are| were)? (?:(?:the|their|his|her|its|all the|everyone's|people's) )?(?:(?:big|main|real|actual) )?(?:problems?|issues?|concerns?|controvers(?:y|ies)|fuss|objections?) (?:with|about|over|around)\b|^what(?:'s| is| was| are| were)? (?:so )?wrong with\b/u, expects: ['reason'], nouns: '(?:problem|issue|concern|controvers(?:y|ie)|fuss|objection|wrong)', nounAfter: String.raw`what(?:'s| is| was| are| were)?(?: (?:the|their|his|her|its|all the|everyone's|people's))?(?: (?:big|main|real|actual))?(?: so)?` },
  // "how did the islands react to it", "what was berg's response": the reaction, done or said ("thanked", "protested").
  { kind: 'how', test: /^how (?:did|do|does|will|would|has|have|had|is|are|was|were) .+? (?:react|respond|reply|reacted|responded|replied|reacting|responding)\b|^what (?:was|is|were|are|has been) (?:(?:the|their|his|her|its|[\p{L}.'-]+['’]s?) ){0,4}(?:reactions?|responses?|reply|replies)\b/u, expects: ['reaction'] },
  { kind: 'how', test: /^how\b/u, expects: [] },
  // Asked in place too: "the deliveries are waiting on what" (not chat's hedge "… or what", nor "so what").
  { kind: 'what', test: new RegExp(String.raw`^(?:what|which)\b|\b(?:what|which) (?:did|does|do|was|were|is|are|will|would|has|have|had)\b|(?<!\b(?:or|so) )\bwhat${IN_PLACE_TAIL}`, 'u'), expects: [] },
];

// A half-sentence without a question word asks by the noun it ends on: "varnholm flood aid amount",
// "summit date" (or "dates", of several days), "earthquake death toll" ("aid amounts" and "key dates" ask for a list;
// "aid to date" asks for all so far).
const ENDS_ON_FRAME: readonly Rule[] = [
  // Not a period ending a keyword string: "… delivered this year", "… to date".
  { kind: 'when', test: /(?<!\b(?:to|this|last|next|that|each|every|per) )\b(?:date|year|day|month)$|(?<!\b(?:key|important|main|major|all) )\bdates$/u, expects: ['date'] },
  { kind: 'how-much', test: /\b(?:cost|price(?: tag)?|worth|salary|fee)$/u, expects: ['money'] },
  { kind: 'how-much', test: /\b(?:amount|sum|value)$/u, expects: ['money', 'count', 'percent'] },
  { kind: 'how-many', test: /\b(?:number|population|total|count|tally|score|toll)$/u, expects: ['count', 'money', 'percent'] },
  // "salt ship tonnage": a weight, written with its unit ("30,000 tonnes").
  { kind: 'how-many', test: new RegExp(String.raw`\b${WEIGHT_NOUNS}$`, 'u'), expects: ['weight', 'count'] },
  // "zorvian defence minister name": who holds it.
  { kind: 'who', test: /\b(?:full )?name$/u, expects: ['person', 'organisation'] },
];

// A day said after the noun asked by ("council vote tally tuesday", "fuel price today") says
// when, not what is asked.
const TRAILING_DAY = new RegExp(String.raw` (?:(?:on|last|this|that|next) )?(?:${WEEKDAY_NAMES.join('|').toLowerCase()}|yesterday|today|tonight|tomorrow)$`, 'u');
const endsOnFrame = (plain: string): Rule | undefined => {
  const undated = plain.replace(TRAILING_DAY, '');
  return ENDS_ON_FRAME.find((rule) => rule.test.test(undated));
};

// …or names it among its words, before what it is on or where it is from: "ferry aid total harbour
// office report", "fair date lindvik", "number of troops sent" (not "to date", which means so far).
const FRAMED_WITHIN: readonly Rule[] = [
  { kind: 'when', test: /(?<!\b(?:to|up to|key|important|main|major|all) )\bdates?\b(?! (?:back|from)\b)/u, expects: ['date'] },
  { kind: 'how-much', test: /\b(?:amount|sum|total|figure)\b(?! (?:war|victory|defeat|control|ban|support|failure|chaos|disaster|destruction)\b)/u, expects: ['money', 'count', 'percent'] },
  { kind: 'how-many', test: /\bnumber of\b/u, expects: ['count', 'money', 'percent'] },
  { kind: 'how-much', test: /\b(?:percent|percentage|per cent)\b/u, expects: ['percent', 'money', 'count'] },
];

// "who said …", "who was it that told …", "who is quoted as saying …", "… said by whom".
const ASKED_SPEAKER = new RegExp(
  String.raw`^(?:who|whom)(?: else)?(?: (?:was it|is it)(?: that)?| (?:has|had|once|first|actually|really|just|also))?(?: (?:is|was|were|has been|got|gets|get))? (?:${ASKED_SPEAKER_VERBS.join('|')})\b|\b(?:said|told|stated|written) by whom$`,
  'u',
);

// "Is it true that haraldsen resigned": the claim after it is what is asked; "true" frames the answer, it names no topic.
const CLAIM_FRAME = /^(?:is|was|isn't|wasn't) (?:it|this|that) (true|correct|right|the case)\b/u;

// "What's in the package", "what was actually in the bill": asks what it includes, as a sentence
// listing its contents says ("the package includes …"), not what mentions it.
const ELSE_ASKED = /^what else\b/u;
const CONTENTS = /^what(?: else)? (?:is|was|are|were)(?: (?:actually|exactly|really))? in (.+)$/u;
// …or after the thing, typed first: "the harbour bill, what's in it".
const CONTENTS_AFTER = /^(.+?),? what (?:is|was|are|were)(?: (?:actually|exactly|really))? in (?:it|them|that|this|there)$/u;
// …or by the noun: "what are the contents of the ferry deal", and as a search box takes it:
// "contents of the ferry deal", "harbour bill contents", "the deal breakdown" (not "table of contents").
const CONTENTS_KEYWORDS = /^(?:(?:what (?:is|are|was|were) )?(?:the )?(?:contents|breakdown) of (.+)|(?!(?:what|which|who|when|where|why|how|is|are|was|were|do|does|did)\b)(.+?)(?<!\b(?:of|in|on|for|to|the|a|an|and|or|with)) (?:contents|breakdown))$/u;
// …or asked to be broken down: "break down the aid bill for me, what are the main chunks", "give me a breakdown of the deal".
const BROKEN_DOWN = /^(?:(?:can|could) (?:you|u|someone) )?(?:break down|(?:give me |i want |i need )?(?:a |the )?breakdown of) (.+?)(?: for (?:me|us))?(?:[,:;] .*)?$/u;
// …or asked to be listed in words for anything: "list the stuff that's in the package", "name everything in the bill".
const CONTENTS_LISTED = /^(?:name|list|tell me|show me)(?: (?:all|every))? (?:(?:all )?the |all )?(?:stuff|things|items|contents|everything|all)(?: (?:that|which) (?:is|are|was|were|'s))? (?:in|inside) (.+)$/u;

// …or as what a giver puts in it: "what all is the state sending in that package", "what are they giving under the deal".
const CONTENTS_GIVEN = /^what(?: all)? (?:is|are|was|were|will) .+? (?:be )?(?:sending|giving|providing|delivering|supplying|shipping|offering) (?:in|under|as part of|with) ((?:the|that|this|its|their|his|her|our) (?!(?:\S+ )?(?:days?|weeks?|months?|years?|future|meantime|end)\b).+)$/u;

/** Whether a plain question asks, as a list, what one thing includes ("list the stuff that is in the bill"): no list request. */
export const asksListedContents = (plain: string): boolean => CONTENTS_LISTED.test(plain);
// …and the same asked outright: "what does the bill include", "what was included in the deal".
const ASKS_CONTENTS = /^what(?: else)? (?:does|did|do|will|would) .+ (?:include|contain|consist of|comprise)$|^what (?:is|was|are|were|will be)(?: (?:actually|exactly))? (?:included|contained) in\b/u;

// "name the weapons in the package", "list the towns that flooded": asked as "what weapons are in
// the package", "what towns flooded", the plural noun being what is asked for.
const ITEMS_ASKED = /^(?:name|list)(?: (?:all|every|each)(?: of)?)? the ([\p{L}'-]+s) (?:(in|on|of|from|at|under|for|to|with|inside|within|among|across|behind) |(?:that|which|who) )(.+)$/u;
const itemsAsked = (asking: string): string => asking.replace(ITEMS_ASKED, (_, noun: string, preposition: string | undefined, rest: string) => `what ${noun} ${preposition === undefined ? '' : `are ${preposition} `}${rest}`);

// "which came first, the vote or the visit", "what happened earlier: …": the order of two happenings,
// which their dates give; "first" is the comparison asked, no word of the happenings.
const ORDER_ASKED = /^(?:which|what)(?: one)? (?:came|comes|happened|happens|is|are|was|were|went|goes|occurred|took place|started|began|ended) (?:first|earlier|sooner|last|later)[,:;]? (.+)$/u;
// …or "is berg going to lindvik before or after she met holm", "the mayor, was the vote after or before the fair".
const BEFORE_OR_AFTER = /^(?:.*?[.?!] )?(?:([^.?!,]+?), )?(?:is|was|are|were|did|does|do|will|has|have|had) (.+?),? (?:before|after) or (?:before|after),? (.+)$/u;
// Each answers in part, so they are offered as a restatement's words are, and each is asked on its own.
function orderAsked(asking: string): { asking: string; offered: string; ordered: string[] } | undefined {
  const either = BEFORE_OR_AFTER.exec(asking);
  const happenings = ORDER_ASKED.exec(asking)?.[1];
  // "the mayor, is she going … before or after she met …": each side is the mayor's.
  const named = (side: string) => (either?.[1] === undefined ? side : side.replace(/^(?:he|she|they|it)\b/u, either[1]));
  const sides = either === null ? happenings?.split(/,? or (?:else )?/u) : [named(either[2]!), named(either[3]!)];
  if (sides === undefined) return undefined;
  const ordered = sides.map((side) => side.replace(/^(?:the|a|an|that|this)\s+/u, '').trim()).filter((side) => side !== '');
  return { asking: 'when did it happen', offered: either === null ? happenings! : ordered.join(' '), ordered };
}

// "did zorvia or pellonia send the boats", "was it holm or berg who signed": which of two did it,
// asked as "who did send the boats"; the two named are offered, as a restatement's words are: they
// help pick the answer, and a sentence naming one of them answers (a person the question itself
// names would not).
// Each of the two is a name of up to three words: no pronoun, word of degree, preposition or
// auxiliary ("did more or less than half arrive", "did they vote for or against it", "does it or doesn't it").
const NOT_OF_A_NAME = String.raw`(?!(?:more|less|fewer|not|never|no|yes|it|this|that|he|she|they|we|you|i|him|her|them|for|against|to|from|with|in|on|at|by|about|before|after|up|down|out|off|over|under|${AUXILIARY_WORDS})\b)`;
const ONE_OF_TWO = String.raw`((?:the )?${NOT_OF_A_NAME}[\p{L}.'-]+(?: ${NOT_OF_A_NAME}[\p{L}.'-]+){0,2}?)`;
const EITHER_DOER_CLEFT = new RegExp(String.raw`^(?:was it|is it|were they|was that) ${ONE_OF_TWO} or ${ONE_OF_TWO} (?:that|who|which) (.+)$`, 'u');
// Asked with "did", "will", "has" …, not a copula: "is the bill good or bad for x" offers two qualities.
const EITHER_DOER = new RegExp(String.raw`^(did|does|do|will|would|can|could|should|has|have|had) ${ONE_OF_TWO} or ${ONE_OF_TWO} (?!(?:${AUXILIARY_WORDS}|not|both|either)\b)(\p{L}+ .+)$`, 'u');
function whichOfTwo(asking: string): { asking: string; offered: string } {
  const cleft = EITHER_DOER_CLEFT.exec(asking);
  if (cleft !== null) return { asking: `who ${cleft[3]}`, offered: `${cleft[1]} or ${cleft[2]}` };
  const doer = EITHER_DOER.exec(asking);
  return doer === null ? { asking, offered: '' } : { asking: `who ${doer[1]} ${doer[4]}`, offered: `${doer[2]} or ${doer[3]}` };
}

// "What was the main topic of the talks", "whats the focus of the summit": what something was about.
const ASKS_TOPIC = /^what(?:'s| is| was| are| were| will be)(?: the)?(?: (?:main|primary|key|central|chief|big|real|biggest))? (?:topics?|subjects?|focus|themes?|agenda) (?:of|for|at|in|on)\b/u;

// "the taiwan earthquake — what magnitude was it", "the drones - who supplied them": the last
// clause after a dash or colon asks, as it would typed alone; so does one after a comma that opens
// with a question word and its verb ("he had to skip the fair, who went in his place"), and one
// asking whether anyone did something, comma or none ("the mayor skipped the fair did anyone mind").
const AFTER_TOPIC = /(?:[:;–—]| -) ((?:how|what|when|who|whom|whose|where|why|which)\b[^:;–—]*)$|, ((?:who|what|when|where|why|how) (?:did|does|do|is|was|were|are|will|would|can|could|went|said|got|came|took|made|told)\b[^,:;–—]*)$|,? ((?:did|does|has|was|is|will) (?:any ?one|anybody|someone|somebody) \p{L}[^,:;–—]*)$/u;

// …or after a clause that ends on its verb: "the council met, who chaired it", "berg resigned, who
// replaced her" (after a noun, "who" starts a relative clause: "i met the mayor, who chaired it").
const AFTER_CLAUSE = /^(.+), ((?:who|what|which|when|where|why) \p{L}+\b[^,:;–—]*)$/u;
function askedAfterClause(plain: string): string | undefined {
  const found = AFTER_CLAUSE.exec(plain);
  if (found === null) return undefined;
  const last = questionWords(found[1]!).at(-1);
  return last?.action === true && !last.thing ? found[2] : undefined;
}

function askedAfterTopic(plain: string): Rule | undefined {
  const found = AFTER_TOPIC.exec(plain);
  const clause = found?.[1] ?? found?.[2] ?? found?.[3] ?? askedAfterClause(plain);
  return clause === undefined ? undefined : RULES.find((candidate) => candidate.test.test(clause));
}

/** The question's kind and the answer it expects, from its words only. */
export function understandQuestion(text: string): Question {
  const question = inUnitAsked(withoutRuledOutShare(readQuestion(text)));
  // "holm said 90% were delivered?": a claim with a figure asks for the figure the coverage states.
  const claimed = CLAIMING_KINDS.has(question.kind) && question.expects.length === 0 ? withoutClaimedFigure(question.plain) : undefined;
  if (claimed === undefined) return withToldFigure(withoutClaimedDay(question));
  return { ...question, plain: claimed.rest, restated: restatedWith(question, claimed.figure), expects: guessedKind(claimed.figure)!.expects };
}

/** The question's restating words with another part the asker told. */
const restatedWith = (question: Question, part: string): string => [question.restated, part].filter((each) => each !== undefined && each !== '').join(' ');

// "so the fair opens monday?", "was it on a tuesday": the weekday a claim gives is checked against
// the date the coverage states for the thing, which the sentence that answers gives its own way
// ("opens on Wednesday", "on June 4"); the claim without it asks for that date.
const CLAIMED_WEEKDAY = new RegExp(String.raw`(?:\b(?:on|last|this|that|next) )?(?:\b(?:a|the) )?\b(${WEEKDAY_NAMES.join('|').toLowerCase()})s?\b`, 'u');
const ASKS_SOMETHING = /\b(?:who|whom|whose|what|which|when|where|why|how)\b/u;
function withoutClaimedDay(question: Question): Question {
  // A statement asking something further on ("… sunday at the hall, which mayor opened it") claims no day.
  const claims = question.kind === 'yes-no' || (question.kind === 'statement' && !ASKS_SOMETHING.test(question.plain));
  const found = claims && question.expects.length === 0 ? CLAIMED_WEEKDAY.exec(question.plain) : null;
  // "was it on a monday or a tuesday": days offered to choose from are the question's, as typed.
  if (found === null || CLAIMED_WEEKDAY.test(question.plain.slice(found.index + found[0].length))) return question;
  const rest = withoutFound(question.plain, found);
  // "is it monday": nothing is left to date.
  if (!questionWords(rest).some(({ thing }) => thing)) return question;
  return { ...question, plain: rest, restated: restatedWith(question, found[1]!), expects: ['date'] };
}

// "how long is the causeway in km", "how many miles did they sail": the unit the answer is asked
// in says what it measures, a length here, which a span of weeks or a bare count does not state
// (a number with no unit answers "how far" in part, not "how far in miles"). Not "pounds", which
// are money as often as weight.
const UNIT_NAMED = new RegExp(String.raw`\bhow many (\p{L}+)\b|\bin (\p{L}+)$`, 'u');
const MEASURED_KINDS: ReadonlySet<Question['kind']> = new Set(['how-long', 'how-many', 'how-much']);
const MONEY_UNIT = new RegExp(String.raw`^(?:${MONEY_UNITS})$`, 'u');
function inUnitAsked(question: Question): Question {
  if (!MEASURED_KINDS.has(question.kind)) return question;
  const named = UNIT_NAMED.exec(question.plain);
  const unit = named?.[1] ?? named?.[2];
  if (unit === undefined || MONEY_UNIT.test(unit)) return question;
  const kind = unitKind(unit);
  return kind === undefined ? question : { ...question, expects: [kind], frame: unit };
}

// "how many boats, the actual number not a %": a share the user rules out answers nothing; nor
// when they press for the count itself ("exactly how many", "whats the exact number").
const NO_SHARE = /\bnot (?:a |as a |in |the )?(?:%|percent(?:age)?s?|share)(?!\p{L})|\b(?:actual|exact|precise) (?:number|count|figure|total)\b|\bexactly how many\b|\bhow many exactly\b/u;
function withoutRuledOutShare(question: Question): Question {
  const others = question.expects.filter((expected) => expected !== 'percent');
  return others.length > 0 && others.length < question.expects.length && NO_SHARE.test(question.text.toLowerCase()) ? { ...question, expects: others } : question;
}

/**
 * "the council gave half a billion for the docks. what is the money for": a figure told before
 * the question is the asker's claim, which the sentence that answers states its own way ("$50
 * million"); the question without it, and the figure as a restated guess.
 */
function withToldFigure(question: Question): Question {
  const end = question.plain.lastIndexOf('. ');
  const claimed = end < 0 ? undefined : withoutClaimedFigure(question.plain.slice(0, end));
  if (claimed === undefined) return question;
  return { ...question, plain: `${claimed.rest}${question.plain.slice(end)}`, restated: restatedWith(question, claimed.figure) };
}

/** The kinds of question that claim something to check rather than ask for it. */
export const CLAIMING_KINDS: ReadonlySet<Question['kind']> = new Set(['yes-no', 'statement']);

/**
 * The question read with a second one typed short after it ("… and when") as a second answer it
 * wants; a first that asks for no kind of answer ("x is on its way out, who takes over") is asked
 * by the second ("when").
 */
function readQuestion(text: string): Question {
  const read = readOnce(text);
  const also = read.alsoExpects;
  if (also === undefined || read.expects.length > 0) return read;
  const second = secondAsked(read.restated ?? '');
  const { alsoExpects: _, ...first } = read;
  return second === undefined ? first : { ...first, kind: second.kind, expects: second.expects };
}

function readOnce(text: string): Question {
  // Read once: the plain form and the restating clause it leaves out.
  const { main: question, leadIn } = splitLeadIn(fullPlainForm(text));
  const leading = afterLeadingTime(question);
  const { main: split, restated: restating, guess, guesses } = splitRestatement(leading?.main ?? question);
  const { main, anchor } = withoutTimeAnchor(split);
  // A question too thin to stand alone is read with the statements before it ("the deal was
  // signed right? who signed it"), but it alone says what is asked.
  const { told, asking: typedAsking } = toldAndAsking(main, TOPIC_BREAK);
  const keywords = CONTENTS_KEYWORDS.exec(typedAsking);
  const contents = CONTENTS.exec(typedAsking)?.[1] ?? CONTENTS_AFTER.exec(typedAsking)?.[1] ?? keywords?.[1] ?? keywords?.[2] ?? BROKEN_DOWN.exec(typedAsking)?.[1] ?? CONTENTS_LISTED.exec(typedAsking)?.[1] ?? CONTENTS_GIVEN.exec(typedAsking)?.[1];
  const order = contents === undefined ? orderAsked(typedAsking) : undefined;
  // "what else is in it": what else it includes, besides what the asker knows.
  const { asking, offered } = contents !== undefined ? { asking: `what ${ELSE_ASKED.test(typedAsking) ? 'else ' : ''}does ${contents} include`, offered: '' } : (order ?? whichOfTwo(itemsAsked(typedAsking)));
  // "if the ferry isn't coming back what are they doing instead": what is supposed is the asker's
  // premise, which the sentence that answers need not repeat; its words only help.
  // Only before a question word: "if the vote fails will they …" keeps its condition, which may pick the answer.
  const supposed = leading !== null && SUPPOSING.test(leading.anchor) && WH_WORDS.includes(leading.main.split(' ')[0]!) ? leading.anchor : '';
  const restatement = [leadIn, supposed, restating, anchor, offered].filter((part) => part !== '').join(' ');
  // A time clause opening the question ("right after the court ruled, did …") is read with it: its date and event may pick the answer.
  const plain = withOrdinalOneNamed([...(leading === null || supposed !== '' ? [] : [leading.anchor]), ...told, asking].join(' '));
  const asksSpeaker = ASKED_SPEAKER.test(asking);
  const also = secondAsked(restating)?.expects[0];
  const restated = { ...(restatement === '' ? {} : { restated: restatement }), ...(leadIn === '' ? {} : { told: leadIn }), ...(supposed === '' ? {} : { supposed }), ...(also === undefined ? {} : { alsoExpects: also }), ...(order !== undefined && order.ordered.length === 2 ? { ordered: order.ordered } : {}) };
  const asked = RULES.find((candidate) => candidate.test.test(asking) && !framesAsModifier(candidate, asking)) ?? askedAfterTopic(asking);
  if (asked?.kind === 'what' && ASKS_CONTENTS.test(asking)) return { text, plain, kind: asked.kind, expects: ['contents'], frame: null, asksSpeaker, ...restated };
  if (asked?.kind === 'what' && ASKS_TOPIC.test(asking)) return { text, plain, kind: asked.kind, expects: ['topic'], frame: null, asksSpeaker, ...restated };
  if (asked === undefined) {
    const ending = endsOnFrame(plain) ?? FRAMED_WITHIN.find((candidate) => candidate.test.test(plain));
    const guessed = ending === undefined ? guessedKind(guess) : undefined;
    if (guessed !== undefined) return { text, plain, ...guessed, frame: null, asksSpeaker, ...restated };
    return { text, plain, kind: ending?.kind ?? 'statement', expects: ending?.expects ?? [], frame: ending?.test.exec(plain.replace(TRAILING_DAY, ''))?.[0] ?? null, asksSpeaker, ...restated };
  }
  const frame = asked.kind === 'yes-no' ? (CLAIM_FRAME.exec(asking)?.[1] ?? framingNoun(asked, asking)) : framingNoun(asked, asking);
  // "norway sent ferries, who else is sending them": a country named as the one known asks for other countries.
  const expects = asked.kind === 'who' && ASKS_ELSE.test(asking) && namesCountry(leadIn) ? [...asked.expects, 'place' as const] : asked.expects;
  // "is it true they gave like 100 billion": a claim's rough figure asks, as a figure it states, for the figure the coverage gives.
  const claimedGuess = CLAIMING_KINDS.has(asked.kind) && expects.length === 0 ? guessedKind([guess, ...guesses].find((each) => each !== undefined)) : undefined;
  return { text, plain, kind: asked.kind, expects: claimedGuess?.expects ?? figureGuessedFirst(expects, frame, [guess, ...guesses]), frame, asksSpeaker, ...restated };
}

/**
 * "like 60 bil, what's the exact number": a figure asked for by a bare noun of figures is of the
 * kind the user's own guess is (a sum, a share), so that kind comes first.
 */
function figureGuessedFirst(expects: readonly Expectation[], frame: string | null, guesses: readonly (string | undefined)[]): readonly Expectation[] {
  if (frame === null || !FIGURE_ONLY.test(frame.split(' ').at(-1)!)) return expects;
  const kind = guesses.map((guess) => (guess === undefined ? undefined : guessedFigureKind(guess))).find((found) => found !== undefined);
  const first: Expectation | undefined = kind === 'money' ? 'money' : kind === 'share' ? 'percent' : undefined;
  return first === undefined || !expects.includes(first) ? expects : [first, ...expects.filter((expectation) => expectation !== first)];
}

const ASKS_ELSE = /\b(?:who|anyone|anybody|someone|somebody) else\b/u;
const COUNTRY_NAMES = new RegExp(String.raw`\b(?:${COUNTRY_AND_PEOPLE_NAMES.map((name) => name.toLowerCase()).join('|')})\b`, 'u');
const namesCountry = (words: string): boolean => COUNTRY_NAMES.test(words);

// "what did the mayor say the weekend before the fair": a time told by another event, closing a
// question that asks no date. The sentence that answers gives its own date ("on Sunday") and may
// not name the event, so the words only help, as a restating clause's do.
const TIME_ANCHOR = /,? (?:on |in |during |over )?(?:the|that) (?:day|night|weekend|week|morning|evening|month) (?:before|after) (?:the |that |this |her |his |their |its )?(?:[\p{L}\d'-]+ ){0,3}?[\p{L}\d'-]+$/u;
const ASKS_DATE = /\bwhen\b|\b(?:what|which) (?:day|date|time|year|month|week)\b/u;

// A time clause opening a question ("right after the court ruled did rents rise", "before
// the summit, who met berg"): the question after it says what is asked; the clause's words stay
// (its date and event may pick the answer). Not "since": it gives a reason as often ("since norway
// signed it how can it …"). So does a condition ("once berg is mayor will she …", "if the vote fails is the pier …").
const CONDITION = /^(?:once|as soon as|if|now that) /u;
const SUPPOSING = /^if /u;
// A time opening it ("last summer who signed it", "back in 2023 what did …", "in may who chaired it").
const TIME_WORD = String.raw`(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()).join('|')}|year|yr|month|week|weekend|spring|summer|fall|autumn|winter|\d{4}|'\d\d)`;
const OPENING_TIME = String.raw`(?:back |way back )?(?:(?:in|on|during|over|around|by) (?:the )?(?:(?:early|late|mid) )?|(?:last|this|earlier|early|late) (?:this )?)${TIME_WORD},? `;
const OPENS_WITH_TIME = new RegExp(`^${OPENING_TIME}`, 'u');
const MAX_OPENING_TIME_WORDS = 4;
const LEADING_TIME = new RegExp(`^(?:(?:(?:right|just|shortly|soon|straight|even) )?(?:after|before|following|ahead of|prior to) |${OPENING_TIME}|${CONDITION.source.slice(1)})`, 'u');
const AUXILIARY = new RegExp(`^(?:${AUXILIARY_WORDS})$`, 'u');

/** The question after a time clause opening it, which opens at its question word, else at its last auxiliary ("after the talks were over did …"). */
function afterLeadingTime(question: string): { main: string; anchor: string } | null {
  if (!LEADING_TIME.test(question)) return null;
  const words = question.split(' ');
  // "since when has …", "after what happened …": the question word belongs to the clause (not to a time: "last summer who …").
  if (!OPENS_WITH_TIME.test(question) && (WH_WORDS.includes(words[1]!) || WH_WORDS.includes(words[2] ?? ''))) return null;
  // Only the first sentence: a remark may follow ("… did prices rise? berg said something about it").
  const ends = words.findIndex((word) => /[.!?…]$/u.test(word));
  const own = ends < 0 ? words : words.slice(0, ends + 1);
  const wh = own.findIndex((word, i) => i >= 2 && WH_WORDS.includes(word));
  // A time opening it ("last summer who …") is a few words right before the question word: "in april
  // 2021 x said y, right" is a claim dated in its own words.
  if (OPENS_WITH_TIME.test(question) && (wh < 0 || wh > MAX_OPENING_TIME_WORDS)) return null;
  const at = wh >= 0 ? wh : own.findLastIndex((word, i) => i >= 2 && AUXILIARY.test(word));
  // A question pointing back into the clause ("after berg resigned what did she do") is about it;
  // one after a condition is asked of it ("once berg is mayor will *she* …").
  if (at < 2 || own.length - at < 2 || (!CONDITION.test(question) && !OPENS_WITH_TIME.test(question) && POINTS_BACK.test(own.slice(at).join(' ')))) return null;
  return { main: words.slice(at).join(' '), anchor: words.slice(0, at).join(' ').replace(/,$/u, '') };
}

function withoutTimeAnchor(question: string): { main: string; anchor: string } {
  const found = ASKS_DATE.test(question) ? null : TIME_ANCHOR.exec(question);
  return found === null ? { main: question, anchor: '' } : { main: question.slice(0, found.index), anchor: found[0].replace(/^,? /u, '') };
}

// A second question typed short after the first: "… and when", "… and what day".
const SHORT_SECOND = /^(?:and|\+|&) ((?:when|where|(?:what|which) \w+))$/u;

/** The rule a second question typed short asks by ("and when": a date), when it is one. */
function secondAsked(restating: string): Rule | undefined {
  const second = SHORT_SECOND.exec(restating)?.[1];
  return second === undefined ? undefined : RULES.find((rule) => rule.test.test(second));
}

// Each rule's pattern for the noun that frames it, made once.
const FRAMING = new Map(RULES.flatMap((rule) => (rule.nouns === undefined ? [] : [[rule, new RegExp(String.raw`\b${rule.nounAfter ?? String.raw`${WH}(?: ${BE}(?: the)?)?${BETWEEN}`} (${rule.nouns}${PLURAL})\b`, 'u')] as const])));
const framingNoun = (rule: Rule, asking: string): string | null => FRAMING.get(rule)?.exec(asking)?.[1] ?? null;

// Words a framing noun may stand before and still frame: "what day monday", "which year 2024".
const CALENDAR_WORDS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((name) => name.toLowerCase()));

// The kinds a noun frames by naming them ("what *day*", "which *country*"); a counting noun before
// another ("which number ferry package") asks for its place in a series, and frames it still.
const NAMED_ANSWERS: ReadonlySet<Expectation> = new Set(['date', 'place', 'person', 'organisation']);

/**
 * Whether the rule's framing noun only describes the singular noun after it: "whats her day *job*"
 * asks a job, not a day; "which state department official", an official, not a state. (A plural
 * after it may be a verb the tagger took for a noun: "which country *hosts* the fair".)
 */
function framesAsModifier(rule: Rule, asking: string): boolean {
  if (!NAMED_ANSWERS.has(rule.expects[0]!)) return false;
  const noun = framingNoun(rule, asking);
  const narrowed = noun === null ? null : (questionWords(asking).find((word) => word.word === noun)?.narrows ?? null);
  // "which towns lindqvist visited": a word no dictionary has is a name opening the clause, not a noun the kind narrows.
  return narrowed !== null && !/\d/u.test(narrowed) && !/[^s]s$/u.test(narrowed) && !CALENDAR_WORDS.has(narrowed) && isEnglishWord(narrowed);
}

// Words that ask for a figure without naming what it measures ("how much aid in *total*", "the
// *number* of"): wherever they stand in a question that wants a figure, no sentence need name them.
const FIGURE_ONLY = /^(?:number|numbers|total|totals|count|tally|amount|amounts|sum|figure|figures|overall|altogether|combined)$/u;

// "What percent", "the percentage delivered": the coverage writes "%".
const PERCENT_ONLY = /^(?:percent|percentage)$/u;

// A currency or a scale asking for an amount ("the *dollar* amount", "how many *euros*", "how many *bn*"): the coverage writes "$" and "€" as often, and the scale its own way.
const CURRENCY_ONLY = /^(?:dollars?|euros?|pounds?|bucks?|yen|(?:thousand|million|billion|trillion)s?|bn|bil|mil|mn|mln|bln|tril)$/u;

// The size of a sum ("the size of the grant") is the sum.
const SUM_SIZE = /^(?:size|scale)$/u;

/** Whether the question counts how often something happened ("how many times", "how often"). */
export const countsOccurrences = (question: Question): boolean => /\bhow (?:many times|often|frequently)\b/u.test(question.plain);

/** Whether a word of the question only asks for a figure, in a question that wants one. */
export const asksFigureOnly = (question: Question, word: string): boolean =>
  (SUM_SIZE.test(word) && question.kind === 'how-much') ||
  (FIGURE_ONLY.test(word) && question.expects.some((expected) => expected === 'money' || expected === 'count')) ||
  (CURRENCY_ONLY.test(word) && question.expects.includes('money')) ||
  // "What was the cargo worth": the sum asked for, which the sentence states without the word.
  (word === 'worth' && question.expects[0] === 'money') ||
  (PERCENT_ONLY.test(word) && question.expects.includes('percent')) ||
  // "How many times": occurrences counted, which a sentence states as "three times" or "on two occasions".
  (word === 'times' && /\bhow many times\b/u.test(question.plain)) ||
  // "How often": how regularly, which a sentence states as "every year" or "twice a month".
  (/^(?:often|frequently|regularly)$/u.test(word) && question.expects[0] === 'frequency');

// "whats her job", "what is ines lund's actual day job", "what was his role": someone's occupation
// asked for by a word for one, which the sentence that answers gives as a title ("the director of
// …") and never calls so. Only what is asked: in "who fired her from her position" it is a topic.
const ROLE_ASKED = /\bwhat(?: is| was| are| were)?(?: (?:exactly|actually|really))? (?:his|her|their|(?:[\p{L}-]+ ){0,2}[\p{L}-]+'s) ((?:(?:actual|real|current|exact|official|main|new|old|full|day|full-time|part-time) )*(?:job|role|position|occupation|profession|gig)(?: title)?)\b/gu;

/** The words that ask for someone's occupation ("actual day job" of "whats her actual day job"): they frame the answer, no sentence need write them. */
export const roleAskingWords = (plain: string): string[] => [...plain.matchAll(ROLE_ASKED)].flatMap((match) => match[1]!.split(' '));

/** Whether the question asks which outlet reported something ("which paper covered the deal"). */
export const asksForSource = (question: Pick<Question, 'frame'>): boolean => question.frame !== null && SOURCE_FRAME.test(question.frame);
const SOURCE_FRAME = new RegExp(String.raw`^${SOURCE_NOUNS}$`, 'u');

/** "What did berg and holm each say", "… respectively": the people named are asked about one at a time ("each other" asks about both). */
export const asksEachApart = (question: Question): boolean => /\b(?:each(?! other\b)|respectively|separately|individually)\b/u.test(question.plain);

/** Whether a who/which question asks for the name itself ("what's the name of the minister who …", "what was her name", "the pms name"). */
export const asksForName = (question: Question): boolean => /\bname of\b|\b(?:his|her|their|its) (?:full )?name\b|\p{L}(?:'s|s'?) (?:full )?name$|^(?!(?:who|whom|whose|what|which)\b).* name$/u.test(question.plain);

// "who is the pellonian prime minister that wanted more guards": a role's holder, asked by the role and what they did.
const ROLE_HOLDER = /^who(?: is|'s| was| are| were) (?:the|a|an|that|this) (?:[\p{L}.'-]+ ){0,3}?([\p{L}'-]+)(?: (?:of|at|in|for) (?:the )?[\p{L}'-]+(?: [\p{L}'-]+)?)? (?:who|that|which)\b/u;

/**
 * Whether a who-question asks who holds a role, by what the holder did: only a sentence naming
 * someone answers it, not one that repeats the role and the deed. (Asked by the role alone, a
 * sentence giving the role beside a name the build did not read as a person still answers.)
 */
export const asksRoleHolder = (question: Question): boolean => {
  const head = question.kind === 'who' ? ROLE_HOLDER.exec(question.plain)?.[1] : undefined;
  return head !== undefined && isTitleWord(head);
};

/**
 * Whether a "when" question asks for the day itself ("what day did …", "on what date …"): a month
 * or a year does not answer it. A search-box query ending on the noun ("harbour founding date")
 * asks when, as precisely as the coverage says it.
 */
export const asksForDay = (question: Question): boolean =>
  question.expects[0] === 'date' && /\b(?:(?:week)?days?|dates?|nights?|evening|morning|afternoon|weekend)$/u.test(question.frame ?? '') && /\b(?:what|which)\b/u.test(question.plain);
/** "What day is she leaving", "which night": a day of the week answers it too ("on Monday"); a "what date" wants the calendar's. */
export const asksForWeekday = (question: Question): boolean => question.expects[0] === 'date' && /\b(?:(?:week)?days?|nights?|evening|morning|afternoon)$/u.test(question.frame ?? '');

/** Whether the question's frame names what is measured ("population", "death toll"), not only that a figure is wanted. */
export const framesMeasure = (question: Question): boolean => question.frame !== null && MEASURE_NOUN.test(question.frame);

/** Words of the plain form as the user typed them (their case), when they can be found in the typed text. */
export function asTyped(words: string, typed: string): string {
  const lower = typed.toLowerCase().replace(/[’‘`´]/gu, "'");
  const at = lower.indexOf(words);
  return at >= 0 && typed.length === lower.length ? typed.slice(at, at + words.length) : words;
}
