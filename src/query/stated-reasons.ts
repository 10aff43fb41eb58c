// Where a sentence gives a reason, a purpose or a condition, for "why …" questions: "because …",
// "due to …", "in order to …", "so that …", "only when …", "unless …", "the reason is …". A
// sentence without one may still answer, but one that has it beside the question's words is the
// kind of answer asked for. Read on the coverage's text, never on a question.
import type { Span } from '../ingest/annotate.js';

const REASON = new RegExp(
  [
    String.raw`\bbecause\b`,
    String.raw`\b(?:due|owing|thanks) to\b`,
    String.raw`\bas a (?:result|consequence) of\b`,
    String.raw`\b(?:in order|so as) to\b`,
    String.raw`\bin (?:an?|their|his|her|its) (?:attempt|effort|bid|push|drive) to\b`,
    String.raw`\bwith (?:the|an?) (?:aim|goal|purpose|intention|hope) of\b`,
    String.raw`\bfor the purpose of\b`,
    String.raw`\bso that\b`,
    String.raw`\b(?:the|a|one|main|key) reasons?\b`,
    String.raw`\breasons? (?:for|why|is|was|are|were)\b`,
    String.raw`\b(?:caused|prompted|driven|motivated) by\b`,
    // "Violence broke out twice, prompting the prime minister to call for …": what came first is why.
    String.raw`,\s+(?:prompting|leading|causing|forcing|spurring|pushing)\s`,
    // "ended its use of the test, which was leading to misdiagnoses": what it did is why it was dropped.
    String.raw`,\s+which\s+(?:(?:was|were|is|are|had been|has been)\s+)?(?:leading|led|causing|caused|resulting|resulted)\s+(?:to|in)\b`,
    String.raw`\b(?:aims?|aimed|aiming|intended|designed|meant) (?:to|at)\b`,
    String.raw`\b(?:seeks?|sought|seeking|strives?|strove|striving) to\b`,
    // "$50 million in aid to help repair the port": what it is for; not the thing promised or tried ("agreed to help").
    String.raw`(?<!\b(?:agree[sd]?|promise[sd]?|pledge[sd]?|vow(?:s|ed)?|offer(?:s|ed)?|decide[sd]?|want(?:s|ed)?|plan(?:s|ned)?|need(?:s|ed)?|tri(?:es|ed)|try|continue[sd]?|able|going|ready|willing|hope[sd]?|intend(?:s|ed)?|expected|refuse[sd]?|fail(?:s|ed)|used|ha[sd]|have|is|are|was|were|be|been)) to help\b`,
    // "is significant, as it marks …": "as" opening a clause on what was just said gives its reason.
    String.raw`,\s+as\s+(?:it|this|that|they)\s+(?!(?:said|says|put it|noted|told)\b)`,
    // "is crucial, as the council wants the boats running": a clause on what someone wants or needs gives the reason.
    String.raw`,\s+as\s+(?:[\p{L}'’-]+\s+){1,5}(?:wants?|wanted|needs?|needed|hopes?|hoped|tries|tried|plans?|planned|prepares?|prepared)\b`,
    String.raw`\b(?:the|its|their|his|her|main|key) (?:goal|aim|purpose|objective) (?:is|was|of)\b`,
    String.raw`\bonly(?:\s+[\p{L}'’-]+){0,3}?\s+(?:when|if|after|once|until)\b`,
    // "the remaining deliveries depend on production lines": what it waits on.
    String.raw`\b(?:depends?|depended|depending|hinges?|hinged) (?:up)?on\b`,
    String.raw`\bunless\b`,
    String.raw`\bprovided that\b`,
    String.raw`\bgiven (?:that|the)\b`,
  ].join('|'),
  'iu',
);
const EVERY_REASON = new RegExp(REASON.source, 'giu');

/** Whether the sentence gives a reason, a purpose or a condition. */
export const statesReason = (text: string): boolean => REASON.test(text);

/** Where it does. */
export const reasonSpans = (text: string): Span[] => [...text.matchAll(EVERY_REASON)].map((match) => [match.index, match.index + match[0].length] as const);

// A time phrase after the main clause: ", after Zorvia's exit from the pact", "following the vote".
const TIME_REFERENCE = /(?<=\S)\s*,?\s+(?:after|following|since|before|ahead of|prior to)\s/giu;

/**
 * Whether a sentence giving no reason names what a "why" asks about only in a time phrase after
 * its main clause: "The talks resumed in May, after Zorvia's exit from the pact" dates the talks
 * by the exit; it says nothing of why Zorvia left. `offsets`: where the question's words stand.
 */
export function namesOnlyAsTimeReference(text: string, offsets: readonly number[]): boolean {
  if (offsets.length === 0 || statesReason(text)) return false;
  const first = Math.min(...offsets);
  return [...text.matchAll(TIME_REFERENCE)].some((match) => match.index < first);
}
