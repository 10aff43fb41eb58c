// Dates chrono does not read: bare years ("in 2024", "the 2022 election") and "the
// following year", anchored on the story's last stated date.
import { shiftMonths, type Found, type Ymd } from './date-days.js';

const EVENT_NOUN =
  /^(?:elections?|summit|budget|campaign|invasion|war|offensive|counteroffensive|counter-offensive|census|agreement|treaty|accord|deal|law|act|report|season|games|olympics|race|vote|referendum|midterms?|cycle|conference|meeting|talks|annexation|revolution|bill|plan|strategy|review|decision|ceremony|presidential|parliamentary|general|federal|national|annual|fiscal|local)\b/;
// Words before a bare number that make it a year ("in 2024", "since 2022", "mid-2024").
const YEAR_INTRODUCER =
  /(?:\b(?:in|since|by|until|till|through|throughout|during|before|after|of|from|to|between|early|late|around|circa|year|fiscal|spring|summer|autumn|fall|winter)\s+|\bmid-)$/i;
const QUANTITY_BEFORE = /\b(?:some|about|nearly|over|than|around|approximately|almost|least|only|just|up to|all)\s+$/i;
const BARE_YEAR = /(?<![\d$€£¥₴.,/#]|\d-)\b(19\d\d|20\d\d)(?:\s*[-–]\s*(19\d\d|20\d\d))?\b(?![\d%]|[.,]\d|-\d)/g;

export function bareYears(text: string, taken: readonly Found[]): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(BARE_YEAR)) {
    const index = match.index;
    const end = index + match[0].length;
    if (taken.some((t) => index < t.index + t.text.length && end > t.index)) continue;
    const before = text.slice(Math.max(0, index - 20), index);
    const next = /^\s*([^\s]+)/.exec(text.slice(end))?.[1] ?? '';
    // "in 2024 soldiers…": a count of something, not a year.
    const nextIsCountedNoun = /^[a-z]+s$/.test(next) && !/^(?:was|has|is|as|this|thus|its)$/.test(next) && !EVENT_NOUN.test(next);
    const introduced = YEAR_INTRODUCER.test(before) && !nextIsCountedNoun;
    const named = /(?:\bthe|['’]s|^)\s*$/i.test(before) && (/^[A-Z]/.test(next) || EVENT_NOUN.test(next));
    if (QUANTITY_BEFORE.test(before) || !(introduced || named)) continue;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first || last - first > 50) continue;
    const wording = /\b(?:early|late)\s+$|\bmid-$/i.exec(before);
    const start = { y: first, m: 1, d: 1 };
    const result: Found = {
      index: wording ? index - wording[0].length : index,
      text: wording ? wording[0] + match[0] : match[0],
      start,
      precision: 'year',
    };
    found.push(last === first ? result : { ...result, end: { y: last, m: 12, d: 31 } });
  }
  return found;
}

/** "the following year", "the next month", "the previous year": from the story's last stated date, else the article's. */
export function anchoredRelative(text: string, taken: readonly Found[], published: Ymd | null): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(/\bthe\s+(following|next|previous|preceding)\s+(year|month)\b/gi)) {
    const unit = match[2]!.toLowerCase() as 'year' | 'month';
    const anchor = taken
      .filter((t) => t.index < match.index && (unit === 'year' || t.precision !== 'year'))
      .at(-1);
    const from = anchor?.start ?? published;
    if (!from) continue;
    const step = /following|next/i.test(match[1]!) ? 1 : -1;
    const start = unit === 'year' ? { y: from.y + step, m: 1, d: 1 } : shiftMonths(from, step);
    found.push({ index: match.index, text: match[0], start, precision: unit });
  }
  return found;
}
