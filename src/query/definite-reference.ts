// "The boats would come from Navy reserves": a definite noun phrase points back to the
// sentence of its article that named the same thing ("a fourth patrol boat"), through any
// "the boats" between, and a reader takes those sentences' words as said here too. News writing names a thing in full once and
// then says "the systems", "the deliveries", "the package"; without this a sentence that answers
// in those words looks as if it were about something else.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';

// A determiner or demonstrative and the one or two words after it: the head may follow a modifier ("the remaining shipments", "this aid package").
const DEFINITE = /\b(?:the|this|these|those|such|both)\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/giu;
/** How many sentences back the antecedent may stand (news paragraphs are short; the article's opening names things in full). */
const ANTECEDENT_LOOKBACK = 10;

/** The index terms that may head a definite noun phrase of the text. */
export function definiteHeads(text: string): Set<string> {
  const heads = new Set<string>();
  for (const match of text.matchAll(DEFINITE)) {
    for (const word of [match[1], match[2]]) if (word !== undefined) terms(word).forEach((term) => heads.add(term));
  }
  return heads;
}

/**
 * The sentences a definite phrase of `sentenceId` refers back to, nearest first: the earlier
 * sentences of its article (within ANTECEDENT_LOOKBACK) for which `namesHead` holds, up to the
 * first that names the thing otherwise than by a definite phrase (`definite` false): "the
 * bridge" before it may itself stand for "the Tern Bridge" further up.
 */
export function antecedentsOf(facts: LoadedFactBase, sentenceId: number, namesHead: (id: number) => boolean, definite: (id: number) => boolean): number[] {
  const { articleId } = facts.sentence(sentenceId);
  const found: number[] = [];
  for (let id = sentenceId - 1; id >= 0 && sentenceId - id <= ANTECEDENT_LOOKBACK; id--) {
    if (facts.sentence(id).articleId !== articleId) break;
    if (!namesHead(id)) continue;
    found.push(id);
    if (!definite(id)) break;
  }
  return found;
}

/**
 * The later sentences of its article (within ANTECEDENT_LOOKBACK) with a definite phrase whose
 * head the sentence names, nearest first, at most `limit`: "a third patrol boat" is "the boats"
 * further on ("the boats would come from Navy reserves"), which may never name it again.
 */
export function referringSentences(facts: LoadedFactBase, sentenceId: number, limit: number): number[] {
  const { articleId, text } = facts.sentence(sentenceId);
  const named = new Set(terms(text));
  const found: number[] = [];
  for (let id = sentenceId + 1; id < facts.data.sentences.length && id - sentenceId <= ANTECEDENT_LOOKBACK && found.length < limit; id++) {
    const later = facts.sentence(id);
    if (later.articleId !== articleId) break;
    if ([...definiteHeads(later.text)].some((head) => named.has(head))) found.push(id);
  }
  return found;
}

// A noun tied to a name in running text: "the port of Tarnby" (up to three capitalised words after
// "of"). The coverage's own capitals mark its names; the user's typing is never read so. (Not a
// name before the noun, "the Tarnby ferry crash": "the crash" further on may be another one.)
const OWNED_AFTER = /\b([\p{L}-]+) of ((?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})/gu;

/**
 * The terms of the names an earlier sentence of the article ties to a noun that heads a definite
 * phrase here: "the damaged port facilities" after "left the port of Tarnby" is Tarnby's, though it
 * never says so again.
 */
export function ownersOfDefiniteHeads(facts: LoadedFactBase, sentenceId: number): Set<string> {
  const heads = definiteHeads(facts.sentence(sentenceId).text);
  const owners = new Set<string>();
  if (heads.size === 0) return owners;
  const { articleId } = facts.sentence(sentenceId);
  for (let id = sentenceId - 1; id >= 0 && sentenceId - id <= ANTECEDENT_LOOKBACK; id--) {
    const earlier = facts.sentence(id);
    if (earlier.articleId !== articleId) break;
    for (const [, noun, name] of earlier.text.matchAll(OWNED_AFTER)) if (terms(noun!).some((term) => heads.has(term))) terms(name!).forEach((term) => owners.add(term));
  }
  return owners;
}

// "Haraldsen said he's sure it will pass": "it" stands for what the sentence before named; so do
// "this" and "that" opening it, done ("the best way to do that"), or standing alone before a stop
// ("we support that."), where they are no determiner or "that" of a clause.
const LEANING_PRONOUN = /\b(?:it|its|they|them|their)\b|^\s*(?:this|that|these|those)\b|\b(?:do|does|did|doing|done)\s+(?:this|that)\b|\b(?:this|that)\s*[,.;:!?"”]/iu;

/** The sentence before in the same article, when the sentence's words lean on a pronoun ("it", "they", a leading "this") for what they are about. */
export function pronounAntecedent(facts: LoadedFactBase, sentenceId: number): number | undefined {
  if (sentenceId === 0 || !LEANING_PRONOUN.test(facts.sentence(sentenceId).text)) return undefined;
  return facts.sentence(sentenceId - 1).articleId === facts.sentence(sentenceId).articleId ? sentenceId - 1 : undefined;
}
