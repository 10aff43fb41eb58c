// Words that decide whether capitalised words can be a person's name: general English
// vocabulary only (calendar, function and headline words, geography, institutions, titles),
// never the names of particular places, publishers or people a coverage happens to contain.
// What a list cannot know is left to the mechanisms of person-candidates.ts and
// extract-people.ts: a title before the name, an apposition after it, and a surname the article
// repeats on its own.
import { COUNTRIES, DEMONYM_WORDS } from './countries.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from './calendar.js';

/** Months, weekdays and holidays: "President Monday" is no one. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set(
  [
    ...MONTH_NAMES,
    ...MONTH_ABBREVIATIONS,
    ...WEEKDAY_NAMES,
    ...'Today Tonight Tomorrow Yesterday Christmas Easter Thanksgiving Ramadan Eid Hanukkah Passover Diwali'.split(' '),
  ],
);

/** Function words: capitalised only at a sentence start or in a headline. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  `The A An And Or But Nor In On At For With From To Of By As If When While After Before During
  Since Until Meanwhile However Also Earlier Later Instead Furthermore Additionally Moreover Notably
  Following According Then Now Still Yet So Thus Here There This That These Those It Its They
  Their We Our You Your He She His Her I My Me Us Who What Why How Where Which Is Are Was Were Be
  Been Has Have Had Will Would Can Could Should May Might Must Not No Yes Former Acting Current
  Outgoing Incoming Dear Under Over Through Without Within Against Among Between Despite Like
  Unlike Hey Hi Hello Oh Okay OK Yeah Yep Nope Well Thank Thanks Please Sorry Sure Again Just`.split(/\s+/),
);

/** Name suffixes and abbreviated ranks: they end a name ("Per J. Lindqvist Jr.", "Staff Gen. Milley"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(`Jr Sr II III IV Gen Lt Col Sgt Adm Sen Rep Gov Amb`.split(/\s+/));

const OTHER_NON_NAME_WORDS: readonly string[] = [
  ...CALENDAR_WORDS,
  ...FUNCTION_WORDS,
  ...NAME_SUFFIXES,
  // Geography: countries and demonyms, and the words of place names.
  ...COUNTRIES.flatMap((country) => country.split(' ')),
  ...DEMONYM_WORDS,
  ...DEMONYM_WORDS.map((demonym) => `${demonym}s`),
  ...`North South East West Northern Southern Eastern Western Central Middle Far Upper Lower Sea Ocean
  Gulf Bay River Lake Mount Mountains Island Islands Strait Peninsula Coast Valley Republic Kingdom
  States State United Union Federation Province County City Town Region Africa Asia Europe America
  Americas Arctic Antarctic Atlantic Pacific Indian Mediterranean Caribbean`.split(/\s+/),
  // Institutions and the things they make.
  ...`House Senate Congress Parliament Council Department Ministry Agency Office Bureau Committee
  Commission Alliance Treaty Summit Forum Conference Meeting Meetings Group Center Centre Institute
  University College School Foundation Bank Fund Press News Times Post Journal Company Corporation
  Systems System Defense Defence Air Army Navy Forces Force Guard Security Initiative Assistance
  Affairs Administration Government Organization Organisation Allies Ally Partners Partnership
  Coalition Program Programme Plan Act Law Fact Sheet Briefing Statement Release Room Missile
  Missiles Tank Tanks War Peace Prize Day Week Month Year Anniversary Declaration Charter Accords
  Protocol Operation Mission Facility Fleet Brigade Battalion Command Court Supreme Justice Assembly
  Resolution Hurricane Agreement Accord Award Medal Memorial Airport Bridge Street Avenue Square
  Park Hall Library Museum Hospital Road Project Service Services Task Joint Campaign Action Public
  Business Authority Network Association Trust Society Health Education Housing Labor Workers
  Veterans Party Church Club Team Fellowship District Section Division Caucus Corps Chamber
  Subcommittee Federal National International Regional Local
  Global World Human Rights Free Freedom Democracy Pentagon Kremlin Capitol NATO`.split(/\s+/),
  // Page furniture: photo credits, headings and prompts around the text.
  ...`Photo Photos Image Images Stock Video Watch Listen Live Read More Click Share Subscribe Related
  See Update Updates Latest Breaking Exclusive Opinion Analysis Editorial Comment Comments Quote
  Source Background Advertisement`.split(/\s+/),
];

/** Titles, ranks and honorifics, capitalised: "Secretary Haraldsen", "Mr. Carney". */
export const TITLE_WORDS: ReadonlySet<string> = new Set(
  `President Minister Secretary General Chancellor Spokesperson Spokesman Spokeswoman Ambassador
  Envoy Senator Speaker Leader Chairman Chairwoman Chair Director Governor Mayor King Queen Pope
  Prince Princess Commander Admiral Deputy Assistant Vice Prime Foreign Chief Representative
  Commissioner Adviser Advisor Counselor Administrator Coordinator Principal Senior Executive
  Associate Mr Mrs Ms Dr Prof Sir Lord Lady Saint St Honorable Excellency Highness Majesty
  Gentleman Emerita Emeritus Majority Minority Lieutenant First Madam Madame Extraordinary
  Plenipotentiary Honourable Nominee Reverend Rev Pastor Bishop Rabbi Imam Cardinal Treasurer
  Comptroller Auditor Clerk Officer Delegate Congressman
  Congresswoman Councilman Councilwoman Councilmember Assemblyman Assemblywoman Lawmaker`.split(/\s+/),
);

/** Words that cannot be part of a person's name in news writing. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  ...OTHER_NON_NAME_WORDS,
  ...TITLE_WORDS,
  // Headline verbs and adjectives, capitalised in title-case headlines.
  ...`Says Said Tells Told Urges Meets Met Visits Visited Calls Called Warns Warned Vows Pledges
  Pledged Discuss Discusses Discussed Announces Announced Arrives Signs Signed Backs Seeks Slams
  Agrees Rejects Holds Hails Thanks Welcomes Condemns Confirms New Old Top High Low First Second
  Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Last Next Other Another Some Many Most All
  Every Each Both Several`.split(/\s+/),
]);

/** Whether a capitalised word may be one word of a person's name. */
export function mayBeNameWord(word: string): boolean {
  // Only a word ending in "s" can be a possessive: the others skip the regex.
  return !NON_NAME_WORDS.has(word.endsWith('s') ? word.replace(/['’]s$/, '') : word);
}
