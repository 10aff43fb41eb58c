// Whether a question reads as English, the one language questions are read in. A question in
// another ("wer ist olsen", "quién es lindqvist", "кто такой олсен") must not have its words
// "mended" into English ones ("ist" → "its") and searched for; it is declined with a note on the
// language. Judged on the words as typed, never on capitals. Names the coverage uses, or
// mistyped ("haraldsun"), say nothing of the language; nor does a word English would need
// mending to read ("teh", "ist") unless other words are English. A question is taken for
// another language when at least two of its words are neither English nor the coverage's and
// they outnumber its English words: chat typing ("hwo mcuh did teh us gvie") and English
// questions full of names keep their English words.
import type { LoadedFactBase } from '../factbase/persist.js';
import { isStopWord, terms } from '../factbase/terms.js';
import { CHAT_SHORTHAND, CLIPPED_SCALES } from '../lexicon/chat-shorthand.js';
import { isEverydayEnglishWord } from '../lexicon/english-words.js';
import { foldName } from '../lexicon/name-fold.js';
import { mendsToQuestionWord, runsTogether } from './question.js';
import { writtenAsName } from './written-as-name.js';
import { closedUpPair, mendTypingSlips, unswapped } from './typing-slips.js';
import { mistypedNameWord } from './person-match.js';
import { mendGivenNameVariants, mendSurnameSlips } from './name-slips.js';
import { spellOutTitleInitials } from './title-initials.js';
import { editDistance } from './edit-distance.js';
import { wordForms } from './parts-of-speech.js';

type WordReading = 'english' | 'coverage' | 'slip' | 'other';

// A base that short ("es" of "eses") says little of the word's language.
const MAX_SHORT_BASE = 3;

// Foreign words that are not English and make a question another language's: two at least ("lindqvist" alone may be a name).
const MIN_FOREIGN_WORDS = 2;

/** A question's words in lower case, one-letter words left out ("s" of "what's", "à"). */
const wordsOf = (line: string): string[] => (line.toLowerCase().match(/\p{L}{2,}/gu) ?? []);

/** The word folded to the Latin letters the coverage is indexed in ("олсен" → "olsen", "quién" → "quien"). */
const coverageTerms = (word: string): string[] => [...new Set([...terms(word), ...terms(foldName(word))])];

const usedByCoverage = (word: string, facts: LoadedFactBase): boolean => coverageTerms(word).some((term) => facts.index.idf(term) > 0);

function readingOf(word: string, index: number, facts: LoadedFactBase): WordReading {
  // "whats", "whos": a question word run together with its verb is chat English wherever it stands.
  if (isStopWord(word) || CHAT_SHORTHAND.has(word) || CLIPPED_SCALES.has(word) || runsTogether(word)) return 'english';
  // Before the dictionary, which lists places and people too ("austria", "usa"): names are of no language.
  if (usedByCoverage(word, facts)) return 'coverage';
  // WordNet lists base forms: an irregular one ("gave", "went") is English by its base.
  if (isEverydayEnglishWord(word) || wordForms(word).some((form) => !form.startsWith(word) && form.length > MAX_SHORT_BASE && isEverydayEnglishWord(form))) return 'english';
  // A question word stands first or second ("so wen …"): plainForm mends it there only.
  if ((index < 2 && mendsToQuestionWord(word)) || unswapped(word, facts) !== undefined || closedUpPair(word, facts) !== undefined) return 'slip';
  // A name or word of the coverage mistyped ("haraldsun", "bergg") is the coverage's, not another language's.
  if (mistypedNameWord(word, facts.data.people) !== null || terms(word).some((term) => facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 1)).length > 0)) return 'coverage';
  return 'other';
}

/** Whether the question reads as English: fewer than two of its words foreign, or no more of them than English ones. */
export function readsAsEnglish(line: string, facts: LoadedFactBase): boolean {
  const readings = wordsOf(line).map((word, index) => readingOf(word, index, facts));
  const count = (reading: WordReading) => readings.filter((each) => each === reading).length;
  const english = count('english');
  // With no English word at all, a word that reads as English only once mended is no sign of English.
  const foreign = count('other') + (english === 0 ? count('slip') : 0);
  return foreign < MIN_FOREIGN_WORDS || foreign <= english;
}

/** The question's words that the coverage writes as names ("олсен": Olsen), in Latin letters: what a decline offers sentences about. */
export const coverageNamesIn = (line: string, facts: LoadedFactBase): string[] =>
  wordsOf(line).flatMap((word) => (coverageTerms(word).some((term) => facts.index.idf(term) > 0 && writtenAsName(term, facts)) ? [foldName(word)] : []));

/**
 * The line as it is read: a surname slipped after its given name mended, a given name spelled
 * another way before a known surname as the coverage spells it (name-slips.ts), a title typed as its
 * initials before a name spelled out (title-initials.ts), and the other typing slips
 * when it reads as English, as typed when it does not ("wer ist", not "wer its").
 */
export function mendedQuestion(line: string, facts: LoadedFactBase): string {
  const named = spellOutTitleInitials(mendGivenNameVariants(mendSurnameSlips(line, facts), facts), facts);
  return readsAsEnglish(named, facts) ? mendTypingSlips(named, facts) : named;
}
