// Aid facts: every money amount (and every share of delivery, "83% of the promised
// munitions") that the words around it tie to aid, with who gives it, to whom, what kind,
// at what stage, and when. Rules look only at words near the figure, never at particular
// articles: an amount with no aid word nearby (an economy, a coffee, a budget deficit) is not aid.
import type { AidFact, Article, DateRef, Sentence } from '../factbase/schema.js';
import { resolveDates, toDateRef } from './dates.js';
import { countryOfPeople } from '../lexicon/titles.js';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';

// ---------------------------------------------------------------------------------------
// Money amounts

export interface MoneyAmount {
  value: number;
  currency: string;
  /** The matched words: "$61.4 billion", "EUR 500 million". */
  text: string;
  index: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, mln: 1e6, m: 1e6,
  billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, mrd: 1e9, mld: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
};

// Symbols and codes written before the number ("$", "US$ ", "EUR ").
const PREFIX_CURRENCY: Record<string, string> = {
  '$': 'USD', 'us$': 'USD', 'us $': 'USD', usd: 'USD',
  '€': 'EUR', eur: 'EUR',
  '£': 'GBP', gbp: 'GBP',
  '₴': 'UAH', uah: 'UAH',
  'c$': 'CAD', 'ca$': 'CAD', cad: 'CAD',
  'a$': 'AUD', 'au$': 'AUD', aud: 'AUD',
  '¥': 'JPY', jpy: 'JPY',
  chf: 'CHF', pln: 'PLN', sek: 'SEK', nok: 'NOK', dkk: 'DKK',
};

