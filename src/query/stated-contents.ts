// Where a sentence says what something is made of, for "what's in the package", "what does the
// bill include": "includes …", "contains …", "consists of …", "made up of …", "such as …". A
// sentence without one may still answer ("the package brings three boats"), but one that lists
// contents beside the question's words is the kind of answer asked for. Read on the coverage's text.
import type { Span } from '../ingest/annotate.js';

const CONTENTS = /\b(?:includ(?:e|es|ed|ing)|contain(?:s|ed|ing)?|consist(?:s|ed|ing)? of|compris(?:e|es|ed|ing)|(?:made|composed) up of|such as)\b/iu;
const EVERY_CONTENTS = new RegExp(CONTENTS.source, 'giu');

/** Whether the sentence lists what something holds. */
export const statesContents = (text: string): boolean => CONTENTS.test(text);

/** Where it does. */
export const contentsSpans = (text: string): Span[] => [...text.matchAll(EVERY_CONTENTS)].map((match) => [match.index, match.index + match[0].length] as const);
