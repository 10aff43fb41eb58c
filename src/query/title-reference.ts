// "On her third visit, the Mayor thanked the crews" under a headline naming "Mayor Cook": a
// sentence names someone by their title alone. "The <title>" (not "the <title> of …", not "the
// <title>'s", not before a name) stands for the one person the article calls by that title, in its
// sentences or its headline. An article giving the title to two people ("Mayor Cook and Mayor
// Olsen") leaves it to neither; one giving it to no one leaves it unresolved (the coverage's
// most-named holder around a date is no safe guess: a statement on foreign affairs names other
// presidents more often than its own).
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Person } from '../factbase/schema.js';
import { escapeRegex } from '../lexicon/phrase-pattern.js';
import { Lru } from '../lru.js';
import { terms } from '../factbase/terms.js';
import { lookups, titleTermsOf } from './sentence-facts.js';

const MAX_REMEMBERED = 512;
const titledMemo = new WeakMap<LoadedFactBase, Lru<string, ReadonlySet<string>>>();
const patternMemo = new Map<string, { bare: RegExp; named: RegExp; anywhere: RegExp }>();

/** A regex source matching the text's letters in either case ("ab" → "[aA][bB]"). */
const caseless = (source: string): string => source.replace(/\p{L}/gu, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`);

// One person may be two records ("Ada Cook", "Ada M. Cook"): they are told apart by surname.
const surnameOf = (person: Person): string => (person.name.split(/\s+/u).at(-1) ?? person.name).toLowerCase();

/** The title (lower case) standing alone, before a name (its capitalised words captured), and anywhere: in either case, a name by its capital. */
function patternsOf(title: string): { bare: RegExp; named: RegExp; anywhere: RegExp } {
  let found = patternMemo.get(title);
  if (found === undefined) {
    const typed = caseless(escapeRegex(title)).replace(/ /gu, String.raw`\s+`);
    found = {
      // Not "the President of Pellonia", "the president's" (whose?), nor "the President Berg" (named anyway).
      bare: new RegExp(String.raw`\b${caseless('the')}\s+${typed}\b(?!['’]s|\s+(?:of|for|and)\b|\s+\p{Lu})`, 'u'),
      named: new RegExp(String.raw`\b${typed}\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})`, 'gu'),
      anywhere: new RegExp(String.raw`\b${typed}\b`, 'u'),
    };
    patternMemo.set(title, found);
  }
  return found;
}

/** The surnames (lower case) the sentence's article writes after the title, in its sentences or headline. */
function titledInArticle(title: string, sentenceId: number, facts: LoadedFactBase): ReadonlySet<string> {
  const { articleId } = facts.sentence(sentenceId);
  let memo = titledMemo.get(facts);
  if (memo === undefined) titledMemo.set(facts, (memo = new Lru(MAX_REMEMBERED)));
  const key = `${title}\u0000${articleId}`;
  const remembered = memo.get(key);
  if (remembered !== undefined) return remembered;
  const { named } = patternsOf(title);
  const surnames = new Set<string>();
  const { surnames: known } = lookups(facts);
  // The run's last word the coverage knows as a surname ("Vice President Harris Rejects …" in a headline), else its last word.
  const surnameIn = (run: string) => {
    const words = run.toLowerCase().split(/\s+/u).map((word) => word.replace(/[.'’-]+$/u, ''));
    return words.findLast((word) => known.has(terms(word)[0] ?? '')) ?? words.at(-1)!;
  };
  const read = (text: string) => {
    for (const match of text.matchAll(named)) surnames.add(surnameIn(match[1]!));
  };
  read(facts.article(articleId).title ?? '');
  const count = facts.data.sentences.length;
  for (let id = sentenceId; id >= 0 && facts.sentence(id).articleId === articleId; id--) read(facts.sentence(id).text);
  for (let id = sentenceId + 1; id < count && facts.sentence(id).articleId === articleId; id++) read(facts.sentence(id).text);
  memo.set(key, surnames);
  return surnames;
}

/** Whether the sentence names the person by one of their titles alone ("the Mayor thanked …"), the one its article gives that title. */
export function namedByTitle(person: Person, sentenceId: number, facts: LoadedFactBase): boolean {
  const { text } = facts.sentence(sentenceId);
  const surname = surnameOf(person);
  for (const title of new Set(person.roles.map((role) => role.title.toLowerCase()))) {
    if (!patternsOf(title).bare.test(text)) continue;
    const named = titledInArticle(title, sentenceId, facts);
    if (named.size === 1 && named.has(surname)) return true;
  }
  return false;
}

/** How far into its article a sentence retelling the headline stands, and how many of the headline's terms it shares. */
const LEAD_SENTENCES = 3;
const LEAD_SHARED_TERMS = 2;

/**
 * "Minister assures harbour chief of support" over "Berg assured the port on Monday that …": an
 * article's lead retells its headline, so it is about whom the headline names, by surname or by a
 * title the article gives them alone.
 */
export function retellsHeadlineNaming(person: Person, sentenceId: number, facts: LoadedFactBase): boolean {
  const { articleId, text } = facts.sentence(sentenceId);
  if (sentenceId >= LEAD_SENTENCES && facts.sentence(sentenceId - LEAD_SENTENCES).articleId === articleId) return false;
  const headline = facts.article(articleId).title ?? '';
  // The headline's terms, read once per article (sentence-facts.ts).
  const headlineTerms = titleTermsOf(facts, articleId);
  const surname = surnameOf(person);
  const named = terms(surname).some((term) => headlineTerms.has(term)) || person.roles.some(({ title }) => {
    const lower = title.toLowerCase();
    if (!patternsOf(lower).anywhere.test(headline)) return false;
    const titled = titledInArticle(lower, sentenceId, facts);
    return titled.size === 1 && titled.has(surname);
  });
  return named && new Set(terms(text).filter((term) => headlineTerms.has(term))).size >= LEAD_SHARED_TERMS;
}
