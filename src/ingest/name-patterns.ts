// The regular expressions of person finding (person-candidates.ts): how news writing puts a
// name, its title, organisation and honorific together, and the context tests around them.
// Kept free of \p{…} classes (letters.ts spells the letters out): they see every sentence.
import { LETTER, LOWER, UPPER } from '../lexicon/letters.js';
import { NAMED_ORGANISATION_PATTERN, ORGANISATION_PATTERN } from '../lexicon/organisations.js';
import { REPORTING_VERBS, SPEECH_ACTS } from '../lexicon/speech-verbs.js';
import { FIELD_TITLE_HEADS_PATTERN, HONORIFIC_PATTERN, MILITARY_RANK_PATTERN, PORTFOLIO_PATTERN, TITLE_PATTERN } from '../lexicon/titles.js';

const PARTICLE_WORDS = ['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'la', 'le', 'bin', 'ibn', 'al', 'ter'];
export const PARTICLES: ReadonlySet<string> = new Set(PARTICLE_WORDS);

const NAME_WORD = String.raw`(?:Mc|Mac|De|La|Le|Di|Du|O['’]|D['’])?[${UPPER}][${LOWER}]+(?:-[${UPPER}]?[${LOWER}]+)*`;
const PARTICLE = `(?:${PARTICLE_WORDS.join('|')})`;
const INITIAL = String.raw`[${UPPER}]\.`;
/** Spaces within one line: a name never runs across a line break. */
const SP = String.raw`[^\S\r\n]+`;
const BEFORE_WORD = String.raw`(?<![${LETTER}0-9'’.-])`;
/** A trailing hyphen is a word cut off in speech ("Ola Ber- — Ola Bergstrom"), not a name end. */
const AFTER_WORD = String.raw`(?![${LETTER}0-9-])`;
const NAME_TAIL = String.raw`(?:${SP}(?:${INITIAL}${SP})?(?:${PARTICLE}${SP}){0,2}${NAME_WORD})`;
/** One to three name words, with middle initials and particles: "Per J. Lindqvist", "Ursula von der Leyen". */
const NAME = String.raw`${NAME_WORD}${NAME_TAIL}{0,2}${AFTER_WORD}`;
const ORG = `(?:${ORGANISATION_PATTERN})`;
const ORG_OF = `(?:${NAMED_ORGANISATION_PATTERN})`;
const MODIFIER = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Cc]urrent|[Nn]ew|[Tt]hen)`;
/** A modifier before the organisation: "former U.S. Secretary of State" ("New" would be "New Mexico"). */
const FORMERLY = String.raw`(?:[Ff]ormer|[Aa]cting|[Oo]utgoing|[Ii]ncoming|[Tt]hen)`;
/** A rank that is part of the title: "Assistant Press Secretary", "Principal Deputy Director". */
const RANK_WORD = String.raw`(?:[Pp]rincipal|[Ss]enior|[Ff]irst|[Dd]eputy|[Aa]ssistant|[Aa]ssociate|[Ee]xecutive|[Vv]ice|[Ll]ieutenant|Under(?=${SP}[Ss]ecretary))`;
/** A word that ranks a title ("Executive" in "Executive Director"), not a field. */
export const RANK_WORD_ONLY = new RegExp(`^${RANK_WORD}$`);
/** Ranks, and up to two capitalised words of a field between them and the title: "Deputy Communications Director". */
const RANK = String.raw`${RANK_WORD}(?:${SP}${RANK_WORD}){0,2}(?:${SP}[${UPPER}][${LOWER}]+(?=${SP}[${UPPER}])){0,2}`;
/** A capitalised word of a role's field ("Rural", "Housing", "OMB"), not a function word. */
const FIELD_WORD = String.raw`(?!(?:The|A|An|And|Or|Of|For|To|In|On|At|By|With|From|As|Our|His|Her|Their|Its|This|That|Former|Acting)${SP})(?:[${UPPER}][${LOWER}]+|[${UPPER}]{2,6})`;
/** A field of one to three words and a head noun that takes one: "National Water Advisor". */
const FIELD_TITLE = String.raw`(?:${FIELD_WORD}${SP}){1,3}(?:${FIELD_TITLE_HEADS_PATTERN})(?![${LETTER}])`;
/** A title named by its field ("Rural Housing Advisor"), whole. */
export const FIELD_TITLE_ONLY = new RegExp(`^${FIELD_TITLE}$`);
const ORG_PHRASE = String.raw`(?:${ORG}|[${UPPER}][${LETTER}'’.-]*(?:${SP}[${UPPER}][${LETTER}'’.-]*){0,3})`;
/** "then-Lieutenant General": a modifier may be joined to the title by a hyphen, kept in the group ("then Senator" may be "and then"). */
const TITLE_PHRASE = String.raw`(?:(?<modifier>${MODIFIER}(?:-|(?=${SP})))(?:${SP})?)?(?:(?<rank>${RANK})${SP})?(?<title>${FIELD_TITLE}|${TITLE_PATTERN})(?:${SP}(?<portfolio>${PORTFOLIO_PATTERN}))?`;

/** Pattern 1: organisation and title right before the name (or before a lone surname). */
const TITLE_BEFORE_NAME_SOURCE =
  String.raw`(?:(?<formerly>${FORMERLY}(?:-|(?=${SP})))(?:${SP})?(?=${ORG}))?(?:(?<org>${ORG})(?:['’]s)?${SP})?${TITLE_PHRASE}(?:${SP}of${SP}(?:the${SP})?(?<orgOf>${ORG_OF}))?(?:${SP}(?:${MILITARY_RANK_PATTERN}))?(?<comma>,?)${SP}(?<name>${NAME})`;
export const TITLE_BEFORE_NAME = new RegExp(BEFORE_WORD + TITLE_BEFORE_NAME_SOURCE, 'g');
/** The same, anchored: does a title at this place stand before a name of its own? */
export const TITLE_BEFORE_NAME_HERE = new RegExp(TITLE_BEFORE_NAME_SOURCE, 'y');

/**
 * Pattern 2: name, a comma and the title ("…, the Pentagon spokesperson,"). The apposition must
 * close (punctuation, the end, or "to the President"): in "Chen Wei, Prime Minister Han" the
 * title is the next person's.
 */
export const NAME_COMMA_TITLE = new RegExp(
  String.raw`${BEFORE_WORD}(?<name>${NAME}),${SP}(?:(?<article>the|a|an)${SP})?(?:(?<formerly>${FORMERLY})${SP}(?=${ORG}))?(?:(?<org>${ORG})(?:['’]s)?${SP})?${TITLE_PHRASE}` +
    String.raw`(?:${SP}(?:of|for|at)${SP}(?:the${SP})?(?<orgOf>${ORG_PHRASE}))?(?=\s*[,.;:)!?"”—–]|\s*$|${SP}to${SP})`,
  'g',
);

/** Pattern 3: "Mr. Berg", "Dr. Jane Smith" (an alias, not a role). */
export const HONORIFIC_NAME = new RegExp(String.raw`${BEFORE_WORD}(?<title>${HONORIFIC_PATTERN})${SP}(?<name>${NAME})`, 'g');

/** Pattern 4: runs of capitalised words (particles inside), split into names by the stop-list. */
const CAP_TOKEN = String.raw`[${UPPER}][^\s,;:()[\]{}"“”!?/|*_<>]*`;
export const CAPITALISED_RUN = new RegExp(String.raw`${BEFORE_WORD}${CAP_TOKEN}(?:${SP}(?:${PARTICLE}${SP}){0,2}${CAP_TOKEN})*`, 'g');
export const HAS_UPPER = new RegExp(`[${UPPER}]`);

export const NAME_WORD_ONLY = new RegExp(`^${NAME_WORD}$`);
export const INITIAL_WORD = new RegExp(String.raw`^[${UPPER}]\.$`);
export const STARTS_UPPER = new RegExp(String.raw`^[${UPPER}]`);
/** The word after a name: a capitalised one means the name runs on ("President Vos Activated All …"). */
export const NEXT_WORD = new RegExp(String.raw`^${SP}([${UPPER}][^\s,;:()[\]"“”!?]*)`);
export const SUFFIX_AFTER = /^,?[^\S\r\n]+(?:Jr|Sr|II|III|IV)\b\.?/;
/** The apposition closes here; ", and …" would go on listing. */
export const CLOSED_AFTER = /^\s*(?:,(?!\s+(?:and|or)\s)|[.;:)!?"”—–]|$)/;
export const OF_ORG_AFTER = new RegExp(String.raw`^${SP}of${SP}(?:the${SP})?(${ORG_OF})(?![${LETTER}])`);
export const LOWER_WORD_AFTER = new RegExp(String.raw`^${SP}[${LOWER}]`);
export const WORD_BEFORE = /(\S+)\s*$/;
/** "Republic of Korea …", "Americans for Limited Government …": a capitalised name's "of" phrase goes on. */
export const NAME_CONNECTOR_BEFORE = new RegExp(String.raw`([${UPPER}][^\s,;:]*)${SP}(?:of|for|and|&)${SP}$`);
/**
 * A role to come or imagined, not one held: "your next senator, Jane Roe", "soon-to-be President
 * Roe", "incoming Chief of Staff Roe", "we will soon call her President Roe".
 */
export const FUTURE_BEFORE =
  /\b(?:next|future|would-be|soon-to-be|to-be|prospective|potential|possible|presumptive|hopeful|aspiring|eventual|incoming|(?:will|would|could|might|shall)\s+(?:[a-z]+\s+){0,2}(?:be|become|call)(?:\s+(?:her|him|them|you|us))?)\s+$/i;
/** "A President Roe would …": a title with a name after an indefinite article imagines the holder ("a senator, Jane Roe," introduces one). */
export const INDEFINITE_BEFORE = /(?:^|[^\w'’-])an?\s+$/i;
/** "Advisor to the Vice President, Tor …", "Office of the President, …": the title is someone else's complement. */
export const COMPLEMENT_BEFORE = /\b(?:to|of|for)\s+(?:the\s+)?$/;
export const COMPLEMENT_THE_BEFORE = /\b(?:to|of|for)\s+the\s+$/;
/** "Postmaster General" (written out: "Chiefs of Staff Gen. Milley" is a general). */
export const COMPOUND_GENERAL = new RegExp(String.raw`([${UPPER}][${LOWER}]+)${SP}$`);
/** "… Chiefs of Staff General …": the word before ends a title's "of" phrase. */
export const TITLE_OF_BEFORE = new RegExp(String.raw`[${UPPER}]\S*${SP}of${SP}(?:the${SP})?[${UPPER}][${LOWER}]+${SP}$`);
/** A complement "to …" after an apposition's title, up to where the apposition closes. */
export const TO_COMPLEMENT_AFTER = /^\s+to\s+([^,;:.)!?"”—–]*)/;
/** "Secretary of Housing and Urban Development, the …": the words continue an "of" phrase. */
export const OF_PHRASE_BEFORE = new RegExp(String.raw`\bof\s+(?:the\s+)?(?:[${UPPER}][^\s,;]*\s+(?:(?:and|&)\s+)?)*$`);
export const THE_BEFORE = /(?:^|[^A-Za-z])(?:the|in|near)\s+$/i;
export const OF_BEFORE = new RegExp(String.raw`[${UPPER}][^\s]*\s+(?:of|&)\s+$`);
export const OF_AFTER = new RegExp(String.raw`^\s+(?:of|&)\s+[${UPPER}]`);
/** Nothing but punctuation, bullets or a speaker's "Q" before the words: a sentence start. */
export const NO_LETTER_BEFORE = new RegExp(String.raw`^[^${LETTER}0-9]*$`);
export const SENTENCE_END_BEFORE = new RegExp(String.raw`(?:[.!?:;—–•]|\bQ)[^${LETTER}0-9]*$`);
/** "Name, Title, Organisation" in a list of speakers: the organisation names something, not someone. */
export const LISTED_ORGANISATION = new RegExp(
  String.raw`^,${SP}((?:the${SP})?[${UPPER}][^\s,;:]*(?:${SP}(?:(?:of|and|for|the|&)${SP})?[${UPPER}][^\s,;:]*){0,5})(?=\s*(?:[,;:.]|$))`,
);

/** A list's first item: a name of two or three words opening the text or after a colon, a bullet or a bracket. */
export const NAME_COMMA_BEFORE = new RegExp(String.raw`(?:^|[:*•(\[—–])[^\S\r\n]*${NAME_WORD}${NAME_TAIL}{1,2}${AFTER_WORD},${SP}$`);
export const TITLED_NAME_COMMA_BEFORE = new RegExp(String.raw`(?:${FIELD_TITLE}|${TITLE_PATTERN}),?${SP}${NAME},${SP}$`);
const titleAfterComma = (field: string): RegExp =>
  new RegExp(String.raw`^,${SP}(?:the${SP})?(?:(?:${ORG})(?:['’]s)?${SP})?${field}(?:${RANK}${SP})?(?:${FIELD_TITLE}|${TITLE_PATTERN})(?![${LETTER}])`);
export const TITLE_AFTER_COMMA = titleAfterComma('');
/** The same, or with a department or field before the title: ", Agriculture Secretary Tom Vilsack". */
export const LISTED_TITLE_AFTER_COMMA = titleAfterComma(String.raw`(?:[${UPPER}][${LOWER}]+${SP}){0,2}`);

export const POSSESSIVE = /['’]s?$/;

// Deeds of people that, like a speech verb, make the capitalised word before them a surname
// ("Berg met", "Haraldsen visited", "Ruud joined").
const DEEDS_OF_PEOPLE = ['met', 'visited', 'joined'];
/** What a surname does in news writing: said, told, added, thanked, met… */
export const REPORTING_VERB_AFTER = new RegExp(
  String.raw`^(?:['’]s)?${SP}(?:also${SP}|then${SP}|later${SP})?(?:${[...REPORTING_VERBS.filter((verb) => !verb.includes(' ')), ...SPEECH_ACTS, ...DEEDS_OF_PEOPLE].join('|')})\b`,
);

/** Words that title case leaves in lower case. */
export const TITLE_CASE_LOWER: ReadonlySet<string> = new Set(
  'a an and as at but by for from in into nor of on onto or over per the to upon via vs with'.split(' '),
);
export const LOWER_CASE_WORD = new RegExp(`(?<![${LETTER}'’-])[${LOWER}][${LETTER}'’-]*`, 'g');
