// How much of a question a sentence carries: each concept's word itself (or a narrower kind of
// it) in full, an alias or other form in part, and — when ranking — what only the sentence's
// title or the sentences before it state in part. Matching shares stems across short endings
// ("delivery" / "delivered") with set lookups rather than comparing every pair of words.
import { writesScaled } from './written-figures.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import type { Concept, KindTerms, Phrase } from './concept.js';
import { RANKING } from './ranking-options.js';
import { antecedentsOf, definiteHeads, ownersOfDefiniteHeads } from './definite-reference.js';
import { namedAsDoer } from './doer.js';
import { speakerOf } from './attribution.js';
import { MAX_DERIVATION_ENDING, contextTerms, prefixesOf, sentenceTerms, stemmable, termsOfList, type SentenceTerms } from './sentence-facts.js';
import { titleSetsScene, titledConcepts } from './title-candidates.js';

// Per concept, its alternatives that may stand for longer words and every proper prefix of
// them (MIN_SHARED_STEM letters or more); per sentence, the same prefixes of its terms. Matching
// "same stem" then costs set lookups, not a comparison of every alternative with every term.
const matchers = new WeakMap<Concept, { stems: ReadonlySet<string>; prefixes: ReadonlySet<string> }>();

function matcherOf(concept: Concept): { stems: ReadonlySet<string>; prefixes: ReadonlySet<string> } {
  let matcher = matchers.get(concept);
  if (matcher === undefined) {
    const stems = new Set([...concept.alternatives].filter(stemmable));
    matcher = { stems, prefixes: prefixesOf(stems) };
    matchers.set(concept, matcher);
  }
  return matcher;
}


/** 1 when the sentence has the concept's own word or phrase (or a narrower kind of it), `expansionCredit` when only another form or a synonym of it, else 0. */
function carries(concept: Concept, sentence: SentenceTerms): number {
  const own = concept.term.split(' ');
  if (own.length > 1 ? containsPhrase(sentence.list, own) : [...concept.forms].some((form) => hasTerm(form, sentence))) return 1;
  if (concept.kinds.some((kind) => (kind.length > 1 ? containsPhrase(sentence.list, kind) : hasTerm(kind[0] ?? '', sentence)))) return 1;
  if (concept.kindTerms !== undefined && namesKind(concept.kindTerms, sentence.list)) return 1;
  if (concept.kindTerms?.titled && sentence.quotesTitle) return RANKING.expansionCredit;
  const { stems, prefixes } = matcherOf(concept);
  for (const alt of concept.alternatives) {
    // The alternative is a term of the sentence, or starts one ("deliv" → "deliveri").
    if (sentence.set.has(alt) || (stems.has(alt) && sentence.prefixes.has(alt))) return RANKING.expansionCredit;
  }
  // A term of the sentence starts an alternative.
  for (const term of sentence.stems) if (prefixes.has(term)) return RANKING.expansionCredit;
  if (concept.phrases.some((phrase) => containsPhrase(sentence.list, phrase))) return RANKING.expansionCredit;
  return concept.synonyms?.some((synonym) => containsPhrase(sentence.list, synonym)) ? RANKING.expansionCredit : 0;
}

function namesKind({ single, phrases }: KindTerms, termList: readonly string[]): boolean {
  return termList.some((term, i) => single.has(term) || (phrases.get(term)?.some((phrase) => phrase.every((t, k) => termList[i + k] === t)) ?? false));
}

function hasTerm(term: string, sentence: SentenceTerms): boolean {
  if (sentence.set.has(term)) return true;
  if (!stemmable(term)) return false;
  return sentence.prefixes.has(term) || sentence.stems.some((other) => term.startsWith(other) && term.length - other.length <= MAX_DERIVATION_ENDING);
}

export function containsPhrase(termList: readonly string[], phrase: Phrase): boolean {
  const first = phrase[0];
  for (let i = termList.indexOf(first ?? ''); i >= 0; i = termList.indexOf(first ?? '', i + 1)) {
    if (phrase.every((term, k) => termList[i + k] === term)) return true;
  }
  return false;
}

/** Whether the sentence itself names the concept (in any of its forms, or a title of its kind), not just its context. */
export function names(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  return carries(concept, sentenceTerms(facts, sentenceId)) > 0;
}

// Letters an alternative shares with the concept's own word to be a word made from it ("europ" → "european").
const SHARED_DERIVATION_LETTERS = 4;

/**
 * Whether the sentence names the concept itself: its own word or the person it names, a phrase
 * spelling it out, or a word made from it ("European" for "Europe"); not an alias standing for it
 * ("Washington" for the United States, "allies" for NATO).
 */
