// Every tuning constant of retrieval, ranking and abstention in one documented place. They are
// shares and weights of general features (how much of the question a sentence covers, whether
// it states the kind of answer asked for, how close together the question's words stand), never
// facts about any one coverage. `npm run eval` (bundled, fixture, off-topic and TrecQA sets, in
// both casings) is how a change here is judged.
export const RANKING = {
  /** Sentences taken from the index before re-ranking. */
  candidates: 60,
  /**
   * Articles whose titles carry at least this share of the question's weighted concepts offer
   * their first `titleSentences` sentences as candidates (the `titleArticles` newest of them): a
   * statement headed by the question answers it in sentences that need their title.
   */
  titleCoverage: 0.8,
  titleArticles: 3,
  titleSentences: 4,
  /**
   * The articles of the first `articleSources` distinct articles among the index's hits offer their
   * `articleSentences` sentences holding the most of the question's words (article-candidates.ts):
   * a question that sets the scene finds its article, and the detail it asks may be in another sentence.
   */
  articleSources: 3,
  articleSentences: 8,
  /** The `weightiestConcepts` heaviest concepts are also searched alone, for `weightiestCandidates` more candidates. */
  weightiestConcepts: 2,
  weightiestCandidates: 30,
  /** Sentences that state the kind of answer expected (a calendar date for "when"…) taken from the index besides. */
  typedCandidates: 30,
  /** The best hits' following sentences in their paragraph join the candidates ("he", "it", "the package" answer what the hit introduced). */
  neighbourSources: 10,
  neighboursPerSource: 2,
  /** …and up to this many later sentences of their article that refer back to them by a definite phrase ("the systems"). */
  referrersPerSource: 2,
  /** A sentence must carry at least this share of a question's idf-weighted concepts to count as evidence; when none does, the commands abstain. */
  minCoverage: 0.4,
  /** "which came first, the x or the y": the share of a happening's idf-weighted words a sentence (read with its paragraph) carries to be about it; a happening is described in more words than a compared name. */
  describedSideCoverage: 0.6,
  /** Share of a concept's weight earned by an alias, synonym or other form rather than the word asked ("spokesperson" for "spokeswoman"). */
  expansionCredit: 0.75,
  /** For "who is the <role>": how many sentences that gave someone that role join the candidates (newest first), and their bonus. */
  roleHolders: 10,
  heldRole: 0.3,
  /** A word the coverage writes as a name ("Horus", "Capriati") weighs this many times its idf: the question is about that one thing. */
  nameWeight: 1.5,
  /** A noun of the question the coverage never uses weighs this many times its weightiest known word (it may be paraphrase, or off-topic). */
  unmentionedNounWeight: 1,
  /** Share of its weight a word only of the question's restating clause (", is it the weather or what") is missed by when a sentence lacks it. */
  restatedMissingShare: 0.5,
  /** The words of a restating clause or a remark before the question weigh at most this share of the question's own words together: a long remark outweighs no question. */
  restatedWeightCap: 0.5,
  /** Share of a concept's weight earned when only the sentence's context (title, paragraph before it) states it. */
  contextCredit: 0.5,
  /** …and when a definite phrase of the sentence stands for it ("the systems" after "a third lantern system"; coverage.ts). */
  referredCredit: 0.8,
  /** …when its article's title states it and the sentence itself carries a word of the question the title lacks (the detail asked of the article). */
  titleCredit: 1,
  /**
   * …when those words of the question weigh at least `sceneWeightShare` of it and the titles
   * carrying them all are at most `sceneTitleShare` of the coverage's articles (so never in a coverage of a few): the title
   * sets the question's scene (title-candidates.ts). Such an article's sentences are also searched
   * for the detail asked (`articleSources`).
   */
  sceneWeightShare: 0.15,
  sceneTitleShare: 0.02,
  /**
   * A name the coverage writes as one that carries at least this share of a question's weight is
   * what the question is about: answers that never name it (nor have it in their context) are about
   * something else, and the question is declined ("how much aid went to varnholm").
   */
  subjectShare: 0.4,
  /** …and when the sentence names another country where the question names one it does not (see other-country.ts), another place, another of a series, the other side of a vote (vote-side.ts). */
  otherCountryFactor: 0.3,
  /** …and when a "why" question's words stand only in a time phrase after the sentence's main clause (stated-reasons.ts): it dates something else by them. */
  timeReferenceFactor: 0.3,
  /** …and when a who-else question's sentence names the one the asker already knows ("anyone besides holm"), or one asking what came of a deed tells the deed itself: the answer is someone or something else. */
  knownOneFactor: 0.6,
  /** …and when a what-else question's sentence carries a word of the thing the asker knows ("what else is in it besides the cranes"): it tells of that thing. */
  knownThingFactor: 0.4,
  /** …and when the sentence is itself a question: it asks rather than states. */
  questionSentenceFactor: 0.5,
  /** …and when the sentence says next to nothing ("Thank you so much.", "Yes."; see saysLittle) or only leads a list ("Key parts of the bill:"): below `minCoverage`, so never evidence. */
  fewWordsFactor: 0.3,
  /** …and when it is a page's credit line ("Source: Valley Weekly, citing …"), unless the question asks for the source: it says who told, not what happened. */
  creditLineFactor: 0.5,
  /** …and when a total is asked ("in total", "so far") and the sentence states no running total ("since 2021", "to date"): it may give one gift's sum. */
  oneFigureFactor: 0.85,
  /** …and when a yes/no question asking no kind of answer names a time ("was the vote on a monday") and the sentence states no date: it cannot settle it. */
  undatedClaimFactor: 0.85,
  /** What coverage is multiplied by when a required concept (the speaker asked about) is missing. */
  requiredMissingFactor: 0.5,
  /** …and when it carries no word of a noun run the question names ("pension fund"; topic-runs.ts): below `minCoverage`, so never evidence. */
  topicMissingFactor: 0.3,
  /** …for a noun run carrying at least this share of the question's weight (a lighter one is a detail a sentence may word otherwise). */
  topicRunShare: 0.35,
  /** The share of their weight a clause's verb and common-noun subject keep where it says which thing is meant ("the cranes the *port bought*"; topic-runs.ts). */
  describingClauseShare: 0.5,
  /** …and when the relation a question names ("the mayor of lyon") is not stated: below `minCoverage`, so never evidence. */
  relationMissingFactor: 0.3,
  /** Bonus for stating the kind of answer expected (a date for "when", a person for "who"…); later expectations earn `secondaryAnswerShare` of it. */
  answerType: 0.4,
  secondaryAnswerShare: 0.4,
  /** The part of that bonus a second question typed short ("… and what day") holds back for a sentence that answers it too. */
  alsoAskedShare: 0.5,
  /** For "where is …", a place a sentence names other than as where something is ("Quellmark was not represented") answers only in part. */
  placeNotLocatedShare: 0.5,
  /** For "who said …", a sentence that reports no one's words (no quotation, no verb of saying) answers only in part. */
  unreportedSpeechShare: 0.5,
  /** A lone capitalised word the question does not name answers "who" only in part (it may be a place or a thing). */
  loneNameShare: 0.5,
  /** A sentence naming someone by role alone ("the prime minister of Pellonia called for …") identifies them without a name: more than a lone name, less than a name. */
  roleHolderShare: 0.75,
  /** Bonus, for a question expecting no particular kind of answer, for a sentence describing a thing the question names ("X, a …", "X is an …"). */
  definition: 0.1,
  /**
   * Taken off, for a question asking who holds a role, a sentence that names the role as a
   * "former" holder's (when asked who holds it now), as a "deputy", "vice"… role, or that is a
   * roster naming more than `rosterPeople` people.
   */
  formerHolder: 0.2,
  lesserRole: 0.2,
  roster: 0.2,
  rosterPeople: 6,
  /** So does a count that gives only a rough size ("tens of thousands", "dozens") for "how many". */
  roughCountShare: 0.5,
  /**
   * A date answers "when" only in part in a sentence without the verb the question dates ("when
   * was Gehry *born*": the 1989 of "a 1989 lamp by Frank Gehry" dates the lamp).
   */
  eventMissingShare: 0.5,
  /**
   * …and in less than full when the date stands farther than this many characters from that verb
   * or its noun ("I met him in May 2022, five days before the invasion" dates the meeting), down
   * to `eventMissingShare` as the gap grows past `nearChars`.
   */
  eventDateChars: 15,
  /** A bare year answers "when" only in part. */
  yearOnlyShare: 0.5,
  /** So does, for a question about the past or present, a day or month whose year is left to the report's date ("in February"). */
  yearlessDateShare: 0.75,
  /**
   * So does, for a question about the past or present, a date written relative to the report
   * ("last Friday marked one year since …", "tomorrow is the 300th day since …"): it dates the
   * report's news, rarely the event asked about. About the future ("when will …") it may be the answer.
   */
  relativeDateShare: 0.5,
  /** Share of the date bonus for a day given only by its event ("on the final day of the summit"). */
  eventDayShare: 0.5,
  /** A part of the day ("in the evening", "Monday night") answers "what time" only in part. */
  partOfDayShare: 0.5,
  /** Bonus for the expected answer standing near the question's words (closeness decays over `nearChars` characters). */
  answerNearFocus: 0.15,
  nearChars: 60,
  /** Bonus for the question's words standing close together in the sentence (all in one `nearChars` window earns it all). */
  focusProximity: 0.1,
  /** Bonus, for a question about a plan ("who is she supposed to meet"), for a sentence stating one ("is scheduled to", "will"). */
  plannedAnswer: 0.1,
  /** How much the index (BM25-style TF-IDF) score counts, scaled so the best candidate's is 1: it orders sentences of about equal evidence. */
  indexScore: 0.1,
  /**
   * What an article's headline loses against its body: it states the fact in fewer words (so the
   * index scores it higher) but without who said it, when or where; the body sentence saying as much leads.
   */
  headlinePenalty: 0.1,
  /** A question that expects a kind of answer abstains when no sentence with enough coverage states it, unless one covers at least this much. */
  typelessCoverage: 0.85,
} as const;
