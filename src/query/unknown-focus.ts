// What a question names that the coverage never mentions. A name, a number, a kind of a thing
// the coverage knows ("france", "cruise missiles", "how many tanks"), a concrete thing ("tanks",
// "the weather"), the figure asked for ("unemployment rate") or the verb of an empty "it" ("is
// it going to rain") means it cannot answer; other unknown nouns ("seats", "team") may be the
// user's paraphrase. Decided on the words, the tagger and WordNet, never on capitals.
import { DETERMINERS } from '../lexicon/determiners.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept } from './concept.js';
import { PEOPLE_TERMS, countedWords } from './counted-people.js';
import { SUPERLATIVE_MODIFIERS } from './superlatives.js';
import { alternativesOf } from './expansion.js';
import { isVerbIngForm, kindForms, questionWords, wordForms, type QuestionWord } from './parts-of-speech.js';
import { ORDINAL_WORDS } from '../lexicon/number-words.js';
import { soundAlikeOf } from '../lexicon/sound-alikes.js';
import { broaderNouns, isKindOf, namesConcreteThing } from '../lexicon/word-kinds.js';
import { boundaryOf, derivedWords } from '../lexicon/verb-senses.js';
import { ADVERB_PARTICLES } from '../lexicon/prepositions.js';
import { synonymsInAnySense, synonymsOf } from '../lexicon/synonyms.js';
import { intersection, sentencesWithAny } from './common-word-names.js';
import { isEnglishWord, PLAIN_PERSON_NOUNS, SEPARATED_PREFIXES } from '../lexicon/english-words.js';
import { nounAndVerbUsage, senseOffsets } from '../lexicon/wordnet.js';
import { AUXILIARIES } from './asked-in-sentence.js';
import { SAYING_VERBS } from '../lexicon/speech-verbs.js';
import { countryOfPeople } from '../lexicon/countries.js';
import { isPlaceAdjective } from '../lexicon/place-adjectives.js';
import { asksFigureOnly, asTyped, CLAIMING_KINDS, countsOccurrences, YEAR, type Question } from './question.js';
import { isFigureUnit } from './guessed-figures.js';
import { framesQuestion, OPINION_ASKED, stems } from './question-words.js';
import { onlyAfterInName } from './name-part.js';
import { HEAD_NOUN_TERMS, LEADING_TITLE_TERMS } from './roles.js';
import { nameWritten } from './stemmed-places.js';
import { lookups } from './sentence-facts.js';
import { startsPublisherName } from './source-reference.js';
import { inAnyTitle } from './title-candidates.js';

// Nouns that frame a question rather than name what it is about ("what *kind* of", "the *name* of").
export const GENERIC_NOUNS: ReadonlySet<string> = new Set(
  stems([
    'kind', 'kinds', 'type', 'types', 'sort', 'name', 'names', 'thing', 'things', 'stuff', 'lot', 'lots', 'part', 'way', 'ways',
    'something', 'anything', 'everything', 'nothing', ...PLAIN_PERSON_NOUNS,
    'time', 'times', 'today', 'now', 'latest', 'news', 'update', 'updates', 'info', 'information', 'detail', 'details',
    'question', 'answer', 'example', 'fact', 'facts', 'story', 'stories', 'article', 'articles', 'coverage', 'source',
    'subject', 'subjects', 'topic', 'topics', 'theme', 'themes', 'focus',
    // "What was his point", "the gist of it": what was meant, not a thing of its own.
    'point', 'gist', 'takeaway', 'takeaways', 'summary', 'tldr', 'recap', 'overview', 'rundown',
  ]),
);

// Nouns a question names someone's words with ("give me the *line* she used", "her *quote* on it"):
// beside a verb of saying, or "exact", they ask for the words said, which no sentence calls so.
const QUOTE_NOUNS: ReadonlySet<string> = new Set(stems(['line', 'lines', 'quote', 'quotes', 'quotation', 'words', 'wording', 'phrase']));
const ASKS_FOR_WORDS: ReadonlySet<string> = new Set([...SAYING_VERBS, 'quote', 'quoted', 'exact', 'exactly', 'verbatim']);
// "What *word* did she *use* for it", "which term did he use": the wording chosen, with its verb of choosing it.
const WORDING_NOUNS: ReadonlySet<string> = new Set(stems(['word', 'words', 'term', 'terms', 'phrase', 'phrases', 'wording']));
const USES_WORDS: ReadonlySet<string> = new Set(['use', 'uses', 'used', 'using', 'pick', 'picked', 'choose', 'chose', 'chosen']);

