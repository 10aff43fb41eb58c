// A plain question → the command that answers it and its options, for DMs, @mentions, the REPL
// and `ask`. Routing must never cost the user the answer: a command is chosen only where its
// shape fits better than the cited-sentence search of /ask — a profile for "who is <a person the
// coverage knows>", a person's quotes for "what did <them> say", a listing for "aid to …" or
// "timeline of …" — and answerLine falls back to /ask when that command finds nothing.
// Questions that ask for one fact ("when is …", "how much has X given Y", "who is the …
// spokeswoman") go to /ask, which ranks the sentence stating the expected answer first.
import { foldName, spellingKey } from '../lexicon/name-fold.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { isStopWord } from '../factbase/terms.js';
import { NAME_LIST_SEPARATOR, fullNameAt } from '../lexicon/place-short-forms.js';
import { ASKED_SPEECH_VERBS } from '../lexicon/speech-verbs.js';
import { isTitleWord } from '../lexicon/titles.js';
import { namesGroup } from '../lexicon/word-kinds.js';
import { QUANTITY_SUPERLATIVES, SIZE_SUPERLATIVES, type SizeOrder } from '../lexicon/size-words.js';
import type { RawOptions } from '../raw-options.js';
import { editDistance } from './edit-distance.js';
import { DOCUMENT_NOUNS, namesSource } from './source-reference.js';
import { asTyped, plainForm, TOTAL_ASKED, understandQuestion } from './question.js';
import { questionWords } from './parts-of-speech.js';
import { askedAt, datesInQuestion } from './relative-periods.js';

/** What the coverage knows, so the router can tell a person from a topic. */
export interface RouterContext {
  readonly people: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  /** Aid donors as the fact base names them ("United States", "European allies"). */
  readonly donors: readonly (string | null)[];
  /** How many figures name each party as the recipient, as the fact base names it: "pellonia aid" is aid to a party that mostly receives. */
  readonly received?: ReadonlyMap<string, number>;
  /** …and as the donor. */
  readonly given?: ReadonlyMap<string, number>;
  /** The latest article's day: "in march" means the coverage's latest March (relative-periods.ts). */
  readonly coverageEnd?: string | undefined;
}

export interface Routed {
  command: string;
  options: RawOptions;
}

/** Whether the registry has the command (and the option): tests route with partial registries. */
export type Availability = (name: string, option?: string) => boolean;

// Words that can stand next to a name without being part of it ("secretary haraldsen", "the president").
const NAME_FILLER = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'elect', 'former', 'top', 'official', 'officials', 'u.s', 'u.s.']);
const isFiller = (word: string): boolean => NAME_FILLER.has(word) || isTitleWord(word);
const DESCRIPTION = /^(?:the|a|an|this|that|our|your|their|its)\s/iu;

// A possessive ("berg's") is no part of the name.
const wordsOf = (text: string) => foldName(text).split(/[^\p{L}\p{N}'.]+/u).map((w) => w.replace(/^'+|'s$|[.']+$/gu, '')).filter(Boolean);

interface KnownWord {
  word: string;
  key: string;
}

// Name words and their spelling keys, computed once per people list (a big coverage knows thousands).
const knownWordsCache = new WeakMap<RouterContext['people'], KnownWord[][]>();

function knownWordsOf(people: RouterContext['people']): KnownWord[][] {
  let known = knownWordsCache.get(people);
  if (known === undefined) {
    known = people.map((person) => [person.name, ...person.aliases].flatMap(wordsOf).map((word) => ({ word, key: spellingKey(word) })));
    knownWordsCache.set(people, known);
  }
  return known;
}

function wordMatches(typed: string, typedKey: string, known: KnownWord): boolean {
  if (typed === known.word) return true;
  if (typedKey.length < 3) return false;
  return typedKey === known.key || (typedKey.length >= 5 && Math.abs(typedKey.length - known.key.length) <= 1 && editDistance(typedKey, known.key) <= 1);
}

