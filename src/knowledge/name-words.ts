// Word lists that decide whether capitalised words can be a person's name: common given
// names (to accept a bare "First Last") and words that never belong to a name (places, months,
// organisations, headline words) to reject "Black Sea", "White House", "State Antony".
import { COUNTRIES, DEMONYM_WORDS } from './titles.js';

/** Common given names across the languages of international news. Not exhaustive: a bare name
 *  whose first name is missing here is still found when a title or a later surname mention backs it. */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  `Aaron Abdullah Adam Adrian Ahmed Alan Albert Aleksandr Alexander Alexandr Alexei Alexey Ali Alice
  Alina Alexandra Amy Ana Andrea Andrei Andrej Andrew Andrii Andriy Andrzej Angela Ann Anna Anne
  Annalena Anthony Antonio Antony Antonín Ashton Barack Ben Benjamin Bernard Bill Bob Boris Brian
  Bujar Carl Carlos Catherine Charles Chris Christian Christine Christopher Chuck Claire Daniel
  David Denys Dmitri Dmitry Dmytro Donald Edward Elena Elizabeth Emmanuel Emily Eric Erik Frank
  Friedrich Gabriel Gary George Gerald Giorgia Hakan Hans Heinrich Helen Hillary Igor Ihor
  Ilham Irina Ivan Jack Jacob Jake James Jan Jane Janet Jeff Jeffrey Jen Jens Jeyhun Jill Jim Joe Johann
  John Jonathan Josep Joseph Josh Julia Justin Kaja Kamala Karen Karl Kate Katherine Keir Kevin
  Kim Kirill Kristi Kurt Lars Laura Lindsey Linda Lloyd Marco Margaret Maria Marie Mark Martin Mary
  Matthew Mateusz Maxim Melania Merrick Michael Michel Mike Mikhail Mitch Mohammed Muhammad Nancy
  Natalia Nicholas Nick Nicolas Nikolai Olaf Olena Oleg Oleksandr Oleksii Oleksiy Olga Olivier
  Pat Patrick Paul Pavel Pedro Peter Petr Petro Philip Pierre Rafael Ralph Ramzan Rishi Robert
  Roman Ron Rustem Sabrina Sam Samantha Sarah Scott Sergei Sergey Serhii Serhiy Simon Stefan Stephen
  Steve Steven Sviatoslav Taras Ted Thomas Tim Timothy Tom Tony Ulrich Ursula Valerii Valeriy Victor
  Victoria Viktor Vitali Vitaliy Vladimir Volodymyr Wang William Xi Yulia Yuriy Yuri Zbigniew`.split(/\s+/),
);

