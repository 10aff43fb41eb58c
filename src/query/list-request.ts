// A request for every item of a kind rather than one answer: "list everyone lindqvist met",
// "everyone who met haraldsen", "list all the people quoted", "all the bridges that were
// closed". The list words themselves are no topic ("everyone" matches "I got calls from
// everyone on the committee"), so the question is searched without them, as the question it
// stands for ("who met haraldsen"), and answered with a longer list. Read from the words only.

import { asksListedContents } from './question.js';

export interface ListRequest {
  /** The question the list stands for, list words dropped: "everyone who met haraldsen" → "who met haraldsen". */
  readonly question: string;
  /** Whether the items are people ("everyone", "all the people", "every official"). */
  readonly ofPeople: boolean;
  /** Whether it asks only who is quoted ("list all the people quoted"), with nothing else to narrow it. */
  readonly quotedOnly: boolean;
}

// "list", "list all (of) the", "name every", "show me all the", or "all the" / "every" opening the line.
const OPENING = /^(?:(?:list|name|show|give|tell)(?: me)? (?:all|every|each)(?: of)?(?: the)? |list(?: of)?(?: the)? |(?:all|every)(?: of)? the )/u;
// The people a list asks for: "everyone who", "everybody that", "all the people", "every official".
const PEOPLE = /^(?:everyone|everybody|every one|every person|all (?:the )?(?:people|persons|individuals)|(?:the )?(?:people|persons|individuals))(?: (?:who|that|whom))?(?: |$)/u;
// "list the bridges that were closed" stands for "what bridges were closed": the kind of item is what is asked for.
const ITEMS_THAT = /^(?:the )?([\p{L}'-]+s) (?:that|which|who) (.+)$/u;
const AS_QUOTED = /^(?:who (?:was|were|is|are|has been|have been|got) )?(?:quoted|cited)(?: (?:in|by) (?:the )?(?:coverage|articles|news|reports|sources))?$/u;

/** The list the question asks for, or null when it asks for one answer. */
export function listRequested(plain: string): ListRequest | null {
  const opened = OPENING.exec(plain);
  const rest = opened === null ? plain : plain.slice(opened[0].length);
  // "list the stuff that's in the bill": what one thing includes, which a sentence listing its contents answers.
  if (asksListedContents(plain)) return null;
  const people = PEOPLE.exec(rest);
  // Without a list opening, only "everyone who …" asks for a list: "people say …" does not.
  if (people === null ? opened === null : opened === null && !/^every/u.test(rest)) return null;
  if (people === null) {
    const items = ITEMS_THAT.exec(rest);
    return { question: items === null ? rest : `what ${items[1]} ${items[2]}`, ofPeople: false, quotedOnly: false };
  }
  const asked = rest.slice(people[0].length).trim();
  // "everyone who met lindqvist" → "who met lindqvist"; "everyone lindqvist met" → "who lindqvist met": the words are what is searched.
  return { question: `who ${asked}`.trim(), ofPeople: true, quotedOnly: AS_QUOTED.test(asked) };
}
