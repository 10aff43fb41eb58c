// The words around an aid figure: whether it is aid at all, what kind, at what stage,
// whether it is a running total, and what it is an amount of.
import type { AidFact } from '../factbase/schema.js';
import { firstIndexWhere } from '../first-index.js';

const AID_NOUN =
  /\b(?:aid|assistance|support|funding|funds|package|packages|donations?|grants?|loans?|tranche|financing|contributions?|help|weapons|munitions|ammunition|equipment)\b/i;
export const TRANSFER_WORDS = String.raw`(?:giv(?:e|en|es|ing)|gave|provid(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|commit(?:ted|s|ting)?|allocat(?:e|ed|es|ing)|earmark(?:ed|s|ing)?|disburs(?:e|ed|es|ing)|sen[dt]|sends|sending|donat(?:e|ed|es|ing)|contribut(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|approv(?:e|ed|es|ing)|request(?:ed|s|ing)?|asked|announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|assist|transferr?(?:ed|s|ing)?)`;
// Words that tie a figure to aid when no aid noun is near: giving it, or receiving it.
const TRANSFER_VERB = new RegExp(String.raw`\b(?:${TRANSFER_WORDS}|receiv(?:e|ed|es|ing))\b`, 'i');
// Money that is about something other than aid. The nearer of this and an aid word wins.
const NOT_AID_NOUN =
  /\b(?:economy|economies|gdp|revenues?|profits?|sales|exports?|imports?|market|salary|salaries|wages?|prices?|costs?|coffee|deficit|debt|valuation|turnover|incomes?|invest\w*|damages?|losses|fine|bail|ransom|bribes?|tax(?:es)?|tariffs?|oil)\b/i;