/** Words that cannot be part of a person's name in this kind of text. */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  // Calendar.
  ...`January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday
  Saturday Sunday Today Tomorrow Yesterday Christmas Easter`.split(/\s+/),
  // Places and geography.
  ...COUNTRIES.flatMap((country) => country.split(' ')),
  ...DEMONYM_WORDS,
  ...`North South East West Northern Southern Eastern Western Central Middle Far Black White Red
  Baltic Balkans Nordic Arctic Atlantic Pacific Mediterranean Sea Ocean Gulf River Island Islands
  Strait Peninsula Coast Republic Kingdom States United Union Federation Africa Asia Europe America
  Americas Eurasia Sahel Crimea Donbas Donetsk Luhansk Kharkiv Kherson Zaporizhzhia Odesa Odessa
  Mariupol Bakhmut Avdiivka Kursk Kyiv Kiev Moscow Washington Brussels Berlin Paris London Warsaw
  Vilnius Riga Tallinn Helsinki Stockholm Oslo Copenhagen Hague Amsterdam Rome Madrid Lisbon
  Vienna Prague Budapest Bucharest Sofia Belgrade Skopje Tirana Pristina Chisinau Minsk Tbilisi
  Baku Yerevan Ankara Istanbul Athens Beijing Tokyo Seoul Pyongyang Tehran Gaza Israel Jerusalem
  Ramstein Davos Munich Geneva Kosovo Texas Dallas Ottawa Vilnius Macedonia Korea Hamas Hezbollah`.split(/\s+/),
  // Organisations, institutions and things.
  ...`House Senate Congress Parliament Council Department Ministry Agency Office Committee Commission
  Alliance Treaty Summit Forum Conference Meeting Meetings Group Center Centre Detention Institute
  University Foundation Bank Fund Press News Images Image Photo Stock Video Times Post Journal
  Express Pravda Reuters Associated Agence Getty Company Corporation Systems System Artillery Rocket
  Rockets Mobility Defense Defence Air Army Navy Forces Force Guard Security Initiative Assistance
  Affairs Administration Government Pentagon Kremlin Capitol Oval Organization Organisation NATO
  Allies Ally Partners Partnership Coalition Program Programme Plan Act Law Fact Sheet Briefing
  Statement Release Room Missile Missiles Tank Tanks Patriot Stinger Javelin Abrams Leopard Bradley
  Storm Shadow Taurus Grain Deal War Cold Peace Prize Day Week Month Year Anniversary Declaration
  Charter Accords Protocol Operation Mission Contact Facility Fleet Brigade Battalion Command`.split(
    /\s+/,
  ),
  // Titles: a title is never the name it stands before.
  ...`President Minister Secretary General Chancellor Spokesperson Spokesman Spokeswoman Ambassador
  Envoy Senator Speaker Leader Chairman Director Governor Mayor King Queen Pope Prince Commander
  Admiral Deputy Assistant Vice Prime Foreign State Chief Representative Commissioner Adviser
  Advisor Mr Mrs Ms Dr Sir Lord Lady Saint St`.split(/\s+/),
  // Function words and headline words that start sentences or fill title-cased headlines.
  ...`The A An And Or But Nor In On At For With From To Of By As If When While After Before During
  Since Until Meanwhile However Also Earlier Later Instead Furthermore Additionally Moreover Notably
  Following According Quote Source Background Politics Read More Click Share Subscribe Related See
  Watch Listen Live Update Updates Latest Breaking Exclusive Opinion Analysis Editorial Comment
  Comments Key Developments Military Diplomatic Training Capacity Building Support Aid This That
  These Those There Here It Its They Their We Our You Your He She His Her Who What Why How Where
  Which Is Are Was Were Be Been Has Have Had Will Would Can Could Should May Might Must Not No Yes
  Says Said Tells Told Urges Meets Met Visits Visited Calls Called Warns Warned Vows Pledges Pledged
  Discuss Discusses Discussed Announces Announced Arrives Signs Signed Backs Seeks Slams Agrees
  Rejects Holds Hails Thanks Welcomes Condemns Confirms Says New Old Top Senior High Low First
  Second Third Last Next Other Another Some Many Most All Every Each Both Former Acting Current
  Outgoing Incoming Several Ukrainians Russians Americans Europeans Germans Western Global World
  International National Federal Regional Local Human Rights Free Freedom Democracy Dear Eid
  Principal Honorable Excellency Highness Majesty Gentleman Emerita Emeritus Extraordinary
  Plenipotentiary Counselor Majority Minority Economics`.split(/\s+/),
  // Name suffixes and abbreviated ranks end a name ("Joseph R. Biden Jr.", "Staff Gen. Milley").
  ...`Jr Sr II III IV Gen Lt Col Sgt Adm Sen Rep Gov Amb`.split(/\s+/),
  // Things named after people: "George Floyd Justice in Policing Act", "Hurricane Helene".
  ...`Justice Policing Voting Society Catholic Carrier Court Supreme Corridor Series Event College
  Electoral Assembly Resolution Hurricane Agreement Accord Award Medal Memorial Airport Bridge
  Street Avenue Square Park Hall Library Museum School Hospital Road Project Papers Service Services
  Civilian Exceptional Task Joint Campaign Action Citizen Citizens Public Business Youth Core
  Preservation Landmarks Fellow Fellowship Tuition Founding Optimization Nutrition Authority
  Parenthood Network Association Trust Climate Health Education Housing Labor Workers Veterans`.split(/\s+/),
]);

/** Whether a capitalised word may be one word of a person's name. */
export function mayBeNameWord(word: string): boolean {
  return !NON_NAME_WORDS.has(word.replace(/['’]s$/, ''));
}