export function namesItself(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  if ((concept.test?.(sentenceId) ?? 0) >= 1) return true;
  const sentence = sentenceTerms(facts, sentenceId);
  const own = concept.term.split(' ');
  if (own.length > 1 ? containsPhrase(sentence.list, own) : [...concept.forms].some((form) => hasTerm(form, sentence))) return true;
  if (concept.phrases.some((phrase) => containsPhrase(sentence.list, phrase))) return true;
  const root = concept.term.slice(0, SHARED_DERIVATION_LETTERS);
  return own.length === 1 && root.length === SHARED_DERIVATION_LETTERS && [...concept.alternatives].some((alt) => alt.startsWith(root) && sentence.set.has(alt));
}

/**
 * Per sentence, 1 when it holds a term namesItself could read the concept in (a form or a word
 * differing from one by a short ending, the first word of its phrases, an alternative sharing its
 * root), from the index's postings; null when the concept's own test decides. A search filtered
 * by namesItself then reads the words only of sentences that can pass: in a large coverage it
 * visits tens of thousands that cannot.
 */
export function sentencesThatMayName(concept: Concept, facts: LoadedFactBase): Uint8Array | null {
  if (concept.test !== null) return null;
  const own = concept.term.split(' ');
  const held = new Set(concept.phrases.map((phrase) => phrase[0] ?? ''));
  if (own.length > 1) held.add(own[0]!);
  else {
    for (const form of concept.forms) heldForms(form, facts).forEach((term) => held.add(term));
    const root = concept.term.slice(0, SHARED_DERIVATION_LETTERS);
    if (root.length === SHARED_DERIVATION_LETTERS) for (const alt of concept.alternatives) if (alt.startsWith(root)) held.add(alt);
  }
  const marks = new Uint8Array(facts.data.sentences.length);
  for (const term of held) for (const id of facts.index.sentencesWith(term, marks.length)) marks[id] = 1;
  return marks;
}

/** The index terms hasTerm accepts for `term`: itself and, when stemmable, the stems it shares with a short ending either way. */
function heldForms(term: string, facts: LoadedFactBase): string[] {
  if (!stemmable(term)) return [term];
  const shorter = Array.from({ length: MAX_DERIVATION_ENDING }, (_, k) => term.slice(0, term.length - 1 - k)).filter(stemmable);
  const longer = facts.index.termsStartingWith(term).filter((other) => other.length - term.length <= MAX_DERIVATION_ENDING);
  return [term, ...shorter, ...longer];
}

/**
 * Share (0–1) of the concepts' weight the sentence carries. With `withContext`, concepts only its
 * title, the sentences before it or the sentence a definite phrase of it refers back to state
 * count in part (for ranking answers to a question; a topic filter wants the sentence itself to
 * be about the topic).
 */
export function coverage(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase, withContext = false): number {
  if (!concepts.some((concept) => concept.weight > 0)) return 0;
  return combined(concepts, contextShares(concepts, sentenceId, facts, withContext).shares, sentenceId, true);
}

/**
 * Coverage with context for ranking, and as evidence: a title that sets the question's scene
 * gives its words in full to a sentence with the detail asked (`RANKING.titleCredit`), which
 * orders the article's sentences, but a sentence is evidence of an answer on what it says and
 * its context's half ("Insurers welcomed the news" under a title on the corridor's reopening does
 * not say which insurers welcomed it).
 */
export function rankingCoverage(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase): { ranking: number; evidence: number } {
  if (!concepts.some((concept) => concept.weight > 0)) return { ranking: 0, evidence: 0 };
  const { shares, scene } = contextShares(concepts, sentenceId, facts, true);
  return { ranking: combined(concepts, shares, sentenceId, false), evidence: combined(concepts, shares.map((share, i) => (scene[i] ? RANKING.contextCredit : share)), sentenceId, true) };
}