/** Whether the question asks for someone's words ("his exact words", "the word she used"), by its verbs. */
const asksForWordsIn = (question: string, wording: boolean): boolean => questionWords(question).some((each) => ASKS_FOR_WORDS.has(each.word) || (wording && USES_WORDS.has(each.word)));

/** Whether the word asks for someone's words, not a thing of that name ("what were his exact *words*", "what *word* did she use"). */
export const namesQuotedWords = (word: string, question: string): boolean =>
  terms(word).some((term) => QUOTE_NOUNS.has(term) || WORDING_NOUNS.has(term)) && asksForWordsIn(question, terms(word).some((term) => WORDING_NOUNS.has(term)));

// Nouns for the ones who rule a place, who act in its name ("the norwegian government").
const RULERS: ReadonlySet<string> = new Set(['government', 'governments', 'administration', 'authorities', 'regime', 'leadership', 'cabinet']);
const namesPlace = ({ word, place }: QuestionWord): boolean => {
  const bare = word.replace(/['’]s?$/u, '');
  return place || isPlaceAdjective(bare) || countryOfPeople(bare) !== null;
};

/** What the analysis read from the question once, for both it and this module. */
export interface QuestionReading {
  /** Terms that frame the question rather than name its topic ("what *year*", "*stand* for"). */
  frame: ReadonlySet<string>;
  /** The frame's terms when it names what is measured ("population"): the coverage must name it. */
  measure: ReadonlySet<string>;
  /** Terms the tagger reads as things (nouns, names, numbers). */
  things: ReadonlySet<string>;
  /** The counted nouns that name a kind of person ("how many *inhabitants*"). */
  countedPeople: ReadonlySet<string>;
  /** The verb of a question about what will happen, as typed (forecast-verb.ts). */
  forecast: string | undefined;
}

/**
 * The verb whose subject is an empty "it" ("is it going to rain", "will it snow", "when did it
 * rain"): with nothing else to be about, the question is about what that verb names, however
 * common its words; a verb with a real subject ("did the council send aid", "the council, when was
 * it founded") may be paraphrase. Not a verb of saying: what says something is no empty "it".
 */
/** The particle typed right after the verb ("out" of "broken out"), or ''. */
function particleAfter(words: readonly QuestionWord[], verb: string): string {
  const next = words[words.findIndex(({ word }) => word === verb) + 1]?.word ?? '';
  return ADVERB_PARTICLES.includes(next) ? next : '';
}

function verbOfEmptySubject(question: Question): string | undefined {
  const words = questionWords(question.plain);
  const it = words.findIndex(({ word }, i) => word === 'it' && i > 0 && AUXILIARIES.has(words[i - 1]!.word));
  // "harbour council where was it created": "it" is the thing named before the question.
  if (it < 0 || words.slice(0, it).some(({ thing }) => thing)) return undefined;
  // "who was it that blamed …": a cleft's "it" stands for the one asked about, whose verb it is.
  if (/^(?:that|who|which)$/u.test(words[it + 1]?.word ?? '')) return undefined;
  // The last verb of the group after it, past its function words ("going *to*", "*been*") and particles ("snow *in*").
  let verb: string | undefined;
  for (const { word, action } of words.slice(it + 1)) {
    const content = terms(word).length > 0;
    // "has it broken *out*": a particle after the verb is part of it.
    if (verb !== undefined && ADVERB_PARTICLES.includes(word)) continue;
    if (action && content) verb = word;
    else if (content) break;
  }
  return verb !== undefined && SAYING_VERBS.includes(verb) ? undefined : verb;
}

const COPULA_FIRST = /^(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b/u;

/**
 * The quality a "be" question claims of its subject: "is berg *corrupt*", "was the summit
 * *successful*", "is haraldsen a *good* secretary" — a describing word that ends the question or
 * follows the predicate's "a"; not one inside the subject ("is the *new* grant approved") nor a comparison.
 */
function claimedQualities(question: Question): string[] {
  if (question.kind !== 'yes-no') return [];
  // "do u think the grant is enough for the islands": the view asked is the claim's.
  const asked = OPINION_ASKED.test(question.plain);
  if (!asked && !COPULA_FIRST.test(question.plain)) return [];
  const words = questionWords(question.plain);
  return words.flatMap(({ word, describes, compares }, i) => {
    // Not a participle after "have" ("the biggest one they have *done*"): a verb of a clause about the subject.
    const claimed = describes && !compares && i > 1 && (i === words.length - 1 || /^an?$/u.test(words[i - 1]!.word)) && !/^(?:have|has|had|having)$/u.test(words[i - 1]!.word);
    // …or, of a view asked, the word right after its "is" ("is *enough* for them").
    const viewed = asked && describes && !compares && COPULA.test(words[i - 1]?.word ?? '');
    return claimed || viewed ? [word] : [];
  });
}
const COPULA = /^(?:is|are|was|were|be)$/u;
const ASKS_THE_BOT = /^\S+ (?:you|u|ya|anyone|anybody)\b/u;

const BECOME = /^(?:become|becomes|became|becoming)$/u;

/**
 * The state a question asks its subject came into: "when did pellonia become *independent*", "why
 * did the talks become *tense*". A coverage that never writes it, a word derived from it
 * ("independence") nor a synonym never reports that change, whatever else it says of the subject.
 */
function becameQualities(question: Question): string[] {
  const words = questionWords(question.plain);
  return words.flatMap(({ word, describes, compares }, i) => (describes && !compares && BECOME.test(words[i - 1]?.word ?? '') ? [word] : []));
}

/** Whether the coverage writes the word, a form of it, a word derived from it (a verb's; an adjective's when `derived`) or a synonym of its commonest sense. */
function wordKnown(word: string, part: 'verb' | 'adj', facts: LoadedFactBase, derived = part === 'verb'): boolean {
  const forms = [word, ...wordForms(word)];
  const related = derived ? derivedWords(forms, part) : [];
  const known = [...forms, ...related, ...synonymsOf(forms, part)];
  // "is it big": "the largest" says so of a synonym, in its superlative.
  const degrees = part === 'adj' ? known.flatMap(degreesOf) : [];
  return [...known, ...degrees].flatMap((form) => terms(form)).some((term) => facts.index.idf(term) > 0);
}

/** An adjective's comparative and superlative by the regular rules ("large": larger, largest; "big": bigger, biggest; "easy": easier, easiest). */
function degreesOf(adjective: string): string[] {
  if (!/^\p{L}+$/u.test(adjective)) return [];
  if (adjective.endsWith('e')) return [`${adjective}r`, `${adjective}st`];
  if (/[^aeiou]y$/u.test(adjective)) return [`${adjective.slice(0, -1)}ier`, `${adjective.slice(0, -1)}iest`];
  const doubled = /^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/u.test(adjective) ? adjective + adjective.at(-1)! : adjective;
  return [`${doubled}er`, `${doubled}est`];
}

/**
 * Things the question is about (nouns, names, numbers) that the coverage never mentions in any
 * form it knows. `specific` ones (a name, a number, a kind of a thing the coverage knows, a
 * concrete thing, the kind of figure asked: "france", "cruise missiles", "tanks",
 * "unemployment rate") mean the coverage cannot answer; other nouns ("seats", "team")
 * may be the user's paraphrase, so they weigh as much as the question's weightiest word instead. Decided on the words and the
 * tagger, never on capitals.
 */
export function unknownFocus(question: Question, concepts: readonly Concept[], facts: LoadedFactBase, reading: QuestionReading): { specific: string[]; other: Map<string, string> } {
  const { frame, measure, things, countedPeople, forecast } = reading;
  const known = (term: string): boolean => {
    // "Maine" is known where a sentence writes it, not wherever "main" is.
    const writtenAs = concepts.find((concept) => concept.term === term)?.writtenAs;
    if (writtenAs !== undefined) return nameWritten(term, writtenAs, facts);
    if (facts.index.idf(term) > 0) return true;
    // "the norrvik dinner": a name the coverage gives only in an article's title ("Remarks … |
    // Norrvik") is mentioned. Not a common word: "prices" in a title is no sentence on prices.
    if (!isEnglishWord(term) && inAnyTitle(term, facts)) return true;
    // "the vln one": a source the coverage has, named by the start of its site ("vlnnews.com").
    if (startsPublisherName(term, facts)) return true;
    // "The fair in 2025", "on june 3": a period the coverage reports from, though no sentence writes it.
    const period = concepts.find((concept) => concept.term === term)?.period;
    if (period !== undefined && reportsFrom(period, facts)) return true;
    // "What did the defence chief say": a head noun stands for the leading titles the coverage writes ("Secretary of Defense").
    if (HEAD_NOUN_TERMS.has(term) && [...LEADING_TITLE_TERMS].some((title) => facts.index.idf(title) > 0)) return true;
    // "How many inhabitants": the coverage's counts of people count them.
    if (countedPeople.has(term) && PEOPLE_TERMS.some((people) => facts.index.idf(people) > 0)) return true;
    const concept = concepts.find((c) => c.term.split(' ').includes(term));
    // "Which expert said …": a kind of person the coverage names only by a narrower kind ("a defence analyst").
    if (concept?.focus === true && personKindNamed(concept, question, facts)) return true;
    const single = concept ? concept.alternatives : alternativesOf([term], facts).single;
    // WordNet's synonyms in the word's commonest sense name it too ("cars": automobiles).
    const phrases = concept ? [...concept.phrases, ...(concept.synonyms ?? [])] : [];
    return [...single].some((alt) => facts.index.idf(alt) > 0) || phrases.some((phrase) => phrase.every((t) => facts.index.idf(t) > 0));
  };
  // What a "how many" question counts: if the coverage never names it, no figure there counts it.
  const counted = new Set(terms(countedWords(question)));
  const specific: string[] = [];
  const other = new Map<string, string>();
  const words = questionWords(question.plain);
  const asksForWords = asksForWordsIn(question.plain, words.some(({ word }) => terms(word).some((term) => WORDING_NOUNS.has(term))));
  // "What did the house decide" where the coverage writes "house" only in "White House".
  const partOfUntypedName = (term: string, at: number) => {
    const before = onlyAfterInName(term, facts);
    return before !== null && words[at - 1]?.word !== before;
  };
  const subjectAt = yesNoSubject(question, words);
  const objectAt = yesNoObject(question, words);
  // "the fare's gonna rise", "the mayor's": what the coverage lacks is the word, not its "'s".
  const withoutClitic = (typed: string) => typed.replace(/['’]s$/u, '');
  // "do you think berg gets a seat on the board": a guess asked of the bot stands only on a sentence
  // stating that very thing, so any thing it names that the coverage lacks is what it lacks.
  const guessAsked = OPINION_ASKED.test(question.plain) && ASKS_THE_BOT.test(question.plain);
  for (const [at, { word, thing, name, narrows, phrase }] of words.entries()) {
    if (asksFigureOnly(question, word) || (SEPARATED_PREFIXES.has(word) && at + 1 < words.length)) continue;
    // "That record storm": a superlative in other words ("the worst-ever storm"), no kind of storm.
    if (narrows !== null && SUPERLATIVE_MODIFIERS.has(word)) continue;
    // "The first day of the summit": an ordinal says which one of a series, no kind of day.
    if (narrows !== null && ORDINAL_WORDS.includes(word)) continue;
    // "About half the shells": a share the asker tells, checked against the coverage's ("90% of the shells").
    if (tellsShare(word, words[at + 1]?.word)) continue;
    // "so all 30 foreign ministers are in lindvik?": a count the asker claims of a thing the
    // coverage knows is theirs to check; the sentence that answers gives its own ("all 32").
    if (claimsCount(question, word, words[at + 1]?.word) && terms(words[at + 1]!.word).some(known)) continue;
    // "was it 31 or 32 countries": figures offered to choose from; the coverage states the one that holds.
    if (offeredChoice(words, at)) continue;
    // "the norwegian government", "lindvik's authorities": a place's rulers are the place, which the coverage may name alone.
    if (RULERS.has(word) && at > 0 && namesPlace(words[at - 1]!)) continue;
    const wordTerms = terms(word).filter((term) => !framesQuestion(term, things) && !GENERIC_NOUNS.has(term) && !(asksForWords && (QUOTE_NOUNS.has(term) || WORDING_NOUNS.has(term))) && (!frame.has(term) || measure.has(term)));
    const unknown = wordTerms.filter((term) => !known(term) || partOfUntypedName(term, at));
    if (!thing || unknown.length === 0) continue;
    // A noun that narrows one the coverage knows names a kind it never reports ("cruise missiles");
    // one that narrows the noun framing the answer says which figure is asked ("unemployment rate").
    // Unless the coverage writes it in other words beside that noun ("whaling ban treaty": "the treaty, which prohibits whaling").
    // A verb's "-ing" form is no noun to narrow ("farmers backing zorvia": they back it).
    // Nor when it writes a broader word before that noun ("family dinner": the coverage's "group dinner").
    const narrowsKnown = narrows !== null && !possessiveTypedBare(word, name) && !isVerbIngForm(narrows) && !verbReadAsNoun(words, at + 1) && terms(narrows).some((term) => known(term) || frame.has(term)) && !synonymBeside(word, narrows, facts) && !broaderBefore(word, narrows, facts);
    // The noun a what/which question asks about ("what is the *gdp* of russia") is what it is about.
    // Not a word describing the person a "which … guy" asks for ("which brain trust guy said …"): the coverage may describe them otherwise.
    // So is the thing a yes/no question asks about ("did *macron* attend the summit").
    const asked = (!describesAskedPerson(question, narrows) && unknown.some((term) => concepts.some((concept) => concept.focus && concept.term === term))) || at === subjectAt || at === objectAt || guessAsked;
    // The second half of a compound typed apart ("sit downs", "war heads") is no thing of its own.
    const halfOfCompound = at > 0 && typedApart(words[at - 1]!.word, word);
    // The second word of a compound WordNet has is read with the first: a "brain trust" is no trust.
    const compound = at > 0 && senseOffsets('noun', `${words[at - 1]!.word}_${word}`).length > 0 ? `${words[at - 1]!.word} ${word}` : word;
    // A word describing someone named by description ("pellonia's *top* navy guy") may be the user's
    // own for the coverage's title ("chief of staff"), whatever thing it also names.
    // "after the brake in crossings": a word dictation writes for another (soundAlikeOf) names no
    // device when neither it nor the word it sounds like is the coverage's; it may be paraphrase.
    const soundsLikeAnother = !name && soundAlikeOf(word) !== undefined;
    if (halfOfCompound || soundsLikeAnother || (!name && describesSomeone(words, at)) || (!name && !narrowsKnown && !asked && !unknown.some((term) => counted.has(term) || measure.has(term)) && !namesConcreteThing(kindForms(compound)))) {
      unknown.forEach((term) => other.set(term, asTyped(withoutClitic(word), question.text)));
      continue;
    }
    // Named from its first word the coverage lacks: "tanks", not the tagger's run "council send tanks";
    // up to a word mostly used as a verb or a name the coverage knows: "uk", not the run "uk give chile".
    const run = phrase.split(' ');
    const from = run.findIndex((each) => terms(each).some((term) => !known(term)));
    const endsRun = (each: string, at: number) => {
      // "south africa": a name WordNet has whole is said whole, though its last word is known.
      if (at === from + 1 && senseOffsets('noun', `${run[from]}_${each}`).length > 0) return false;
      const usage = nounAndVerbUsage(each);
      return usage.verb > usage.noun || (terms(each).every(known) && (words.find((other) => other.word === each)?.name ?? false));
    };
    const to = from < 0 ? -1 : run.findIndex((each, i) => i > from && endsRun(each, i));
    const named = unknown.map((term) => (partOfUntypedName(term, at) ? onlyAfterInName(term, facts) : null)).find((before) => before !== null);
    const typedRun = asTyped(withoutClitic(from < 0 ? word : run.slice(from, to < 0 ? run.length : to).join(' ')), question.text);
    // Said as it stands in the coverage: "house other than in White House".
    const shown = named === undefined || named === null ? typedRun : `${typedRun} other than in ${capitalised(named)} ${capitalised(word)}`;
    if (!specific.some((seen) => seen.includes(shown) || shown.includes(seen))) specific.push(shown);
  }
  // "Is it going to rain": a coverage that never writes "rain", "rained" nor a word derived from it cannot say.
  const emptyVerb = verbOfEmptySubject(question);
  // "Is it true that …" frames a claim: "true" is no verb of an empty "it".
  const verb = emptyVerb !== undefined && terms(emptyVerb).some((term) => frame.has(term)) ? undefined : emptyVerb;
  // "how often has it broken out": each time it happened it began, so a verb of beginning names the occurrences counted.
  const beginsOccurrence = verb !== undefined && countsOccurrences(question) && boundaryOf([verb, ...wordForms(verb)], particleAfter(words, verb)) === 'begin';
  if (verb !== undefined && !beginsOccurrence && !wordKnown(verb, 'verb', facts)) specific.push(asTyped(verb, question.text));
  // "Who will win the war": a coverage that never writes "win" in any form forecasts no winner.
  if (forecast !== undefined && forecast !== verb && !wordKnown(forecast, 'verb', facts)) specific.push(asTyped(forecast, question.text));
  // "do u think berg wins the seat": a guess asked of the bot stands only on a sentence stating
  // that very thing, which a coverage that never writes its verb in any form cannot hold.
  if (guessAsked) {
    const guessed = questionWords(question.plain.slice(OPINION_ASKED.exec(question.plain)![0].length));
    for (const { word, action } of guessed) {
      const typed = asTyped(word, question.text);
      if (action && !AUXILIARIES.has(word) && terms(word).length > 0 && !wordKnown(word, 'verb', facts) && !specific.includes(typed)) specific.push(typed);
    }
  }
  // "When did pellonia become independent": a coverage that never writes the state, a word derived
  // from it ("independence") nor a synonym never reports the change.
  for (const word of becameQualities(question)) {
    const typed = `“${asTyped(word, question.text)}”`;
    if (terms(word).length > 0 && !wordKnown(word, 'adj', facts, true) && !specific.includes(typed)) specific.push(typed);
  }
  // "Is berg corrupt", "is haraldsen a good secretary": a yes/no question's describing word is the
  // claim asked about; a coverage that never writes it nor a synonym never makes that claim.
  // (A verb may be paraphrase: "created" is answered by "founded".) A verb's "-ing" form is known
  // as the verb is, by its alternatives too ("threatening": "threats").
  for (const word of claimedQualities(question)) {
    const claimKnown = wordKnown(word, 'adj', facts) || (isVerbIngForm(word) && terms(word).some(known));
    if (terms(word).length > 0 && !terms(word).some((term) => frame.has(term) || things.has(term)) && !claimKnown) specific.push(`“${asTyped(word, question.text)}”`);
  }
  return { specific, other };
}

const COUNT = /^\d[\d,.]*$/u;

/** Whether the concept, as typed, is a kind of person of which the coverage names a narrower kind ("expert": "analyst"). */
function personKindNamed(concept: Concept, question: Question, facts: LoadedFactBase): boolean {
  const typed = questionWords(question.plain).find(({ word }) => terms(word)[0] === concept.term)?.word;
  if (typed === undefined || !kindForms(typed).some((form) => isKindOf(form, 'person'))) return false;
  return [...(concept.kindTerms?.single ?? [])].some((kind) => facts.index.idf(kind) > 0);
}

/** Whether the word is one of two counts joined by "or" ("31 or 32", "3 or 4 days"). */
const offeredChoice = (words: readonly QuestionWord[], at: number): boolean => {
  const word = (i: number) => words[i]?.word ?? '';
  return COUNT.test(word(at)) && ((word(at + 1) === 'or' && COUNT.test(word(at + 2))) || (word(at - 1) === 'or' && COUNT.test(word(at - 2))));
};

/** Whether the word is a count (not a year) put before a noun by a question that claims rather than asks. */
const claimsCount = (question: Question, word: string, next: string | undefined): boolean =>
  // An amount or a measure ("38 billion", "80 percent", "3 hours") is checked against the figures the coverage states (given-figures.ts).
  CLAIMING_KINDS.has(question.kind) && next !== undefined && !isFigureUnit(next) && COUNT.test(word) && !YEAR.test(word);


/** Whether an article was published, or a sentence dates something, in the period. */
function reportsFrom(inPeriod: (day: string) => boolean, facts: LoadedFactBase): boolean {
  if (facts.data.articles.some(({ published }) => published !== null && inPeriod(published))) return true;
  for (const spans of lookups(facts).dates.values()) if (spans.some(({ first, last }) => inPeriod(first) || inPeriod(last))) return true;
  return false;
}

// How many kept words apart a synonym may stand from the noun it describes: "treaty, which *prohibits*".
const BESIDE_TERMS = 3;

/** Whether some sentence writes a synonym of `word` (any sense) within a few words of `noun`. */
function synonymBeside(word: string, noun: string, facts: LoadedFactBase): boolean {
  const synonyms = new Set(synonymsInAnySense(word).flatMap((synonym) => terms(synonym)));
  const nouns = new Set(terms(noun));
  if (synonyms.size === 0 || nouns.size === 0) return false;
  return intersection(sentencesWithAny(synonyms, facts), sentencesWithAny(nouns, facts)).some((id) => {
    const sentence = terms(facts.sentence(id).text);
    return sentence.some((term, i) => nouns.has(term) && sentence.slice(Math.max(0, i - BESIDE_TERMS), i + BESIDE_TERMS + 1).some((near) => synonyms.has(near)));
  });
}

// How far up WordNet's tree the coverage's word may stand: "family" is a kind of "group" three steps up.
const BROADER_STEPS = 3;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Whether some sentence puts a word `word` is a kind of right before `noun`: "group dinner" for
 * "family dinner". Only the sentences the index says hold both words are read.
 */
function broaderBefore(word: string, noun: string, facts: LoadedFactBase): boolean {
  const nouns = new Set(terms(noun));
  if (nouns.size === 0) return false;
  const withNoun = sentencesWithAny(nouns, facts);
  return [...broaderNouns(word, BROADER_STEPS)].some((broader) => {
    const broaderTerms = terms(broader);
    if (broaderTerms.length !== 1) return false;
    return intersection(sentencesWithAny(broaderTerms, facts), withNoun).some((id) => {
      const words = facts.sentence(id).text.toLowerCase().match(WORD) ?? [];
      return words.some((each, i) => i > 0 && words[i - 1] === broader && terms(each).some((term) => nouns.has(term)));
    });
  });
}

/**
 * Whether the word describes a person named by description ("pellonia's *top* navy guy", "the
 * *coast* guy"): the run it narrows ends in a plain word for someone, and the coverage may give the
 * same person by title ("chief of defence") in words of its own.
 */
function describesSomeone(words: readonly QuestionWord[], at: number): boolean {
  let head = at;
  while (words[head]?.narrows != null && words[head + 1]?.word === words[head]!.narrows) head++;
  const noun = words[head]!.word;
  return head > at && terms(noun).some((term) => GENERIC_NOUNS.has(term)) && kindForms(noun).some((form) => isKindOf(form, 'person'));
}

/** Whether a question asking for a person has the word narrow a noun naming a kind of person ("which *brain trust* guy"). */
const describesAskedPerson = (question: Question, narrows: string | null): boolean =>
  question.expects[0] === 'person' && narrows !== null && kindForms(narrows).some((form) => isKindOf(form, 'person'));

// How many times more often WordNet uses a word as a verb than as a noun for it to be the verb.
const MOSTLY_VERB = 4;

/**
 * Whether the word at `at`, which the tagger reads as a noun the word before narrows, is the
 * clause's verb: "will the frf programme *stay*", "the programme *stays* running". A word WordNet
 * uses mostly as a verb is, when more of the run follows it or an auxiliary leads the run.
 */
function verbReadAsNoun(words: readonly QuestionWord[], at: number): boolean {
  const word = words[at];
  if (word === undefined) return false;
  const usage = wordForms(word.word).map((form) => nounAndVerbUsage(form)).reduce((most, each) => (each.verb > most.verb ? each : most), { noun: 0, verb: 0 });
  if (usage.verb < MOSTLY_VERB * Math.max(1, usage.noun)) return false;
  if (words[at + 1]?.phrase === word.phrase) return true;
  let before = words.findIndex((each) => each.phrase === word.phrase) - 1;
  while (before >= 0 && DETERMINERS.has(words[before]!.word)) before--;
  return before >= 0 && AUXILIARIES.has(words[before]!.word);
}

/**
 * The subject of a yes/no question when it is one word ("did *macron* attend", "is the *levy*
 * fair"), what it asks about; -1 for none, for a subject of several words (a word before the
 * head says which: "the senate stopgap" is the coverage's senate bill), and for a kind of person
 * or group, whom the coverage may name in other words ("did lawmakers approve it": its senators).
 */
function yesNoSubject(question: Question, words: readonly QuestionWord[]): number {
  if (question.kind !== 'yes-no' || !AUXILIARIES.has(words[0]?.word ?? '')) return -1;
  let at = 1;
  while (at < words.length && DETERMINERS.has(words[at]!.word)) at++;
  const subject = words[at];
  const next = words[at + 1];
  if (subject === undefined || !subject.thing || (next?.phrase === subject.phrase && next.thing && !verbReadAsNoun(words, at + 1))) return -1;
  return kindForms(subject.word).some((form) => isKindOf(form, 'person') || isKindOf(form, 'group')) ? -1 : at;
}

/**
 * The head of the object a yes/no question's verb takes, one word after the verb and its
 * determiner ("did the insurers cut their *premiums*", "has berg signed the *waiver*"): the claim
 * is about it, and a coverage that never names it cannot confirm the claim; -1 for none, for an
 * object of several words ("the harbour fee": the coverage may call it otherwise), and for a
 * kind of person or group.
 */
function yesNoObject(question: Question, words: readonly QuestionWord[]): number {
  if (question.kind !== 'yes-no' || !AUXILIARIES.has(words[0]?.word ?? '')) return -1;
  const verb = words.findIndex((word, i) => i > 1 && word.action && !AUXILIARIES.has(word.word));
  if (verb < 0) return -1;
  let at = verb + 1;
  while (at < words.length && (DETERMINERS.has(words[at]!.word) || OBJECT_OWNERS.has(words[at]!.word))) at++;
  const object = words[at];
  const next = words[at + 1];
  if (object === undefined || !object.thing || object.name || (next !== undefined && next.thing && next.phrase === object.phrase)) return -1;
  return kindForms(object.word).some((form) => isKindOf(form, 'person') || isKindOf(form, 'group')) ? -1 : at;
}
const OBJECT_OWNERS: ReadonlySet<string> = new Set(['their', 'its', 'his', 'her', 'our', 'your', 'my']);

// A fraction told of a whole: "half the shells", "a third of them", "two fifths of its budget".
const SHARE_WORD = /^(?:half|halves|(?:third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)s?)$/u;
const OF_A_WHOLE = /^(?:of|the|its|their|his|her|our|these|those|all)$/u;

/** Whether the word is a fraction of the whole that follows it, a share rather than a thing ("half *the* shells"). */
const tellsShare = (word: string, next: string | undefined): boolean => SHARE_WORD.test(word) && next !== undefined && OF_A_WHOLE.test(next);

/**
 * Whether a common noun's plural before another noun is a possessive typed without its
 * apostrophe ("the other sides leader", "the teams coach"): it says whose, not which kind.
 */
const possessiveTypedBare = (word: string, name: boolean): boolean =>
  !name && word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && isEnglishWord(word.slice(0, -1));

/** Whether two words are one dictionary word written apart: "sit downs" (sit-down), "war heads" (warhead). */
const typedApart = (first: string, second: string): boolean =>
  first.length >= MIN_COMPOUND_PART && second.length >= MIN_COMPOUND_PART && (isEnglishWord(`${first}-${second}`) || isEnglishWord(`${first}${second}`));
const MIN_COMPOUND_PART = 3;

const capitalised = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
