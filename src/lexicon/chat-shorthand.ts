// Shorthand people type in chat for everyday English words ("abt", "ppl", "govt", "b4"). A
// question typed that way means the same as one spelled out; without this, "what did haraldsen say
// abt nato" reads "abt" as a name the coverage never mentions and declines. General English only:
// nothing here names a person, place or thing of any coverage. Entries that are also ordinary
// words or names ("us", "min", "r") are left out: the shorthand must be unambiguous, or read only
// where it is (CHAT_SHORTHAND_PAIRS).
import { MONTH_ABBREVIATIONS, MONTH_ALTERNATION, MONTH_NAMES, monthNumber } from './calendar.js';
import { ORDINAL_WORDS, figuresForNumberWords } from './number-words.js';
import { completeClippedCompounds } from './clipped-compounds.js';
import { NON_AGENT_PREPOSITIONS } from './prepositions.js';
import { senseOffsets, type PartOfSpeech } from './wordnet.js';

export const CHAT_SHORTHAND: ReadonlyMap<string, string> = new Map([
  ['abt', 'about'],
  ['re', 'about'],
  ['wat', 'what'],
  ['wut', 'what'],
  ['wats', 'what is'],
  ['wud', 'would'],
  ['shud', 'should'],
  ['ur', 'your'],
  ['u', 'you'],
  ['pls', 'please'],
  ['plz', 'please'],
  ['bc', 'because'],
  ['cuz', 'because'],
  ['coz', 'because'],
  ['b4', 'before'],
  ['w/', 'with'],
  ['w/o', 'without'],
  ['thru', 'through'],
  ['til', 'until'],
  ['till', 'until'],
  ['smth', 'something'],
  ['wknd', 'weekend'],
  ['tho', 'though'],
  ['ppl', 'people'],
  ['rn', 'now'],
  // "the og treaty": the original one.
  ['og', 'original'],
  ['msg', 'message'],
  ['msgs', 'messages'],
  ['pkg', 'package'],
  ['pkgs', 'packages'],
  ['hrs', 'hours'],
  ['bday', 'birthday'],
  ['yday', 'yesterday'],
  ['tmrw', 'tomorrow'],
  // Weekdays clipped as calendars clip them; not "mon", "wed", "sat" or "sun", which are words too.
  ['tue', 'tuesday'],
  ['tues', 'tuesday'],
  ['weds', 'wednesday'],
  ['thu', 'thursday'],
  ['thur', 'thursday'],
  ['thurs', 'thursday'],
  ['fri', 'friday'],
  // Contractions of "going to" and the like: "where's the summit gonna be" plans, it names no event.
  ['gonna', 'going to'],
  ['wanna', 'want to'],
  ['gotta', 'got to'],
  // Ordinals in figures that news style spells out (first to ninth): "the 2nd meeting" is "the second meeting".
  ['1st', 'first'],
  ['2nd', 'second'],
  ['3rd', 'third'],
  ['4th', 'fourth'],
  ['5th', 'fifth'],
  ['6th', 'sixth'],
  ['7th', 'seventh'],
  ['8th', 'eighth'],
  ['9th', 'ninth'],
  ['govt', 'government'],
  ['govts', 'governments'],
  ['admin', 'administration'],
  ['ops', 'operations'],
  ['infra', 'infrastructure'],
  ['asst', 'assistant'],
  // Newsroom slang for a spokesperson.
  ['spox', 'spokesperson'],
  ["gov't", 'government'],
  ['dept', 'department'],
  ['depts', 'departments'],
  ['intl', 'international'],
  ['natl', 'national'],
  ['hq', 'headquarters'],
  ['approx', 'approximately'],
  ['amt', 'amount'],
  ['pct', 'percent'],
  ['yr', 'year'],
  ['yrs', 'years'],
  ['wk', 'week'],
  ['wks', 'weeks'],
  ['pres', 'president'],
  ['prez', 'president'],
  // American chat's initials for the offices: President, Vice President, First Lady of the United States, its Supreme Court.
  ['potus', 'president'],
  ['vpotus', 'vice president'],
  ['flotus', 'first lady'],
  ['scotus', 'supreme court'],
  ['mtg', 'meeting'],
  ['conf', 'conference'],
  ['confs', 'conferences'],
  ['cmte', 'committee'],
  ['cttee', 'committee'],
  ['mtgs', 'meetings'],
  ['stmt', 'statement'],
  ['mgmt', 'management'],
  ['convo', 'conversation'],
  ['convos', 'conversations'],
  ['dems', 'democrats'],
  ['repubs', 'republicans'],
  ['secgen', 'secretary general'],
  ['sec-gen', 'secretary general'],
  ['secstate', 'secretary of state'],
  ['ww1', 'world war i'],
  ['ww2', 'world war ii'],
  ['wwii', 'world war ii'],
  ['thx', 'thanks'],
  ['thnx', 'thanks'],
  // Negations typed without the apostrophe: a yes/no question opens with one ("didnt russia sign").
  ['didnt', "didn't"],
  ['doesnt', "doesn't"],
  ['dont', "don't"],
  ['isnt', "isn't"],
  ['wasnt', "wasn't"],
  ['werent', "weren't"],
  ['arent', "aren't"],
  ['hasnt', "hasn't"],
  ['havent', "haven't"],
  ['hadnt', "hadn't"],
  ['wont', "won't"],
  ['cant', "can't"],
  ['couldnt', "couldn't"],
  ['wouldnt', "wouldn't"],
  ['shouldnt', "shouldn't"],
  // Possessives of the indefinite pronouns typed without the apostrophe ("didnt he need someones ok").
  ['someones', "someone's"],
  ['somebodys', "somebody's"],
  ['anyones', "anyone's"],
  ['anybodys', "anybody's"],
  ['everyones', "everyone's"],
  ['everybodys', "everybody's"],
  ['nobodys', "nobody's"],
  // Pronouns run together with their verb ("itd take weeks", "theyre sending"). Not "id", "wed",
  // "shed", "well", "its", "hell" or "ive": each is a word or a name of its own.
  ['itd', 'it would'],
  ['itll', 'it will'],
  ['hed', 'he would'],
  ['hes', 'he is'],
  ['shes', 'she is'],
  ['theyd', 'they would'],
  ['theyll', 'they will'],
  ['theyre', 'they are'],
  ['theyve', 'they have'],
  ['youre', 'you are'],
  ['youve', 'you have'],
  ['youll', 'you will'],
  ['weve', 'we have'],
  ['im', 'i am'],
  ['thats', 'that is'],
  ['theres', 'there is'],
  ['wouldve', 'would have'],
  ['couldve', 'could have'],
  ['shouldve', 'should have'],
]);