/**
 * True when `span` names a person the coverage knows: every word is part of one of their
 * names (forgiving accents and small typos) or a title/filler word, and at least one is a name.
 */
export function namesKnownPerson(span: string, context: RouterContext): boolean {
  // "the white house spokesperson" describes someone by role: a question for /ask, not a name.
  if (DESCRIPTION.test(span.trim())) return false;
  const nameWords = wordsOf(span)
    .filter((word) => !isFiller(word))
    .map((word) => ({ word, key: spellingKey(word) }));
  if (nameWords.length === 0 || nameWords.length > 4) return false;
  // One everyday word left among titles ("white" of "white house spokesperson") is too little evidence.
  if (nameWords.length === 1 && isEnglishWord(nameWords[0]!.word) && wordsOf(span).length > 1) return false;
  return knownWordsOf(context.people).some((known) => {
    const missed = nameWords.filter((typed) => !known.some((candidate) => wordMatches(typed.word, typed.key, candidate)));
    if (missed.length === 0) return true;
    // "ada whit": a word short for a typo on its own is forgiven one edit beside a whole name
    // word of the same person, as /who forgives it; "john smith" is still not John Smithson.
    const [slip] = missed;
    return (
      missed.length === 1 && nameWords.length > 1 && slip!.word.length >= MIN_SHORT_SLIP &&
      nameWords.some((typed) => known.some((candidate) => typed.word === candidate.word || typed.word === `${candidate.word}s`)) &&
      known.some((candidate) => editDistance(slip!.word, candidate.word) <= 1)
    );
  });
}
const MIN_SHORT_SLIP = 3;

const AID_KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['military', 'military'], ['weapons', 'military'], ['arms', 'military'], ['munitions', 'military'],
  ['financial', 'financial'], ['economic', 'financial'], ['budget', 'financial'],
  ['humanitarian', 'humanitarian'],
]);

// Words of donor names that name no donor by themselves ("European allies" is found by "europe").
const GENERIC_DONOR_WORDS = new Set(['aid', 'the', 'and', 'other', 'allies', 'ally', 'nations', 'countries', 'country', 'states', 'members', 'donor', 'donors']);
const donorWordsCache = new WeakMap<RouterContext['donors'], string[]>();

