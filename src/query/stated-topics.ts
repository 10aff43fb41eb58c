// Where a sentence says what something was about, for "what was the main topic of the talks":
// "the main focus of the meeting was …", "the talks centred on …", "… dominated the
// agenda". A sentence without one may still answer; one saying it beside the question's words is
// the kind of answer asked for. Read on the coverage's text.
import type { Span } from '../ingest/annotate.js';

const TOPIC =
  /\b(?:focus(?:ed|es|ing)?|focussed|topics?|subjects? of|themes?|agenda|cent(?:r|er)(?:ed|es|ing|s)? (?:on|around)|concentrat(?:ed|es|ing) on|dominat(?:ed|es|ing)|devoted to|dedicated to|revolv(?:ed|es|ing) around)\b/iu;
const EVERY_TOPIC = new RegExp(TOPIC.source, 'giu');

/** Whether the sentence says what something was about. */
export const statesTopic = (text: string): boolean => TOPIC.test(text);

/** Where it does. */
export const topicSpans = (text: string): Span[] => [...text.matchAll(EVERY_TOPIC)].map((match) => [match.index, match.index + match[0].length] as const);
