// General vocabulary of news about states, alliances and wars: the names a place or an
// organisation goes by, words reporters use interchangeably, British and American spellings,
// and the narrower words a broad one covers. Query expansion reads these lists; nothing here
// is drawn from any one body of coverage, so a new article about the same world gains from
// them as much as the bundled ones.
//
// Entries are written as plain text and turned into index terms by the caller, so stemming
// and stop words stay in one place (terms.ts). A multi-word entry is a phrase: it matches only
// as consecutive terms ("North Korea" is not "north" or "Korea" on its own).

import { SMALL_NUMBER_PAIRS } from './number-words.js';

/** Names of one place or organisation: its short form, long form, people, capital, metonyms. */
export const NAME_ALIASES: readonly (readonly string[])[] = [
  ['NATO', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic alliance', 'Atlantic alliance', 'alliance', 'allies', 'allied'],
  ['U.S.', 'America', 'American', 'Americans', 'Washington'],
  ['D.C.', 'DC', 'Washington'],
  ['Ukraine', 'Ukrainian', 'Ukrainians', 'Kyiv', 'Kiev'],
  ['Russia', 'Russian', 'Russians', 'Moscow', 'Kremlin'],
  ['Britain', 'British', 'UK', 'United Kingdom', 'London'],
  ['Germany', 'German', 'Germans', 'Berlin'],
  ['France', 'French', 'Paris'],
  ['China', 'Chinese', 'Beijing'],
  ['North Korea', 'North Korean', 'North Koreans', 'Pyongyang', 'DPRK'],
  ['South Korea', 'South Korean', 'Seoul'],
  ['Iran', 'Iranian', 'Tehran'],
  ['Israel', 'Israeli', 'Israelis'],
  ['Poland', 'Polish', 'Warsaw'],
  ['Turkey', 'Turkish', 'Ankara', 'Türkiye'],
  ['Belarus', 'Belarusian', 'Minsk'],
  ['European Union', 'EU'],
  ['United Nations', 'UN'],
  // The United States' defence department only: another country's "Ministry of Defence" is not the Pentagon.
  ['Pentagon', 'Defense Department', 'Department of Defense', 'DoD'],
  ['State Department', 'Department of State'],
  ['Congress', 'lawmakers', 'Capitol Hill'],
  ['OSCE', 'Organization for Security and Co-operation in Europe'],
  ['G7', 'Group of Seven'],
  ['IMF', 'International Monetary Fund'],
];

/** Words and phrases news writing uses for the same thing; each matches the others. */
export const WORD_EQUIVALENTS: readonly (readonly string[])[] = [
  ['give', 'given', 'provide', 'send', 'sent', 'supply', 'donate', 'deliver', 'delivery', 'contribute', 'hand', 'hand over', 'transfer', 'shipment'],
  ['aid', 'assistance', 'help', 'support', 'funding', 'funds', 'money', 'cash'],
  ['weapons', 'arms', 'munitions', 'ammunition'],
  ['troops', 'soldiers', 'forces'],
  ['war', 'invasion', 'conflict'],
  ['meet', 'meeting', 'met', 'talks'],
  ['talks', 'discussion', 'discuss'],
  ['talk', 'speak', 'spoke', 'spoken'],
  ['join', 'membership', 'accession', 'admission', 'admit'],
  ['agreement', 'deal', 'consensus', 'accord'],
  ['create', 'establish', 'found', 'set up', 'form'],
  ['make', 'produce', 'manufacture', 'production'],
  ['election', 'vote'],
  ['ceasefire', 'truce', 'armistice'],
  ['important', 'significant', 'crucial', 'vital'],
  ['ask', 'call', 'urge', 'request', 'appeal'],
  ['leader', 'president', 'prime minister', 'chancellor', 'head'],
  ['reform', 'change'],
  ['start', 'begin', 'commence'],
  ['remain', 'stay', 'continue', 'keep'],
  ['promise', 'pledge', 'commit', 'vow'],
  ['extra', 'additional', 'further', 'supplemental'],
  ['killed', 'died', 'dead', 'deaths', 'casualties'],
  ['approve', 'pass', 'adopt', 'endorse'],
  ['back', 'support', 'endorse'],
  ['country', 'nation', 'member state'],
  ['attack', 'strike', 'assault'],
  ['visit', 'trip', 'travel', 'journey'],
  // Being at a meeting: "who attended" is answered by who convened or took part.
  ['attend', 'attendance', 'participate', 'participation', 'participants', 'take part', 'convene'],
  ['percentage', 'percent', 'share', 'proportion'],
  ['warn', 'threaten'],
  ['spokesman', 'spokesperson', 'spokeswoman', 'press secretary'],
  ['aircraft', 'plane', 'jet'],
  // People call any ship a boat.
  ['ship', 'vessel', 'boat'],
  ['next', 'upcoming', 'forthcoming'],
  ['pause', 'halt', 'suspend'],
  ...SMALL_NUMBER_PAIRS,
  // British and American spellings stem apart.
  ['defence', 'defense'],
  ['tonne', 'ton'],
  ['tonnes', 'tons'],
  ['organisation', 'organization'],
  ['programme', 'program'],
  ['centre', 'center'],
  ['armour', 'armor'],
  ['mobilise', 'mobilize'],
  ['authorise', 'authorize'],
  ['criticise', 'criticize'],
  ['recognise', 'recognize'],
  ['stabilise', 'stabilize'],
];

/**
 * Broad words and the narrower ones that answer for them, one way only: a question about
 * "weapons" is answered by a sentence listing missiles, but one about missiles is not
 * answered by "weapons".
 */
export const NARROWER_TERMS: readonly (readonly [string, readonly string[]])[] = [
  ['weapons', ['missiles', 'rockets', 'artillery', 'shells', 'tanks', 'drones', 'interceptors', 'mines', 'landmines', 'air defense systems', 'air defence systems', 'fighter jets']],
  ['arms', ['missiles', 'rockets', 'artillery', 'shells', 'tanks', 'drones', 'interceptors']],
  ['equipment', ['missiles', 'rockets', 'artillery', 'tanks', 'drones', 'vehicles']],
  ['money', ['dollars', 'euros', 'billion', 'million']],
  ['cash', ['dollars', 'euros', 'billion', 'million']],
];
