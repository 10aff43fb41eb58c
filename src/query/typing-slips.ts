// Two letters typed in the wrong order ("mcuh", "teh", "gvie", "sya"), one typed twice ("accross")
// or one letter left out ("happend", "annouced"): the commonest slips in chat, and in a short word
// neither the question-word mending (question.ts) nor the index's spelling neighbours (five letters
// or more, same first letter) catch them. Left alone, the word reads as a name the coverage never
// mentions and the question is declined. A word is mended only when neither the dictionary nor the
// coverage knows it and swapping two neighbouring letters, typing a doubled one once, or putting
// one letter back gives a function word or a dictionary word the coverage uses: a name the
// coverage lacks ("quellmark") stays as typed, so the answer still says it is not covered.
import { ADVERB_PARTICLES } from '../lexicon/prepositions.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { isStopWord, terms } from '../factbase/terms.js';
import { isEnglishWord } from '../lexicon/english-words.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';
import { nounAndVerbUsage, senseOffsets } from '../lexicon/wordnet.js';
import { CHAT_SHORTHAND, CLIPPED_SCALES, isChatFiller, isWebAddress } from '../lexicon/chat-shorthand.js';
import { soundAlikeOf } from '../lexicon/sound-alikes.js';
import { runsTogether } from './question.js';
import { vocabularyAlternatives } from './expansion.js';
import { editDistance } from './edit-distance.js';
import { wordForms } from './parts-of-speech.js';
import { writtenAsName } from './written-as-name.js';

// Longer words are rarely mistyped into unknown ones, and each letter adds 26 readings to try.
const LETTERS_ONLY = /^[a-z]{3,24}$/u;

/**
 * Whether a lower-case word is a function word ("per" too), a dictionary word (unless `dictionary` is false),
 * one the coverage uses, or chat typing that plainForm spells out or drops itself: "whats" is
 * "what is", not "whets"; "abt" is "about"; "hey" is a greeting, not "they".
 */
export const isKnownWord = (word: string, facts: LoadedFactBase, dictionary = true): boolean =>
  isStopWord(word) || NON_AGENT_PREPOSITIONS.has(word) || (dictionary && isEnglishWord(word)) || runsTogether(word) || CHAT_SHORTHAND.has(word) || CLIPPED_SCALES.has(word) || isChatFiller(word) || usedByCoverage(word, facts);

// Sentences read to see how the coverage writes a word's index term.
const WRITTEN_SAMPLE = 40;

/**
 * Whether the coverage uses the word. A word no dictionary has may share only its index term with
 * one the coverage writes ("offical" → "offic", as "office" is indexed): it counts when some
 * sentence with that term writes it as typed, inflected ("zorvians" for "zorvian") or without the possessive's
 * "s" typed after it ("bergs").
 */
function usedByCoverage(word: string, facts: LoadedFactBase): boolean {
  const written = new RegExp(String.raw`(?<!\p{L})(?:${word}|${word.slice(0, -1)}(?!\p{L}))`, 'iu');
  return terms(word).some((term) => facts.index.idf(term) > 0 && (isEnglishWord(word) || facts.index.sentencesWith(term, WRITTEN_SAMPLE).some((id) => written.test(facts.sentence(id).text))));
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** The words one slip away: two neighbouring letters swapped, a letter typed twice typed once, or one letter put back. */
export function oneSlipAway(word: string): Set<string> {
  const near = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] !== word[i + 1]) near.add(`${word.slice(0, i)}${word[i + 1]}${word[i]}${word.slice(i + 2)}`);
    else near.add(`${word.slice(0, i)}${word.slice(i + 1)}`);
  }
  for (let i = 0; i <= word.length; i++) for (const letter of LETTERS) near.add(`${word.slice(0, i)}${letter}${word.slice(i)}`);
  return near;
}

/**
 * A dictionary word that is only a noun and that WordNet's tagged text never uses ("minster",
 * "hanger"): in chat it is far likelier a slip of a common word ("minister", "hangar") the
 * coverage uses than itself. A word with a verb or describing sense ("quite", "cruise") is not.
 */
function rareNoun(word: string): boolean {
  if ((['verb', 'adj', 'adv'] as const).some((part) => senseOffsets(part, word).length > 0)) return false;
  return senseOffsets('noun', word).length > 0 && nounAndVerbUsage(word).noun === 0;
}

// Letters a word needs before an everyday word one slip from it is taken for what was meant.
const MIN_EVERYDAY_SLIP = 6;

