// Tense: does the clause around a date look back (news default) or forward? Decides the
// year of "in March" and the side of "on Monday" when the words do not say, and whether a
// sentence without a date reports something past.
import { senseOffsets } from '../lexicon/wordnet.js';
import type { Span as Offsets } from './annotate.js';
import { insideSpans } from './aside-dates.js';

export type Tense = 'past' | 'future' | 'unknown';

// Words that place a clause in the past or the future.
const PAST_CUES =
  /\b(?:was|were|had|did|said|told|held|met|took|came|went|began|begun|ended|launched|established|announced|signed|visited|attended|hosted|approved|passed|agreed|decided|invaded|attacked|occurred|happened|reported|stated|mentioned|arrived|returned|killed|struck|since|ago|last|earlier|previous|previously|recently)\b/gi;
// The present of a scheduled event is its future ("the fair opens on Friday").
const FUTURE_CUES =
  /\b(?:opens|begins|starts|meets|convenes|arrives|departs|resumes|concludes|kicks off|takes place|gets under way|will|won['’]t|shall|would|going to|scheduled|expected|set to|plans? to|planned|planning|intends? to|upcoming|coming|next|ahead|later|tomorrow|due to|(?:is|are|am) \w+ing)\b|\w['’]ll\b/gi;
// A regular past form: "-ed" on a verb WordNet knows ("traveled", "delivered"): a list of
// past verbs can never hold every verb a writer uses.
const REGULAR_PAST = /\b[a-z]{2,}ed\b/g;
// After these the "-ed" word is an adjective ("the expanded package") or a passive whose
// auxiliary decides ("will be signed"), not a past verb.
const NOT_A_PAST_VERB_AFTER = /\b(?:the|a|an|this|that|these|those|its|their|his|her|our|be|being|been|is|are|am|newly)\s+$/i;

/** Whether the "-ed" word at `at` follows a determiner or a form of "be" (see above). */
const participleAt = (text: string, at: number): boolean => NOT_A_PAST_VERB_AFTER.test(text.slice(Math.max(0, at - 12), at));

/** Whether `word` ("traveled", "carried", "stopped", "agreed") is the regular past of a verb. */
function regularPast(word: string): boolean {
  const stems = [word.slice(0, -2), word.slice(0, -1)];
  if (word.endsWith('ied')) stems.push(`${word.slice(0, -3)}y`);
  if (word.at(-3) === word.at(-4)) stems.push(word.slice(0, -3));
  return stems.some((stem) => stem.length >= 3 && senseOffsets('verb', stem).length > 0);
}

// "and" is not a break: "the leaders will meet and sign on Monday" is one clause for tense.
const CLAUSE_BREAK = /[,;:()"“”—–]|\b(?:that|which|who|whom|where|while|but|because|although|though|whether|if)\b/gi;

interface Span {
  from: number;
  to: number;
}

/** The clause holding [start, end), and the clauses just before and after it. */
function clausesAround(text: string, start: number, end: number): { before: Span; own: Span; after: Span } {
  const breaks = [...text.matchAll(CLAUSE_BREAK)].map((m): Span => ({ from: m.index, to: m.index + m[0].length }));
  const left = breaks.filter((b) => b.to <= start);
  const right = breaks.filter((b) => b.from >= end);
  const own = { from: left.at(-1)?.to ?? 0, to: right[0]?.from ?? text.length };
  const before = { from: left.at(-2)?.to ?? 0, to: left.at(-1)?.from ?? 0 };
  const after = { from: right[0]?.to ?? text.length, to: right[1]?.from ?? text.length };
  return { before, own, after };
}

function cuesIn(text: string, span: Span, skip: Span): { at: number; end: number; tense: Tense }[] {
  const found: { at: number; end: number; tense: Tense }[] = [];
  const slice = text.slice(span.from, span.to);
  for (const [re, tense] of [[PAST_CUES, 'past'], [FUTURE_CUES, 'future']] as const) {
    for (const match of slice.matchAll(re)) {
      const at = span.from + match.index;
      const end = at + match[0].length;
      if (end > skip.from && at < skip.to) continue; // a word of the date itself
      if (tense === 'past' && match[0].endsWith('ed') && participleAt(text, at)) continue;
      found.push({ at, end, tense });
    }
  }
  for (const match of slice.matchAll(REGULAR_PAST)) {
    const at = span.from + match.index;
    const end = at + match[0].length;
    if (end > skip.from && at < skip.to) continue;
    if (found.some((cue) => cue.at === at) || participleAt(text, at)) continue;
    if (regularPast(match[0])) found.push({ at, end, tense: 'past' });
  }
  return found.sort((a, b) => a.at - b.at);
}

/**
 * The tense that governs a date: in its own clause the nearest cue before it (the verb
 * usually comes first: "met … on Monday", "will travel on Monday"), else the nearest after
 * it; a clause with none ("On Monday, …") takes the first cue of the next clause, then
 * the last of the one before.
 */
export function tenseAround(text: string, start: number, end: number): Tense {
  const date = { from: start, to: end };
  const { before, own, after } = clausesAround(text, start, end);
  const inOwn = cuesIn(text, own, date);
  const cue =
    inOwn.filter((c) => c.end <= start).at(-1) ??
    inOwn.find((c) => c.at >= end) ??
    cuesIn(text, after, date)[0] ??
    cuesIn(text, before, date).at(-1);
  return cue?.tense ?? 'unknown';
}

// Cues that are not verbs ("the *last* session", "the *upcoming* vote"): they place a date,
// not what a sentence reports.
const NOT_A_VERB = /^(?:since|ago|last|earlier|previous|previously|recently|upcoming|coming|next|ahead|later|tomorrow)$/i;

// "-ed" before "by" is a passive participle describing a noun ("the hub, led by the chamber, aims …").
const PARTICIPLE_BY = /^\s+by\b/i;
// A present form of "be" leads a sentence in the present ("they are closely monitoring what happened").
const PRESENT_BE = /\b(?:is|are|am)\b/gi;

/**
 * Whether a sentence reports something past: its first verb cue outside the quoted words (spans
 * of `text`) is past ("During a meeting, Haraldsen warned that … would …"; "'We will stay,' he
 * said"); a sentence with none ("Source: …"), led by the present or the future, or asking a
 * question does not.
 */
export function reportsPast(text: string, quoted: readonly Offsets[]): boolean {
  if (/\?\W*$/u.test(text)) return false;
  const whole = { from: 0, to: text.length };
  const unquoted = ({ at, end }: { at: number; end: number }): boolean => !insideSpans(at, end - at, quoted);
  const cue = cuesIn(text, whole, { from: -1, to: -1 }).find(
    // "fuel-derived": an adjective.
    ({ at, end }) => unquoted({ at, end }) && !NOT_A_VERB.test(text.slice(at, end)) && !PARTICIPLE_BY.test(text.slice(end)) && text.charAt(at - 1) !== '-',
  );
  const present = [...text.matchAll(PRESENT_BE)].find((match) => unquoted({ at: match.index, end: match.index + match[0].length }));
  return cue?.tense === 'past' && (present === undefined || present.index > cue.at);
}
