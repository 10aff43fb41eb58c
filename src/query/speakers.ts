// "What did X say": which sentences are X speaking — X beside a speech verb ("Blinken said",
// "said Blinken", "according to Blinken"), X's own statement, or a transcript paragraph under
// X's label — and which words of a question name the one asked to be speaking.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';
import { ASKED_SPEECH_VERBS, SAYING_BASE_FORMS, SAYING_VERBS, SPEECH_ACTS } from '../lexicon/speech-verbs.js';

// "What did X say", "does X think", "according to X", "in X's view": X must be the one speaking.
// Read on the lower-cased question: the words between the auxiliary and the verb are the speaker.
const SPEECH = `(?:${ASKED_SPEECH_VERBS.join('|')})`;
export const SPEAKER_PATTERNS = [
  new RegExp(String.raw`\b(?:did|does|do|has|have|had|will|would|is|was)\s+((?:[\p{L}'.-]+\s+){0,3}?[\p{L}'.-]+)\s+${SPEECH}\b`, 'u'),
  /\baccording to\s+((?:[\p{L}'.-]+\s*){1,4}?)(?=,|$|\s(?:how|what|when|where|who|why|which|did|does|is|was|has|have)\b)/u,
  /\bin\s+((?:[\p{L}.-]+\s+){0,2}?[\p{L}.-]+?)'s?\s+(?:view|opinion|words)\b/u,
];
// Speech and stance verbs after a name (several are stop words, so they never reach the index
// terms): the saying verbs of news writing, their base forms, the verbs a question asks with,
// and stances, which answer what someone thinks or wants.
const SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...SAYING_VERBS,
  ...SAYING_BASE_FORMS,
  ...SPEECH_ACTS,
  ...ASKED_SPEECH_VERBS,
  'according',
  'supports', 'supported', 'wants', 'wanted', 'hopes', 'hoped', 'opposes', 'opposed', 'backs', 'backed', 'favours', 'favors',
  'confident', 'rejects', 'rejected', 'welcomed', 'welcomes',
]);
// Verbs that may come before the speaker ("said Blinken", "according to Blinken"); others before a
// name make it the object ("thanked Canada").
const VERBS_BEFORE_SPEAKER: ReadonlySet<string> = new Set(['said', 'says', 'added', 'wrote', 'according', 'asked']);
// How near a name and a speech verb must be: "Blinken said", "said Blinken", "Kuleba, the minister, said".
const SPEAKER_SPAN_AFTER = 6;
const SPEAKER_SPAN_BEFORE = 2;
// An article that is someone's own words ("Statement by …", "Remarks of …"), and a transcript
// paragraph under a speaker's label ("MR. SULLIVAN: …", "SECRETARY BLINKEN: …").
const OWN_WORDS_TITLE = /^\s*(?:(?:joint\s+)?statement|remarks|readout|letter|message|op-ed|interview|proclamation|press\s+(?:briefing|gaggle|conference))\b/iu;
const SPEAKER_LABEL = /^\s*((?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z.'’-]+):\s/u;

/** Whether the sentence's article is the speaker's own statement, or its paragraph is labelled with their name. */
export function speakerOfContext(facts: LoadedFactBase, sentenceId: number, names: ReadonlySet<string>): boolean {
  const sentence = facts.sentence(sentenceId);
  const title = facts.article(sentence.articleId).title ?? '';
  if (OWN_WORDS_TITLE.test(title) && terms(title).some((term) => names.has(term))) return true;
  let first = sentenceId;
  while (first > 0 && facts.sentence(first - 1).articleId === sentence.articleId && facts.sentence(first - 1).paragraph === sentence.paragraph) first--;
  const label = SPEAKER_LABEL.exec(facts.sentence(first).text)?.[1];
  return label !== undefined && terms(label).some((term) => names.has(term));
}

/** Whether a name of the speaker stands next to a speech verb ("Blinken said", "said Blinken", "according to Blinken"). */
export function speaks(text: string, names: ReadonlySet<string>): boolean {
  const words = text.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.some((word, i) => {
    if (!names.has(terms(word)[0] ?? '')) return false;
    const after = words.slice(i + 1, i + SPEAKER_SPAN_AFTER + 1);
    const before = words.slice(Math.max(0, i - SPEAKER_SPAN_BEFORE), i);
    return after.some((other) => SPEECH_VERBS.has(other)) || before.some((other) => VERBS_BEFORE_SPEAKER.has(other));
  });
}
