// "When does the tern harbour act take effect": a run of words ending in the noun that heads a
// named law, programme or agreement ("act", "bill", "initiative", "treaty" …) is that thing's
// name. Its words matched one by one find any act; a coverage in which no sentence holds all of
// them together never mentions it, and the question is declined. A run the coverage writes in
// another order ("the harbour aid bill": "the aid bill … for the harbour") or other words ("the
// whaling ban treaty": "the treaty, which prohibits whaling") still has its words, or words of
// their senses, together somewhere, so it is not held against the question. Decided on the words,
// never on capitals.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { SEPARATED_PREFIXES } from '../lexicon/english-words.js';
import { scaleOf } from '../ingest/money-amounts.js';
import { questionWords } from './parts-of-speech.js';
import { intersection, sentencesHoldingAll, sentencesWithAny } from './common-word-names.js';
import { synonymsInAnySense } from '../lexicon/synonyms.js';
import { describesSize } from '../lexicon/size-words.js';
import { ORDINAL_WORDS } from '../lexicon/number-words.js';

// The head nouns of names given to laws, programmes and agreements (general English, no coverage's names).
const TITLE_HEADS: ReadonlySet<string> = new Set(
  ['act', 'bill', 'law', 'initiative', 'program', 'programme', 'treaty', 'accord', 'accords', 'agreement', 'pact', 'doctrine', 'fund', 'strategy', 'project', 'operation'].flatMap((word) => terms(word)),
);

// Words of age or order that pick one of a series, never part of its name.
const WHICH_ONE: ReadonlySet<string> = new Set([...ORDINAL_WORDS, 'original', 'new', 'old', 'current', 'latest', 'previous', 'former', 'recent', 'initial', 'final', 'last', 'next']);

/** The named laws, programmes and agreements of the question (as typed runs) whose words no sentence holds together. */
export function unwrittenTitles(plain: string, facts: LoadedFactBase): string[] {
  const words = questionWords(plain);
  const found: string[] = [];
  words.forEach(({ word, thing, phrase }, at) => {
    const head = terms(word)[0];
    if (!thing || head === undefined || !TITLE_HEADS.has(head) || words[at + 1]?.thing === true) return;
    // The run up to and including the head: "tern harbour act" of "the tern harbour act", after its
    // owner ("the council's ferry bill") and without a prefix typed apart ("anti shutdown").
    const run = phrase.split(' ');
    const end = run.lastIndexOf(word);
    const owner = run.slice(0, end).findLastIndex((each) => /['’]s$/u.test(each));
    // A figure before it ("the 95 bn bill") or a word of size ("the big aid bill") says how big it
    // is, and one of age or order ("the original trade pact") which of them: not what it is called.
    const named = run.slice(owner + 1, end + 1).filter((each) => !SEPARATED_PREFIXES.has(each) && !/^[$€£]?\d/u.test(each) && scaleOf(each) === undefined && !describesSize(each) && !WHICH_ONE.has(each));
    const runTerms = [...new Set(named.flatMap((each) => terms(each)))];
    if (runTerms.length < 3 || sentencesHoldingAll(runTerms, facts).length > 0 || describedInOtherWords(named, facts) || writtenShort(runTerms, facts)) return;
    found.push(named.join(' '));
  });
  return found;
}

/**
 * Whether some sentence writes the name short, its first word right before its head: "the Tern
 * Treaty" for "the tern fishing ban treaty", as news names a treaty or an act once in full and
 * then by its first word.
 */
function writtenShort(runTerms: readonly string[], facts: LoadedFactBase): boolean {
  const short = [runTerms[0]!, runTerms.at(-1)!];
  return sentencesHoldingAll(short, facts).some((id) => terms(facts.sentence(id).text).some((term, i, list) => term === short[0] && list[i + 1] === short[1]));
}

/** Whether some sentence holds each word or a word of one of its senses (WordNet's synonyms in any sense: this only asks whether the thing is written of at all). */
function describedInOtherWords(words: readonly string[], facts: LoadedFactBase): boolean {
  return words.map((word) => sentencesWithAny([word, ...synonymsInAnySense(word)].flatMap((form) => terms(form)), facts)).reduce(intersection).length > 0;
}