// Where a question names the giver: "has Zorvia given", "did the US send", "aid from Zorvia".
const GIVER_SPAN = [
  /\b(?:has|have|did|does|do|will)\s+(.+?)\s+(?:give|given|gave|send|sent|provide|provided|pledge|pledged|deliver|delivered|donate|donated|spend|spent|commit|committed|announce|announced|contribute|contributed)\b/iu,
  /\b(?:aid|assistance|funding|support|money|packages?)\s+(?:from|by)\s+(.+?)(?=\s+(?:to|for|in|on|since|before|after|between|during)\b|$)/iu,
];
// Where an aid request names the receiver: "aid to varnholm", "funding for the north coast since may".
// …or as the first object of a giving verb that ends the question: "how much aid has the us given pellonia".
const RECEIVER_SPANS = [
  /\b(?:to|for)\s+(?:the\s+)?(.+?)(?=\s+(?:from|by|in|on|since|before|after|between|during)\b|$)/u,
  /\b(?:give|given|gave|send|sent|provide|provided|donate|donated)\s+(?:the\s+)?(?!(?:them|it|us|you|him|her|me|more|most|less|any|all|so|in|to)\b)(\p{L}[\p{L}.'-]*)$/u,
];
const MAX_RECEIVER_WORDS = 3;

/** The receiver an aid request names, and the request without it (so the receiver is never taken for the donor). */
function receiverIn(question: string): { recipient: string | undefined; rest: string } {
  const match = RECEIVER_SPANS.map((span) => span.exec(question)).find((found) => found !== null) ?? null;
  const words = match?.[1]?.split(/\s+/u) ?? [];
  if (match === null || words.length > MAX_RECEIVER_WORDS || !words.every((word) => /^\p{L}[\p{L}.'-]*$/u.test(word))) return { recipient: undefined, rest: question };
  return { recipient: match[1], rest: `${question.slice(0, match.index)} ${question.slice(match.index + match[0].length)}`.replace(/\s+/gu, ' ').trim() };
}

const NOT_A_GIVER = new Set(['been', 'already', 'ever', 'so', 'far', 'they', 'it', 'we', 'you', 'i', 'he', 'she', 'this', 'that', 'the', 'all']);

/**
 * The donors the question names, comma-separated ("compare aid from the us and europe"): words
 * of known donors (by prefix: "europe" ~ "European allies"), common short forms, or else the
 * giver the question's grammar names ("has Zorvia given"), so that a donor the coverage lacks
 * gets "no figures" rather than everyone's.
 */
function donorIn(question: string, context: RouterContext): string | undefined {
  const known = knownDonorsIn(question, context);
  return known.length > 0 ? known.join(NAME_LIST_SEPARATOR) : giverIn(question);
}

/** Whether a word of a party's name stands for the typed word: it is that word, or shares its first five letters ("europe" ~ "European allies"). */
const isPartyWord = (partyWord: string, typed: string): boolean => partyWord === typed || (typed.length >= 5 && partyWord.startsWith(typed.slice(0, 5)));
/** Whether a word of the party's name stands for the typed word. */
const namesParty = (name: string, typed: string): boolean => wordsOf(name).some((word) => isPartyWord(word, typed));

/** Whether the figures naming the party more often receive than give. */
function mostlyReceives(party: string, context: RouterContext): boolean {
  const words = wordsOf(party);
  const count = (parties: ReadonlyMap<string, number> | undefined) => [...(parties ?? [])].reduce((sum, [name, n]) => sum + (words.some((typed) => namesParty(name, typed)) ? n : 0), 0);
  return count(context.received) > count(context.given);
}

/** The first name in the question (a place, an organisation: not "military") that names a party some figure is given to. */
function knownRecipientIn(question: string, context: RouterContext): string | undefined {
  const names = [...(context.received?.keys() ?? [])];
  return questionWords(question).find(({ word, name }) => name && word.length >= 4 && !GENERIC_DONOR_WORDS.has(word) && names.some((party) => namesParty(party, word)))?.word;
}

function giverIn(question: string): string | undefined {
  for (const pattern of GIVER_SPAN) {
    const span = pattern.exec(question)?.[1];
    if (span === undefined) continue;
    const words = span.split(/\s+/u).filter((word) => !NOT_A_GIVER.has(word.toLowerCase()));
    if (words.length > 0 && words.length <= 3 && words.every((word) => /^\p{L}[\p{L}.'-]*$/u.test(word))) return words.join(' ');
  }
  return undefined;
}

function donorWordsOf(context: RouterContext): string[] {
  let donorWords = donorWordsCache.get(context.donors);
  if (donorWords === undefined) {
    donorWords = [...new Set(context.donors.flatMap((donor) => (donor === null ? [] : wordsOf(donor))))].filter(
      (word) => word.length >= 3 && !GENERIC_DONOR_WORDS.has(word),
    );
    donorWordsCache.set(context.donors, donorWords);
  }
  return donorWords;
}

function knownDonorsIn(question: string, context: RouterContext): string[] {
  const donorWords = donorWordsOf(context);
  const words = wordsOf(question);
  const found: string[] = [];
  for (const [index, word] of words.entries()) {
    const shortForm = fullNameAt(words, index);
    if (shortForm !== undefined) found.push(shortForm);
    if (shortForm !== undefined || GENERIC_DONOR_WORDS.has(word) || word.length < 4) continue;
    if (donorWords.some((donor) => isPartyWord(donor, word))) found.push(word);
  }
  return [...new Set(found)];
}

/**
 * "berg weapons": a person the coverage knows who gives no figure is what the question is
 * about, and /aid has no way to keep them; /ask does. Only words that are names: not function
 * words ("to" of Tô Lâm) nor dictionary words (WordNet holds places: "Chile"), nor a donor's.
 */
function namesPersonOutsideFigures(question: string, context: RouterContext): boolean {
  const donorWords = donorWordsOf(context);
  return wordsOf(question).some(
    (word) => !isStopWord(word) && !isEnglishWord(word) && !donorWords.includes(word) && namesKnownPerson(word, context),
  );
}


const AID_NOUN = String.raw`(?:aid|assistance|funding|funds|packages?|weapons|munitions|support|donations?|pledges?)`;
// The aid nouns that name money given, which a size is asked of ("the biggest package", not "the most support").
const AID_MONEY_NOUN = /^(?:aid|assistance|funding|funds|packages?|donations?|pledges?|loans?|grants?|tranches?|money)$/u;
// Nouns of one gift: "the biggest package" asks among packages, not running totals that add many up.
const SINGLE_GIFT_NOUNS = ['package', 'packages', 'tranche', 'tranches', 'pledge', 'pledges', 'donation', 'donations', 'loan', 'loans', 'grant', 'grants'];
const namesSingleGift = (word: string): boolean => SINGLE_GIFT_NOUNS.some((noun) => word === noun || slipOf(word, noun));
// What may follow "most" or "least" when they ask for an amount ("the most aid", "gave the most to"), not of an adjective ("most recent").
const AFTER_QUANTITY = /^(?:aid|assistance|funding|funds|packages?|donations?|pledges?|loans?|grants?|money|military|humanitarian|financial|economic|to|for|from|in|of|so|ever|since|overall)$/u;

// "… according to the harbour office", "per the ministry": the figure one source states, which a
// sentence citing it answers; /aid lists every source's figures and cannot keep one.
const ATTRIBUTED = /\b(?:according to|as per|per (?:the|a|an|its|their|his|her))\b/u;
// …and a source named as a document ("harbour ministry factsheet ferry aid total").
const NAMES_DOCUMENT = new RegExp(String.raw`\b(?:fact\s?sheets?|${DOCUMENT_NOUNS})\b`, 'u');

// "List the boats in the 40m package": what one gift holds, which /ask reads from the sentence
// listing it (stated-contents.ts); /aid lists figures, not contents.
const IN_ONE_GIFT = new RegExp(String.raw`\b(?:in|inside|within)\s+(?:the|that|this|its|their|his|her|a)\s+(?:[\p{L}\p{N}$€£.,]+\s+){0,3}(?:${SINGLE_GIFT_NOUNS.join('|')})\b`, 'u');

/** Whether a question about aid money (named anywhere in `message`) asks in its asking sentence how much was given in all. */
const totalAsked = (asking: string, message: string): boolean => TOTAL_ASKED.test(asking) && wordsOf(message).some((word) => AID_MONEY_NOUN.test(word));

/** The size order the asking sentence of a message about aid money asks for ("whats the bigest aid package", "who gave the most aid"), or undefined. */
function sizeAsked(asking: string, message: string): SizeOrder | undefined {
  if (!wordsOf(message).some((word) => AID_MONEY_NOUN.test(word))) return undefined;
  const words = wordsOf(asking);
  for (const [index, word] of words.entries()) {
    const order = SIZE_SUPERLATIVES.get(word) ?? superlativeMistyped(word);
    if (order === undefined) continue;
    if (!QUANTITY_SUPERLATIVES.has(word)) return order;
    const next = words[index + 1];
    if (words[index - 1] !== 'at' && (next === undefined || AFTER_QUANTITY.test(next))) return order;
  }
  return undefined;
}

// A slip of one letter in the longer superlatives ("bigest", "largst", "smalest").
function superlativeMistyped(word: string): SizeOrder | undefined {
  return [...SIZE_SUPERLATIVES].find(([superlative]) => slipOf(word, superlative))?.[1];
}

/** Whether a word of six letters or more is `meant` typed with one letter wrong, missing, extra or swapped ("pakage"). */
const slipOf = (word: string, meant: string): boolean => word.length >= 6 && meant.length >= 6 && editDistance(word, meant, 1) <= 1;

// A request for the list of aid figures, not one fact: "aid to pellonia", "list military aid from zorvia".
const AID_LISTING = new RegExp(
  String.raw`^(?:(?:list|show|all|give me|get)\s+(?:me\s+)?(?:the\s+|all\s+)?)?(?:[\p{L}.]+\s+){0,2}${AID_NOUN}(?:\s+(?:figures|amounts|totals|packages?))?(?:\s+(?:announced|pledged|approved|delivered|sent|given|provided|promised|requested))?(?:\s+(?:from|by|to|for|in|since|before|after|between|during)\s+.+)?$`,
  'u',
);
// A request for the dated list: "timeline of …", "what happened in july 2024", "key events",
// "anything new this month" (alone, "anything new" asks for the latest articles: asksForNews).
const TIMELINE_HEAD = String.raw`^(?:(?:show|list|give me)\s+(?:me\s+)?(?:the\s+|a\s+)?)?(?:timeline|chronology|(?:key\s+)?(?:events|dates)|what (?:has )?happened|what's happened|what went on|anything (?:new|happened)|what is new)\b`;
const TIMELINE_LISTING = new RegExp(TIMELINE_HEAD, 'u');
// The same asked topic first, as a search box is typed: "harbour summit timeline", "ferry aid chronology".
// Not a clause that ends on the word ("…, some analyst gave a timeline"): an article or a possessive before it.
const TIMELINE_LAST = /^(.+?)(?<!\b(?:a|an|any|no|some|his|her|their|its|our|your|my))\s+(?:timeline|chronology)$/u;
// An event the listing is bounded by: "before the summit", "since the election".
const ANCHOR = /^(before|prior to|ahead of|until|after|since|following)\s+(.+)$/u;
const TIMELINE_FILLER = new RegExp(String.raw`${TIMELINE_HEAD}\s*(?:of|for|about|on|at|in|with|during|to)?\s*`, 'u');
// A second question after the listing's ("what happened with the council in july, why did they
// meet", "…, did they agree"), read on the line as typed (the plain form keeps one clause): a list
// of dated events cannot say why, who or how, nor yes or no; /ask answers the message as a whole.
const ASKS_MORE = /(?:[,;:]|\s(?:and|but|also))\s+(?:and\s+)?(?:why|how|who|whom|whose|where|which|what)\b|[,;:]\s+(?:so\s+)?(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had)\s+\p{L}/u;

// "What did X say", "has X commented on …": the verbs a question asks for someone's words with.
const ASKED = `(?:${ASKED_SPEECH_VERBS.join('|')})`;
// The words asked for as such, maybe pressed for as they were said: "quote", "exact words", "actual remarks".
const QUOTE_NOUN = String.raw`(?:(?:(?:actual|exact|real|direct|full|precise|verbatim|very) )?(?:quotes?|quotations?|statements?|remarks)|(?:actual|exact|precise|verbatim|very) (?:words|wording))`;
const QUOTE_QUESTION = [
  new RegExp(String.raw`^what (?:did|does|has|have|had) (.+?) ${ASKED}(?:\s+(?:reporters|journalists))?(?:\s+(?:about|on|regarding|concerning|of|in)\s+(.+))?$`, 'u'),
  /^(?:quotes?|statements?|remarks|what)\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$/u,
  new RegExp(String.raw`^(?:did|has) (.+?) ${ASKED} (?:anything )?(?:about|on|regarding) (.+)$`, 'u'),
  // "What were holm's exact words on the toll": the words themselves asked for.
  new RegExp(String.raw`^what (?:were|are|was|is) (.+?)(?:'s?)? ${QUOTE_NOUN}(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$`, 'u'),
  // Typed as keywords, the name first: "berg quote", "holm's quotes", "olsen actual quote pls" (with a topic after it, /ask weighs the topic better).
  new RegExp(String.raw`^(.+?)(?:'s?)? ${QUOTE_NOUN}$`, 'u'),
];

const WHO_QUESTION = /^(?:who(?: is| was| are)|tell me (?:more )?about|what do you know about|info(?:rmation)? (?:on|about)|profile of)\s+(.+)$/u;
// What chat adds after the name restates the question ("whos mara olsen, like what's her role",
// "who is berg and what does he do"): the name is what comes before it.
const RESTATED = /\s*(?:,|\s(?:and|like|i mean)\s).*$/u;

// "What is berg's job", "what does olsen do", "who does holm work for": a person's role asked in other words.
// Typed name first too: "mara olsen what's her job", "berg role".
// Chat may close it with a hedge: "whats berg's job again", "… role now".
const ROLE_WORD = '(?:job|role|position|title|post|occupation|profession)(?: (?:again|now|exactly|today|these days|nowadays|currently|tho|though|anyway))?';
const ROLE_QUESTION = new RegExp(
  [
    String.raw`^what (?:is|was) (.+) ${ROLE_WORD}$`,
    String.raw`^what (?:is|was) the ${ROLE_WORD} of (.+)$`,
    String.raw`^what (?:does|did) (.+) do(?: for (?:a )?(?:living|work))?$`,
    // Whom they work for, where: the organisation their role is with.
    String.raw`^who (?:does|did|is|was) (.+?) work(?:ing)? for$`,
    String.raw`^where (?:does|did|is|was) (.+?) work(?:ing)?$`,
    String.raw`^(.+?),? what (?:is|was) (?:his|her|their) ${ROLE_WORD}$`,
    String.raw`^(.+?) ${ROLE_WORD}$`,
  ].join('|'),
  'u',
);

// "berg, what is her role in the government", "his job at the ministry": the body the role is held
// in, which the person's record shows beside it (a role "in the deal" is no post: not a group).
const ROLE_HELD_IN = /\s(?:in|at|with|on|within) (?:the|his|her|their|this|that) (\p{L}+)$/u;
const withoutBody = (question: string): string => {
  const held = ROLE_HELD_IN.exec(question);
  return held !== null && namesGroup(held[1]!) ? question.slice(0, held.index) : question;
};

/** The person a role question names, possessive or not ("berg's", "bergs"), when it is someone the coverage knows. */
function roleAsked(asked: string, context: RouterContext): string | undefined {
  const question = withoutBody(asked);
  // Chat may describe them after it: "whats brenans job, the guy who talked abt the pier".
  const match = ROLE_QUESTION.exec(question) ?? ROLE_QUESTION.exec(question.replace(RESTATED, ''));
  // "berg - what's her job", "berg: her role": the name without the dash or colon that sets it off.
  const named = match?.slice(1).find((group) => group !== undefined)?.replace(/\s*[-–—:;]+$/u, '');
  if (named === undefined) return undefined;
  return [named.replace(/'s?$/u, ''), named, named.replace(/s$/u, '')].find((name) => name !== '' && namesKnownPerson(name, context));
}

/** The known person a "who is …" question (or a bare name) asks about, as in the question; undefined when it names none. */
function askedWho(question: string, context: RouterContext): string | undefined {
  const role = roleAsked(question, context);
  if (role !== undefined) return role;
  const asked = WHO_QUESTION.exec(question)?.[1];
  if (asked === undefined) return namesKnownPerson(question, context) ? question : undefined;
  return [asked, asked.replace(RESTATED, '')].find((name) => name !== '' && namesKnownPerson(name, context));
}

const HELP_QUESTION = /^(?:help|commands|\?|what can you do|how do (?:i|you) use (?:this|you|the bot)|what commands (?:are there|do you have))$/u;
// A greeting, thanks or a nod on its own asks nothing of the coverage ("thanks" is not a search
// for thanks): the reply shows what the bot can do.
const SMALL_TALK_WORDS = String.raw`(?:h(?:i|ey|ello|iya|owdy)|yo|sup|good (?:morning|afternoon|evening|bot)|nice bot|thanks?(?: you)?(?: (?:so much|a lot|again))?|thx|tnx|ty|cheers|ok(?:ay)?|k|cool|nice|great|awesome|lol|haha|gm|bye|goodbye)(?: (?:bot|there|all|everyone|guys))?`;
const SMALL_TALK = new RegExp(String.raw`^${SMALL_TALK_WORDS}(?: ${SMALL_TALK_WORDS}){0,3}$`, 'u');
// "What's new", "whats the latest news", "any updates": a line of nothing but asking for news is
// asked for the newest articles, as /sources lists them.
const NEWS_WORDS = new Set(['latest', 'newest', 'new', 'recent', 'recently', 'news', 'updates', 'update', 'headlines']);
const NEWS_REQUEST_WORDS = new Set([
  ...NEWS_WORDS, 'what', 'is', 'are', 'the', 'any', 'anything', 'there', 'some', 'me', 'show', 'give', 'tell', 'get', 'top',
  'coverage', 'articles', 'article', 'reports', 'report', 'stories', 'story',
]);
const asksForNews = (question: string): boolean => {
  const words = question.split(' ').filter(Boolean);
  return words.some((word) => NEWS_WORDS.has(word)) && words.every((word) => NEWS_REQUEST_WORDS.has(word));
};
const SOURCES_QUESTION = /^(?:(?:show|list|what are|which are)\s+)?(?:your |the |all )?(?:sources|articles|coverage)(?: (?:do you have|are loaded|do you use|do you know))?$|^(?:what|which) (?:coverage|sources|articles|outlets|publishers) (?:do you|are|have you)\b|^what do you (?:know|cover)$|^how many (?:sources|articles|stories|outlets|publishers) (?:do you have|are (?:there|loaded)|have you (?:got|read))$/u;

const withDefined = (options: Record<string, string | undefined>): RawOptions =>
  Object.fromEntries(Object.entries(options).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));

/**
 * The command for a plain question (already cleaned of control characters); /ask unless the
 * question's shape asks for another command the registry has. Decided on the words only: case
 * and punctuation change nothing.
 */
export function routeQuestion(line: string, context: RouterContext, available: Availability, now?: Date): Routed {
  const plain = plainForm(line);
  const question = plain.replace(/^(?:hey|hi|hello|ok|okay|so|and|but|please|pls|bot)[,\s]+/u, '');
  // "last week", "in march 2024": the period the question asks about, cut from its words.
  const dated = datesInQuestion(question, now === undefined ? undefined : askedAt(now, context.coverageEnd));
  const bounds = (command: string) => (available(command, 'from') ? { from: dated.from, to: dated.to } : {});
  const ask = askRoute(line, dated, available);

  // Small talk is judged on the line as typed: plainForm drops greetings that open a question ("hi there").
  if ((HELP_QUESTION.test(question) || SMALL_TALK.test(line.toLowerCase().replace(/[\s,!.?]+/gu, ' ').trim())) && available('help')) return { command: 'help', options: {} };
  if ((SOURCES_QUESTION.test(question) || asksForNews(question)) && available('sources')) return { command: 'sources', options: {} };

  const undated = dated.from === undefined && dated.to === undefined ? question : dated.rest;
  if (namesSource(question)) return ask;
  for (const pattern of QUOTE_QUESTION) {
    const match = pattern.exec(undated);
    const speaker = match?.[1];
    if (speaker !== undefined && namesKnownPerson(speaker, context) && available('quote', 'person')) {
      return { command: 'quote', options: withDefined({ person: asTyped(speaker, line), topic: asTyped(match?.[2]?.trim() ?? '', line), ...bounds('quote') }) };
    }
  }

  const who = askedWho(question, context);
  if (who !== undefined && available('who', 'name')) return { command: 'who', options: { name: asTyped(who, line) } };

  const understood = understandQuestion(question);
  const kind = understood.kind;
  // "they said it's the biggest since some earlier tranche. what was that one called": a size or a
  // total the user told is no listing asked for; only the asking sentence asks for one.
  const asked = understood.told === undefined ? undated : understood.plain;
  // "aid to pellonia" lists the figures; "the biggest aid package" lists them by size, largest first.
  // "is the new package the biggest one": a yes or no a sentence gives ("the largest since …"), which a listing by size cannot.
  const size = available('aid', 'order') && kind !== 'yes-no' ? sizeAsked(asked, undated) : undefined;
  const total = available('aid', 'totals') && totalAsked(asked, undated);
  if ((size !== undefined || total || (kind === 'statement' && AID_LISTING.test(question) && !IN_ONE_GIFT.test(question))) && !namesPersonOutsideFigures(question, context) && !ATTRIBUTED.test(question) && !NAMES_DOCUMENT.test(question) && available('aid')) {
    const { from, to } = dated;
    const kindOfAid = wordsOf(question).map((word) => AID_KIND_WORDS.get(word)).find((k) => k !== undefined);
    const { recipient, rest } = receiverIn(undated.replace(TOTAL_ASKED, ' ').replace(/\s+/gu, ' ').trim());
    const packages = size !== undefined && wordsOf(undated).some(namesSingleGift) ? 'true' : undefined;
    const totals = total && packages === undefined ? 'true' : undefined;
    const donor = donorIn(rest, context);
    // "pellonia aid", "quellmark aid": a party named without "to" or "from" that the coverage reports
    // receiving more than giving is the recipient.
    const received = recipient === undefined && (donor === undefined || !donor.includes(NAME_LIST_SEPARATOR)) ? (donor ?? knownRecipientIn(rest, context)) : undefined;
    if (received !== undefined && mostlyReceives(received, context)) {
      return { command: 'aid', options: withDefined({ recipient: asTyped(received, line), kind: kindOfAid, from, to, order: size, packages, totals }) };
    }
    return { command: 'aid', options: withDefined({ donor, recipient: recipient && asTyped(recipient, line), kind: kindOfAid, from, to, order: size, packages, totals }) };
  }

  // "when do the deliveries start … timeline" asks for one date, not the listing.
  const topicFirst = kind === 'statement' || kind === 'what' ? TIMELINE_LAST.exec(dated.rest)?.[1] : undefined;
  if ((TIMELINE_LISTING.test(question) || topicFirst !== undefined) && !ASKS_MORE.test(line.toLowerCase()) && available('timeline')) {
    const topic = (topicFirst ?? dated.rest.replace(TIMELINE_FILLER, '')).replace(/^(?:the|a|an)\s+/u, '').trim();
    // "what happened after the summit": the summit dates the answer, it is not its topic.
    const anchor = ANCHOR.exec(topic);
    const side = anchor?.[1] === 'before' || anchor?.[1] === 'prior to' || anchor?.[1] === 'ahead of' || anchor?.[1] === 'until' ? 'before' : 'after';
    if (anchor !== null && available('timeline', side)) {
      return { command: 'timeline', options: withDefined({ [side]: asTyped(anchor[2] ?? '', line), from: dated.from, to: dated.to }) };
    }
    return { command: 'timeline', options: withDefined({ topic: asTyped(topic, line), from: dated.from, to: dated.to }) };
  }
  return ask;
}

/**
 * The /ask request for a question: bounded by the period it names counting from its asking
 * ("yesterday"), which its words cannot match. A calendar date ("in 2023", "in june") stays
 * among the words: a sentence stating it is what answers "who won in 2023", "who said the
 * timetable starts in june".
 */
function askRoute(line: string, dated: ReturnType<typeof datesInQuestion>, available: Availability): Routed {
  const bounded = dated.relative?.fromAsking === true && available('ask', 'from');
  return { command: 'ask', options: withDefined({ question: line, ...(bounded ? { from: dated.from, to: dated.to } : {}) }) };
}

/** The /ask request for a line whatever its shape (the fallback of a guessed command, a typed /ask). */
export function askQuestion(line: string, context: RouterContext, available: Availability, now: Date): Routed {
  return askRoute(line, datesInQuestion(plainForm(line), askedAt(now, context.coverageEnd)), available);
}