/** Whether the coverage writes a word one edit from this one ("lindqvst": Lindqvist): then that is what was meant, not an everyday word. */
const nearCoverageWord = (word: string, facts: LoadedFactBase): boolean =>
  terms(word).some((term) => facts.index.spellingNeighbours(term, (a, b) => editDistance(a, b, 1)).length > 0);

/** How often WordNet's tagged text uses the word in any of its forms, as a noun or a verb. */
const taggedUsage = (word: string): number => Math.max(...[word, ...wordForms(word)].map((form) => ((usage) => usage.noun + usage.verb)(nounAndVerbUsage(form))));

/**
 * What the word is with its slip put back (the commonest reading), or undefined. A dictionary
 * word the coverage uses is the likeliest reading; failing one, an everyday word (one WordNet's
 * tagged text uses: "recieved" is "received" though the coverage writes "delivered"), which
 * leaves the question asking in its words rather than naming something the coverage lacks.
 */
export function unswapped(word: string, facts: LoadedFactBase): string | undefined {
  if (!LETTERS_ONLY.test(word) || isKnownWord(word, facts, !rareNoun(word))) return undefined;
  const found: { word: string; idf: number }[] = [];
  const everyday: { word: string; usage: number }[] = [];
  // Not for a word the dictionary has as a rare noun (a surname: "carter" is no slip of
  // "charter") nor a short one, which a name often is ("wray" is no "wary"). Read once, when a candidate needs it.
  let mayBeEveryday: boolean | undefined;
  const everydayAllowed = () => (mayBeEveryday ??= !isEnglishWord(word) && word.length >= MIN_EVERYDAY_SLIP && !nearCoverageWord(word, facts));
  for (const candidate of oneSlipAway(word)) {
    // A function word is as common as words get; a dictionary word must be one the coverage uses.
    if (isStopWord(candidate)) found.push({ word: candidate, idf: 0 });
    else if (isEnglishWord(candidate)) {
      const idf = Math.max(0, ...terms(candidate).map((term) => facts.index.idf(term)));
      if (idf > 0) found.push({ word: candidate, idf });
      else {
        const usage = taggedUsage(candidate);
        if (usage > 0 && everydayAllowed()) everyday.push({ word: candidate, usage });
      }
    }
  }
  // The commonest reading.
  return found.sort((a, b) => a.idf - b.idf || a.word.localeCompare(b.word))[0]?.word ?? everyday.sort((a, b) => b.usage - a.usage || a.word.localeCompare(b.word))[0]?.word;
}

// Each part of a closed-up pair is a word of its own ("air" + "defense"), not a letter or two.
const MIN_PART_LETTERS = 3;
// Sentences read to find the pair written apart: enough for a pair the coverage uses at all.
const PAIR_SENTENCES = 50;

/** A word's index terms and their spellings the lexicon pairs with them ("defense": "defence"). */
const spellings = (word: string): Set<string> => new Set(terms(word).flatMap((term) => [term, ...vocabularyAlternatives(term)]));

/**
 * Two words typed closed up ("taxcut", "harborwall", "antiflood") that the coverage writes
 * apart: the pair as typed, split, when the coverage never writes the word and some sentence has
 * both words side by side (in either spelling: "harbour wall"; or hyphened: "anti-flood"). A
 * name the coverage lacks ("newburg") is no pair it writes.
 */
export function closedUpPair(word: string, facts: LoadedFactBase): string | undefined {
  // A dictionary word too ("antiflood"), when the coverage never writes it so but writes its halves ("anti-flood").
  if (!LETTERS_ONLY.test(word) || isKnownWord(word, facts, false)) return undefined;
  for (let at = MIN_PART_LETTERS; at <= word.length - MIN_PART_LETTERS; at++) {
    const parts = [word.slice(0, at), word.slice(at)];
    const [first, second] = parts.map(spellings) as [Set<string>, Set<string>];
    if (!parts.every((part) => isEnglishWord(part)) || ![first, second].every((forms) => [...forms].some((term) => facts.index.idf(term) > 0))) continue;
    const sideBySide = (sentenceTerms: readonly string[]) => sentenceTerms.some((term, i) => first.has(term) && second.has(sentenceTerms[i + 1] ?? ''));
    const pair = parts.join(' ');
    const query = [...first, ...second].join(' ');
    if (facts.index.search(query, { limit: PAIR_SENTENCES }).some((hit) => sideBySide(terms(facts.sentence(hit.sentenceId).text)))) return pair;
  }
  return undefined;
}

