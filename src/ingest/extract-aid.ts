// Aid facts: every money amount (and every share of delivery, "74% of the promised
// shells") that the words around it tie to aid, with who gives it, to whom, what kind,
// at what stage, and when. Rules look only at words near the figure, never at particular
// articles: an amount with no aid word nearby (an economy, a coffee, a budget deficit) is not aid.
import type { AidFact, Article, DateRef, Sentence } from '../factbase/schema.js';
import { resolveDates, toDateRef } from './dates.js';
import { donorOf, recipientOf } from './aid-parties.js';
import { PERFECT_TRANSFER, QUALIFIER, RUNNING_TOTAL, SINGLE_PACKAGE, WORD, isAboutAid, kindOf, statusNear, subjectOfAmount } from './aid-wording.js';
import { findMoneyAmounts } from './money-amounts.js';

// ---------------------------------------------------------------------------------------
// Shares of delivery: "74% of the promised shells"

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
// The date a figure applies to

// The words just before a date that make it a deadline: "by 2050", "by the end of 2025", "until mid-2030".
const TARGET_DATE_BEFORE = /\b(?:by|until|till)\s+(?:the\s+)?(?:(?:end|middle|start|beginning|close)\s+of\s+(?:the\s+)?)?(?:mid-?)?$/i;

function dateOfFigure(sentence: string, figureIndex: number, published: string | null): DateRef | null {
  // A date after "since" starts a running total, and one after "by" or "until" is a target
  // ("$94 billion in investment by 2050"): the figure itself stands as of publication.
  const stated = resolveDates(sentence, published).filter((d) => {
    const before = sentence.slice(0, d.index);
    return !/\bsince\b[^,;]*$/i.test(before) && !TARGET_DATE_BEFORE.test(before);
  });
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

// A share counts when its subject is aid ("the promised shells") or a delivery verb
// governs it; shares listed together ("74% of X, 58% of Y, and 41% of Z") share one verb.
const DELIVERY = /\b(?:deliver(?:ed|s|ing)?|provid(?:ed|es|ing)|supplied|sent|received|fulfill?ed|disbursed|allocated|transferred)\b/i;
// An aid subject opens with a promise ("the pledged patrol boats") or ends in aid ("its military aid").
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

// A question asks, it reports nothing: "will more be sent as part of this $60 billion package?"
// is neither a delivery nor a pledge, and a reporter's "$300 billion" of frozen assets no aid.
const QUESTION = /\?[\s"'”’)\]]*$/u;

/** Every aid figure the sentences state, in sentence order; ids are sequential from 0. */
export function extractAid(sentences: readonly Sentence[], articlesById: ReadonlyMap<string, Article>): AidFact[] {
  const facts: AidFact[] = [];
  for (const sentence of sentences) {
    if (!MAY_HOLD_FIGURE.test(sentence.text) || QUESTION.test(sentence.text)) continue;
    const published = articlesById.get(sentence.articleId)?.published ?? null;
    for (const draft of [...moneyFacts(sentence.text, published), ...shareFacts(sentence.text, published)]) {
      facts.push({ id: facts.length, sentenceId: sentence.id, ...draft });
    }
  }
  return facts;
}
