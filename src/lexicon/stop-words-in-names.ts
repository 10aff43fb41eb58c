// Stop words (the index drops them: factbase/terms.ts) that, inside a noun phrase, can only be part
// of a name made of common words: "the *take it* down act", "the *do not* call registry", "the buy
// *now* pay later rule". The others ("of", "and", "the", "only") are ordinary phrasing between or
// before nouns: "the capital of peru", "war and peace", "the only summit".

/** Verbs of the stop list: a name may open with one ("take it down", "make … great again"). */
export const STOP_LIST_VERBS: ReadonlySet<string> = new Set(['take', 'make', 'get', 'got', 'come', 'came', 'see', 'said']);

/** Auxiliaries: a name opens with one only right after a determiner ("the do not call registry"); a question opens with one too ("did …"). */
export const STOP_LIST_AUXILIARIES: ReadonlySet<string> = new Set([
  'do', 'does', 'did', 'can', 'will', 'would', 'could', 'should', 'must', 'might', 'be', 'been', 'am', 'is', 'are', 'was', 'were', 'have', 'has', 'had',
]);

/** Pronouns a name has after its verb ("take *it* down", "stand *your* ground"). */
export const OBJECT_PRONOUNS_IN_NAMES: ReadonlySet<string> = new Set(['it', 'your', 'you']);

/** Pronouns a name may open with right after a determiner ("the *me* too movement", "the *it* crowd"). */
export const OPENING_PRONOUNS_IN_NAMES: ReadonlySet<string> = new Set(['it', 'me', 'you', 'we', 'your']);

/** Adverbs of the stop list that stand between a name's words ("buy *now* pay later", "great *again*"); not "only" or "very", which describe, nor "then", which joins clauses ("the summit ended then talks began"). */
export const STOP_LIST_ADVERBS: ReadonlySet<string> = new Set(['again', 'here', 'never', 'now', 'not', 'still', 'there', 'too', 'well']);

/** Determiners after which a noun phrase, and so a name, starts. */
export const NAME_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);