export const WORD = /[\p{L}\p{N}$€£%'’.-]+/gu;

/** Distance in words from the figure to the nearest word matching `re` within `maxWords` on either side (Infinity if none). */
function wordsToNearest(text: string, start: number, end: number, re: RegExp, maxWords: number): number {
  // The words of text.slice(0, start) nearest first, and of text.slice(end): the runs of the
  // whole text, cut at the figure (WORD is one character class, so a run cut is a run).
  const runs = runsOf(text);
  const before: string[] = [];
  for (let k = firstIndexWhere(runs, (run) => run.start >= start) - 1; k >= 0 && before.length < maxWords; k--) {
    before.push(text.slice(runs[k]!.start, Math.min(runs[k]!.end, start)));
  }
  const after: string[] = [];
  for (let k = firstIndexWhere(runs, (run) => run.end > end); k < runs.length && after.length < maxWords; k++) {
    after.push(text.slice(Math.max(runs[k]!.start, end), runs[k]!.end));
  }
  const firstHit = (words: string[]): number => {
    const at = words.findIndex((w) => re.test(w.replace(/[.'’]+$/, '')));
    return at < 0 ? Infinity : at + 1;
  };
  return Math.min(firstHit(before), firstHit(after));
}

interface Run {
  start: number;
  end: number;
}

// The figures of one sentence are looked at one after another: its runs are found once, not
// once per figure and word list (a sentence full of figures made this quadratic).
let lastRuns: { text: string; runs: Run[] } = { text: '', runs: [] };

function runsOf(text: string): Run[] {
  if (lastRuns.text !== text) {
    const runs = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    lastRuns = { text, runs };
  }
  return lastRuns.runs;
}

const AID_WINDOW_WORDS = 8;

// What the figure is an amount of decides first (the nearer of an aid noun and another
// money noun: "$5 billion in profits" is not aid even after "announced"); with neither
// near, a giving verb ("has given $39 billion to Pellonia") makes it aid.
export function isAboutAid(text: string, start: number, end: number): boolean {
  const aidNoun = wordsToNearest(text, start, end, AID_NOUN, AID_WINDOW_WORDS);
  const otherNoun = wordsToNearest(text, start, end, NOT_AID_NOUN, AID_WINDOW_WORDS);
  if (aidNoun !== Infinity || otherNoun !== Infinity) return aidNoun < otherNoun;
  return wordsToNearest(text, start, end, TRANSFER_VERB, AID_WINDOW_WORDS) !== Infinity;
}

const KINDS: readonly [AidFact['kind'], RegExp][] = [
  ['military', /\b(?:military|weapons?|arms|munitions|ammunition|artillery|shells|missiles?|air[\s-]defen[cs]e|defen[cs]e (?:aid|assistance|support|equipment)|security assistance|tanks|himars|drones|firepower|landmines|armou?red)\b/i],
  ['financial', /\b(?:financial|budget(?:ary)? support|economic|loans?|macro-financial|budgetary|direct budget)\b/i],
  ['humanitarian', /\b(?:humanitarian|civilians?|food|medical|medicines?|refugees|shelter)\b/i],
];

export function kindOf(window: string): AidFact['kind'] {
  const named = KINDS.filter(([, re]) => re.test(window)).map(([kind]) => kind);
  if (named.length === 0) return 'unspecified';
  return named.length === 1 ? named[0]! : 'mixed';
}

// Ordered: the nearest status word before the figure wins, then the nearest after it.
const STATUSES: readonly [NonNullable<AidFact['status']>, RegExp][] = [
  ['requested', /^(?:request(?:ed|s|ing)?|asked|asking|asks|seek(?:s|ing)?|sought)$/i],
  ['approved', /^(?:approv(?:e|ed|es|ing|al)|pass(?:ed|es|ing)?|authori[sz](?:e|ed|es|ing)|cleared|enacted)$/i],
  ['pledged', /^(?:pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|commit(?:ted|s|ting|ment)?|vow(?:ed|s)?|allocat(?:e|ed|es|ing)|earmark(?:ed|s|ing)?)$/i],
  ['delivered', /^(?:deliver(?:ed|s|ing|y|ies)?|supplied|shipped|sent|transferred|disbursed|received)$/i],
  ['provided', /^(?:given|gave|giv(?:e|es|ing)|provid(?:e|ed|es|ing)|donat(?:e|ed|es|ing)|contribut(?:e|ed|es|ing))$/i],
  ['announced', /^(?:announc(?:e|ed|es|ing|ement)|unveil(?:ed|s|ing)?)$/i],
];

function statusOfWord(word: string): AidFact['status'] {
  const bare = word.replace(/[.,;:'’]+$/, '');
  return STATUSES.find(([, re]) => re.test(bare))?.[0] ?? null;
}

// "will send", "plans to give": a transfer not yet made is a pledge.
const NOT_YET = /^(?:will|would|to|shall)$/i;

export function statusNear(before: string, after: string): AidFact['status'] {
  const back = [...before.matchAll(WORD)].map((m) => m[0]).reverse().slice(0, 12);
  for (const [i, word] of back.entries()) {
    const status = statusOfWord(word) ?? (/^(?:send|supply|deliver)$/i.test(word) ? 'delivered' : null);
    if (status === 'delivered' || status === 'provided') return NOT_YET.test(back[i + 1] ?? '') ? 'pledged' : status;
    if (status) return status;
  }
  // "$5 billion was approved by…": only a passive right after the figure.
  const passive = /^[^.;]{0,40}?\b(?:was|were|has been|have been|had been|is|are|being)\s+(\w+)/i.exec(after);
  return passive ? statusOfWord(passive[1]!) : null;
}

export const QUALIFIER =
  /\b(approximately|roughly|about|around|nearly|almost|more than|over|up to|at least|less than|under|close to|in excess of|upwards of|some|just over|just under)\s*$/i;

export const RUNNING_TOTAL = /\b(?:since|in total|so far|to date|a total of|altogether|cumulative(?:ly)?|in all|overall|thus far)\b/i;
// "has provided roughly $12 billion" reads as a running total unless a single package is named.
export const PERFECT_TRANSFER = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:given|provided|delivered|sent|contributed|donated|supplied)\b/i;
export const SINGLE_PACKAGE = /\b(?:package|tranche|new|another|latest|additional|fresh)\b/i;

const SUBJECT_AFTER =
  /^\s+(?:(?:to|for)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?(?:(?:package|tranche)\s+)?(?:in|of|worth of)\s+(?:the\s+form\s+of\s+)?((?:[\w-]+,?\s+){0,5}?(?:aid|assistance|support|funding|funds|weapons|munitions|ammunition|equipment|loans?|grants?|financing|help))\b/i;
const SUBJECT_BEFORE =
  /(?:^|\b(?:a|an|the|its|their|new|this)\s+)((?:[\w-]+\s+){0,3}?(?:aid|assistance|support|funding|security|weapons)?\s*(?:package|tranche|aid|assistance|loan|grant))\s+(?:worth|valued at|of|totall?ing|amounting to)\s+$/i;

export function subjectOfAmount(sentence: string, start: number, end: number): string | null {
  const after = SUBJECT_AFTER.exec(sentence.slice(end));
  if (after) return after[1]!.trim();
  const before = SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, start - 80), start));
  return before ? before[1]!.replace(/\s+/g, ' ').trim() : null;
}
