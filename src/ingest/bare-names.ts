// Pattern 4 of person-candidates.ts: runs of capitalised words split into names at the words no
// name has, a bare name kept only where nothing around it says it belongs to a longer
// capitalised name, and lone name words standing where a surname stands.
import { CALENDAR_WORDS, NAME_SUFFIXES, TITLE_WORDS, mayBeNameWord } from '../lexicon/name-words.js';
import {
  INITIAL_WORD,
  NAME_WORD_ONLY,
  NO_LETTER_BEFORE,
  OF_AFTER,
  OF_BEFORE,
  PARTICLES,
  POSSESSIVE,
  REPORTING_VERB_AFTER,
  SENTENCE_END_BEFORE,
  THE_BEFORE,
} from './name-patterns.js';
import { isHeadline, type PersonCandidate, type Scanned } from './name-scan.js';
import { nameWordsOf, writtenOf } from './written-names.js';

export interface Segment {
  /** The name words, without initials and particles. */
  names: string[];
  /** Offsets in the text of the first and past the last token. */
  start: number;
  end: number;
  /** The run's word before and after the segment (a stop word), if any. */
  before: string | null;
  after: string | null;
  /** The last token ended the name: a possessive ("Berg's") or a full stop. */
  closed: boolean;
  /** The written words of the segment, initials and particles included. */
  written: string;
}

/** Splits a run of capitalised words into the stretches of name words between stop words. */
export function segmentsOf(run: string, offset: number): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let previousStop: string | null = null;
  let from = 0;
  while (from < run.length) {
    let to = from;
    while (to < run.length && !isSpace(run.charCodeAt(to))) to += 1;
    const word = run.slice(from, to);
    const at = offset + from;
    from = to;
    while (from < run.length && isSpace(run.charCodeAt(from))) from += 1;
    if (PARTICLES.has(word) || INITIAL_WORD.test(word)) {
      if (current !== null) {
        current.written += ` ${word}`;
        current.end = at + word.length;
      }
      continue;
    }
    const last = word.charCodeAt(word.length - 1);
    const closing = last === 46 /* . */ || POSSESSIVE.test(word);
    const bare = closing ? word.replace(POSSESSIVE, '').replace(/\.$/, '') : word;
    if (!NAME_WORD_ONLY.test(bare) || !mayBeNameWord(bare)) {
      if (current !== null) {
        current.after = bare;
        segments.push(current);
        current = null;
      }
      previousStop = bare;
      continue;
    }
    if (current === null) {
      current = { names: [bare], start: at, end: at + bare.length, before: previousStop, after: null, closed: false, written: bare };
    } else {
      current.names.push(bare);
      current.written += ` ${bare}`;
      current.end = at + bare.length;
    }
    if (closing) {
      current.closed = true;
      segments.push(current);
      current = null;
      previousStop = null;
    }
  }
  if (current !== null) segments.push(current);
  return segments;
}

const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 160;

/** Pattern 4: a bare name, where nothing around it says it is part of a longer capitalised name. */
export function bareName(sentence: Scanned, run: string, runStart: number, segment: Segment): PersonCandidate | null {
  const { text, sentenceId } = sentence;
  const atRunStart = segment.start === runStart;
  const atRunEnd = segment.end === runStart + run.length || segment.closed;
  const before = text.slice(Math.max(0, runStart - 40), runStart);
  const sentenceStart = atRunStart && (NO_LETTER_BEFORE.test(text.slice(0, runStart)) || SENTENCE_END_BEFORE.test(before));
  if (atRunStart ? THE_BEFORE.test(before) || OF_BEFORE.test(before) : segment.before === 'The') return null;
  if (segment.after !== null && !segment.closed && !CALENDAR_WORDS.has(segment.after) && !NAME_SUFFIXES.has(segment.after)) return null;
  if (atRunEnd && !segment.closed && OF_AFTER.test(text.slice(runStart + run.length, runStart + run.length + 40))) return null;
  const words = nameWordsOf(segment.written);
  if (words === null || words.length < 2) return null;
  return {
    words,
    written: writtenOf(segment.written, words),
    role: null,
    titledForm: null,
    sentenceId,
    titled: false,
    firstWordUnsure: sentenceStart || segment.names.length >= 3,
    headline: isHeadline(sentence),
  };
}

/** A lone name word after a title or honorific, or before a reporting verb. */
export function standsAsSurname(text: string, segment: Segment): boolean {
  if (segment.before !== null && TITLE_WORDS.has(segment.before)) return true;
  if (segment.after !== null) return false;
  return REPORTING_VERB_AFTER.test(text.slice(segment.end, segment.end + 40));
}
