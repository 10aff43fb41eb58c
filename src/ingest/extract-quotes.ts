// Direct quotations and who said them. Quotes are found per paragraph (the sentence splitter
// cuts inside long quotes; a quote's sentences are joined back), then attributed by the
// patterns news writing uses, most reliable first:
//   1. after the quote, in its sentence:  "…," Haraldsen told reporters / "…," said O'Dowd / "…," he said
//   2. before it, in its sentence:        Lindqvist stated, "…" / Haraldsen: "…" / He concluded: "…" /
//                                          with a senior harbour official stating, "…" / according to X, "…" /
//                                          Haraldsen warned that … a "measured reply"
//   3. a quote that opens its sentence with no attribution, right after an attributed one in
//      the same paragraph, continues it.
// "he"/"she" is resolved to the one person named in the nearest preceding text that names
// anyone (outside quotes); when that text names several people the speaker stays unknown.
import type { Article, Person, Quote, Sentence } from '../factbase/schema.js';
import { LETTER } from '../lexicon/letters.js';
import { createMentionFinder } from './person-mentions.js';
import type { Mention } from './person-mentions.js';
import { findQuoteSpans } from './quote-spans.js';
import { articleRuns } from './article-runs.js';
import { REPORTING_VERBS } from '../lexicon/speech-verbs.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lexicon/calendar.js';
import { isStopWord } from '../factbase/terms.js';
import type { Pronoun } from './honorific-pronouns.js';

/** Short scare quotes ("measured reply") are kept only when someone is named as saying them. */
const MIN_UNATTRIBUTED_WORDS = 4;
/** How many sentences back a pronoun may look for the person it stands for. */
const PRONOUN_REACH = 4;

const REPORTING_VERB = String.raw`(?:${REPORTING_VERBS.join('|')})`;
const VERB_AT = new RegExp(String.raw`\b${REPORTING_VERB}\b`, 'g');
/** A speech verb within two words: "the President *has repeatedly said*". */
const VERB_SOON = new RegExp(String.raw`^\s+(?:[${LETTER}]+\s+){0,2}?${REPORTING_VERB}\b`, 'i');
const VERB_FIRST = new RegExp(String.raw`^[\s,—–-]*(?:also\s+|later\s+|then\s+)?${REPORTING_VERB}\b`);

