// Verbs news writing reports speech with, as written ("said", "told reporters", "emphasised"):
// the quote extractor finds quotations by them, the person extractor takes a word before them
// for a surname, and the query side finds who is speaking by those that mean saying on their
// own ("Canada pledged $2 billion" is not Canada speaking). One list; the variants below are
// built from it or say why they add to it.

/** Every form, in the order the quote extractor tries them (longer phrases last, as before). */
export const REPORTING_VERBS: readonly string[] = [
  'said', 'says', 'say', 'saying', 'told', 'tells', 'telling', 'stated', 'states', 'stating', 'added',
  'adds', 'adding', 'noted', 'notes', 'noting', 'emphasised', 'emphasized', 'emphasises', 'emphasizes',
  'emphasising', 'emphasizing', 'stressed', 'stresses', 'stressing', 'warned', 'warns', 'warning',
  'declared', 'declares', 'declaring', 'explained', 'explains', 'explaining', 'insisted', 'insists',
  'insisting', 'remarked', 'announced', 'announces', 'announcing', 'wrote', 'writes', 'writing', 'tweeted',
  'posted', 'asked', 'asks', 'replied', 'replies', 'responded', 'argued', 'argues', 'arguing', 'claimed',
  'claims', 'claiming', 'acknowledged', 'acknowledging', 'affirmed', 'reaffirmed', 'reaffirming',
  'reiterated', 'reiterates', 'reiterating', 'urged', 'urges', 'urging', 'vowed', 'vows', 'pledged',
  'pledges', 'believes', 'believed', 'concluded', 'concludes', 'continued', 'continues', 'elaborated',
  'elaborate', 'mentioned', 'highlighted', 'assured', 'assures', 'described', 'promised', 'admitted',
  'confirmed', 'recalled', 'observed', 'predicted', 'suggested', 'called', 'calls',
  'told reporters', 'went on',
];

// Verbs that report speech only beside a quotation ("…," he vowed); on their own they are deeds.
const ONLY_BESIDE_A_QUOTE: ReadonlySet<string> = new Set([
  'posted', 'vowed', 'vows', 'pledged', 'pledges', 'continued', 'continues', 'highlighted', 'assured', 'assures',
  'promised', 'admitted', 'recalled', 'observed', 'predicted', 'suggested', 'went on',
]);

/** Single words that mean saying even with no quotation beside them: "Haraldsen said", "Berg told". */
export const SAYING_VERBS: readonly string[] = REPORTING_VERBS.filter((verb) => !verb.includes(' ') && !ONLY_BESIDE_A_QUOTE.has(verb));

/** Speech acts that never introduce the words said: "Berg thanked Canada", "Ruud testified". */
export const SPEECH_ACTS: readonly string[] = ['thanked', 'praised', 'testified', 'spoke', 'expressed'];

/**
 * The verbs a question asks for someone's words or views with, in the forms a question has them:
 * "what did X say", "what has X claimed", "does X think". Not "state" or "states": "what is the
 * state of …" and "has the United States …" would read "the" or "the United" as a speaker.
 */
export const ASKED_SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'tell', 'told', 'announce', 'announced', 'claim', 'claims', 'claimed', 'warn', 'comment', 'speak',
  'react', 'respond', 'think', 'thinks', 'believe', 'believes', 'feel', 'want', 'wants', 'expect', 'expects',
];

/** Base forms of the saying verbs, as a future or a question has them after the name ("Haraldsen will stress"). */
export const SAYING_BASE_FORMS: readonly string[] = [
  'say', 'tell', 'state', 'add', 'note', 'emphasise', 'emphasize', 'stress', 'warn', 'declare', 'explain', 'insist', 'announce',
  'write', 'argue', 'claim', 'reaffirm', 'urge', 'mention', 'describe', 'confirm', 'call', 'thank', 'express', 'elaborate',
];

/**
 * The verbs a question asks who spoke with: "who said …", "who told reporters …", "who warned
 * that …". Not deeds that may be no one's words ("who announced the package", "who called for …").
 */
export const ASKED_SPEAKER_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'remarked', 'declared', 'warned', 'insisted', 'stressed', 'claimed', 'added', 'quoted',
];