/**
 * A function word closed up with the word after it into a phrase WordNet lists ("alot", "aswell",
 * "atleast", "incase", "infact"): the two words, when neither the dictionary nor the coverage has
 * the word as typed. A name the coverage lacks ("tobin", "inman") splits into no listed phrase.
 */
export function closedUpPhrase(word: string, facts: LoadedFactBase): string | undefined {
  if (!LETTERS_ONLY.test(word) || isKnownWord(word, facts)) return undefined;
  for (let at = 1; at <= word.length - MIN_PART_LETTERS; at++) {
    const [first, second] = [word.slice(0, at), word.slice(at)];
    if (isStopWord(first) && PHRASE_PARTS.some((part) => senseOffsets(part, `${first}_${second}`).length > 0)) return `${first} ${second}`;
  }
  return undefined;
}
const PHRASE_PARTS = ['adv', 'adj', 'noun'] as const;

// Words chat closes up with the noun after them ("muchmoney", "manyboats", "theport"): no name of
// person or place begins so with an English word after it, as "over", "under" or "all" begin some ("Underwood").
const CLOSED_UP_BEFORE_NOUN = /^(much|many|few|the)(\p{L}{3,})$/u;

/** A quantity word or "the" typed closed up with an everyday word (one WordNet's tagged text uses), when neither the dictionary nor the coverage has the whole: the two words. */
export function closedUpBeforeNoun(word: string, facts: LoadedFactBase): string | undefined {
  const [, first, second] = CLOSED_UP_BEFORE_NOUN.exec(word) ?? [];
  if (first === undefined || second === undefined || isKnownWord(word, facts) || !isEnglishWord(second)) return undefined;
  return taggedUsage(second) > 0 ? `${first} ${second}` : undefined;
}

/**
 * A verb and its particle typed as one word ("pushback", "rollout", "signup") that neither the
 * dictionary nor the coverage has: the two words, when the coverage uses the verb. Chat closes
 * them up; news writes "push back" and "pushing back". A name the coverage lacks rarely splits so.
 */
export function closedUpPhrasalVerb(word: string, facts: LoadedFactBase): string | undefined {
  if (!LETTERS_ONLY.test(word) || isKnownWord(word, facts)) return undefined;
  const particle = ADVERB_PARTICLES.find((each) => word.endsWith(each) && word.length - each.length >= MIN_PART_LETTERS);
  const verb = particle === undefined ? '' : word.slice(0, -particle.length);
  const used = senseOffsets('verb', verb).length > 0 && terms(verb).some((term) => facts.index.idf(term) > 0);
  return used ? `${verb} ${particle!}` : undefined;
}

// A common word cut short ("anniv", "approx"): a few letters, at least three more in the word.
const CLIPPED_WORD = { min: 4, max: 6, cutAtLeast: 3 };
const CLIPPED_SAMPLE = 5;

/**
 * The word a typed word that neither the dictionary nor the coverage knows cuts short ("anniv":
 * "anniversary"), as the coverage writes it; undefined unless every indexed term it begins is a
 * form of the commonest ("anniversari", "anniversaries") and written as an ordinary word, never a name.
 */
function unclipped(word: string, facts: LoadedFactBase): string | undefined {
  if (word.length < CLIPPED_WORD.min || word.length > CLIPPED_WORD.max || !LETTERS_ONLY.test(word) || isKnownWord(word, facts)) return undefined;
  const longer = facts.index.termsStartingWith(word).filter((candidate) => candidate.length - word.length >= CLIPPED_WORD.cutAtLeast);
  if (longer.length === 0) return undefined;
  const commonest = longer.reduce((best, candidate) => (facts.index.idf(candidate) < facts.index.idf(best) ? candidate : best));
  if (!longer.every((candidate) => candidate.startsWith(commonest) && !writtenAsName(candidate, facts))) return undefined;
  const written = new RegExp(String.raw`(?<!\p{L})${word}\p{L}+`, 'iu');
  for (const id of facts.index.sentencesWith(commonest, CLIPPED_SAMPLE)) {
    const found = written.exec(facts.sentence(id).text)?.[0].toLowerCase();
    if (found !== undefined && terms(found)[0] === commonest) return found;
  }
  return undefined;
}

// A letter held down for emphasis: "nooo", "pleeease", "yesss".
const STRETCHED = /(\p{L})\1{2,}/gu;

