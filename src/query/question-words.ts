// Words that frame a question rather than say what it is about, as index terms.
import { terms } from '../factbase/terms.js';

export const stems = (words: readonly string[]): string[] => words.flatMap((word) => terms(word));

// Words that frame a question rather than say what it is about ("what did X say about Y").
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  stems([
    'say', 'says', 'tell', 'told', 'know', 'think', 'happen', 'happened', 'mean', 'explain', 'describe', 'view', 'opinion',
    'anything', 'something', 'thing', 'things', 'latest', 'news', 'please', 'show', 'list', 'find', 'according', 'kind', 'type', 'sort',
  ]),
);