/** The weighted share of the concepts carried; as evidence, a concept only preferred for ranking (`rankedOnly`) is not missed. */
function combined(concepts: readonly Concept[], given: readonly number[], sentenceId: number, asEvidence: boolean): number {
  // "The water was high" carries no "water tower": a compound's first word alone names something else.
  const shares = given.map((share, i) => {
    const whole = concepts[i]!.wholeWith;
    return whole === undefined ? share : Math.min(share, given[concepts.indexOf(whole)] ?? 0);
  });
  let total = 0;
  let found = 0;
  let missingFactor = 1;
  concepts.forEach((concept, i) => {
    // A word of the restating clause is missed only in part.
    // …and a word of the thing the answer is not, not at all.
    total += concept.weight * (concept.optional === true && shares[i] === 0 ? (concept.known === true ? 0 : RANKING.restatedMissingShare) : 1);
    found += concept.weight * shares[i]!;
    if (shares[i] === 0 && concept.required && !(asEvidence && concept.rankedOnly === true) && (concept.requiredOf?.(sentenceId) ?? true)) missingFactor = Math.min(missingFactor, concept.missingFactor ?? RANKING.requiredMissingFactor);
    // No word of a noun run: the sentence is about something else.
    if (shares[i] === 0 && concept.runWith?.every((other) => shares[concepts.indexOf(other)] === 0)) missingFactor = Math.min(missingFactor, RANKING.topicMissingFactor);
  });
  return total === 0 ? 0 : (found / total) * missingFactor;
}

/** Per concept, the share (0–1) of its weight the sentence earns: its own word, another form, or (`withContext`) its context. */
export function conceptShares(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase, withContext = false): number[] {
  return contextShares(concepts, sentenceId, facts, withContext).shares;
}

/** conceptShares, and which concepts a title setting the question's scene gave in full. */
function contextShares(concepts: readonly Concept[], sentenceId: number, facts: LoadedFactBase, withContext: boolean): { shares: number[]; scene: boolean[] } {
  const sentence = sentenceTerms(facts, sentenceId);
  const carried = concepts.map((concept) => {
    const share = Math.max(concept.test?.(sentenceId) ?? 0, concept.testOnly ? 0 : carries(concept, sentence));
    if (share > 0 && concept.scaled !== undefined && !writesScaled(facts.sentence(sentenceId).text, concept.scaled)) return 0;
    return share > 0 && concept.doerOf !== undefined && !namedAsDoer(facts.sentence(sentenceId).text, concept.alternatives, concept.doerOf) ? 0 : share;
  });
  const none = concepts.map(() => false);
  // "Did Zorvia sign the treaty": a sentence naming Zorvia and nothing else asked says nothing of
  // it, whatever its neighbours say of others ("neither Pellonia nor Quellmark signed the treaty").
  const subjectOnly = concepts.some((concept) => concept.doerOf !== undefined) && carried.every((share, i) => share === 0 || concepts[i]!.doerOf !== undefined);
  if (!withContext || subjectOnly) return { shares: carried, scene: none };
  let context: Set<string> | null = null;
  let referred: Set<string> | null = null;
  // Phrases are not checked in context: its terms come from several sentences.
  let owners: Set<string> | null = null;
  const inContext = (alt: string) => (context ??= contextTerms(facts, sentenceId)).has(alt) || (referred ??= referredTerms(concepts, carried, sentenceId, facts)).has(alt);
  const ownsDefinite = (alt: string) => (owners ??= ownersOfDefiniteHeads(facts, sentenceId)).has(alt);
  const referredName = (concept: Concept) => namedByDefiniteHead(concept, sentenceId, facts);
  // "varnholm flood declaration, who coordinates recovery": the title names the scene, the sentence
  // the detail asked; the scene's words then hold for it in full, as the title says them of the whole article.
  const titled = new Set(titledConcepts(concepts, facts.sentence(sentenceId).articleId, facts));
  const detailed = concepts.some((concept, i) => carried[i]! >= 1 && !concept.testOnly && concept.test === null && !titled.has(concept)) && titleSetsScene([...titled], concepts, facts);
  const scene = detailed ? concepts.map((concept, i) => titled.has(concept) && carried[i] === 0) : none;
  const shares = carried.map((share, i) => {
    const concept = concepts[i]!;
    if (share > 0) return share;
    // Their own "I" names the speaker, as their context would.
    const self = saysOfSelf(concept, sentenceId, facts) ? RANKING.contextCredit : 0;
    if (!concept.fromContext) return self;
    if (scene[i]) return RANKING.titleCredit;
    if ([...concept.alternatives].some(inContext) || referredName(concept)) return RANKING.contextCredit;
    // "The systems" standing for "a third lantern system": the thing itself, named otherwise.
    if (narrowsReferredHead(concept, sentenceId, facts)) return RANKING.referredCredit;
    // "The damaged port facilities" after "the port of Tarnby": Tarnby's, by its context.
    return [...concept.alternatives].some(ownsDefinite) ? RANKING.contextCredit : self;
  });
  return { shares, scene };
}

// "I", "me", "my": the speaker speaking of themselves.
const FIRST_PERSON = /\b(?:i|me|my|myself)\b/iu;

