// Organisations news writing puts before or after a person's title ("U.S.", "the Pentagon",
// "of Austria"), as regex sources for the person extractor and the form recorded for each.
import { COUNTRIES, DEMONYMS } from './countries.js';
import { LETTER, UPPER } from './letters.js';
import { phrasesPattern } from './phrase-pattern.js';

/** Organisations written out, each with the form recorded for it. */
const ORGANISATIONS: ReadonlyMap<string, string> = new Map([
  ['U.S. Department of State', 'State Department'],
  ['US Department of State', 'State Department'],
  ['Department of State', 'State Department'],
  ['State Department', 'State Department'],
  ['Department of Defense', 'Defense Department'],
  ['Defense Department', 'Defense Department'],
  ['Pentagon', 'Pentagon'],
  ['White House', 'White House'],
  ['Kremlin', 'Kremlin'],
  ['European Commission', 'European Commission'],
  ['European Council', 'European Council'],
  ['European Parliament', 'European Parliament'],
  ['European Union', 'European Union'],
  ['United Nations', 'United Nations'],
  ['Foreign Ministry', 'Foreign Ministry'],
  ['Defense Ministry', 'Defense Ministry'],
  ['Defence Ministry', 'Defence Ministry'],
  ['Congress', 'Congress'],
  ['Senate', 'Senate'],
  ['U.S.', 'United States'],
  ['US', 'United States'],
  ['USA', 'United States'],
  ['U.K.', 'United Kingdom'],
  ['UK', 'United Kingdom'],
  ['EU', 'European Union'],
  ['E.U.', 'European Union'],
  ['UN', 'United Nations'],
  ['U.N.', 'United Nations'],
]);

/** Capitals that abbreviate an organisation ("NSC", "OMB"); a company's officers ("CEO", "CFO") are titles. */
const ACRONYM = String.raw`(?!(?:CEO|CFO|COO|CTO|CMO|CISO)(?![${LETTER}]))[${UPPER}]{2,6}(?![${LETTER}.])`;

/** Regex source of an organisation written before a title ("NATO", "U.S.", "Austrian", "Austria's"). */
export const ORGANISATION_PATTERN: string = `${phrasesPattern([...ORGANISATIONS.keys(), ...DEMONYMS.keys(), ...COUNTRIES])}|${ACRONYM}`;

/** Regex source of an organisation after "of" ("of Austria", "of the Pentagon"): no demonym ("of the American Red Cross"). */
export const NAMED_ORGANISATION_PATTERN: string = `${phrasesPattern([...ORGANISATIONS.keys(), ...COUNTRIES])}|${ACRONYM}`;

/** "U.S." → "United States", "Austrian" → "Austria", "the Pentagon" → "Pentagon"; others as written. */
export function normaliseOrganisation(raw: string): string {
  const trimmed = raw
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '')
    .replace(/\s+/g, ' ');
  return ORGANISATIONS.get(trimmed) ?? DEMONYMS.get(trimmed) ?? trimmed;
}

const ORGANISATION_NAMES: ReadonlySet<string> = new Set([...ORGANISATIONS.keys()].map((name) => name.toLowerCase().replace(/\./gu, '')));

/** Whether the text, in any case and with or without dots, is an organisation written out ("the pentagon", "state department"). */
export function isOrganisationName(text: string): boolean {
  return ORGANISATION_NAMES.has(text.toLowerCase().replace(/\./gu, '').replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim());
}
