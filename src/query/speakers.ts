// "What did X say": which sentences are X speaking — X beside a speech verb ("Haraldsen said",
// "said Haraldsen", "according to Haraldsen"), X's own statement, or a transcript paragraph under
// X's label — and which words of a question name the one asked to be speaking.
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import type { Concept } from './concept.js';
import { terms } from '../factbase/terms.js';
import { ASKED_SPEECH_VERBS, REPORTING_VERBS, SAYING_BASE_FORMS, SAYING_VERBS, SPEECH_ACTS } from '../lexicon/speech-verbs.js';
import { isTitleWord } from '../lexicon/titles.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { isVerbIngForm } from './parts-of-speech.js';
import { senseOffsets } from '../lexicon/wordnet.js';
import { isEnglishWord, PLAIN_PERSON_NOUNS, regularSingulars } from '../lexicon/english-words.js';
import { isKindOf } from '../lexicon/word-kinds.js';

// "What did X say", "does X think", "according to X", "in X's view": X must be the one speaking.
// Read on the lower-cased question: the words between the auxiliary and the verb are the speaker.
// After "is" or "was" the verb is passive ("how much was the grant lindqvist announced"): what
// stands between is what was said, not who said it.
const SPEECH = `(?:${ASKED_SPEECH_VERBS.join('|')})`;
export const SPEAKER_PATTERNS = [
  new RegExp(String.raw`\b(?:did|does|do|has|have|had|will|would)\s+((?:[\p{L}'.-]+\s+){0,3}?[\p{L}'.-]+)\s+${SPEECH}\b`, 'u'),
  /\baccording to\s+((?:[\p{L}'.-]+\s*){1,4}?)(?=,|$|\s(?:how|what|when|where|who|why|which|did|does|is|was|has|have)\b)/u,
  /\bin\s+((?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+?)'s?\s+(?:view|opinion|words)\b/u,
  // "berg didn't say anything about it, did she", "holm never commented": a claim of no words is checked against theirs.
  new RegExp(String.raw`^((?:[\p{L}'.-]+\s+){0,2}?[\p{L}'.-]+)\s+(?:(?:did|does|has|have|had)(?:n't|\s+not)|never)\s+${SPEECH}\b`, 'u'),
];
/**
 * Whether the speakers asked about are described, not named: "according to the northern
 * governments", "what did analysts say", "what did the top navy guy say". A plural of a kind of
 * person or group, or a plain word for someone, after an owner and everyday words, none a surname
 * the coverage knows, stands for whoever the coverage says fits ("some northern nations", "the
 * chief of staff"): a topic to search, not a speaker a sentence must name.
 */
export function describesSpeakers(phrase: string, surnames: { has(term: string): boolean }): boolean {
  // An owner ("pellonia's") says whose, and may be any name but a person's.
  const words = phrase.split(/\s+/u).filter((word) => terms(word).length > 0);
  const head = words.at(-1);
  const owner = (word: string) => /['’]s$/u.test(word);
  if (head === undefined || owner(head) || words.some((word) => (!owner(word) && !isEnglishWord(word)) || terms(word).some((term) => surnames.has(term)))) return false;
  // A plural: no noun of its own ("boss" is one), the plural of one that is.
  const plural = senseOffsets('noun', head).length === 0 && regularSingulars(head).some((form) => form !== head && (isKindOf(form, 'person') || isKindOf(form, 'group')));
  return PLAIN_PERSON.has(head) || plural;
}
const PLAIN_PERSON: ReadonlySet<string> = new Set(PLAIN_PERSON_NOUNS);

// Speech and stance verbs after a name (several are stop words, so they never reach the index
// terms): the saying verbs of news writing, their base forms, the verbs a question asks with,
// and stances, which answer what someone thinks or wants.
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...SAYING_VERBS,
  ...SAYING_BASE_FORMS,
  ...SPEECH_ACTS,
  ...ASKED_SPEECH_VERBS,
  'criticized', 'criticised', 'condemned', 'denounced',
  'supports', 'supported', 'wants', 'wanted', 'hopes', 'hoped', 'opposes', 'opposed', 'backs', 'backed', 'favours', 'favors',
  'confident', 'rejects', 'rejected', 'welcomed', 'welcomes',
  // "The spokesperson reported that …". Not a speech verb to the build: "Reuters reported" would make
  // a news agency someone's surname.
  'reported', 'reports',
]);
// Verbs that report speech only beside a quotation or a "that" clause after them ("Berg assured
// the board on Monday that …", "Holm promised that …"): on their own they are deeds.
const REPORTING_A_CLAUSE: ReadonlySet<string> = new Set(REPORTING_VERBS.filter((verb) => !verb.includes(' ') && !SPEECH_VERBS.has(verb)));
/** Tokens between such a verb and its "that": its object and a date ("assured the board on Monday, 3 June, that"). */
const CLAUSE_REACH = 10;
const reportsClause = (words: readonly string[], at: number): boolean => REPORTING_A_CLAUSE.has(words[at]!) && words.slice(at + 1, at + 1 + CLAUSE_REACH).includes('that');

// Verbs that may come before the speaker ("said Haraldsen", "according to Haraldsen"); others before a
// name make it the object ("thanked Canada"). "According" names its source only after it: "X,
// according to the schedule" is not X speaking.
const VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote', 'according', 'asked']);
// How near a name and a speech verb must be: "Haraldsen said", "said Haraldsen", "Berg, the minister, said".
const SPEAKER_SPAN_AFTER = 6;
const SPEAKER_SPAN_BEFORE = 2;
/** Tokens a description set off by commas after a name may take ("Holm, a transport analyst at the institute, said"). */
const APPOSITION_SPAN = 14;
// A name after one of these is its object ("gratitude to Governor Reyes, saying", "a meeting
// with Lindqvist in Bern"), and the speech verb that follows belongs to the clause's subject.
const PREPOSITIONS: ReadonlySet<string> = new Set([
  'to', 'with', 'for', 'by', 'from', 'of', 'at', 'on', 'in', 'between', 'against', 'toward', 'towards', 'about', 'than',
  'among', 'including', 'like', 'into', 'after', 'before', 'during', 'without', 'alongside', 'beside', 'besides', 'behind',
]);
// A verb in the past before a name makes it the object: "thanked", "met", "told".
const PAST_VERB = /^(?:\p{L}+ed|met|told|gave|sent|saw|took|brought)$/u;
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAY_NAMES, ...MONTH_NAMES]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'you']);
// An article that is someone's own words ("Statement by …", "Remarks of …", "Remarks as Prepared
// for Delivery by …"), its speaker named
// right after "by/of/from" ("Statement from the Press Secretary on the Visit of President X" is
// the press secretary's), and a transcript paragraph under a speaker's label ("MR. BERG: …",
// "SECRETARY HARALDSEN: …") or a reporter's "Q". A readout reports others in the third person.
const OWN_WORDS_TITLE = /^\s*(?:(?:joint\s+)?statement|remarks|letter|message|op-ed|interview|proclamation|press\s+(?:briefing|gaggle|conference))(?:\s+as\s+(?:prepared\s+for\s+delivery|delivered))?\s+(?:by|of|from)\s+(.+?)(?=\s+(?:on|at|to|for|regarding|about|in|during|before|after|upon|following)\s|[:,(]|$)/iu;
// "Remarks by President A and President B": two speakers, so the title does not say who speaks.
const JOINT = /\s(?:and|with|&)\s/u;
const SPEAKER_LABEL = /^\s*((?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z.'’-]+):\s/u;
const REPORTER_LINE = /^\s*Q[\s.:]/u;

/** The id of the first sentence of the sentence's paragraph. */
function paragraphStart(facts: LoadedFactBase, sentenceId: number): number {
  const { articleId, paragraph } = facts.sentence(sentenceId);
  let first = sentenceId;
  while (first > 0 && facts.sentence(first - 1).articleId === articleId && facts.sentence(first - 1).paragraph === paragraph) first--;
  return first;
}

const FEW_TERMS = 3;

/** Whether the sentence says next to nothing ("Thank you so much.", "MS. OLSEN: I did not say that."): under three index terms besides a label. */
export const saysLittle = (text: string): boolean => terms(text.replace(SPEAKER_LABEL, '')).length < FEW_TERMS;

/** A transcript turn: who its label says speaks ('reporter' for a "Q"), and the sentence that opens it with that label. */
export interface SpeakerTurn {
  label: string | 'reporter';
  labelledAt: number;
}

const ownLabel = (opening: string): string | 'reporter' | undefined => (REPORTER_LINE.test(opening) ? 'reporter' : SPEAKER_LABEL.exec(opening)?.[1]);

const turnMemo = new WeakMap<LoadedFactBase, Map<number, SpeakerTurn | null>>();

/**
 * The transcript turn the sentence is in ("MR. LINDQVIST: …" or a reporter's "Q …"): a turn goes
 * on over unlabelled paragraphs until the next label, so a reporter's second paragraph is still
 * the reporter's. Undefined before any label in its article (or in an article with none).
 */
export function speakerTurn(facts: LoadedFactBase, sentenceId: number): SpeakerTurn | undefined {
  let memo = turnMemo.get(facts);
  if (memo === undefined) turnMemo.set(facts, (memo = new Map()));
  // Paragraph openings walked back to a label or a paragraph already resolved; each is resolved once.
  const walked: number[] = [];
  let turn: SpeakerTurn | null = null;
  for (let at = paragraphStart(facts, sentenceId); ; at = paragraphStart(facts, at - 1)) {
    const known = memo.get(at);
    if (known !== undefined) {
      turn = known;
      break;
    }
    walked.push(at);
    const label = ownLabel(facts.sentence(at).text);
    if (label !== undefined) {
      turn = { label, labelledAt: at };
      break;
    }
    if (at === 0 || facts.sentence(at - 1).articleId !== facts.sentence(at).articleId) break;
  }
  for (const at of walked) memo.set(at, turn);
  return turn ?? undefined;
}

/** Whether the sentence is in a reporter's transcript turn ("Q On the ferries, there is a report that …"): a question, not a statement. */
export const reporterAsks = (facts: LoadedFactBase, sentenceId: number): boolean => speakerTurn(facts, sentenceId)?.label === 'reporter';

/** Whether a label names a title and no one ("THE PRESIDENT"): the article's own-words title says who holds it. */
export const namesOnlyTitle = (label: string): boolean =>
  label
    .toLowerCase()
    .split(/\s+/u)
    .filter((word) => word !== 'the')
    .every((word) => isTitleWord(word));

/** The one speaker an article of someone's own words names in its title ("Remarks by Mayor Reyes on …"), else undefined. */
export function ownWordsSpeaker(title: string): string | undefined {
  const speaker = OWN_WORDS_TITLE.exec(title)?.[1];
  return speaker === undefined || JOINT.test(speaker) ? undefined : beforeParticiple(speaker);
}

/**
 * "President Berg Welcoming the Opening of the Port": the name ends before a verb in -ing, which
 * begins what the statement is about. A name ending in -ing that is no verb's ("Jinping", "King")
 * stays, as does a last word ("Senator Browning"): a participle opening the topic has words after it.
 */
function beforeParticiple(speaker: string): string {
  const words = speaker.split(/\s+/u);
  const at = words.findIndex((word, i) => i > 0 && i < words.length - 1 && isVerbIngForm(word));
  return at === -1 ? speaker : words.slice(0, at).join(' ');
}

/**
 * Whether the sentence's paragraph is labelled with the speaker's name or, unlabelled, its article
 * is their own statement. `surnames` are last words of names: a title naming only "Mara" is not
 * Mara Olsen's.
 */
export function speakerOfContext(facts: LoadedFactBase, sentenceId: number, surnames: ReadonlySet<string>): boolean {
  // A transcript turn says who speaks, whatever the title: the label's, or a reporter's.
  const label = speakerTurn(facts, sentenceId)?.label;
  if (label === 'reporter') return false;
  const title = () => ownWordsSpeaker(facts.article(facts.sentence(sentenceId).articleId).title ?? '');
  const speaker = label !== undefined && !namesOnlyTitle(label) ? label : (title() ?? label);
  return speaker !== undefined && namesSpeaker(speaker, surnames);
}

/**
 * Whether a label or title naming a speaker ("MR. LINDQVIST", "Mayor Ana Reyes") names the one
 * `surnames` stand for: by its last word, where a name stands ("SENIOR CASTLE OFFICE OFFICIAL" is
 * no one called Castle), or, for several words asked ("castle office"), by all of them.
 */
export function namesSpeaker(words: string, surnames: ReadonlySet<string>): boolean {
  const written = terms(words);
  return surnames.has(written.at(-1) ?? '') || (surnames.size > 1 && [...surnames].every((term) => written.includes(term)));
}

/**
 * Whether the sentence is in a named speaker's transcript turn, someone else than the one named by
 * `surnames`: "MR. BERG: As Olsen noted, …" gives Olsen's words only as Berg retells them. (A
 * reporter's turn weighs by its own rule: it asks, and may run on into narrative text.)
 */
export function othersTurn(facts: LoadedFactBase, sentenceId: number, surnames: ReadonlySet<string>): boolean {
  const label = speakerTurn(facts, sentenceId)?.label;
  if (label === undefined || label === 'reporter') return false;
  return !namesOnlyTitle(label) && !namesSpeaker(label, surnames);
}

/** A sentence opening on a personal pronoun ("He stressed …") goes on about the one before's subject. */
export const OPENS_WITH_PRONOUN = /^\s*(?:He|She|They)\s/u;
// "He stressed that …" right after "Berg criticized …": the pronoun goes on with the same speaker.
const PRONOUN_SPEAKS = new RegExp(String.raw`${OPENS_WITH_PRONOUN.source}+(?:also\s+|further\s+|then\s+|later\s+)?(\p{L}+)`, 'u');

// "He stressed that …" opening the sentence, or '…," she said' after a quotation or clause. Not
// "the spokesman said he hoped …": there "he" may be the spokesman.
const PRONOUN_ATTRIBUTION = /(?:^\s*|[,"”]\s*)(?:he|she)\s+(?:also\s+|further\s+|then\s+|later\s+)?(\p{L}+)|[,"”]\s*(\p{L}+)\s+(?:he|she)\b/giu;

/** Whether a "he" or "she" is the one speaking in the sentence (He stressed that …; "…," she said). */
export function pronounSpeaks(text: string): boolean {
  for (const [, after, before] of text.matchAll(PRONOUN_ATTRIBUTION)) {
    if (after !== undefined && SPEECH_VERBS.has(after.toLowerCase())) return true;
    if (before !== undefined && VERBS_BEFORE_SPEAKER.has(before.toLowerCase())) return true;
  }
  return false;
}

/**
 * Whether the sentence is a pronoun speaking right after a sentence of the same article where the
 * one asked speaks (`spokeIn`: named beside a speech verb, or known by their role's words).
 */
export function continuesSpeech(facts: LoadedFactBase, sentenceId: number, spokeIn: (sentenceId: number) => boolean): boolean {
  const sentence = facts.sentence(sentenceId);
  const verb = PRONOUN_SPEAKS.exec(sentence.text)?.[1]?.toLowerCase();
  if (verb === undefined || !SPEECH_VERBS.has(verb) || sentenceId === 0) return false;
  return facts.sentence(sentenceId - 1).articleId === sentence.articleId && spokeIn(sentenceId - 1);
}

const WORD_OR_MARK = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[,;:()"“”—–]/gu;
const isMark = (token: string): boolean => /^[,;:()"“”—–]$/u.test(token);
const capitalised = (token: string): boolean => /^\p{Lu}/u.test(token);

/**
 * Whether the name ending at `at` is an object: of a preposition ("gratitude to Governor Ana
 * Reyes, saying"; but "Secretary of State Mara Olsen" is a title) or of a verb in the past
 * ("the mayor thanked Governor Reyes, saying"): the speech verb after it is its subject's.
 */
function nameIsObject(tokens: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const lower = token.toLowerCase();
    // A sentence's first word is capitalised whatever it is: "With Lindqvist at his side, …".
    if (i === 0) return PREPOSITIONS.has(lower);
    if (capitalised(token)) continue;
    if (isMark(token)) return false;
    // "of" inside a title ("Secretary of State") belongs to the name.
    if (PREPOSITIONS.has(lower) && capitalised(tokens[i - 1]!)) continue;
    return PREPOSITIONS.has(lower) || (PAST_VERB.test(lower) && !isTitleWord(lower));
  }
  return false;
}

/**
 * Whether the speech verb at `verb` has a subject of its own: before it ("Lindqvist in Bern,
 * Haraldsen warned", "…, he said") or, inverted, after it ("Lindqvist and I stand with the port,"
 * said Mayor Reyes).
 */
function otherSubject(tokens: readonly string[], verb: number, names: ReadonlySet<string>): boolean {
  const other = (token: string) => {
    const lower = token.toLowerCase();
    return capitalised(token) && !terms(lower).some((term) => names.has(term)) && !isTitleWord(lower);
  };
  const before = tokens[verb - 1];
  if (before !== undefined && (SUBJECT_PRONOUNS.has(before.toLowerCase()) || (verb - 1 > 0 && other(before)))) return true;
  // Inverted after a quotation or clause: '…," said Mayor Reyes' (not "said Tuesday").
  if (before === undefined || !isMark(before) || !VERBS_BEFORE_SPEAKER.has(tokens[verb]!.toLowerCase())) return false;
  for (let i = verb + 1; i < tokens.length && capitalised(tokens[i]!); i++) if (other(tokens[i]!) && !CALENDAR.has(tokens[i]!)) return true;
  return false;
}

/** Whether a name of the speaker stands next to a speech verb ("Haraldsen said", "said Haraldsen", "according to Haraldsen") as its subject. */
export function speaks(text: string, names: ReadonlySet<string>): boolean {
  const tokens = text.match(WORD_OR_MARK) ?? [];
  const words = tokens.map((token) => token.toLowerCase());
  return words.some((word, i) => {
    if (isMark(word) || !terms(word).some((term) => names.has(term))) return false;
    const before = words.slice(Math.max(0, i - SPEAKER_SPAN_BEFORE), i);
    if (before.some((other) => VERBS_BEFORE_SPEAKER.has(other))) return true;
    // "Lindqvist's call with Reyes": a possessive owns the noun after it; it does not speak.
    if (nameIsObject(tokens, i) || /['’]s$/u.test(tokens[i]!)) return false;
    // "Holm, a transport analyst at the institute, said …": the speech verb follows the name's description.
    const described = words[i + 1] === ',' ? words.indexOf(',', i + 2) : -1;
    const from = described > 0 && described - i <= APPOSITION_SPAN ? described + 1 : i + 1;
    for (let j = from, span = 0; j < words.length && span < SPEAKER_SPAN_AFTER; j++) {
      const other = words[j]!;
      if (isMark(other)) continue;
      span++;
      if (!SPEECH_VERBS.has(other) && !reportsClause(words, j)) continue;
      return !otherSubject(tokens, j, names);
    }
    return false;
  });
}

/**
 * "What did mara olssen say": a surname typed as the coverage never writes it joins no name run,
 * so the given name before it stood as a second speaker whom no sentence names speaking. When
 * one speaker concept found a person whose names hold every other speaker word, those words
 * are that person's: the others go, and the person's concept carries their weight. So are words
 * of a role the coverage gives them, and a word for a kind of person ("that analyst holm").
 */
export function joinSpeakerWords(concepts: Concept[], people: readonly Person[]): void {
  const speakers = concepts.filter((concept) => concept.speaker === true);
  if (speakers.length < 2) return;
  const owner = speakers.find((concept) => {
    const person = people.find((candidate) => candidate.id === concept.person);
    const own = new Set([person?.name ?? '', ...(person?.aliases ?? []), ...(person?.roles.map((role) => role.title) ?? [])].flatMap((name) => terms(name)));
    return person !== undefined && speakers.every((other) => other === concept || own.has(other.term) || describesPerson(other));
  });
  if (owner === undefined) return;
  owner.weight = Math.max(...speakers.map((concept) => concept.weight));
  for (const other of speakers) if (other !== owner) concepts.splice(concepts.indexOf(other), 1);
}

/** Whether a speaker word no one is named by is a title's or a kind of person ("analyst", "minister"). */
const describesPerson = (concept: Concept): boolean => concept.person === undefined && [concept.term, ...concept.forms].some((word) => isTitleWord(word) || isKindOf(word, 'person'));

/**
 * "What did berg and holm each say": either one speaking answers for them. The speakers become one
 * concept any of whom may speak, which asks about no one person (each sentence names its own).
 */
export function eitherSpeaker(concepts: Concept[]): void {
  const speakers = concepts.filter((concept) => concept.speaker === true);
  const [first, ...others] = speakers;
  if (first === undefined || others.length === 0) return;
  const tests = speakers.map((concept) => concept.test);
  first.test = (id) => Math.max(...tests.map((test) => test?.(id) ?? 0));
  first.alternatives = new Set(speakers.flatMap((concept) => [...concept.alternatives]));
  first.weight = Math.max(...speakers.map((concept) => concept.weight));
  delete first.person;
  for (const other of others) concepts.splice(concepts.indexOf(other), 1);
}

// "… with a senior diplomat stating, …", "officials said": a speaker described by a kind of
// person, not named; it tells who said it, in part.
const DESCRIBED_SPEAKER = /\b(?:an?|one|the)\s+(?:[\p{L}-]+\s+){0,3}?(\p{L}+)\s*,?\s+(?:said|says|saying|stated|states|stating|told|telling|added|warned|noted|wrote|explained|insisted)\b|\b(\p{L}+s)\s+(?:said|say|told|warned|noted|stated)\b/gu;

/** Whether the sentence says something is said by someone it describes as a kind of person ("a senior diplomat stating"). */
export function describedSpeaker(text: string): boolean {
  return [...text.matchAll(DESCRIBED_SPEAKER)].some((match) => {
    const noun = (match[1] ?? match[2]!).toLowerCase();
    return [noun, ...regularSingulars(noun)].some((form) => isKindOf(form, 'person'));
  });
}

// A quotation after its speaker's label, as fact sheets list them: "Mayor Moreno: “We will …”".
const LABELLED_QUOTE = /^([^:"“]{2,80}):\s*["“]/u;

/** The label a sentence opens with before a quotation, when its last word is a surname the coverage knows ("Mayor Moreno"). */
export function quoteLabel(text: string, surnames: { has(term: string): boolean }): string | undefined {
  const label = LABELLED_QUOTE.exec(text)?.[1]?.trim();
  return label !== undefined && surnames.has(terms(label).at(-1) ?? '') ? label : undefined;
}

// Signs that a sentence reports someone's words: a verb of saying, "according to", a quotation
// after a label. Quotation marks alone may be scare quotes.
const REPORTED_SPEECH = new RegExp(String.raw`\b(?:${REPORTING_VERBS.join('|')}|according to)\b|${LABELLED_QUOTE.source}`, 'iu');

/** Whether the sentence reports anyone's words at all: one that does not names no one as having said them ("who said …"). */
export const reportsSpeech = (text: string): boolean => REPORTED_SPEECH.test(text);