/** "I will be the first mayor to …" in Mayor Berg's statement names Berg: it is he who is speaking. */
function saysOfSelf(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  return concept.person !== undefined && !concept.testOnly && FIRST_PERSON.test(facts.sentence(sentenceId).text) && speakerOf(facts, sentenceId)?.personId === concept.person;
}

/** "The bridge opened…" after "the Tern Bridge": a name of several words referred to by its last word after a determiner. */
function namedByDefiniteHead(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  const words = concept.term.split(' ');
  if (words.length < 2 || !definiteHeads(facts.sentence(sentenceId).text).has(words.at(-1)!)) return false;
  return referredSentences(concept, sentenceId, facts).length > 0;
}

/**
 * "The systems would come from …" after "a third lantern system": a definite phrase whose head an
 * earlier sentence put right after the concept's word stands for that thing, the concept included.
 */
function narrowsReferredHead(concept: Concept, sentenceId: number, facts: LoadedFactBase): boolean {
  if (concept.testOnly || concept.term.includes(' ')) return false;
  // Only the word right after the determiner: "the united support" is no "Norwegian support".
  const heads = [...facts.sentence(sentenceId).text.matchAll(BARE_DEFINITE)].flatMap((match) => terms(match[1]!));
  // Read once per question and sentence: a candidate's neighbours look back at the same sentences.
  let memo = narrowedMemo.get(concept);
  if (memo === undefined) narrowedMemo.set(concept, (memo = new Map()));
  const known = memo;
  return heads.some((head) => {
    const named = (id: number) => {
      const key = `${id} ${head}`;
      let found = known.get(key);
      if (found === undefined) known.set(key, (found = wordBefore(facts.sentence(id).text, head, concept.alternatives)));
      return found;
    };
    const definite = (id: number) => definiteHeads(facts.sentence(id).text).has(head);
    return antecedentsOf(facts, sentenceId, named, definite).length > 0;
  });
}

/** Whether the text puts a word of `alternatives` right before a word whose term is `head`, a space apart ("Patriot system", not "Europe (OSCE)"). */
function wordBefore(text: string, head: string, alternatives: ReadonlySet<string>): boolean {
  let before: { term: string | undefined; end: number } | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const term = terms(match[0])[0];
    if (term === head && before?.term !== undefined && alternatives.has(before.term) && /^\s+$/u.test(text.slice(before.end, match.index))) return true;
    before = { term, end: match.index + match[0].length };
  }
  return false;
}

const narrowedMemo = new WeakMap<Concept, Map<string, boolean>>();
const BARE_DEFINITE = /\b(?:the|these|those)\s+([\p{L}-]+)/giu;

/** The sentences a definite phrase headed by the concept refers back to (see definite-reference.ts). */
function referredSentences(concept: Concept, sentenceId: number, facts: LoadedFactBase): number[] {
  const named = (id: number) => carries(concept, sentenceTerms(facts, id)) > 0;
  const definite = (id: number) => carries(concept, termsOfList([...definiteHeads(facts.sentence(id).text)])) > 0;
  return antecedentsOf(facts, sentenceId, named, definite);
}

/**
 * Terms of the sentences the sentence's definite phrases refer back to ("the systems" → the last
 * sentence naming a system), for the question's concepts it carries as such a phrase's head.
 */
function referredTerms(concepts: readonly Concept[], carried: readonly number[], sentenceId: number, facts: LoadedFactBase): Set<string> {
  const referred = new Set<string>();
  const heads = termsOfList([...definiteHeads(facts.sentence(sentenceId).text)]);
  concepts.forEach((concept, i) => {
    if (carried[i] === 0 || concept.testOnly || carries(concept, heads) === 0) return;
    for (const antecedent of referredSentences(concept, sentenceId, facts)) sentenceTerms(facts, antecedent).set.forEach((term) => referred.add(term));
  });
  return referred;
}

/** Where in `text` each concept's words stand: [concept index, start offset] pairs, in text order. */
export function conceptPositions(concepts: readonly Concept[], text: string): [number, number][] {
  const positions: [number, number][] = [];
  for (const match of text.matchAll(TOKEN)) {
    const term = terms(match[0])[0];
    if (term === undefined) continue;
    const index = concepts.findIndex(
      (concept) => !concept.testOnly && (concept.term.split(' ').includes(term) || concept.alternatives.has(term) || (concept.synonyms?.some((synonym) => synonym.length === 1 && synonym[0] === term) ?? false)),
    );
    if (index >= 0) positions.push([index, match.index ?? 0]);
  }
  return positions;
}
const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
