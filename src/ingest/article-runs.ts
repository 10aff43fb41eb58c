// The sentences of a coverage, article by article: steps that read one article at a time.
import type { Sentence } from '../factbase/schema.js';

/** Each run of consecutive sentences of one article (an article's sentences come together). */
export function* articleRuns(sentences: readonly Sentence[]): Generator<Sentence[]> {
  let from = 0;
  for (let i = 1; i <= sentences.length; i++) {
    if (i === sentences.length || sentences[i]!.articleId !== sentences[from]!.articleId) {
      yield sentences.slice(from, i);
      from = i;
    }
  }
}