// Scale words clipped after a figure ("30 bil"): chat, not slips of "bill" or "mill".
export const CLIPPED_SCALES: ReadonlySet<string> = new Set(['mil', 'bil', 'tril']);

const COUNTED_DAYS = [
  ['one', 'first'], ['two', 'second'], ['three', 'third'], ['four', 'fourth'], ['five', 'fifth'], ['six', 'sixth'], ['seven', 'seventh'], ['eight', 'eighth'], ['nine', 'ninth'],
] as const;

// A verb's "-ing" form, not a word that only ends so ("thing", "morning", "bring").
const ING_VERB = String.raw`(?!(?:thing|king|ring|spring|morning|evening|during|nothing|something|anything|everything|ceiling|bring|sting|swing|string|cling|fling|wring)\b)\p{L}{2,}ing\b`;

// Shorthand that is one only beside the word it shortens with ("sec gen", "sec of state").
export const CHAT_SHORTHAND_PAIRS: readonly (readonly [RegExp, string])[] = [
  [/\bsec(?:\.|retary)? gen(?:\.|eral)?\b/gu, 'secretary general'],
  [/\bsec\.? (?:of )?(state|defen[cs]e)\b/gu, 'secretary of $1'],
  // "4" for "for" before a function word ("his reasoning 4 why", "thanks 4 the help"); before a noun it counts ("4 tanks").
  [/(?<=\p{L} )4 (?=(?:why|what|how|who|the|a|an|his|her|their|its|this|that|these|those|me|you|us|them|him|it)\b)/gu, 'for '],
  // "the sec def", "secdef": the US military's own shorthand for the secretary of defense.
  [/\bsec\.? ?def\b\.?/gu, 'secretary of defense'],
  // "3 diff teams": different, before a plural noun (alone, "the diff" is the difference).
  [/\bdiff (?=\p{L}{2,}s\b)/gu, 'different '],
  // "the def minister", "def budget": defence before the office or budget it qualifies (alone, "def" is "definitely").
  [/\bdef\.? (?=(?:minister|ministers|ministry|secretary|sec|department|dept|chief|officials?|budget|spending|industry|contractors?)\b)/gu, 'defence '],
  // "the press sec", "which cabinet sec": a secretary after the word that says which (alone, "sec" may be seconds or an agency).
  [/\b(press|cabinet|deputy|assistant|under|executive|foreign|home|defen[cs]e|energy|treasury|health|interior|labou?r|transportation|education|commerce|agriculture) sec\b\.?/gu, '$1 secretary'],
  // "pm" and "fm" are a prime and a foreign minister, except after a figure ("at 5 pm", "101.1 fm") or as "pm me".
  [/(?<!\d\s?)\bpm\b(?! me\b)/gu, 'prime minister'],
  [/(?<!\d\s?)\bfm\b/gu, 'foreign minister'],
  // …and several of them ("the fms met in lindvik").
  [/(?<!\d\s?)\bpms\b/gu, 'prime ministers'],
  [/(?<!\d\s?)\bfms\b/gu, 'foreign ministers'],
  // "what do they want going forward", "from here on out": the future, as news writes it ("in the
  // future"); only closing a clause, where no one is going anywhere.
  [/\b(?:going forward|moving forward|from (?:now|here) on(?: out)?)(?=[,;.!?]|$)/gu, 'in the future'],
  // "acc to berg": alone, "acc" is an account or an abbreviation of an agency.
  [/\bacc\.? to\b/gu, 'according to'],
  // "what's in it? name the stuff", "… list pls": a request to list what was just asked for adds nothing to it.
  [/(?<=\p{L})[?!.]+ +(?:pls |please |just |and )?(?:name|list)(?: (?:them|em|'em|it|those|these|the stuff|the things|all of (?:them|it)|everything))?(?: (?:pls|please|thx|thanks))?[?!.]*$/gu, ''],
  // "… and y that spot", "y did they": "y" opening a question or the clause after "and"/"but"/"so",
  // before a function word, is "why" ("x and y axis" keeps its letter).
  [/(?<=^|\b(?:and|but|so|or) )y (?=(?:that|this|the|is|are|was|were|did|do|does|would|wud|they|he|she|it|we|you|u|not|tho|though)\b)/gu, 'why '],
  // "r" is "are" only after a question word (and up to three words that are no verb: "what weapons r",
  // "what kind of weapons r", not "what did r kelly say") or a pronoun, or opening a question before one ("r they").
  [/\b(what|who|where|when|why|how|which|they|we|you|these|those)((?: (?!(?:did|does|do|is|was|were|are|has|have|had|will|would|can|could|should)\b)[\p{L}-]+){0,3}) r\b/gu, '$1$2 are'],
  [/^r (?=(?:you|u|they|we|there|these|those)\b)/gu, 'are '],
  // "whose quote is 'we will stay'", "whose words were …": who said them.
  [/(?<=^|\b(?:and|but|so|ok) )(?:whose|who's|whos) (?:quote|quotes|words|line|lines|remark|remarks) (?:is|was|were|are) (?:(?:that|this|it) )?/gu, 'who said '],
  // "where they meeting", "who he meeting next": a question word and a pronoun before a verb's "-ing"
  // form leave out the "is" or "are" between them, as chat and learners of English do.
  [new RegExp(String.raw`(?<=^|, |\b(?:and|but|so|ok) )(who|whom|what|where|when|why|how) (he|she|it) (?=${ING_VERB})`, 'gu'), '$1 is $2 '],
  [new RegExp(String.raw`(?<=^|, |\b(?:and|but|so|ok) )(who|whom|what|where|when|why|how) (they|we|you) (?=${ING_VERB})`, 'gu'), '$1 are $2 '],
  // A figure with its scale closed up ("the 95bn bill", "45mn"): the number and the scale word. Not a
  // lone "m" or "b", which the figure reading takes as they stand ("640m") and "m" is also metres.
  [/\b(\d+(?:\.\d+)?)(bn|bln|mn|mln|tn|trn|k)\b/gu, '$1 $2'],
  // …or clipped after it ("the 640 mil grant", "30 bil"): alone, "mil" and "bil" are other words.
  [/\b(\d+(?:\.\d+)?) ?mil\b/gu, '$1 million'],
  [/\b(\d+(?:\.\d+)?) ?bil\b/gu, '$1 billion'],
  [/\b(\d+(?:\.\d+)?) ?tril\b/gu, '$1 trillion'],
  // "day 2 of the summit", "week one of the talks": the day or week news counts in words ("its second day").
  ...COUNTED_DAYS.map(([count, ordinal], i) => [new RegExp(String.raw`\b(day|night|week) (?:${i + 1}|${count}) (?=of\b)`, 'gu'), `${ordinal} $1 `] as const),
  // "1,4 billion": a decimal comma before a scale (a thousands comma has three digits after it).
  [/\b(\d+),(\d{1,2}) ?(?=(?:thousand|million|billion|trillion|bn|mn|k)\b|%)/gu, '$1.$2 '],
  // "1.4 billion euros", "300 million dollars": the sum as news writes it, the currency's sign first.
  [/\b(\d+(?:\.\d+)?)((?: (?:thousand|million|billion|trillion))?) ?(?:euros?|eur)\b/gu, '€$1$2'],
  [/\b(\d+(?:\.\d+)?)((?: (?:thousand|million|billion|trillion))?) ?(?:us )?(?:dollars?|usd)\b/gu, '$$$1$2'],
  // "50 grand", "a hundred grand": thousands of dollars.
  [/\b(\d+(?:\.\d+)?) grand\b/gu, '$$$1 thousand'],
  [/\b(?:a |one )?hundred grand\b/gu, '$$100 thousand'],
  // "weather or not": "whether", typed or dictated as its homophone; no weather is ever "or not".
  [/\bweather (?=or not\b)/gu, 'whether '],
  // "it'll pass", "they've left", "we're sure": the auxiliary spelled out, or its ending stays a word of its own ("ll").
  [/\b(\p{L}+)['’]ll\b/gu, '$1 will'],
  [/\b(\p{L}+)['’]ve\b/gu, '$1 have'],
  [/\b(\p{L}+)['’]re\b/gu, '$1 are'],
  [/\bi['’]m\b/gu, 'i am'],
];

// Everyday idioms for the words news writes: "sat down with" is "met with", "showing up at the
// summit" is "attending the summit". General English; WordNet reads "sit down" as taking a seat.
const IDIOM_FORMS: readonly (readonly [RegExp, readonly [string, string, string, string]])[] = [
  // Being shown something is seeing it, being taught it is learning it ("what did he get shown there").
  [/\b(?:(get|be)|(gets|is|are)|(got|was|were|been)|(getting|being)) shown\b/gu, ['see', 'sees', 'saw', 'seeing']],
  [/\b(?:(get|be)|(gets|is|are)|(got|was|were|been)|(getting|being)) taught\b/gu, ['learn', 'learns', 'learned', 'learning']],
  [/\b(?:(sit)|(sits)|(sat)|(sitting)) down with\b/gu, ['meet with', 'meets with', 'met with', 'meeting with']],
  [/\b(?:(show|turn)|(shows|turns)|(showed|shown|turned)|(showing|turning)) up (?:at|to|for)\b/gu, ['attend', 'attends', 'attended', 'attending']],
  // "who was she seeing in lindvik", "who did he see there", "who is he supposed to see": whom they met, asked of a person.
  [/(?<=\bwho(?:m)? (?:did|does|do|was|were|is|are|will) (?:he|she|they|[\p{L}.'-]+) (?:(?:supposed|going|meant|due|set|scheduled|expected|planning|hoping|about|trying|wanting|wanted) to )?)(?:(see)|(sees)|(saw)|(seeing))\b/gu, ['meet', 'meets', 'met', 'meeting']],
];
const IDIOM_PAIRS: readonly (readonly [RegExp, string])[] = [
  [/\b(a|an|the|his|her|their|its) ((?:separate |private |first |second |last )?)sit[- ]?down with\b/gu, '$1 $2meeting with'],
  // "What's the deal with the ferry plan", "what's up with it", "what's going on with berg" asks what it is, of no deal.
  [/\bwhat(?:'s|s| is) (?:the (?:deal|story|scoop) (?:with|on)|up with|(?:going on|happening) with)\b/gu, 'what is'],
  // "ballpark how much did it cost", "rough estimate, how many came", "how many boats, ballpark": a
  // rough figure is welcome; the figure is asked all the same, of no ballpark.
  [/(?:^|\b)(?:(?:a |the )?ballpark(?: figure| number| estimate)?|(?:a |the )?rough (?:figure|number|estimate|guess)|give or take),? (?=how (?:much|many)\b)/gu, ''],
  [/(?<=\bhow (?:much|many)\b.*),? (?:ballpark|roughly|give or take|approx(?:imately)?)(?= *[?!.]*$)/gu, ''],
  // "What's berg's take on the plan", "berg, what's his take on it": what does Berg think about it.
  [/\b(?:whats|what's|what is) ((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+)'s? (?:take|view|views|opinion|thoughts) (?:on|about|of)\b/gu, 'what does $1 think about'],
  [/\b((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+),? (?:whats|what's|what is) (?:his|her|their) (?:take|view|views|opinion|thoughts) (?:on|about|of)\b/gu, 'what does $1 think about'],
  // "Why is the ferry plan such a big deal" asks why it matters: the reason is the answer, "deal" no topic.
  [/\b(why (?:is|are|was|were) .+?),? (?:such |so |a |such a |so much of a )(?:big |huge )deal(?=[?!.,;:]|$)/gu, '$1'],
  [/\bhow come (.+?) (is|are|was|were),? (?:such |so |a |such a |so much of a )(?:big |huge )deal(?=[?!.,;:]|$)/gu, 'why $2 $1'],
  // "there was some line about calm seas": a remark someone made, remembered by its words; no line drawn.
  [/\b(?:some|a|the|that|this|his|her|their) line (?=about\b)/gu, 'something said '],
  // "how long did the strike go on for", "how long will it drag on": how long it lasted.
  [/\b(how long (?:did|does|do|will|would|is|was|has|had|have) .+?) (?:go|drag|carry|keep) on(?: going)?(?: for)?(?=[?!.,;:]|$)/gu, '$1 last'],
  // "how many years ago did the pier open" asks when, as "how long ago" does: no count of years.
  [/\bhow many (?:seconds|minutes|hours|days|weeks|months|years|decades|centuries) ago\b/gu, 'how long ago'],
  // "what role did berg play in the talks", "what was berg's part in it": what she did there; no
  // topic in "role" or "play" (her role alone, "what's berg's role", asks her title).
  [/\bwhat (?:role|part) (did|does|do|will|would) (.+?) play\b/gu, 'what $1 $2 do'],
  [/\bwhat(?:'s|s| is| are) ((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?)(?:'s?)? (?:role|part) (?=in\b)/gu, 'what does $1 do '],
  [/\bwhat (?:was|were) ((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?)(?:'s?)? (?:role|part) (?=in\b)/gu, 'what did $1 do '],
  // Typed as keywords ("holts part in the vote"): only a possessive name, not a pronoun ("its role in it") or a size ("the biggest part in it").
  [/^(?!(?:its|his|hers|this|yours|ours|theirs)\b)((?:[\p{L}.-]+ ){0,2}[\p{L}.-]+?)(?:'s?|(?<=s)) (?:role|part) (?=in\b)/gu, 'what did $1 do '],
  // "any mention of the ferry in there", "was there a mention of it": whether anything is said about it; no topic in "mention".
  [/\b(?:(?:is|was|are|were) there )?(?:any|a|some) mentions? of\b/gu, 'anything about'],
  // "What went down at the meeting" asks what happened there.
  [/\bwhat(?:'s| is| was)? (?:went|goes|going|gone) down (?=(?:at|in|during|on|with|between|after|before)\b)/gu, 'what happened '],
  // "what all is in it", "who all was there": chat's "all" asks for every one, as the question does anyway.
  [/\b(what|who|where) all (?=(?:is|are|was|were|did|do|does|have|has|had|will|would|can|could)\b)/gu, '$1 '],
  // "why are the flights on hold": held up, as news writes "halted", "paused", "suspended".
  [/\bon hold\b/gu, 'halted'],
  // "the lady who speaks for the agency" is its spokesperson.
  [/\bspeaks? for\b/gu, 'is spokesperson for'],
  // "getting the ferries out the door" sends them out; "right now" is now.
  [/\bout (?:of )?the door\b/gu, 'out'],
  [/\bright now\b/gu, 'now'],
  // "the rest of the deliveries" are the remaining ones, as news writes it more often than not.
  [/\bthe rest of (?:the |his |her |their |its |our )?/gu, 'the remaining '],
  // …and "the rest" alone, before its verb or at a clause's end ("but the rest are still coming"): no rest taken.
  [/\bthe rest(?=(?: (?:are|r|is|was|were|will|would|have|has|had|did|do|does|still|should|could|can|may|might|must|go|get|come)\b)|[,;:.?!]|$)/gu, 'the remaining ones'],
  // "who did she thank by name": how they were thanked, no name to search for.
  [/(?<=\p{L}) by name\b/gu, ''],
  // "met one on one": how they met, which news writes many ways ("separately", "privately", "bilateral"), no topic.
  [/ one[- ]on[- ]one\b/gu, ''],
  // "holm who's that", "berg, who is he": a name, then the question about it, is "who is holm".
  [/^((?:(?!(?:what|whats|who|whos|where|when|why|how|which|is|are|was|were|do|does|did|and)\b)[\p{L}.'-]+ ?){1,3}?),? who(?:'s| is|s) (?:that|this|he|she|him|her|they|them|this guy|that guy|this person|that person)\b/gu, 'who is $1'],
  // "get the navy in shape for the talks", "put them in a strong spot before …": make them ready.
  [/\b(?:get|gets|got|getting|put|puts|putting) ((?:[\p{L}'’-]+ ){0,2}?[\p{L}'’-]+) in(?:to)? (?:(?:good|better|top|great|strong|a good|a strong|a better|a great) )?(?:shape|spot|position)\b/gu, 'prepare $1'],
  // "what did they end up agreeing on": what they agreed on in the end.
  [/\b(?:end|ends|ended|ending) up (?=\p{L}+ing\b)/gu, ''],
  // "the capital city of pellonia" is its capital: "city" adds nothing the relation needs.
  [/\bcapital city\b/gu, 'capital'],
];
const spellOutIdioms = (text: string): string =>
  IDIOM_FORMS.reduce(
    (read, [pattern, forms]) => read.replace(pattern, (typed, base?: string, third?: string, past?: string, ing?: string) => forms[base ? 0 : third ? 1 : past ? 2 : ing ? 3 : 0] ?? typed),
    IDIOM_PAIRS.reduce((read, [pattern, full]) => read.replace(pattern, full), text),
  );

// A month typed short ("dec 3", "since feb", "3 sept"), spelled out where it stands as a date: beside
// a number or after a word that brings one in. Elsewhere "mar", "jan" and "jun" are words and names.
const SHORT_MONTH = new RegExp(
  String.raw`\b(${MONTH_ABBREVIATIONS.join('|')})\.?(?=\s+\d)|(?<=\d(?:st|nd|rd|th)?\s+|\b(?:in|on|since|by|until|till|before|after|from|of|during|early|late|mid|last|this|next|the)\s+)(${MONTH_ABBREVIATIONS.join('|')})\b\.?`,
  'giu',
);
const spellOutMonths = (text: string): string =>
  text.replace(SHORT_MONTH, (typed, before?: string, after?: string) => MONTH_NAMES[(monthNumber(before ?? after ?? '') ?? 0) - 1]?.toLowerCase() ?? typed);

// A day of the month typed as an ordinal or before its month ("april 23rd", "the 23rd of april",
// "the third of april", "23 april"): the month, then the day's number, as news dates it ("April 23")
// and the question's dates are read; the ordinal's ending is no word of the question.
const DAY = String.raw`(\d{1,2}|${ORDINAL_WORDS.join('|')})`;
const DAY_BEFORE_MONTH = new RegExp(String.raw`\b(?:the\s+)?(?:(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?|(${ORDINAL_WORDS.join('|')})\s+of\s+)(${MONTH_ALTERNATION})\b(?!\s*,?\s*\d{1,2}\b)`, 'giu');
// After the month, a figure with its ending ("april 23rd"), a word after "the" ("april the third"),
// or one no noun follows ("may third", "jan 2nd at the summit"; not "april second round").
const NO_NOUN_AFTER = String.raw`(?=$|[,.;:!?]|\s+\d{4}\b|\s+(?:at|in|on|and|or|to|for|with|when|did|was|were|is|are|so|but|what|who|how|why|where)\b)`;
const DAY_ORDINAL_AFTER_MONTH = new RegExp(
  String.raw`(?<=\b(?:${MONTH_ALTERNATION})\s+)(?:(\d{1,2})(?:st|nd|rd|th)|the\s+${DAY}(?:st|nd|rd|th)?|(${ORDINAL_WORDS.join('|')})${NO_NOUN_AFTER})\b(?!\s*(?:of\b|%|percent))`,
  'giu',
);
const dayNumber = (day: string): number => (/^\d/u.test(day) ? Number(day) : ORDINAL_WORDS.indexOf(day.toLowerCase()) + 1);
const plainDayNumbers = (text: string): string =>
  text
    .replace(DAY_BEFORE_MONTH, (typed, figure: string | undefined, word: string | undefined, month: string) => {
      const day = dayNumber(figure ?? word ?? '');
      return day >= 1 && day <= 31 ? `${month} ${day}` : typed;
    })
    .replace(DAY_ORDINAL_AFTER_MONTH, (_, figure: string | undefined, afterThe: string | undefined, word: string | undefined) => String(dayNumber(figure ?? afterThe ?? word ?? '')));

// A date typed in figures ("on 7/9", "since 2/24/22", "the 11/5 vote"): month first, as chrono's
// default English reads it, unless the first figure cannot be a month ("on 25/7"). Only after a
// word that brings in a date: alone, "24/7" and "50/50" are no dates.
const NUMERIC_DATE = /(?<=\b(?:on|since|by|until|till|before|after|from|of|the|between|and)\s)(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?\b/gu;
const spellOutNumericDates = (text: string): string =>
  text.replace(NUMERIC_DATE, (typed, first: string, second: string, year?: string) => {
    const [month, day] = Number(first) > 12 ? [Number(second), Number(first)] : [Number(first), Number(second)];
    if (month < 1 || month > 12 || day < 1 || day > 31) return typed;
    const fullYear = year === undefined ? '' : ` ${year.length === 2 ? `20${year}` : year}`;
    return `${MONTH_NAMES[month - 1]!.toLowerCase()} ${day}${fullYear}`;
  });

const COMPASS_POINTS: ReadonlyMap<string, string> = new Map([
  ['n', 'north'],
  ['s', 'south'],
  ['e', 'east'],
  ['w', 'west'],
]);
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * A lone letter between words: a compass point where WordNet names the place it makes ("s africa",
 * "n dakota", "w virginia": South Africa, not "s" and "africa", which may read as another part), else
 * "n" is "and" ("boats n ferries", which the tagger otherwise takes for one name) and "w" before
 * whom or what it goes with is "with".
 */
function spellOutLoneLetters(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const letter = word.replace(/\.$/u, '');
    const next = words[i + 1]?.replace(/[,;:.!?]+$/u, '');
    if (next === undefined || !LETTERS_ONLY.test(next)) return word;
    // "sat down w the minister": "w" before a determiner or a pronoun is "with", as "w/" is; so is
    // "w" after a verb that takes "with" ("met w holm", "sided w virginia", though WordNet names a
    // West Virginia; "george w bush" keeps its initial).
    if (word === 'w' && (DETERMINERS.test(next) || OBJECT_PRONOUNS.test(next) || TAKES_WITH.test(words[i - 1] ?? ''))) return 'with';
    const point = COMPASS_POINTS.get(letter);
    if (point !== undefined && (['noun', 'adj'] as const satisfies readonly PartOfSpeech[]).some((part) => senseOffsets(part, `${point}_${next}`).length > 0)) return point;
    return letter === 'n' && word === 'n' && i > 0 && LETTERS_ONLY.test(words[i - 1]!) ? 'and' : word;
  });
}

const DETERMINERS = /^(?:the|a|an|his|her|their|its|that|this|those|these)$/u;
const OBJECT_PRONOUNS = /^(?:him|them|us|me|you|u|it)$/u;
const TAKES_WITH = /^(?:met|meet|meets|meeting|talk|talks|talked|talking|spoke|speak|speaks|speaking|down|along|together|agreed|agree|agrees|deal|dealt|dealing|work|worked|working|works|sided|side|partnered|teamed|up|signed|trade|traded|ties|relations)$/u;

/**
 * "per berg", "per the ministry": "according to" them. Not a rate ("per year", "per capita",
 * "per cent"): "per" is a source only before a determiner or a word WordNet has no noun for.
 */
function perAsSource(words: readonly string[]): string[] {
  return words.flatMap((word, i) => {
    const next = words[i + 1]?.replace(/[,;:.!?]+$/u, '').replace(/'s?$/u, '');
    if (word !== 'per' || next === undefined || next === '') return [word];
    const rate = (['noun', 'adj', 'adv'] as const satisfies readonly PartOfSpeech[]).some((part) => senseOffsets(part, `per_${next}`).length > 0 || (part === 'noun' && senseOffsets(part, next).length > 0));
    return DETERMINERS.test(next) || !rate ? ['according', 'to'] : [word];
  });
}

// Words that are no noun for "mil" to qualify as "military" ("60 mil for …" is read before this).
const NOT_A_NOUN = new Set([...NON_AGENT_PREPOSITIONS, 'by', 'from', 'of', 'with', 'and', 'or', 'so', 'than', 'then', 'is', 'are', 'was', 'were', 'the', 'a', 'an']);

/**
 * "mil aid", "mil equipment": "military" before a noun. After a figure "mil" is a million (number
 * words are figures by now: "sixty mil" is "60 mil"), so a "mil" after a figure is left as it is.
 */
function militaryShorthand(words: readonly string[]): string[] {
  return words.map((word, i) => {
    const next = words[i + 1]?.replace(/[,;:.!?]+$/u, '');
    if (word !== 'mil' || next === undefined || NOT_A_NOUN.has(next) || /\d/u.test(words[i - 1] ?? '')) return word;
    return senseOffsets('noun', next).length > 0 ? 'military' : word;
  });
}

/** The words of a lower-case question with chat shorthand spelled out. */
export function spellOutShorthand(words: readonly string[]): string[] {
  const spelled = perAsSource(
    militaryShorthand(figuresForNumberWords(
      completeClippedCompounds(spellOutLoneLetters(words)).map((word) => {
        // "abt," keeps its comma, "admin's" its possessive, "rn?" its question mark.
        const [, bare = word, after = ''] = /^(.*?)((?:['’]s)?[,;:?!.]*)$/u.exec(word) ?? [];
        const full = CHAT_SHORTHAND.get(bare);
        return full === undefined ? word : full + after;
      }),
    )),
  ).join(' ');
  return spellOutIdioms(spellOutNumericDates(plainDayNumbers(spellOutMonths(CHAT_SHORTHAND_PAIRS.reduce((text, [pattern, full]) => text.replace(pattern, full), spelled))))).split(' ');
}

// Words chat puts around a question that say nothing of what it asks: openers ("hey bot", "yo",
// "ok so"), hedges and intensifiers ("actually", "basically", "tbh", "did they ever"), a tag asking
// to confirm ("he was there, right?", "… wasn't he") and a yes/no question's tail ("… or nah", "… or is that a rumor"). Left in, they are searched for as if they named a topic.
const OPENERS: ReadonlySet<string> = new Set(['hey', 'hi', 'hello', 'yo', 'ok', 'okay', 'so', 'well', 'um', 'uh', 'hmm', 'bot', 'but']);
// "quick q:", "serious question,", "quick one," announce a question and ask nothing.
const QUESTION_KINDS: ReadonlySet<string> = new Set(['quick', 'random', 'serious', 'dumb', 'stupid', 'honest', 'simple', 'genuine']);
const QUESTION_NOUNS: ReadonlySet<string> = new Set(['q', 'qn', 'question', 'one']);
export const FILLERS: ReadonlySet<string> = new Set(['idk', 'wdym', 'ofc', 'actually', 'basically', 'literally', 'honestly', 'really', 'seriously', 'genuinely', 'exactly', 'ever', 'kinda', 'sorta', 'tbh', 'tbf', 'imo', 'imho', 'ngl', 'iirc', 'afaik', 'eli5', 'fr', 'btw', 'lol', 'lmao', 'smh', 'anyway', 'anyways']);
// "super short", "hella expensive": chat's intensifiers, fillers only before an adjective ("super bowl", "super pac" are names).
const INTENSIFIERS: ReadonlySet<string> = new Set(['super', 'hella', 'mega', 'crazy']);
function intensifies(word: string, next: string | undefined): boolean {
  if (!INTENSIFIERS.has(word) || next === undefined) return false;
  const bare = next.replace(/[,;:!?.]+$/u, '');
  return senseOffsets('adj', bare).length > senseOffsets('noun', bare).length;
}
// "how did he *even* get there", "does it *even* matter", "whats it *even* for": "even" before a
// verb, or a preposition that ends the question, only stresses it ("even numbers", "even though",
// "even more", "even for the navy" keep it).
function stressesVerb(word: string, next: string | undefined, afterNext: string | undefined): boolean {
  if (word !== 'even' || next === undefined) return false;
  const bare = next.replace(/[,;:!?.]+$/u, '');
  if (STRANDED_PREPOSITION.test(bare) && (afterNext === undefined || bare !== next)) return true;
  // A past form is looked up as its base ("has the club even opened": "open").
  const base = [bare, ...PAST_ENDINGS.flatMap(([ending, replacement]) => (bare.endsWith(ending) ? [bare.slice(0, -ending.length) + replacement] : []))].find((form) => senseOffsets('verb', form).length > 0) ?? bare;
  return senseOffsets('verb', base).length > senseOffsets('noun', base).length && senseOffsets('adv', bare).length === 0;
}
const PAST_ENDINGS: readonly (readonly [string, string])[] = [['ied', 'y'], ['ed', ''], ['d', '']];
const STRANDED_PREPOSITION = /^(?:for|about|from|with|at)$/u;
const YES_NO_TAIL = /^(?:nah|not|no|what)$/u;
// "he was gonna be out by 2025 anyway wasnt he", "…, didn't they?": a tag asking to confirm the statement before it.
/** Auxiliaries before their "n't" ("wo" of "won't", "ca" of "can't"), as a regex alternation. */
export const NEGATED_AUXILIARIES = 'is|was|are|were|did|does|do|has|have|had|wo|would|ca|could|should|must|need';
const NEGATIVE_TAG_VERB = new RegExp(`^(?:${NEGATED_AUXILIARIES})n['’]?t$`, 'u');
const TAG_PRONOUN = /^(?:he|she|it|they|we|you|i|there)[.?!]*$/u;
const isNegativeTag = (words: readonly string[]): boolean =>
  words.length >= 5 && NEGATIVE_TAG_VERB.test(words.at(-2)!.replace(/^,/u, '')) && TAG_PRONOUN.test(words.at(-1)!);
// "… or is that just a rumor", "… or was it fake": a tail doubting the claim asked about names no topic.
const DOUBTING_TAIL = /^or (?:is|was|are|were) (?:that|it|this|those|these|they) (?:just |all |only )?(?:a |an )?(?:rumou?rs?|myths?|lies?|hoax(?:es)?|jokes?|true|false|fake|real|made up|propaganda|misinformation|disinformation)$/u;

// "he was in lindvik *right*? what did he see": a tag asking to confirm closes the statement before it.
// Not a right someone has or a direction ("the right", "human right", "far right", "to the right").
const CONFIRMING_TAG = /^right[.?!,]*$/u;
const NOT_A_TAG_AFTER: ReadonlySet<string> = new Set(['the', 'a', 'their', 'his', 'her', 'its', 'our', 'your', 'my', 'far', 'human', 'civil', 'to', 'voting', 'all']);
const WH_WORD = /^(?:how|what|whats|when|who|whos|whom|whose|where|why|which)$/u;
const ASKS_FIRST = /^(?:how|what|whats|when|who|whos|whom|whose|where|why|which|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)\b/u;
const CLAUSE_JOINERS = /^(?:and|but|oh|so)$/u;
const FOLLOWS = /^(?:after|once|following|next)$/u;
// What follows "wait" as a verb or in a noun ("wait for", "wait until", "wait times", "wait list").
const WAIT_TAKES = /^(?:for|until|till|til|times?|lists?|periods?|on|out|up|around|and|to)\b/u;
const isConfirmingTag = (words: readonly string[], i: number): boolean =>
  i >= 3 && CONFIRMING_TAG.test(words[i]!) && (i === words.length - 1 || /[.?!,]$/u.test(words[i]!)) && !NOT_A_TAG_AFTER.has(words[i - 1]!.replace(/[,;:!]+$/u, ''));

// A web address pasted into a message ("saw it on example.org/news/12", "https://…", "www.…")
// says where the asker read something, and "@name" whom they address: neither is a word of the
// question. A bare domain only with a path or a generic top-level domain: "lindvik.what", a missed
// space, is two words.
const WEB_ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|www\.\S+|(?:[a-z0-9-]+\.)+(?:[a-z]{2,}\/\S*|(?:com|org|net|gov|edu|int|mil|info|io)\b\S*))$/u;
const ADDRESSEE = /^@[\p{L}\p{N}_.-]+[,:]?$/u;

// The word that points at an address ("read it *on* example.org") goes with it.
const POINTING_AT = /^(?:in|on|at|from|via)$/u;

/** Whether a word (lower case) is a web address ("example.org/news/12", "https://…"). */
export const isWebAddress = (word: string): boolean => WEB_ADDRESS.test(word.replace(/[,;:!?.]+$/u, ''));

/** A lower-case message's words without web addresses (and the word pointing at one) and "@name" addressees. */
export function withoutAddressesAndLinks(words: readonly string[]): string[] {
  const link = (word: string | undefined) => word !== undefined && isWebAddress(word);
  return words.filter((word, at) => !link(word) && !ADDRESSEE.test(word) && !(POINTING_AT.test(word) && link(words[at + 1])));
}

/** Whether a lower-case word is one of chat's openers or fillers ("hey" is no slip of "they"). */
export const isChatFiller = (word: string): boolean => OPENERS.has(word) || FILLERS.has(word) || word === 'nah';

/**
 * A lower-case question's words without chat's openers (only when a question follows them: "hey
 * bot" alone is a greeting), fillers, and an "or nah" tail.
 */
export function withoutChatFillers(words: readonly string[]): string[] {
  const bare = (word: string) => word.replace(/[,;:!]+$/u, '');
  let start = 0;
  for (;;) {
    if (start < words.length && OPENERS.has(bare(words[start]!))) start++;
    // "wait what was …", "wait, who …", "wait berg voted …": surprise before the question or
    // claim ("wait for them" is a verb, "wait times" a noun).
    else if (bare(words[start] ?? '') === 'wait' && start + 1 < words.length && (words[start]!.endsWith(',') || !WAIT_TAKES.test(words[start + 1]!))) start++;
    else if (QUESTION_KINDS.has(bare(words[start] ?? '')) && QUESTION_NOUNS.has(bare(words[start + 1] ?? ''))) start += 2;
    // "tldr which towns …": asking for it short before the question ("tldr on the deal" asks a summary).
    else if (/^tl;?dr$/u.test(bare(words[start] ?? '')) && ASKS_FIRST.test(words[start + 1] ?? '')) start++;
    // "ok and who signed it", "also who paid": a joiner carrying on the conversation before what it asks.
    else if (/^(?:and|also)$/u.test(bare(words[start] ?? '')) && ASKS_FIRST.test(words[start + 1] ?? '')) start++;
    // "but then what happens after the vote": "then" joins too, when the question says what it follows;
    // alone ("then what happened") it asks what came next, and stays.
    else if (bare(words[start] ?? '') === 'then' && ASKS_FIRST.test(words[start + 1] ?? '') && words.slice(start + 2).some((word) => FOLLOWS.test(bare(word)))) start++;
    else break;
  }
  if (start === words.length) return [...words];
  // A tag closes a statement, which keeps its stop: "in lindvik right? what …" is "in lindvik. what …";
  // before a remark that asks nothing the statement is the question ("he voted no right? hes the leader").
  const stopOfTag = (all: readonly string[], i: number) => {
    const stop = all[i]!.slice('right'.length);
    return ASKS_FIRST.test(all[i + 1] ?? '') ? stop.replace(/\?/gu, '.') : stop;
  };
  const rest = words.slice(start).map((word, i, all) => (isConfirmingTag(all, i + 1) && !/[.?!,;:]$/u.test(word) ? `${word}${stopOfTag(all, i + 1)}` : word));
  // "… dragging its feet idk. how much …", "whats his job exactly, the guy who …": a filler that ends a sentence or a clause leaves its stop to the word before.
  // "why rush it out tho, …": "though" closing a clause only hedges it (opening one, it joins two).
  // "… before or after? idk which it was": not knowing, told after the question, is a remark, not a question of its own.
  const toldNotKnowing = (at: number) => rest[at] === 'idk' && /\?$/u.test(rest[at - 1] ?? '') && WH_WORD.test(rest[at + 1] ?? '');
  const filler = (at: number) => {
    const word = rest[at]?.replace(/[,;:!.?]+$/u, '');
    return word !== undefined && !toldNotKnowing(at) && (FILLERS.has(word) || (/^(?:though|tho)$/u.test(word) && (at === rest.length - 1 || /[,;:!.?]$/u.test(rest[at]!))));
  };
  const stopsKept = rest.map((word, i, all) => (filler(i + 1) && /[.?,;:]$/u.test(all[i + 1]!) && !/[.?!,;:]$/u.test(word) ? `${word}${all[i + 1]!.slice(-1)}` : word));
  // "what even is flags", "who even are they": "even" right after the question word only stresses it.
  const stressesAsking = (word: string, before: string | undefined) => word === 'even' && before !== undefined && WH_WORD.test(before);
  // "…, and wait was it really …": surprise opening a later clause too, before what it asks.
  const surprised = (at: number) => bare(rest[at] ?? '') === 'wait' && at > 0 && (/[.?!,;:]$/u.test(rest[at - 1]!) || CLAUSE_JOINERS.test(rest[at - 1]!)) && ASKS_FIRST.test(rest[at + 1] ?? '');
  // "so basically like where are they from": "like" opening what it asks only hedges it.
  const hedgesOpening = (at: number) => bare(rest[at] ?? '') === 'like' && ASKS_FIRST.test(rest[at + 1] ?? '') && at + 2 < rest.length && rest.slice(0, at).every((_, i) => filler(i));
  const kept = stopsKept.filter((word, i) => !filler(i) && !hedgesOpening(i) && !surprised(i) && !isConfirmingTag(rest, i) && !intensifies(word, rest[i + 1]) && !stressesVerb(word, rest[i + 1], rest[i + 2]) && !stressesAsking(word, rest[i - 1]));
  const doubted = kept.findIndex((word, i) => i >= 3 && word === 'or' && DOUBTING_TAIL.test(kept.slice(i).map(bare).join(' ')));
  const tail = (kept.length >= 3 && kept.at(-2) === 'or' && YES_NO_TAIL.test(bare(kept.at(-1)!))) || isNegativeTag(kept) ? kept.slice(0, -2) : doubted > 0 ? kept.slice(0, doubted) : kept;
  return tail.length === 0 ? [...words] : tail;
}
