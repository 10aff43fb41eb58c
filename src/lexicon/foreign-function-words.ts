// The commonest words of the languages chat mixes into English ("qué piensa the mayor", "le
// minister", "das package"): the stop-word lists of Spanish, French, German, Italian and
// Portuguese from stopwords-iso (already natural's dependency), function words and the most frequent
// verbs. Callers decide when such a word is foreign: many are English words too ("die", "also").
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const LANGUAGES = ['es', 'fr', 'de', 'it', 'pt'] as const;

let words: ReadonlySet<string> | undefined;

/** Whether the word (lower case) is a stop word of one of the languages most mixed into English chat. */
export function isForeignStopWord(word: string): boolean {
  words ??= new Set(LANGUAGES.flatMap((language) => (require('stopwords-iso/stopwords-iso.json') as Record<string, readonly string[]>)[language] ?? []));
  return words.has(word);
}