// Words written after it ("725 million dollars", "500 million euros").
const SUFFIX_CURRENCY: Record<string, string> = {
  'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'us dollars': 'USD', 'u.s. dollars': 'USD',
  dollars: 'USD', euros: 'EUR', euro: 'EUR', 'pounds sterling': 'GBP', pounds: 'GBP', sterling: 'GBP',
  hryvnias: 'UAH', hryvnia: 'UAH', hryvnas: 'UAH', yen: 'JPY', 'swiss francs': 'CHF', zlotys: 'PLN', zloty: 'PLN',
  ...Object.fromEntries(['usd', 'eur', 'gbp', 'uah', 'cad', 'aud', 'jpy', 'chf', 'pln', 'sek', 'nok', 'dkk'].map((c) => [c, c.toUpperCase()])),
};

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`;
const SCALE = String.raw`(?:\s*(?:thousand|million|billion|trillion|mln|bln|mrd|mld|trn|mn|bn|tn|[kmb])\b\.?)?`;
const PREFIX = String.raw`US\s?\$|CA?\$|AU?\$|[$€£₴¥]|\b(?:USD|EUR|GBP|UAH|CAD|AUD|JPY|CHF|PLN|SEK|NOK|DKK)\b`;
const SUFFIX = String.raw`\s+(?:(?:Canadian|Australian|US|U\.S\.|Swiss)\s+)?(?:dollars|euros?|pounds(?:\s+sterling)?|sterling|hryvnias?|hryvnas|yen|francs|zlotys?|USD|EUR|GBP|UAH|CAD|AUD|JPY|CHF|PLN|SEK|NOK|DKK)\b`;
const MONEY = new RegExp(
  String.raw`(?<prefix>${PREFIX})\s?(?<n1>${NUMBER})(?<s1>${SCALE})|(?<![\w$€£.,])(?<n2>${NUMBER})(?<s2>${SCALE})(?<suffix>${SUFFIX})`,
  'gi',
);

function parseNumber(raw: string, scaled: boolean): number {
  // "1,5 mrd" is a European decimal comma; "1,500" is a thousands separator.
  if (/^\d+,\d{1,2}$/.test(raw) && scaled) return Number(raw.replace(',', '.'));
  return Number(raw.replace(/,/g, ''));
}

function currencyOf(words: string, table: Record<string, string>): string | null {
  return table[words.toLowerCase().replace(/\s+/g, ' ').trim()] ?? null;
}

/** Every money amount in `text`, in order. */
export function findMoneyAmounts(text: string): MoneyAmount[] {
  const amounts: MoneyAmount[] = [];
  for (const match of text.matchAll(MONEY)) {
    const g = match.groups ?? {};
    const rawNumber = g['n1'] ?? g['n2'];
    const rawScale = (g['s1'] ?? g['s2'] ?? '').trim().replace(/\.$/, '').toLowerCase();
    if (rawNumber === undefined) continue;
    const currency = g['prefix'] !== undefined ? currencyOf(g['prefix'], PREFIX_CURRENCY) : currencyOf(g['suffix'] ?? '', SUFFIX_CURRENCY);
    // A bare "b"/"m"/"k" only scales right after a symbol ("$300m"), never in "5 m tall".
    const scale = rawScale === '' ? 1 : SCALES[rawScale];
    if (currency === null || scale === undefined) continue;
    const value = parseNumber(rawNumber, scale > 1) * scale;
    if (!(value > 0)) continue;
    const matched = match[0].replace(/[\s.]+$/, '');
    amounts.push({ value, currency, text: matched, index: match.index });
  }
  return amounts;
}

// ---------------------------------------------------------------------------------------
// Shares of delivery: "83% of the promised munitions"

interface Share {
  percent: number;
  subject: string;
  text: string;
  index: number;
}

const SHARE = /(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)\s+of\s+(?:the\s+|its\s+|their\s+)?((?:[\w-]+\s+){0,4}?[\w-]+?)(?=\s*(?:[,;.]|$|\s+(?:and|since|to|for|from|in|by|that|which|as|so|with|was|were|has|have|had|is|are)\b))/gi;

function findShares(text: string): Share[] {
  const shares: Share[] = [];
  for (const match of text.matchAll(SHARE)) {
    const percent = Number(match[1]);
    if (percent > 100 || /^\d/.test(match[2]!)) continue;
    shares.push({ percent, subject: match[2]!, text: match[0], index: match.index });
  }
  return shares;
}

// ---------------------------------------------------------------------------------------
// Words around a figure

const AID_NOUN =
  /\b(?:aid|assistance|support|funding|funds|package|packages|donations?|grants?|loans?|tranche|financing|contributions?|help|weapons|munitions|ammunition|equipment)\b/i;
const TRANSFER_WORDS = String.raw`(?:giv(?:e|en|es|ing)|gave|provid(?:e|ed|es|ing)|deliver(?:ed|s|ing)?|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing)|commit(?:ted|s|ting)?|allocat(?:e|ed|es|ing)|earmark(?:ed|s|ing)?|disburs(?:e|ed|es|ing)|sen[dt]|sends|sending|donat(?:e|ed|es|ing)|contribut(?:e|ed|es|ing)|suppl(?:y|ied|ies|ying)|approv(?:e|ed|es|ing)|request(?:ed|s|ing)?|asked|announc(?:e|ed|es|ing)|unveil(?:ed|s|ing)?|assist|transferr?(?:ed|s|ing)?)`;
// Words that tie a figure to aid when no aid noun is near: giving it, or receiving it.
const TRANSFER_VERB = new RegExp(String.raw`\b(?:${TRANSFER_WORDS}|receiv(?:e|ed|es|ing))\b`, 'i');
// Money that is about something other than aid. The nearer of this and an aid word wins.
const NOT_AID_NOUN =
  /\b(?:economy|economies|gdp|revenues?|profits?|sales|exports?|imports?|market|salary|salaries|wages?|prices?|costs?|coffee|deficit|debt|valuation|turnover|incomes?|invest\w*|damages?|losses|fine|bail|ransom|bribes?|tax(?:es)?|tariffs?|oil)\b/i;

const WORD = /[\p{L}\p{N}$€£%'’.-]+/gu;

/** Distance in words from the figure to the nearest word matching `re` within `maxWords` on either side (Infinity if none). */
function wordsToNearest(text: string, start: number, end: number, re: RegExp, maxWords: number): number {
  const before = [...text.slice(0, start).matchAll(WORD)].map((m) => m[0]).reverse().slice(0, maxWords);
  const after = [...text.slice(end).matchAll(WORD)].map((m) => m[0]).slice(0, maxWords);
  const firstHit = (words: string[]): number => {
    const at = words.findIndex((w) => re.test(w.replace(/[.'’]+$/, '')));
    return at < 0 ? Infinity : at + 1;
  };
  return Math.min(firstHit(before), firstHit(after));
}

const AID_WINDOW_WORDS = 8;

// What the figure is an amount of decides first (the nearer of an aid noun and another
// money noun: "$5 billion in profits" is not aid even after "announced"); with neither
// near, a giving verb ("has given $77 billion to Ukraine") makes it aid.
function isAboutAid(text: string, start: number, end: number): boolean {
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

function kindOf(window: string): AidFact['kind'] {
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

function statusNear(before: string, after: string): AidFact['status'] {
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

const QUALIFIER =
  /\b(approximately|roughly|about|around|nearly|almost|more than|over|up to|at least|less than|under|close to|in excess of|upwards of|some|just over|just under)\s*$/i;

const RUNNING_TOTAL = /\b(?:since|in total|so far|to date|a total of|altogether|cumulative(?:ly)?|in all|overall|thus far)\b/i;
// "has provided roughly $44 billion" reads as a running total unless a single package is named.
const PERFECT_TRANSFER = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:given|provided|delivered|sent|contributed|donated|supplied)\b/i;
const SINGLE_PACKAGE = /\b(?:package|tranche|new|another|latest|additional|fresh)\b/i;

// ---------------------------------------------------------------------------------------
// Who gives, who receives

// Aliases that name the same donor or recipient: the usual names of the largest donors and their
// governments. A country's people, government or army is the country ("the Ukrainian army",
// "Ukrainians"), for every country titles.ts knows.
const CANONICAL: readonly [RegExp, string][] = [
  [/^(?:the\s+)?(?:U\.?S\.?A?\.?|United States(?: of America)?|America|Washington|Congress|(?:the )?White House|(?:the )?Pentagon|(?:the )?State Department)$/i, 'United States'],
  [/^(?:the\s+)?(?:U\.?K\.?|United Kingdom|Britain|Great Britain|London)$/i, 'United Kingdom'],
  [/^(?:the\s+)?(?:EU|E\.U\.|European Union)$/i, 'European Union'],
];

// A capitalised name (with "of"/"and" inside: "Organization of American States"), or a group
// noun with its adjective ("European allies", "NATO Allies", "Western partners").
const PARTY = String.raw`(?:the\s+)?(?:[A-Z][\w-]*\s+(?:allies|partners|members|countries|nations|states|donors|governments)|(?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*)*)`;
const PARTY_AT_END = new RegExp(String.raw`(${PARTY})(?:\s+of\s+[A-Z][\w.'’-]*)?(?:,[^,]{1,60},)?\s*$`);
const SUBJECT_VERB = new RegExp(
  String.raw`\b(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:(?:also|already|now|just|jointly|together|so far|since)\s+)?(?:been\s+)?${TRANSFER_WORDS}\b`,
  'gi',
);
const RECIPIENT_AFTER = new RegExp(String.raw`\b(?:to|for|assist|help|support|supporting|helping|assisting)\s+(${PARTY})`, 'g');
const RECIPIENT_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Aa]id|[Aa]ssistance|[Ss]upport|[Pp]ackage|[Ff]unding|[Hh]elp)\s+(?:to|for)\s+(${PARTY})|(${PARTY})\s+(?:has\s+|have\s+|will\s+)?(?:received|receives|receive|got|gets))`,
  'g',
);
// "…from the World Bank", "…was approved by the Senate".
const DONOR_FROM = new RegExp(String.raw`\b(?:from|by)\s+(${PARTY})`);

const NOT_A_PARTY = new RegExp(`^(?:${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION}|In|On|At|According|Earlier|Later|Meanwhile|However|Also|It|Its|They|This|That|These|Those|He|She|We|I|You|There)$`);
// A title inside a name: the party is whatever country or body comes before it
// ("US Secretary of State Antony Blinken" → US; "President Biden" → nobody).
const TITLE = /\s(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|[Ss]pokes\w+|Senator|Sen\.|Rep\.|General|Chief|Admiral)\b|^(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|Senator|Sen\.|Rep\.|General|Chief)\b/;

function cleanParty(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // A sentence's full stop is not part of the name; the stops in "U.S." are.
  let party = raw.trim().replace(/^(?:the|its|their)\s+/i, '').replace(/(?<!\.[A-Za-z])\.$/, '');
  const title = TITLE.exec(' ' + party);
  if (title) {
    party = (' ' + party).slice(0, title.index).trim();
    const canonical = canonicalParty(party);
    return canonical !== party || /^[A-Z]{2,}$/.test(party) ? canonical : null;
  }
  const head = party.split(/\s+/)[0] ?? '';
  if (party === '' || NOT_A_PARTY.test(head)) return null;
  return canonicalParty(party);
}

function canonicalParty(raw: string): string {
  const trimmed = raw.replace(/^(?:the|its|their)\s+/i, '').replace(/['’]s$/, '').trim();
  for (const [re, name] of CANONICAL) if (re.test(trimmed)) return name;
  return countryOfPeople(trimmed) ?? trimmed;
}

// Aliases from the table above that a sentence names: the fallback donor when no clause says who gives.
function namedDonors(sentence: string, recipient: string | null): string[] {
  const names = new Set<string>();
  for (const match of sentence.matchAll(new RegExp(PARTY, 'g'))) {
    const name = canonicalParty(match[0]);
    if (CANONICAL.some(([, canonical]) => canonical === name) && name !== recipient) names.add(name);
  }
  return [...names];
}

/** Who gives: the subject of the giving verb, a "from"/"by" party, or the one donor the sentence names; never the recipient. */
function donorOf(sentence: string, figureStart: number, figureEnd: number, recipient: string | null): string | null {
  const before = sentence.slice(0, figureStart);
  const verb = [...before.matchAll(SUBJECT_VERB)].at(-1);
  if (verb) {
    const subject = cleanParty(PARTY_AT_END.exec(before.slice(0, verb.index))?.[1]);
    if (subject && subject !== recipient) return subject;
  }
  const from = cleanParty(DONOR_FROM.exec(sentence.slice(figureEnd, figureEnd + 80))?.[1]);
  if (from && from !== recipient) return from;
  const named = namedDonors(sentence, recipient);
  return named.length === 1 ? named[0]! : null;
}

function recipientOf(after: string, before: string): string | null {
  for (const match of after.matchAll(RECIPIENT_AFTER)) {
    const party = cleanParty(match[1]);
    if (party) return party;
  }
  for (const match of [...before.matchAll(RECIPIENT_BEFORE)].reverse()) {
    const party = cleanParty(match[1] ?? match[2]);
    if (party) return party;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Subject: what the figure is of

const SUBJECT_AFTER =
  /^\s+(?:(?:to|for)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+)?(?:(?:package|tranche)\s+)?(?:in|of|worth of)\s+(?:the\s+form\s+of\s+)?((?:[\w-]+,?\s+){0,5}?(?:aid|assistance|support|funding|funds|weapons|munitions|ammunition|equipment|loans?|grants?|financing|help))\b/i;
const SUBJECT_BEFORE =
  /(?:^|\b(?:a|an|the|its|their|new|this)\s+)((?:[\w-]+\s+){0,3}?(?:aid|assistance|support|funding|security|weapons)?\s*(?:package|tranche|aid|assistance|loan|grant))\s+(?:worth|valued at|of|totall?ing|amounting to)\s+$/i;

function subjectOfAmount(sentence: string, start: number, end: number): string | null {
  const after = SUBJECT_AFTER.exec(sentence.slice(end));
  if (after) return after[1]!.trim();
  const before = SUBJECT_BEFORE.exec(sentence.slice(Math.max(0, start - 80), start));
  return before ? before[1]!.replace(/\s+/g, ' ').trim() : null;
}

// ---------------------------------------------------------------------------------------
// The date a figure applies to

function dateOfFigure(sentence: string, figureIndex: number, published: string | null): DateRef | null {
  // A date after "since" starts a running total; the figure itself stands as of publication.
  const stated = resolveDates(sentence, published).filter((d) => !/\bsince\b[^,;]*$/i.test(sentence.slice(0, d.index)));
  const nearest = stated.sort((a, b) => Math.abs(a.index - figureIndex) - Math.abs(b.index - figureIndex))[0];
  if (nearest) return toDateRef(nearest);
  // No date in the sentence: the figure stands as of the article's date (no words to quote).
  return published === null ? null : { start: published, precision: 'day', text: '' };
}

// ---------------------------------------------------------------------------------------

type Draft = Omit<AidFact, 'id' | 'sentenceId'>;

const LIST_SEPARATOR = /^\s*,?\s*(?:and\s+|as well as\s+)?$/;

function moneyFacts(text: string, published: string | null): Draft[] {
  const amounts = findMoneyAmounts(text).filter((a) => isAboutAid(text, a.index, a.index + a.text.length));
  const drafts = amounts.map((amount, i): Draft => {
    const start = amount.index;
    const end = start + amount.text.length;
    // The words between this figure and its neighbours belong to it ("$5bn in weapons and $3bn in food").
    const windowStart = Math.max(i > 0 ? amounts[i - 1]!.index + amounts[i - 1]!.text.length : 0, start - 160);
    const windowEnd = amounts[i + 1]?.index ?? text.length;
    const before = text.slice(windowStart, start);
    const qualifier = QUALIFIER.exec(before)?.[1]?.toLowerCase() ?? null;
    const recipient = recipientOf(text.slice(end, Math.min(windowEnd, end + 120)), before);
    return {
      amount: { value: amount.value, currency: amount.currency, text: amount.text },
      percent: null,
      subject: subjectOfAmount(text, start, end),
      donor: donorOf(text, start, end, recipient),
      recipient,
      kind: kindOf(text.slice(windowStart, windowEnd)),
      status: statusNear(before, text.slice(end, windowEnd)),
      qualifier,
      cumulative: RUNNING_TOTAL.test(text) || (PERFECT_TRANSFER.test(before) && !SINGLE_PACKAGE.test(text.slice(windowStart, windowEnd))),
      date: dateOfFigure(text, start, published),
    };
  });
  // Figures listed together ("$300m and €500m in loans") share the verb and recipient named once.
  drafts.forEach((draft, i) => {
    const previous = drafts[i - 1];
    const gap = i > 0 ? text.slice(amounts[i - 1]!.index + amounts[i - 1]!.text.length, amounts[i]!.index) : '';
    if (!previous || !LIST_SEPARATOR.test(gap)) return;
    draft.status ??= previous.status;
    draft.recipient ??= previous.recipient;
  });
  return drafts;
}

// A share counts when its subject is aid ("the promised munitions") or a delivery verb
// governs it; shares listed together ("83% of X, 67% of Y, and 60% of Z") share one verb.
const DELIVERY = /\b(?:deliver(?:ed|s|ing)?|provid(?:ed|es|ing)|supplied|sent|received|fulfill?ed|disbursed|allocated|transferred)\b/i;
// An aid subject opens with a promise ("the pledged air defence systems") or ends in aid ("its military aid").
const AID_SUBJECT =
  /^(?:promised|pledged|committed|allocated|approved)\b|\b(?:aid|assistance|funding|weapons|munitions|ammunition|equipment|systems|support)$/i;

function listedShares(text: string): Share[][] {
  const groups: Share[][] = [];
  for (const share of findShares(text)) {
    const group = groups.at(-1);
    const previous = group?.at(-1);
    if (group && previous && LIST_SEPARATOR.test(text.slice(previous.index + previous.text.length, share.index))) group.push(share);
    else groups.push([share]);
  }
  return groups;
}

function shareFacts(text: string, published: string | null): Draft[] {
  return listedShares(text).flatMap((group) => {
    const lead = group[0]!;
    const last = group.at(-1)!;
    const leadClause = text.slice(0, lead.index).split(/[;:]/).at(-1) ?? '';
    const leadWords = [...leadClause.matchAll(WORD)].map((m) => m[0]).slice(-8).join(' ');
    const delivered = DELIVERY.test(leadWords);
    const after = text.slice(last.index + last.text.length);
    const recipient = recipientOf(after.slice(0, 120), leadClause);
    const donor = donorOf(text, lead.index, lead.index + lead.text.length, recipient);
    return group
      .filter((share) => delivered || AID_SUBJECT.test(share.subject))
      .map((share): Draft => ({
        amount: null,
        percent: share.percent,
        subject: share.subject,
        donor,
        recipient,
        kind: kindOf(share.subject),
        status: statusNear(leadWords, ''),
        qualifier: QUALIFIER.exec(text.slice(0, share.index))?.[1]?.toLowerCase() ?? null,
        cumulative: RUNNING_TOTAL.test(text) || PERFECT_TRANSFER.test(leadWords),
        date: dateOfFigure(text, share.index, published),
      }));
  });
}

// Cheap test before the full patterns: a currency or a percentage must be written somewhere.
const MAY_HOLD_FIGURE =
  /[$€£₴¥%]|per\s?cent|\b(?:USD|EUR|GBP|UAH|CAD|AUD|JPY|CHF|PLN|SEK|NOK|DKK)\b|dollars|euros?\b|pounds|sterling|hryvn|\byen\b|francs|zloty/i;

/** Every aid figure the sentences state, in sentence order; ids are sequential from 0. */
export function extractAid(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): AidFact[] {
  const facts: AidFact[] = [];
  for (const sentence of sentences) {
    if (!MAY_HOLD_FIGURE.test(sentence.text)) continue;
    const published = articlesById.get(sentence.articleId)?.published ?? null;
    for (const draft of [...moneyFacts(sentence.text, published), ...shareFacts(sentence.text, published)]) {
      facts.push({ id: facts.length, sentenceId: sentence.id, ...draft });
    }
  }
  return facts;
}
