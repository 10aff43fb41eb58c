// How news English names whoever leads an organisation, and the general epithets reporters use
// for a role instead of its title. Used to answer "who heads nato", "who is the nato chief", "who
// is the top us diplomat" from the roles the build found; nothing here names a person or an
// organisation of any coverage.

/**
 * Words of titles that lead an organisation: every word of a leading title is one of these or
 * names the organisation ("Secretary of State" leads the State Department; "Press Secretary"
 * leads nothing).
 */
export const LEADING_TITLE_WORDS: readonly string[] = [
  'president', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'general', 'director', 'managing', 'executive', 'chief', 'head',
  'chair', 'chairman', 'chairwoman', 'chairperson', 'commander', 'leader', 'governor', 'mayor', 'ceo', 'administrator', 'commissioner', 'superintendent',
];

/** Nouns for whoever leads an organisation, written after it: "the nato *chief*", "the agency's *head*". */
export const HEAD_NOUNS: readonly string[] = ['chief', 'head', 'leader', 'boss', 'chair'];

/** What kind of organisation it is ("the state *department*"): its leader's title names the rest of it. */
export const ORGANISATION_KINDS: readonly string[] = ['department', 'ministry', 'office', 'agency', 'bureau'];

/**
 * Epithets for a country's holder of a role, each with the titles that role goes by: "the top
 * diplomat" of a country is its foreign minister (secretary of state, foreign secretary).
 */
export const ROLE_EPITHETS: ReadonlyMap<string, readonly string[]> = new Map([
  ['top diplomat', ['foreign minister', 'minister of foreign affairs', 'secretary of state', 'foreign secretary', 'external affairs minister']],
  ['chief diplomat', ['foreign minister', 'minister of foreign affairs', 'secretary of state', 'foreign secretary', 'external affairs minister']],
  ['top prosecutor', ['attorney general', 'prosecutor general']],
]);

/** Verbs of leading something ("who *ran* the meeting", "who *chaired* the board"): news answers them with the leader's title as often as with the verb ("Director Mira Holt"). */
export const LEADING_VERBS: ReadonlySet<string> = new Set(['run', 'lead', 'head', 'chair', 'host', 'direct', 'manage', 'oversee', 'convene', 'moderate', 'organise', 'organize', 'preside', 'command', 'govern', 'helm']);
