// "tldr of the valley weekly article", "summarise the vln piece pls", "that june 3 post, gist?": a request
// for what one article says in brief. The words after (or before) the asking name the article,
// matched as a dash-set opening is (described-topic.ts); a news article states its main points
// first, so its opening sentences are the summary (commands/ask.ts).
import { DOCUMENT_NOUNS } from './source-reference.js';

const ASKING = String.raw`(?:tl\s?;?\s?dr|summary|summari[sz]e|sum\s+(?:it\s+)?up|recap|gist|rundown|overview|(?:main|key)\s+points|highlights)`;
const POLITE = String.raw`(?:(?:can|could|would)\s+you\s+|pls\s+|plz\s+|please\s+|give\s+(?:me|us)\s+|i\s+(?:need|want)\s+|quick\s+|short\s+)*`;
const ASKING_FIRST = new RegExp(String.raw`^${POLITE}(?:an?\s+|the\s+)?${ASKING}\s+(?:of\s+|for\s+|on\s+|from\s+)?(.+?)(?:\s+(?:pls|plz|please))?$`, 'u');
const ASKING_LAST = new RegExp(String.raw`^(.+?),?\s+(?:a\s+|the\s+)?${ASKING}(?:\s+(?:pls|plz|please))?$`, 'u');

const NAMES_DOCUMENT = new RegExp(String.raw`\b${DOCUMENT_NOUNS}$`, 'u');

/** Whether the description ends on what a piece of coverage is called ("the times article"): it asks of one article, not of a topic. */
export const namesDocument = (described: string): boolean => NAMES_DOCUMENT.test(described.trim());

/** The words describing the article a summary is asked of ("the valley weekly pier article"); null when the question asks no summary. */
export function summaryAsked(plain: string): string | null {
  const described = ASKING_FIRST.exec(plain)?.[1] ?? ASKING_LAST.exec(plain)?.[1];
  return described === undefined || described.trim() === '' ? null : described;
}

/** The description without what it calls the article ("the valley weekly pier"): words no title need have. */
export const withoutDocumentNoun = (described: string): string => described.trim().replace(NAMES_DOCUMENT, '').trim();