/** A word typed with a letter held down, as meant: each run of three or more as two ("goood") or, failing that, one ("nooo"). */
export function unstretched(word: string, facts: LoadedFactBase): string | undefined {
  if (!LETTERS_ONLY.test(word) || !/(\p{L})\1\1/u.test(word) || isKnownWord(word, facts)) return undefined;
  return [word.replace(STRETCHED, '$1$1'), word.replace(STRETCHED, '$1')].find((meant) => isKnownWord(meant, facts));
}

// Two words typed apart that the dictionary and the coverage write as one ("life boat", "sea port"):
// each half three letters or more, so "a part" and "in to" stay as typed.
const TYPED_APART = /(?<![\p{L}'’-])(\p{L}{3,}) (\p{L}{3,})(?![\p{L}'’-])/gu;

/**
 * The two words as the one word they spell, when the dictionary has it, the coverage uses it and
 * never writes the two side by side ("life boat" → "lifeboat"; "health care" stays where the
 * coverage writes it so).
 */
function joinedApart(first: string, second: string, facts: LoadedFactBase): string | undefined {
  const joined = `${first}${second}`.toLowerCase();
  if (!isEnglishWord(joined) || !terms(joined).some((term) => facts.index.idf(term) > 0)) return undefined;
  const [firstTerms, secondTerms] = [terms(first), terms(second)];
  if (firstTerms.length !== 1 || secondTerms.length !== 1) return undefined;
  const sideBySide = (sentenceTerms: readonly string[]) => sentenceTerms.some((term, i) => term === firstTerms[0] && sentenceTerms[i + 1] === secondTerms[0]);
  const apart = facts.index.search(`${firstTerms[0]} ${secondTerms[0]}`, { limit: PAIR_SENTENCES }).some((hit) => sideBySide(terms(facts.sentence(hit.sentenceId).text)));
  return apart ? undefined : joined;
}

/**
 * The everyday word `word` sounds like ("meet" for "meat", "site" for "sight"), when the coverage
 * uses it and never uses `word` in any form: typed or dictated for it.
 */
function soundAlike(word: string, facts: LoadedFactBase): string | undefined {
  const used = (each: string) => [each, ...wordForms(each)].some((form) => terms(form).some((term) => facts.index.idf(term) > 0));
  const meant = soundAlikeOf(word);
  return meant !== undefined && used(meant) && !used(word) ? meant : undefined;
}

/** The line with slipped letters put back in each word the dictionary and the coverage both lack, closed-up pairs, a noun closed up with "much" or "the" and phrasal verbs written apart, words typed apart joined, clipped words in full, a sound-alike the coverage lacks as the one it uses. */
export function mendTypingSlips(line: string, facts: LoadedFactBase): string {
  const joined = line.replace(TYPED_APART, (pair, first: string, second: string) => joinedApart(first, second, facts) ?? pair);
  // A web address is pasted, not typed: "example.com" has no slip of "come" in it.
  return joined.replace(/\S+/gu, (token, at: number) =>
    isWebAddress(token.toLowerCase())
      ? token
      : token.replace(/\p{L}+/gu, (word) => {
          const lower = word.toLowerCase();
          const mended = unstretched(lower, facts) ?? unswapped(lower, facts) ?? closedUpPair(lower, facts) ?? closedUpPhrase(lower, facts) ?? closedUpBeforeNoun(lower, facts) ?? closedUpPhrasalVerb(lower, facts) ?? unclipped(lower, facts) ?? soundAlike(lower, facts) ?? word;
          return mended === 'how' && SWAPPED_WHO.test(lower) && !goesWithHow(joined.slice(at + token.length), facts) ? 'who' : mended;
        }),
  );
}

// "hwo" is "who" and "how" with two letters swapped: before a word that goes with "how" ("hwo
// much", "hwo did") it is "how"; otherwise, as before a verb ("hwo signed it") or "is", "who".
const SWAPPED_WHO = /^(?:hwo|owh)$/u;
const HOW_BEFORE = /^(?:much|many|long|far|often|old|come|big|soon|do|does|did|can|could|should|would|to)\b/u;
/** Whether the next word, mended of a swap itself ("hwo mcuh"), is one that goes with "how". */
function goesWithHow(rest: string, facts: LoadedFactBase): boolean {
  const next = /^\s*(\p{L}+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
  return HOW_BEFORE.test(next) || HOW_BEFORE.test(unswapped(next, facts) ?? '');
}
