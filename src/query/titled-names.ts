// "When does the bluefin bridge act take effect": a run of words ending in the noun that heads a
// named law, programme or agreement ("act", "bill", "initiative", "treaty" …) is that thing's
// name. Its words matched one by one find any act; a coverage in which no sentence holds all of
// them together never mentions it, and the question is declined. A run the coverage writes in
// other words ("the ukraine aid bill": "the aid bill … for Ukraine") still has its words together
// somewhere, so it is not held against the question. Decided on the words, never on capitals.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { questionWords } from './parts-of-speech.js';
import { sentenceTerms } from './sentence-facts.js';

// The head nouns of names given to laws, programmes and agreements (general English, no coverage's names).
const TITLE_HEADS: ReadonlySet<string> = new Set(
  ['act', 'bill', 'law', 'initiative', 'program', 'programme', 'treaty', 'accord', 'accords', 'agreement', 'pact', 'doctrine', 'fund', 'strategy', 'project', 'operation'].flatMap((word) => terms(word)),
);
// Sentences read at most for the rarest word of a name: a word written more often than this is common enough that its name is taken as known.
const MAX_SENTENCES_READ = 20_000;

/** The named laws, programmes and agreements of the question (as typed runs) whose words no sentence holds together. */
export function unwrittenTitles(plain: string, facts: LoadedFactBase): string[] {
  const words = questionWords(plain);
  const found: string[] = [];
  words.forEach(({ word, thing, phrase }, at) => {
    const head = terms(word)[0];
    if (!thing || head === undefined || !TITLE_HEADS.has(head) || words[at + 1]?.thing === true) return;
    // The run up to and including the head: "bluefin bridge act" of "the bluefin bridge act".
    const run = phrase.split(' ');
    const end = run.lastIndexOf(word);
    const named = run.slice(0, end + 1);
    const runTerms = [...new Set(named.flatMap((each) => terms(each)))];
    if (runTerms.length < 3 || writtenTogether(runTerms, facts)) return;
    found.push(named.join(' '));
  });
  return found;
}

function writtenTogether(runTerms: readonly string[], facts: LoadedFactBase): boolean {
  if (runTerms.some((term) => facts.index.idf(term) === 0)) return false;
  const [rarest] = [...runTerms].sort((a, b) => facts.index.idf(b) - facts.index.idf(a));
  const ids = facts.index.sentencesWith(rarest!, MAX_SENTENCES_READ + 1);
  if (ids.length > MAX_SENTENCES_READ) return true;
  return ids.some((id) => {
    const held = sentenceTerms(facts, id).set;
    return runTerms.every((term) => held.has(term));
  });
}