/** Heads of descriptive speakers: "a senior harbour official", "the US State Department". */
const SPEAKER_HEAD = String.raw`(?:diplomats?|officials?|spokes(?:person|man|woman)|sources?|ministers?|secretary|president|aides?|advis[eo]rs?|analysts?|experts?|commanders?|generals?|officers?|lawmakers?|senators?|ambassadors?|envoys?|department|ministry|statement|report|chancellor|leaders?|representatives?|administration|government|Kremlin|Pentagon|White House|Department|Ministry)`;
const DESCRIBED_SPEAKER = new RegExp(String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:[${LETTER}.'’-]+\s+){0,4}?${SPEAKER_HEAD}\b`, 'g');
/** The same descriptions in any case, none inside another ("as the President said", not "a lot about the President"). */
const DESCRIBED_ANY_CASE_SOURCE = String.raw`\b(?:an?|the)\s+(?:(?!(?:an?|the)\s)[${LETTER}.'’-]+\s+){0,4}?${SPEAKER_HEAD}\b`;
const DESCRIBED_ANY_CASE = new RegExp(DESCRIBED_ANY_CASE_SOURCE, 'gi');
/** …ending a text ("as the President" said): the subject of the verb after it. */
const DESCRIBED_AT_END = new RegExp(`${DESCRIBED_ANY_CASE_SOURCE}$`, 'i');
const PRONOUN = /\b(?:[Hh]e|[Ss]he)\b/g;
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to\s+([^,;:"“”]{2,80}?)\s*(?:,|$)`);
const PREPOSITION_BEFORE = /\b(?:with|to|by|from|of|for|about|against|on|in|at|met|meet|meets|and)\s*$/i;
/** Capitalised or title-joining words directly before a name: "U.S. Secretary of State ". */
const TITLE_PREFIX = new RegExp(String.raw`(?:(?:[A-Z][${LETTER}.'’-]*|of|the)\s+)*$`);

type SpeakerKind = 'person' | 'pronoun' | 'described';

interface SpeakerCandidate {
  kind: SpeakerKind;
  /** Span of the words, and of any title written before a person's name. */
  start: number;
  end: number;
  titleStart: number;
  text: string;
  personId: string | null;
}

interface Speaker {
  name: string | null;
  personId: string | null;
}

interface ParagraphText {
  text: string;
  /** The sentences joined, with each one's [start, end) offsets in `text`. */
  parts: { sentence: Sentence; start: number; end: number }[];
}

export function extractQuotes(
  sentences: readonly Sentence[],
  _articlesById: ReadonlyMap<string, Article>,
  people: readonly Person[],
  pronouns: ReadonlyMap<string, Pronoun> = new Map(),
): Quote[] {
  const findMentions = createMentionFinder(people);
  const nameOf = new Map(people.map((p) => [p.id, p.name]));
  const quotes: Quote[] = [];
  const seen = new Set<string>();

  // One article's paragraphs at a time: all of them at once are a second copy of every text
  // (~400 MB more heap at the peak of a White House build), and no quote reads another article.
  for (const article of articleRuns(sentences)) {
    const paragraphs = paragraphsOf(article);
    for (const [p, paragraph] of paragraphs.entries()) {
      if (!paragraph.text.includes('"') && !/[“”]/.test(paragraph.text)) continue;
      const spans = findQuoteSpans(paragraph.text);
      const insideQuote = (at: number): boolean => spans.some((s) => at > s.open && at < s.close);
      const candidates = speakerCandidates(paragraph.text, findMentions).filter((c) => !insideQuote(c.start));
      const earlierText = (): ParagraphText[] => previousParagraphs(paragraphs, p);

      let previous: { speaker: Speaker; close: number } | null = null;
      for (const span of spans) {
        const text = paragraph.text.slice(span.open + 1, span.close).trim();
        if (text === '') continue;
        const sentenceOf = (at: number) => paragraph.parts.find((part) => at >= part.start && at < part.end) ?? paragraph.parts[0];
        const openSentence = sentenceOf(span.open);
        const closeSentence = sentenceOf(span.close);
        if (openSentence === undefined || closeSentence === undefined) continue;

        const after = paragraph.text.slice(span.close + 1, closeSentence.end);
        const sentenceStart = Math.max(openSentence.start, previous?.close ?? 0);
        const before = paragraph.text.slice(sentenceStart, span.open);
        const found =
          attributedAfter(after, span.close + 1, candidates) ??
          attributedBefore(before, sentenceStart, candidates) ??
          (before.trim() === '' ? continuedFrom(previous, paragraph.text, span.open, candidates) : null);
        const speaker: Speaker =
          found === null
            ? { name: null, personId: null }
            : !('kind' in found)
              ? found
              : found.kind === 'pronoun'
                ? namedInOwnWords(pronounReferent(paragraph, found, candidates, earlierText, findMentions, { nameOf, pronouns }), text, findMentions)
                : { name: found.text, personId: found.personId };

        const words = text.split(/\s+/).length;
        if (speaker.name === null && words < MIN_UNATTRIBUTED_WORDS) continue;
        previous = speaker.name === null ? null : { speaker, close: span.close + 1 };

        const sentenceIds = paragraph.parts.filter((part) => part.end > span.open && part.start <= span.close).map((part) => part.sentence.id);
        const key = `${openSentence.sentence.articleId}\0${speaker.personId ?? speaker.name ?? ''}\0${text.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        quotes.push({ id: quotes.length, sentenceIds, text, speakerId: speaker.personId, speakerName: speaker.name });
      }
    }
  }
  return quotes;
}

/** Consecutive sentences of one article paragraph, joined with single spaces. */
function paragraphsOf(sentences: readonly Sentence[]): ParagraphText[] {
  const paragraphs: ParagraphText[] = [];
  let current: ParagraphText | null = null;
  for (const sentence of sentences) {
    const first = current?.parts[0]?.sentence;
    if (current === null || first === undefined || first.articleId !== sentence.articleId || first.paragraph !== sentence.paragraph) {
      current = { text: '', parts: [] };
      paragraphs.push(current);
    }
    const start = current.text === '' ? 0 : current.text.length + 1;
    current.text = current.text === '' ? sentence.text : `${current.text} ${sentence.text}`;
    current.parts.push({ sentence, start, end: current.text.length });
  }
  return paragraphs;
}

/** Earlier paragraphs of the same article, nearest first. */
function previousParagraphs(paragraphs: readonly ParagraphText[], index: number): ParagraphText[] {
  const articleId = paragraphs[index]?.parts[0]?.sentence.articleId;
  const earlier: ParagraphText[] = [];
  for (let i = index - 1; i >= 0 && earlier.length < PRONOUN_REACH; i--) {
    const paragraph = paragraphs[i];
    if (paragraph?.parts[0]?.sentence.articleId !== articleId || paragraph === undefined) break;
    earlier.push(paragraph);
  }
  return earlier;
}

/** People (by name or alias), pronouns and descriptions ("a senior harbour official") in a text. */
function speakerCandidates(text: string, findMentions: (text: string) => Mention[]): SpeakerCandidate[] {
  const candidates: SpeakerCandidate[] = findMentions(text).map((m) => ({
    kind: 'person',
    start: m.start,
    end: m.end,
    titleStart: titleStartOf(text, m.start),
    text: m.text,
    personId: m.personId,
  }));
  const people = [...candidates];
  const overlapsPerson = (start: number, end: number): boolean => people.some((c) => start < c.end && end > c.titleStart);
  for (const match of text.matchAll(DESCRIBED_SPEAKER)) {
    const end = match.index + match[0].length;
    // "the ministry spokesperson Tor Berg": the description is the person's title.
    if (overlapsPerson(match.index, end) || /^\s+[A-Z]/.test(text.slice(end, end + 2))) continue;
    candidates.push({ kind: 'described', start: match.index, end, titleStart: match.index, text: match[0], personId: null });
  }
  for (const match of text.matchAll(PRONOUN)) {
    const end = match.index + match[0].length;
    candidates.push({ kind: 'pronoun', start: match.index, end, titleStart: match.index, text: match[0], personId: null });
  }
  return candidates.sort((a, b) => a.start - b.start);
}

/** `"…," Haraldsen said` / `"…," said O'Dowd` / `"…," according to officials`. */
function attributedAfter(after: string, offset: number, candidates: readonly SpeakerCandidate[]): SpeakerCandidate | Speaker | null {
  const lead = /^[\s,—–-]*/.exec(after)?.[0].length ?? 0;
  const according = /^according to\s+([^,;:.]{2,80})/i.exec(after.slice(lead));
  if (according?.[1] !== undefined) return describedOrPerson(according[1], offset + lead + according[0].length - according[1].length, candidates);

  const verb = VERB_FIRST.exec(after);
  if (verb !== null) {
    // "said O'Dowd", "said Secretary of State Ingrid Haraldsen", "said a senior official".
    const rest = offset + verb[0].length;
    return candidates.find((c) => c.titleStart >= rest && /^\s*$/.test(textBetween(after, offset, rest, c.titleStart))) ?? null;
  }
  // "Haraldsen told reporters", "Secretary of State Ingrid Haraldsen told reporters", "he said".
  const subject = candidates.find((c) => c.titleStart - offset <= lead + 1 && c.titleStart >= offset + lead);
  if (subject === undefined) return null;
  const afterSubject = after.slice(subject.end - offset);
  return VERB_FIRST.test(afterSubject) ? subject : null;
}

function textBetween(text: string, offset: number, from: number, to: number): string {
  return text.slice(from - offset, to - offset);
}

/** `Lindqvist stated, "…"`, `Haraldsen: "…"`, `… a senior harbour official stating, "…"`, `Haraldsen warned that … "…"`. */
function attributedBefore(before: string, offset: number, candidates: readonly SpeakerCandidate[]): SpeakerCandidate | Speaker | null {
  const according = ACCORDING_TO.exec(before);
  if (according?.[1] !== undefined) {
    return describedOrPerson(according[1], offset + according.index + according[0].indexOf(according[1]), candidates);
  }
  const inSentence = candidates.filter((c) => c.start >= offset && c.end <= offset + before.length);

  // "Haraldsen: "…"", "He concluded: "…"".
  if (/:\s*$/.test(before)) {
    const subject = inSentence.find((c) => !isObject(before, offset, c));
    if (subject !== undefined) return subject;
  }
  // The verb nearest the quote first: "Berg said that economists say, "…"" gives the economists' words.
  for (const verb of [...before.matchAll(VERB_AT)].reverse()) {
    const verbStart = offset + verb.index;
    const between = before.slice(verb.index + verb[0].length);
    // The quote must be what the verb reports: right after it, or in its "that" clause.
    if (!/^[\s,:]*$/.test(between) && !/\bthat\b/.test(between)) continue;
    // "As the president said, "…"", "56 economists say that … "…"": words someone else is said to have
    // said, even inside a speaker's own turn ("MR. BERG: …"); no one farther back said them.
    const other = someoneElse(before.slice(0, verb.index), offset, inSentence);
    if (other !== undefined) return other;
    const subject = [...inSentence]
      .reverse()
      .find((c) => c.end <= verbStart && (joinsVerb(before, offset, c, verbStart) || !isObject(before, offset, c)));
    if (subject !== undefined) return subject;
  }
  return null;
}

// Words that may stand between a speech verb and its subject: "Berg *has repeatedly* said",
// "Olsen *on Monday* stated".
const BESIDE_VERB = new RegExp(
  String.raw`^(?:also|again|never|still|further|then|only|once|just|even|later|earlier|today|yesterday|himself|herself|themselves|itself|has|have|had|was|were|is|are|am|be|been|do|does|did|could|would|might|must|should|will|can|on|${WEEKDAY_NAMES.join('|')}|${MONTH_NAMES.join('|')}|\d+|[${LETTER}]+ly)$`,
  'i',
);
// Pronouns that name someone other than the one speaking: "as they say", "as you said", "it says".
const OTHERS = /^(?:they|you|it|others|some|many|everyone|everybody|people)$/i;
const WORD = new RegExp(`^[${LETTER}][${LETTER}'’-]*$`);

/**
 * The subject a speech verb follows (`text` ends before the verb), past adverbs and auxiliaries,
 * when the candidates do not hold it: a description ("the President", named as such), a noun
 * ("economists", "the bill") or a pronoun for others ("they"), both unnamed. Undefined for a
 * candidate's last word, "I"/"we" (the speaker's own), a relative "who", punctuation or another
 * word of grammar: those leave the subject to the candidates.
 */
function someoneElse(text: string, offset: number, candidates: readonly SpeakerCandidate[]): Speaker | undefined {
  const unnamed: Speaker = { name: null, personId: null };
  const words = [...text.matchAll(/[^\s,;:—–()"“”]+|[,;:—–()"“”]/g)];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]![0];
    const end = words[i]!.index + word.length;
    if (candidates.some((c) => c.start < offset + end && c.end >= offset + end)) return undefined;
    if (BESIDE_VERB.test(word)) continue;
    const described = DESCRIBED_AT_END.exec(text.slice(0, end))?.[0];
    if (described !== undefined) return { name: described, personId: null };
    if (OTHERS.test(word)) return unnamed;
    return WORD.test(word) && !isStopWord(word.toLowerCase()) ? unnamed : undefined;
  }
  return undefined;
}

/** Whether the words before a candidate make it an object ("met with Berg", "to Chancellor Olsen"). */
function isObject(text: string, offset: number, candidate: SpeakerCandidate): boolean {
  return PREPOSITION_BEFORE.test(text.slice(0, candidate.titleStart - offset));
}

/** "a senior harbour official stating", "Marta Ruud, who said": the candidate is the verb's subject. */
function joinsVerb(text: string, offset: number, candidate: SpeakerCandidate, verbStart: number): boolean {
  return /^(?:\s+|,\s*who\s+(?:also\s+)?)$/.test(text.slice(candidate.end - offset, verbStart - offset));
}

/** The speaker named in a phrase such as "the US State Department" or "Secretary Haraldsen". */
function describedOrPerson(phrase: string, start: number, candidates: readonly SpeakerCandidate[]): SpeakerCandidate | Speaker {
  const end = start + phrase.length;
  const person = candidates.find((c) => c.kind !== 'described' && c.start >= start && c.end <= end);
  return person ?? { name: phrase.trim(), personId: null };
}

/** A quote with no attribution of its own that follows an attributed one: `"…," he said. "…"`. */
function continuedFrom(
  previous: { speaker: Speaker; close: number } | null,
  text: string,
  open: number,
  candidates: readonly SpeakerCandidate[],
): Speaker | null {
  if (previous === null) return null;
  // The previous quote's own attribution ("…," Olsen said.) lies in between; anyone else breaks the run.
  const someoneElse = candidates.some(
    (c) => c.start >= previous.close && c.end <= open && c.kind !== 'pronoun' && (c.personId === null || c.personId !== previous.speaker.personId),
  );
  return someoneElse || open - previous.close > 400 || text.slice(previous.close, open).includes('\n') ? null : previous.speaker;
}

/** The one person named before the pronoun (same paragraph, then earlier ones), else unknown. */
function pronounReferent(
  paragraph: ParagraphText,
  pronoun: SpeakerCandidate,
  candidates: readonly SpeakerCandidate[],
  earlierParagraphs: () => ParagraphText[],
  findMentions: (text: string) => Mention[],
  known: KnownPeople,
): Speaker {
  const unknown: Speaker = { name: null, personId: null };
  const pronounAt = pronoun.start;
  const said = pronoun.text.toLowerCase() === 'she' ? 'she' : 'he';
  const sentencesBack = [...paragraph.parts].filter((part) => part.start <= pronounAt).reverse();
  const spans = findQuoteSpans(paragraph.text);
  let reach = PRONOUN_REACH;
  for (const part of sentencesBack) {
    if (reach-- <= 0) return unknown;
    const end = Math.min(part.end, pronounAt);
    const people = candidates.filter((c) => c.kind === 'person' && c.start >= part.start && c.end <= end && !isTurnLabel(paragraph.text, c));
    // "as the President said last week — he said, "…"": a description speaking after every name is the one meant.
    const described = [...paragraph.text.slice(part.start, end).matchAll(DESCRIBED_ANY_CASE)]
      .map((match) => ({ text: match[0], at: part.start + match.index }))
      .filter(({ text, at }) => !spans.some((span) => at > span.open && at < span.close) && people.every((c) => c.end <= at) && VERB_SOON.test(paragraph.text.slice(at + text.length)))
      .at(-1);
    if (described !== undefined) return { name: described.text, personId: null };
    if (people.length > 0) return soleReferent(people.map((c) => ({ personId: c.personId, object: spokenOf(paragraph.text, part.start, c.start, c.titleStart) })), said, known);
  }
  for (const earlier of earlierParagraphs()) {
    const spans = findQuoteSpans(earlier.text);
    for (const part of [...earlier.parts].reverse()) {
      if (reach-- <= 0) return unknown;
      const named = findMentions(part.sentence.text)
        .filter((m) => !spans.some((s) => part.start + m.start > s.open && part.start + m.start < s.close) && !isTurnLabel(part.sentence.text, m))
        .map((m) => ({ personId: m.personId, object: spokenOf(part.sentence.text, 0, m.start, titleStartOf(part.sentence.text, m.start)) }));
      if (named.length > 0) return soleReferent(named, said, known);
    }
  }
  return unknown;
}

/**
 * "In fact, he said, "That rhetoric led to President Vos's attempted assassination."": people
 * rarely name themselves in their own words, so a "he" read as someone the quote names is doubtful
 * and the quote stays unattributed.
 */
function namedInOwnWords(speaker: Speaker, quote: string, findMentions: (text: string) => Mention[]): Speaker {
  if (speaker.personId === null || !findMentions(quote).some((mention) => mention.personId === speaker.personId)) return speaker;
  return { name: null, personId: null };
}

/** What attribution knows of the coverage's people: their names, and the pronoun it uses for some (honorific-pronouns.ts). */
interface KnownPeople {
  nameOf: ReadonlyMap<string, string>;
  pronouns: ReadonlyMap<string, Pronoun>;
}

/**
 * The person a "he" or "she" refers to in the nearest sentence naming anyone: the one person
 * named there whom the coverage does not call by the other pronoun. Named only as an object ("he
 * says *of* Lindqvist", "in fairness to Vos, he said") they are the referent only when the
 * coverage is known to call them so; two people left is ambiguous ("Berg met Olsen. "…," he said.").
 */
function soleReferent(named: readonly { personId: string | null; object: boolean }[], said: Pronoun, { nameOf, pronouns }: KnownPeople): Speaker {
  const left = named.filter((each) => each.personId === null || (pronouns.get(each.personId) ?? said) === said);
  const people = new Set(left.map((each) => each.personId));
  const [only] = left;
  if (people.size !== 1 || only === undefined || only.personId === null) return { name: null, personId: null };
  const subject = left.some((each) => !each.object);
  return subject || pronouns.get(only.personId) === said ? speakerFor(only.personId, nameOf) : { name: null, personId: null };
}

// A name after one of these is what a sentence is about, not who acts in it: "he says *of* Lindqvist",
// "met *with* Berg". Unlike PREPOSITION_BEFORE, "and" ("Berg and Olsen") and "by" ("expressed by
// Ruud, who said") leave the name a subject.
const OBJECT_BEFORE = /\b(?:with|to|from|of|for|about|against|on|in|at|met|meet|meets)\s*$/i;

// "I met Golda Meir …, she said": with the speaker themselves the subject, the one spoken of is the "she".
const FIRST_PERSON = /\b(?:I|[Ww]e)\b/u;

/**
 * Whether the name at `start` (its title from `titleStart`) in the sentence from `sentenceStart`
 * is the object of a preposition or of "met" while a third person may be the subject: then it is
 * not the "he" or "she" who speaks next. Both starts are read: a title's run may begin with the
 * "of" before the name ("says *of* Mara Olsen").
 */
function spokenOf(text: string, sentenceStart: number, start: number, titleStart: number): boolean {
  if (FIRST_PERSON.test(text.slice(sentenceStart, titleStart))) return false;
  return [titleStart, start].some((at) => OBJECT_BEFORE.test(text.slice(Math.max(0, at - 40), at)));
}

/** Where a name's title starts ("Vice President Marta Ruud"): its capitalised words and "of the" before it. */
function titleStartOf(text: string, start: number): number {
  return start - (TITLE_PREFIX.exec(text.slice(Math.max(0, start - 80), start))?.[0].length ?? 0);
}

/**
 * Whether a name is a transcript turn's label ("MS. OLSEN: …"): the one speaking, who says "I",
 * so never the "he" or "she" of their own words.
 */
function isTurnLabel(text: string, mention: { start: number; end: number }): boolean {
  return /^\s*:\s*(?!["“])/.test(text.slice(mention.end)) && TITLE_PREFIX.exec(text.slice(0, mention.start))?.index === 0;
}

function speakerFor(personId: string | null, nameOf: ReadonlyMap<string, string>): Speaker {
  return personId === null ? { name: null, personId: null } : { name: nameOf.get(personId) ?? null, personId };
}
