// What a question is made of once understood: concepts, each a word or phrase of the question
// with the terms that count for it. Shared by the analysis (relevance.ts), the vocabulary
// expansion, coverage and ranking.

/** A run of index terms that must appear consecutively ("new zealand"); one term is a run of one. */
export type Phrase = readonly string[];

/** One thing the query asks about, satisfied by any of its alternative terms or phrases, or by `test`. */
export interface Concept {
  /** The term or phrase as the query has it ("#figure", "#date", "#duration" for what a question word asks). */
  term: string;
  /** Stemmed terms that count as this concept (the term, its aliases, synonyms, demonym forms). */
  alternatives: ReadonlySet<string>;
  /** The thing a what/which question asks about ("what *weapons*"): a sentence naming it is the kind of answer wanted. */
  focus: boolean;
  /** Narrower kinds of the term that answer for it in full ("weapons": "missiles"). */
  kinds: readonly Phrase[];
  /** For the thing a what/which question asks about, WordNet's kinds of it ("sport": basketball…), matched as whole terms. */
  kindTerms?: KindTerms;
  /** The term's own inflections as the coverage stems them ("die": "died" stems to "di"), and for an event's verb the nouns made from it ("invasion"): the word itself, not an alias. */
  forms: ReadonlySet<string>;
  /** Multi-term alternatives, matched as consecutive terms. */
  phrases: readonly Phrase[];
  /**
   * WordNet's synonyms of the word ("weariness" for "fatigue"), terms or phrases. Matched as whole
   * terms only (not by shared stem, as alternatives are) and never making an unknown word known.
   */
  synonyms?: readonly Phrase[];
  /** Other evidence, as the share (0–1) of the weight it earns: the sentence names (or quotes) the person, holds a figure, is dated. */
  test: ((sentenceId: number) => number) | null;
  /** Whether the sentence's title and preceding sentences may supply it (words may; "a figure" may not). */
  fromContext: boolean;
  /** Only `test` counts, not the terms ("what did X say": X must be the one speaking, not just named). */
  testOnly: boolean;
  /** The id of the known person the concept names ("lindqvist"). */
  person?: string;
  /** A person named before a thing of theirs ("the haraldsen plan"): the question is about the thing, and a sentence on it may leave the name to its title or paragraph. */
  qualifiesThing?: boolean;
  /** Only says when ("who did Berg meet *after Holm*", "what did Berg say *before the vote*"): not what the question asks about. */
  timeAnchor?: boolean;
  /** The one a "what did X say" question asks to be speaking. */
  speaker?: boolean;
  /** The sentences of the person's quotations: a speaker's, or those of someone whose promise is asked. */
  quoted?: ReadonlySet<number>;
  /** A sentence without it is worth only part of its coverage (the speaker a question asks about). */
  required: boolean;
  /** What coverage is multiplied by when this required concept is missing (default `requiredMissingFactor`). */
  missingFactor?: number;
  /** Required for ranking only: a sentence without it ranks lower but is still evidence ("who criticised the levy": "Holm was honoured for it" may answer in other words). */
  rankedOnly?: boolean;
  /** Required only of the sentences this holds for (a period, of a sentence whose dates are known). */
  requiredOf?: (sentenceId: number) => boolean;
  weight: number;
  /** A word only of the question's restating clause (question.ts): it counts when a sentence carries it, and is not missed when it does not. */
  optional?: boolean;
  /** …of the thing a what-else question's answer is not ("besides the ferry money"): a sentence carrying it tells of that thing (rank.ts). */
  known?: boolean;
  /** The terms of the verb a yes/no question's subject must be doing: named only inside another's phrase ("the talks between Pellonia and …"), it is not (doer.ts). */
  doerOf?: ReadonlySet<string>;
  /** A number typed before a scale word ("28 mil"), with the figures that round to it: carried only where a sentence writes one with a scale ("€28 million", not "28 boats"). */
  scaled?: ReadonlySet<string>;
  /** For that verb, the nouns made from it as written ("invasion"), to search the index with: a stem searched is stemmed again, and may change. */
  eventNouns?: readonly string[];
  /** The other concepts of the noun run it stands in ("*pension* fund"): a sentence carrying none of the run is about something else (topic-runs.ts). */
  runWith?: readonly Concept[];
  /** The head of a compound WordNet names as one thing ("water *tower*"): carried without it, the first word names something else (topic-runs.ts). */
  wholeWith?: Concept;
  /** A place the index stems into another word ("maine": main): how a sentence must write its name (stemmed-places.ts). */
  writtenAs?: RegExp;
  /** A year, a month or a day typed as a date ("in 2024", "on june 3"): whether an ISO day falls in it (its test asks it of the sentence's dates and its report's). */
  period?: (day: string) => boolean;
  /** The verb naming what a "when" question dates ("when was it *discovered*"): a date in a sentence without it dates something else. */
  event?: boolean;
}

/** Kinds of a thing as index terms: single terms, and longer phrases keyed by their first term. */
export interface KindTerms {
  single: ReadonlySet<string>;
  /** Things of this kind go by titles (a film, a book): a quoted title names one. */
  titled: boolean;
  phrases: ReadonlyMap<string, readonly Phrase[]>;
}

