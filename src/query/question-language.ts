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
import { isEnglishWord, isEverydayEnglishWord } from '../lexicon/english-words.js';
import { foldName } from '../lexicon/name-fold.js';
import { isForeignStopWord } from '../lexicon/foreign-function-words.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';
import { mendsToQuestionWord, runsTogether } from './question.js';
import { writtenAsName } from './written-as-name.js';
import { closedUpPair, mendTypingSlips, unswapped } from './typing-slips.js';
import { mistypedNameWord } from './person-match.js';
import { mendGivenNameVariants, mendSplitSurnames, mendSurnameSlips, mendWhoseBeforeNames } from './name-slips.js';
import { spellOutShortNames } from './short-names.js';
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

// A stop word that short ("de", "un", "eu") is as often an English initialism or a name's particle.
const MIN_FOREIGN_STOP_WORD = 3;

/** Whether the word is another language's stop word that is no English word ("que", "ist"; not "die", "das"). */
const isForeignWord = (word: string): boolean => word.length >= MIN_FOREIGN_STOP_WORD && isForeignStopWord(word) && !isEnglishWord(word) && !NON_AGENT_PREPOSITIONS.has(word);

function readingOf(word: string, index: number, facts: LoadedFactBase): WordReading {
  // "whats", "whos": a question word run together with its verb is chat English wherever it stands.
  if (isStopWord(word) || CHAT_SHORTHAND.has(word) || CLIPPED_SCALES.has(word) || runsTogether(word)) return 'english';
  // Before the dictionary, which lists places and people too ("austria", "usa"): names are of no language.
  if (usedByCoverage(word, facts)) return 'coverage';
  // WordNet lists base forms: an irregular one ("gave", "went") is English by its base.
  if (isEverydayEnglishWord(word) || wordForms(word).some((form) => !form.startsWith(word) && form.length > MAX_SHORT_BASE && isEverydayEnglishWord(form))) return 'english';
  // A question word stands first or second ("so wen …"): plainForm mends it there only.
  if (index < 2 && mendsToQuestionWord(word)) return 'slip';
  // "que", "ist": another language's stop word, not one English would mend ("ist" is no slip of "its").
  if (isForeignWord(word)) return 'other';
  if (unswapped(word, facts) !== undefined || closedUpPair(word, facts) !== undefined) return 'slip';
  // A name or word of the coverage mistyped ("haraldsun", "bergg") is the coverage's, not another language's.
  if (mistypedNameWord(word, facts.data.people) !== null || terms(word).some((term) => facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 1)).length > 0)) return 'coverage';
  return 'other';
}

/**
 * Whether the question reads as English: fewer than two of its words foreign, or no more of them
 * than English ones; and no more of another language's stop words than of English's ("was ist
 * das", "wie viel geld hat …": words such as "das", "geld" and "hat" are English words too).
 */
export function readsAsEnglish(line: string, facts: LoadedFactBase): boolean {
  const words = wordsOf(line);
  const readings = words.map((word, index) => readingOf(word, index, facts));
  const count = (reading: WordReading) => readings.filter((each) => each === reading).length;
  const english = count('english');
  // With no English word at all, a word that reads as English only once mended is no sign of English.
  const foreign = count('other') + (english === 0 ? count('slip') : 0);
  const foreignStopWords = words.filter((word) => !isStopWord(word) && !isEverydayEnglishWord(word) && isForeignStopWord(word) && !usedByCoverage(word, facts)).length;
  const englishStopWords = words.filter((word) => isStopWord(word)).length;
  return (foreign < MIN_FOREIGN_WORDS || foreign <= english) && (foreignStopWords < MIN_FOREIGN_WORDS || foreignStopWords <= englishStopWords);
}

/** The question's words that the coverage writes as names ("олсен": Olsen), in Latin letters: what a decline offers sentences about. */
export const coverageNamesIn = (line: string, facts: LoadedFactBase): string[] =>
  wordsOf(line).flatMap((word) => (coverageTerms(word).some((term) => facts.index.idf(term) > 0 && writtenAsName(term, facts)) ? [foldName(word)] : []));

/**
 * The line as it is read: a person named by a pet form or initials in full (short-names.ts), a
 * surname slipped after its given name mended, a given name spelled
 * another way before a known surname as the coverage spells it (name-slips.ts), a title typed as its
 * initials before a name spelled out (title-initials.ts), and the other typing slips
 * when it reads as English, as typed when it does not ("wer ist", not "wer its").
 */
export function mendedQuestion(line: string, facts: LoadedFactBase): string {
  const named = mendWhoseBeforeNames(spellOutTitleInitials(mendGivenNameVariants(mendSurnameSlips(spellOutShortNames(mendSplitSurnames(line, facts), facts), facts), facts), facts), facts);
  return readsAsEnglish(named, facts) ? mendTypingSlips(withoutForeignStopWords(named, facts), facts) : named;
}

/**
 * An English line without the other languages' stop words mixed into it ("qué piensa the mayor
 * about the port", "le minister"): neither English nor the coverage's, they ask nothing of it and are
 * no name it lacks.
 */
function withoutForeignStopWords(line: string, facts: LoadedFactBase): string {
  const tokens = line.split(/\s+/u);
  // A whole token, as the word index `readingOf` takes counts words of letters: not part of a web address ("site.com").
  const wordIndex = (at: number) => wordsOf(tokens.slice(0, at).join(' ')).length;
  const kept = tokens.filter((token, at) => {
    const word = token.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return !(/^\p{L}+$/u.test(word) && isForeignWord(word) && readingOf(word, wordIndex(at), facts) === 'other');
  });
  return kept.length === tokens.length ? line : kept.join(' ');
}
