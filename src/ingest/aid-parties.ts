// Who gives and who receives an aid figure: the subject of the giving verb, a "from"/"to"
// party, or the one donor the sentence names; aliases of one donor become one name.
import { countryOfPeople } from '../lexicon/countries.js';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';
import { TRANSFER_WORDS } from './aid-wording.js';

// Aliases that name the same donor or recipient: the usual names of the largest donors and their
// governments. A country's people, government or army is the country ("the Ukrainian army",
// "Ukrainians"), for every country titles.ts knows.
const CANONICAL: readonly [RegExp, string][] = [
  [/^(?:the\s+)?(?:U\.?S\.?A?\.?|United States(?: of America)?|America|Washington|Congress|(?:the )?White House|(?:the )?Pentagon|(?:the )?State Department)$/i, 'United States'],
  [/^(?:the\s+)?(?:U\.?K\.?|United Kingdom|Britain|Great Britain|London)$/i, 'United Kingdom'],
  [/^(?:the\s+)?(?:EU|E\.U\.|European Union)$/i, 'European Union'],
];

// A capitalised name (with "of"/"and" inside: "Organization of American States"), or a group
// noun with its adjective ("European allies", "NATO Allies", "Western partners").
const PARTY = String.raw`(?:the\s+)?(?:[A-Z][\w-]*\s+(?:allies|partners|members|countries|nations|states|donors|governments)|(?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*)*)`;
const PARTY_AT_END = new RegExp(String.raw`(${PARTY})(?:\s+of\s+[A-Z][\w.'’-]*)?(?:,[^,]{1,60},)?\s*$`);
const SUBJECT_VERB = new RegExp(
  String.raw`\b(?:(?:has|have|had|will|would|is|are|was|were)\s+)?(?:(?:also|already|now|just|jointly|together|so far|since)\s+)?(?:been\s+)?${TRANSFER_WORDS}\b`,
  'gi',
);
const RECIPIENT_AFTER = new RegExp(String.raw`\b(?:to|for|assist|help|support|supporting|helping|assisting)\s+(${PARTY})`, 'g');
const RECIPIENT_BEFORE = new RegExp(
  String.raw`(?:\b(?:[Aa]id|[Aa]ssistance|[Ss]upport|[Pp]ackage|[Ff]unding|[Hh]elp)\s+(?:to|for)\s+(${PARTY})|(${PARTY})\s+(?:has\s+|have\s+|will\s+)?(?:received|receives|receive|got|gets))`,
  'g',
);
// "…from the World Bank", "…was approved by the Senate".
const DONOR_FROM = new RegExp(String.raw`\b(?:from|by)\s+(${PARTY})`);

const NOT_A_PARTY = new RegExp(`^(?:${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION}|In|On|At|According|Earlier|Later|Meanwhile|However|Also|It|Its|They|This|That|These|Those|He|She|We|I|You|There)$`);
// A title inside a name: the party is whatever country or body comes before it
// ("US Secretary of State Antony Blinken" → US; "President Biden" → nobody).
const TITLE = /\s(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|[Ss]pokes\w+|Senator|Sen\.|Rep\.|General|Chief|Admiral)\b|^(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|Senator|Sen\.|Rep\.|General|Chief)\b/;

function cleanParty(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // A sentence's full stop is not part of the name; the stops in "U.S." are.
  let party = raw.trim().replace(/^(?:the|its|their)\s+/i, '').replace(/(?<!\.[A-Za-z])\.$/, '');
  const title = TITLE.exec(' ' + party);
  if (title) {
    party = (' ' + party).slice(0, title.index).trim();
    const canonical = canonicalParty(party);
    return canonical !== party || /^[A-Z]{2,}$/.test(party) ? canonical : null;
  }
  const head = party.split(/\s+/)[0] ?? '';
  if (party === '' || NOT_A_PARTY.test(head)) return null;
  return canonicalParty(party);
}

function canonicalParty(raw: string): string {
  const trimmed = raw.replace(/^(?:the|its|their)\s+/i, '').replace(/['’]s$/, '').trim();
  for (const [re, name] of CANONICAL) if (re.test(trimmed)) return name;
  return countryOfPeople(trimmed) ?? trimmed;
}

// Aliases from the table above that a sentence names: the fallback donor when no clause says who gives.
function namedDonors(sentence: string, recipient: string | null): string[] {
  const names = new Set<string>();
  for (const match of sentence.matchAll(new RegExp(PARTY, 'g'))) {
    const name = canonicalParty(match[0]);
    if (CANONICAL.some(([, canonical]) => canonical === name) && name !== recipient) names.add(name);
  }
  return [...names];
}

/** Who gives: the subject of the giving verb, a "from"/"by" party, or the one donor the sentence names; never the recipient. */
export function donorOf(sentence: string, figureStart: number, figureEnd: number, recipient: string | null): string | null {
  const before = sentence.slice(0, figureStart);
  const verb = [...before.matchAll(SUBJECT_VERB)].at(-1);
  if (verb) {
    const subject = cleanParty(PARTY_AT_END.exec(before.slice(0, verb.index))?.[1]);
    if (subject && subject !== recipient) return subject;
  }
  const from = cleanParty(DONOR_FROM.exec(sentence.slice(figureEnd, figureEnd + 80))?.[1]);
  if (from && from !== recipient) return from;
  const named = namedDonors(sentence, recipient);
  return named.length === 1 ? named[0]! : null;
}

export function recipientOf(after: string, before: string): string | null {
  for (const match of after.matchAll(RECIPIENT_AFTER)) {
    const party = cleanParty(match[1]);
    if (party) return party;
  }
  for (const match of [...before.matchAll(RECIPIENT_BEFORE)].reverse()) {
    const party = cleanParty(match[1] ?? match[2]);
    if (party) return party;
  }
  return null;
}
