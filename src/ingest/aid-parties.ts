// Who gives and who receives an aid figure: the subject of the giving verb, a "from"/"to"
// party, or the one donor the sentence names; aliases of one donor become one name.
import { COUNTRIES, countryOfPeople } from '../lexicon/countries.js';
import { NON_AGENT_PREPOSITIONS } from '../lexicon/prepositions.js';
import { MONTH_ALTERNATION, WEEKDAY_ALTERNATION } from '../lexicon/calendar.js';
import { TRANSFER_WORDS } from './aid-wording.js';

// Aliases that name the same donor or recipient: the usual names of the largest donors and their
// governments. A country's people, government or army is the country ("the Austrian army",
// "Austrians"), for every country titles.ts knows.
const CANONICAL: readonly [RegExp, string][] = [
  [/^(?:the\s+)?(?:U\.?S\.?A?\.?|United States(?: of America)?|America|Washington|Congress|(?:the )?White House|(?:the )?Pentagon|(?:the )?State Department)$/i, 'United States'],
  [/^(?:the\s+)?(?:U\.?K\.?|United Kingdom|Britain|Great Britain|London)$/i, 'United Kingdom'],
  [/^(?:the\s+)?(?:EU|E\.U\.|European Union)$/i, 'European Union'],
];

// A capitalised name (with "of"/"and" inside: "Organization of American States"), or a group
// noun with its adjective ("European allies", "NATO Allies", "Western partners").
// A government named by its leader ("the Vos administration", "the Lindqvist government") is a party too.
const PARTY = String.raw`(?:the\s+)?(?:[A-Z][\w-]*\s+(?:allies|partners|members|countries|nations|states|donors|governments|administration|government)\b|(?:[A-Z][\w.'’-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w.'’-]*)*)`;
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
// "provided Pellonia with $5 million", "gave Zorvia $2 billion", "provided Quellmark now with": the
// party right after a verb of giving, just before the figure, receives it ("asked Congress for"
// does not: Congress is asked, not given).
const GIVING_VERB = String.raw`(?:giv(?:e|en|es|ing)|gave|provid(?:e|ed|es|ing)|sen[dt]|sends|sending|offer(?:ed|s|ing)?|award(?:ed|s|ing)?|grant(?:ed|s|ing)?|suppl(?:y|ied|ies|ying)|pledg(?:e|ed|es|ing)|promis(?:e|ed|es|ing))`;
const RECIPIENT_OBJECT = new RegExp(
  String.raw`\b${GIVING_VERB}\s+(${PARTY})(?:\s+(?:now|also|already|just))?(?:\s+with)?(?:\s+(?:an?|another|additional|some|nearly|almost|about|around|roughly|approximately|over|more than|at least|up to))*\s*$`,
);
// "…from the World Bank", "…was approved by the Senate".
const DONOR_FROM = new RegExp(String.raw`\b(?:from|by)\s+(${PARTY})`);

const NOT_A_PARTY = new RegExp(`^(?:${MONTH_ALTERNATION}|${WEEKDAY_ALTERNATION}|In|On|At|According|Earlier|Later|Meanwhile|However|Also|It|Its|They|This|That|These|Those|He|She|We|I|You|There)$`);
// A title inside a name: the party is whatever country or body comes before it
// ("US Secretary of State Ingrid Haraldsen" → US; "President Vos" → nobody).
const TITLE = /\s(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|[Ss]pokes\w+|Senator|Sen\.|Rep\.|General|Chief|Admiral)\b|^(?:Secretary|President|Minister|Chancellor|Prime|Ambassador|Senator|Sen\.|Rep\.|General|Chief)\b/;

// A sentence's full stop is not part of the name; the stops in "U.S." are.
const FULL_STOP = /(?<!\.[A-Za-z])\.$/;
const LEADERS_GOVERNMENT = /\s(?:administration|government)$/i;
// "My administration", "the administration": no leader named.
const NO_LEADER = /^(?:(?:the|my|our|your|his|her|their|its|this|that|an?|every|each|any|whose)\s+)?(?:administration|government)$/i;

function cleanParty(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  let party = raw.trim().replace(/^(?:the|its|their)\s+/i, '').replace(FULL_STOP, '');
  const title = TITLE.exec(' ' + party);
  if (title) {
    party = (' ' + party).slice(0, title.index).trim();
    const canonical = canonicalParty(party);
    return canonical !== party || /^[A-Z]{2,}$/.test(party) ? canonical : null;
  }
  const head = party.split(/\s+/)[0] ?? '';
  if (party === '' || NOT_A_PARTY.test(head) || NO_LEADER.test(party)) return null;
  return canonicalParty(party);
}

function canonicalParty(raw: string): string {
  const trimmed = raw.replace(/^(?:the|its|their)\s+/i, '').replace(/['’]s$/, '').trim();
  for (const [re, name] of CANONICAL) if (re.test(trimmed)) return name;
  // "the United States Government" is the United States; "the Vos administration" stays as named.
  const country = trimmed.replace(LEADERS_GOVERNMENT, '');
  if (country !== trimmed && COUNTRIES.includes(canonicalParty(country))) return canonicalParty(country);
  return countryOfPeople(trimmed) ?? trimmed;
}

// "during the Vos administration", "a priority for the Lindqvist government": a time or a
// beneficiary, not the giver.
const BEFORE_NON_GIVER = new RegExp(String.raw`\b(?:${[...NON_AGENT_PREPOSITIONS, 'of', 'since', 'after', 'before', 'until'].join('|')})\s+$`, 'i');

// The donors a sentence names, the fallback when no clause says who gives: the aliases from the
// table above, else one government named by its leader ("the Vos Administration expedited the
// delivery of $4 billion") that is no time or beneficiary.
function namedDonors(sentence: string, recipient: string | null): string[] {
  const known = new Set<string>();
  const leaders = new Set<string>();
  for (const match of sentence.matchAll(new RegExp(PARTY, 'g'))) {
    const name = canonicalParty(match[0].replace(FULL_STOP, ''));
    if (name === recipient) continue;
    if (CANONICAL.some(([, canonical]) => canonical === name)) known.add(name);
    else if (LEADERS_GOVERNMENT.test(name) && !NO_LEADER.test(name) && !BEFORE_NON_GIVER.test(sentence.slice(0, match.index))) leaders.add(name);
  }
  return [...(known.size > 0 ? known : leaders)];
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
  const object = cleanParty(RECIPIENT_OBJECT.exec(before)?.[1]);
  if (object) return object;
  for (const match of [...before.matchAll(RECIPIENT_BEFORE)].reverse()) {
    const party = cleanParty(match[1] ?? match[2]);
    if (party) return party;
  }
  return null;
}
