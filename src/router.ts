// Free text → a command and its raw options, for DMs, the REPL and the one-shot CLI.
// Two forms: slash syntax typed as text ("/aid donor:United States kind:military") and
// plain questions, sent to a command by the shape of the question (who / aid amounts /
// when / what someone said / coverage), else to /ask. Pure: the registry and the names the
// coverage knows are inputs, so the same line always routes the same way.
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import type { Answer } from './answer.js';
import { commands, runCommand } from './commands/index.js';
import { failed } from './commands/respond.js';
import type { RawOptions } from './commands/types.js';
import type { LoadedFactBase } from './knowledge/factbase.js';
import { foldName, spellingKey } from './knowledge/name-fold.js';
import { stripControlCharacters } from './render/sanitize.js';

/** Longer lines are refused rather than silently cut: the user should know. */
export const MAX_LINE_LENGTH = 500;

/** What the router needs of a command: its Discord definition. */
export interface RoutableCommand {
  readonly data: { readonly name: string; readonly options?: readonly APIApplicationCommandOption[] | undefined };
}
export type CommandRegistry = ReadonlyMap<string, RoutableCommand> | readonly RoutableCommand[];

/** What the coverage knows, so the router can tell a person from a topic. */
export interface RouterContext {
  readonly people: readonly { readonly name: string; readonly aliases: readonly string[] }[];
  /** Aid donors as the fact base names them ("United States", "European allies"). */
  readonly donors: readonly (string | null)[];
}

export function routerContextOf(facts: LoadedFactBase): RouterContext {
  return { people: facts.data.people, donors: [...new Set(facts.data.aid.map((fact) => fact.donor))] };
}

export interface Routed {
  command: string;
  options: RawOptions;
}

export type Route = Routed | { error: string; code: 'bad-input' | 'unknown-command' };

// ---------------------------------------------------------------------------------------
// Input hygiene

// "Zalgo": dozens of combining marks on one letter; real scripts need at most a few.
const MARK_PILE = /(\p{M}{2})\p{M}+/gu;

/** NFKC, no control/zero-width/bidi characters, no mark piles, single spaces, trimmed. */
export function cleanLine(raw: string): string {
  return stripControlCharacters(raw.normalize('NFKC')).replace(MARK_PILE, '$1').replace(/\s+/gu, ' ').trim();
}

// ---------------------------------------------------------------------------------------
// Registry access

function commandList(registry: CommandRegistry): readonly RoutableCommand[] {
  return Array.isArray(registry) ? registry : [...(registry as ReadonlyMap<string, RoutableCommand>).values()];
}

function findCommand(registry: CommandRegistry, name: string): RoutableCommand | undefined {
  return commandList(registry).find((command) => command.data.name === name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest name by edit distance, when close enough to be a plausible typo. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  const scored = candidates
    .map((candidate) => ({ candidate, distance: candidate.startsWith(name) ? 0 : editDistance(name, candidate) }))
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate));
  const best = scored[0];
  return best !== undefined && best.distance <= Math.max(2, Math.floor(name.length / 2)) ? best.candidate : undefined;
}

const echo = (text: string) => (text.length > 40 ? `${text.slice(0, 39)}…` : text);

// ---------------------------------------------------------------------------------------
// Slash syntax: /name free text key:value key:"quoted value"

// An option key is a word followed by a colon and a value; "10:30" or "note: x" are not keys.
const OPTION_KEY = /(?:^|\s)([a-z][\w-]*):(?=\S)/giu;

function typedValue(option: APIApplicationCommandOption, value: string): string | number | boolean {
  if (option.type === ApplicationCommandOptionType.Integer || option.type === ApplicationCommandOptionType.Number) {
    // Non-numbers stay text so the command's own validation explains the problem.
    return /^-?\d+(?:\.\d+)?$/u.test(value) ? Number(value) : value;
  }
  if (option.type === ApplicationCommandOptionType.Boolean) {
    if (/^(?:true|yes|on)$/iu.test(value)) return true;
    if (/^(?:false|no|off)$/iu.test(value)) return false;
  }
  return value;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^["“”'‘’](.*)["“”'‘’]$/u.exec(trimmed);
  return (quoted?.[1] ?? trimmed).trim();
}

/**
 * The option free text after the command name fills: the one required string option, else
 * the command's first string option (its main subject: /aid's donor, /timeline's topic).
 */
function freeTextOption(options: readonly APIApplicationCommandOption[]): APIApplicationCommandOption | undefined {
  const strings = options.filter((option) => option.type === ApplicationCommandOptionType.String);
  const required = strings.filter((option) => option.required === true);
  return required.length === 1 ? required[0] : strings[0];
}

function routeSlash(line: string, registry: CommandRegistry): Route {
  const head = /^\/(\S*)\s*(.*)$/su.exec(line);
  const name = (head?.[1] ?? '').toLowerCase();
  const rest = head?.[2] ?? '';
  const names = commandList(registry).map((command) => command.data.name);
  const command = findCommand(registry, name);
  if (command === undefined) {
    if (name === '') return { error: `Type a command after "/", one of: ${names.map((n) => `/${n}`).join(', ')}.`, code: 'unknown-command' };
    const suggestion = closest(name, names);
    const hint = suggestion === undefined ? '' : ` Did you mean /${suggestion}?`;
    return { error: `Unknown command "/${echo(name)}".${hint} Type /help for the list.`, code: 'unknown-command' };
  }
  const declared = command.data.options ?? [];
  // "name:" with nothing after it (or only another option) leaves the option out, as an empty
  // Discord field does; "question: what…" — a space after the colon still names the option.
  const declaredKey = `(?:${declared.map((option) => option.name).join('|')}):`;
  const text =
    declared.length === 0
      ? rest
      : rest
          .replace(new RegExp(`(^|\\s)${declaredKey}(?=\\s*$|\\s+${declaredKey})`, 'giu'), '$1')
          .replace(new RegExp(`(^|\\s)(${declaredKey})\\s+`, 'giu'), '$1$2')
          .trim();
  const keys = [...text.matchAll(OPTION_KEY)];
  const options: Record<string, string | number | boolean> = {};
  const leading = text.slice(0, keys[0]?.index ?? text.length).trim();
  if (leading !== '') {
    const target = freeTextOption(declared);
    if (target === undefined) {
      return { error: `/${name} takes no text${declared.length > 0 ? `; use ${declared.map((o) => `${o.name}:…`).join(' ')}` : ''}.`, code: 'bad-input' };
    }
    options[target.name] = typedValue(target, unquote(leading));
  }
  for (const [index, key] of keys.entries()) {
    const optionName = (key[1] ?? '').toLowerCase();
    const start = (key.index ?? 0) + key[0].length;
    const end = keys[index + 1]?.index ?? text.length;
    const option = declared.find((candidate) => candidate.name === optionName);
    if (option === undefined) {
      const known = declared.length === 0 ? `/${name} takes no options` : `/${name} takes ${declared.map((o) => `${o.name}:`).join(', ')}`;
      return { error: `Unknown option "${echo(optionName)}" for /${name}: ${known}.`, code: 'bad-input' };
    }
    if (options[option.name] !== undefined) return { error: `Option ${option.name}: is given twice.`, code: 'bad-input' };
    options[option.name] = typedValue(option, unquote(text.slice(start, end)));
  }
  return { command: name, options };
}

// ---------------------------------------------------------------------------------------
// Plain questions

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DATE_PHRASE = new RegExp(
  String.raw`\b(?:(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_WORD})\.?,?\s+(\d{4})|(${MONTH_WORD})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})|(${MONTH_WORD})\.?,?\s+(?:of\s+)?(\d{4})|(\d{4})-(\d{2})(?:-(\d{2}))?|(\d{4}))\b`,
  'iu',
);

function monthNumber(word: string): string {
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(word.toLowerCase().slice(0, 3)));
  return String(index + 1).padStart(2, '0');
}

/** "9 July 2024" → "2024-07-09", "july 2024" → "2024-07", "2023" → "2023". */
function isoOf(match: RegExpExecArray): string | null {
  const [, d1, m1, y1, m2, d2, y2, m3, y3, yIso, mIso, dIso, yBare] = match;
  const pad = (day: string) => day.padStart(2, '0');
  if (y1 !== undefined && m1 !== undefined && d1 !== undefined) return `${y1}-${monthNumber(m1)}-${pad(d1)}`;
  if (y2 !== undefined && m2 !== undefined && d2 !== undefined) return `${y2}-${monthNumber(m2)}-${pad(d2)}`;
  if (y3 !== undefined && m3 !== undefined) return `${y3}-${monthNumber(m3)}`;
  if (yIso !== undefined && mIso !== undefined) return dIso === undefined ? `${yIso}-${mIso}` : `${yIso}-${mIso}-${dIso}`;
  // A bare number is a year only in a plausible range ("in 2023", not "32 member states").
  if (yBare !== undefined && Number(yBare) >= 1900 && Number(yBare) <= 2100) return yBare;
  return null;
}

interface DatesInText {
  from?: string;
  to?: string;
  /** The text with the date phrases (and their prepositions) removed. */
  rest: string;
}

/** Reads up to two dates and what they bound: "since X" → from, "before X" → to, "between X and Y", else both. */
export function extractDates(text: string): DatesInText {
  const found: { iso: string; preposition: string }[] = [];
  let rest = text;
  for (let i = 0; i < 2; i += 1) {
    const match = DATE_PHRASE.exec(rest);
    if (match === null) break;
    const iso = isoOf(match);
    if (iso === null) break;
    const before = rest.slice(0, match.index);
    const preposition = /\b(since|after|from|before|until|till|by|between|and|to|in|on|during|of|at)\s*$/iu.exec(before);
    const cutFrom = preposition === null ? match.index : match.index - preposition[0].length;
    found.push({ iso, preposition: preposition?.[1]?.toLowerCase() ?? '' });
    rest = `${rest.slice(0, cutFrom)} ${rest.slice(match.index + match[0].length)}`;
  }
  rest = rest.replace(/\s+/gu, ' ').trim();
  const [first, second] = found;
  if (first === undefined) return { rest };
  if (second !== undefined) return { from: first.iso, to: second.iso, rest };
  if (['since', 'after', 'from'].includes(first.preposition)) return { from: first.iso, rest };
  if (['before', 'until', 'till', 'by', 'to'].includes(first.preposition)) return { to: first.iso, rest };
  return { from: first.iso, to: first.iso, rest };
}

// Words that can stand next to a name without being part of it ("Secretary Blinken", "the president").
const NAME_FILLER = new Set([
  'the', 'a', 'an', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sir', 'president', 'vice', 'prime', 'minister', 'secretary',
  'general', 'chancellor', 'foreign', 'defense', 'defence', 'state', 'of', 'for', 'us', 'u.s', 'u.s.', 'nato', 'ukraine',
  "ukraine's", 'ukrainian', 'german', 'american', 'russian', 'spokesperson', 'spokesman', 'spokeswoman', 'official',
  'ambassador', 'senator', 'adviser', 'advisor', 'top', 'diplomat', 'chief', 'head', 'elect', 'former',
]);

const wordsOf = (text: string) => foldName(text).split(/[^\p{L}\p{N}'.]+/u).map((w) => w.replace(/^'+|[.']+$/gu, '')).filter(Boolean);

interface KnownWord {
  word: string;
  key: string;
}

// Name words and their spelling keys, computed once per people list (a big coverage knows thousands).
const knownWordsCache = new WeakMap<RouterContext['people'], KnownWord[][]>();

function knownWordsOf(people: RouterContext['people']): KnownWord[][] {
  let known = knownWordsCache.get(people);
  if (known === undefined) {
    known = people.map((person) => [person.name, ...person.aliases].flatMap(wordsOf).map((word) => ({ word, key: spellingKey(word) })));
    knownWordsCache.set(people, known);
  }
  return known;
}

function wordMatches(typed: string, typedKey: string, known: KnownWord): boolean {
  if (typed === known.word) return true;
  if (typedKey.length < 3) return false;
  return typedKey === known.key || (typedKey.length >= 5 && Math.abs(typedKey.length - known.key.length) <= 1 && editDistance(typedKey, known.key) <= 1);
}

/**
 * True when `span` names a person the coverage knows: every word is part of one of their
 * names (forgiving accents and small typos) or a title/filler word, and at least one is a name.
 */
export function namesKnownPerson(span: string, context: RouterContext): boolean {
  const nameWords = wordsOf(span)
    .filter((word) => !NAME_FILLER.has(word))
    .map((word) => ({ word, key: spellingKey(word) }));
  if (nameWords.length === 0 || nameWords.length > 4) return false;
  return knownWordsOf(context.people).some((known) =>
    nameWords.every((typed) => known.some((candidate) => wordMatches(typed.word, typed.key, candidate))),
  );
}

// Short forms people type for a donor, made the form the fact base uses; other donors must
// appear in the fact base's own donor names.
const DONOR_SHORT_FORMS: ReadonlyMap<string, string> = new Map([
  ...['us', 'u.s', 'usa', 'america', 'american', 'americans'].map((w): [string, string] => [w, 'United States']),
  ...['uk', 'britain', 'british'].map((w): [string, string] => [w, 'United Kingdom']),
  ['eu', 'European Union'],
  ...['europe', 'european', 'europeans'].map((w): [string, string] => [w, 'Europe']),
  ['nato', 'NATO'],
]);
const AID_KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['military', 'military'], ['weapons', 'military'], ['arms', 'military'], ['munitions', 'military'],
  ['financial', 'financial'], ['economic', 'financial'], ['budget', 'financial'],
  ['humanitarian', 'humanitarian'],
]);

// Words of donor names that name no donor by themselves ("European allies" is found by "europe").
const GENERIC_DONOR_WORDS = new Set(['aid', 'the', 'and', 'other', 'allies', 'ally', 'nations', 'countries', 'states', 'members']);
const donorWordsCache = new WeakMap<RouterContext['donors'], string[]>();

// Where a question names the giver: "has Japan given", "did the US send", "aid from Japan".
const GIVER_SPAN = [
  /\b(?:has|have|did|does|do|will)\s+(.+?)\s+(?:give|given|gave|send|sent|provide|provided|pledge|pledged|deliver|delivered|donate|donated|spend|spent|commit|committed|announce|announced|contribute|contributed)\b/iu,
  /\b(?:aid|assistance|funding|support|money|packages?)\s+(?:from|by)\s+(.+?)(?=\s+(?:to|for|in|on|since|before|after|between|during)\b|$)/iu,
];
const NOT_A_GIVER = new Set(['been', 'already', 'ever', 'so', 'far', 'they', 'it', 'we', 'you', 'i', 'he', 'she', 'this', 'that', 'ukraine', 'kyiv', 'the']);

/**
 * The donor the question names: a word of a known donor (by prefix: "europe" ~ "European
 * allies"), a common short form, or else the giver the question's grammar names ("has Japan
 * given"), so that a donor the coverage lacks gets "no figures" rather than everyone's.
 */
function donorIn(question: string, context: RouterContext): string | undefined {
  return knownDonorIn(question, context) ?? giverIn(question);
}

function giverIn(question: string): string | undefined {
  for (const pattern of GIVER_SPAN) {
    const span = pattern.exec(question)?.[1];
    if (span === undefined) continue;
    const words = span.split(/\s+/u).filter((word) => !NOT_A_GIVER.has(word.toLowerCase()));
    if (words.length > 0 && words.length <= 3 && words.every((word) => /^\p{L}[\p{L}.'-]*$/u.test(word))) return words.join(' ');
  }
  return undefined;
}

function knownDonorIn(question: string, context: RouterContext): string | undefined {
  let donorWords = donorWordsCache.get(context.donors);
  if (donorWords === undefined) {
    donorWords = [...new Set(context.donors.flatMap((donor) => (donor === null ? [] : wordsOf(donor))))].filter(
      (word) => word.length >= 3 && !GENERIC_DONOR_WORDS.has(word),
    );
    donorWordsCache.set(context.donors, donorWords);
  }
  const words = wordsOf(question);
  for (const [index, word] of words.entries()) {
    if (word === 'united' && words[index + 1] === 'states') return 'United States';
    const shortForm = DONOR_SHORT_FORMS.get(word);
    if (shortForm !== undefined) return shortForm;
    if (GENERIC_DONOR_WORDS.has(word) || word.length < 4) continue;
    const prefix = word.slice(0, 5);
    if (donorWords.some((donor) => donor === word || (prefix.length >= 5 && donor.startsWith(prefix)))) return word;
  }
  return undefined;
}

const AID_NOUN = String.raw`(?:aid|assistance|funding|funds|money|packages?|weapons|munitions|support)`;
const AID_QUESTION = new RegExp(
  String.raw`^(?:how much(?: \w+){0,3}? ${AID_NOUN}|how much (?:money|funding)|how much (?:has|have|did|does|is|was) .* (?:give|given|gave|send|sent|provide|provided|pledge|pledged|deliver|delivered|donate|donated|spend|spent|commit|committed)\b|(?:what|which|list|show)(?: \w+){0,2} (?:aid|assistance|funding|packages?)\b(?! include| contain)|(?:aid|assistance|funding) (?:from|by|to|for|packages?|figures|amounts)\b|(?:\$|€|dollar|euro)? ?(?:amounts|figures)\b)`,
  'iu',
);

// "What happens if…" asks for a consequence, not a date: it is not here.
const WHEN_QUESTION = /^(?:when (?:was|is|were|are|did|does|will|do)\b|what (?:has )?happened\b|what's happened\b|timeline\b|chronology\b|(?:key )?(?:events|dates)\b)/iu;
const TIMELINE_FILLER = /^(?:when (?:was|is|were|are|did|does|will|do)|what (?:has )?happened|what's happened|timeline|chronology|(?:key )?(?:events|dates))\b\s*(?:of|for|about|on|at|in|with|during|to)?\s*/iu;

const QUOTE_QUESTION = [
  /^what (?:did|does|has|have|had) (.+?) (?:say|said|says|tell|told|state|stated|think|claim|claimed|announce|announced)(?:\s+(?:reporters|journalists))?(?:\s+(?:about|on|regarding|concerning|of|in)\s+(.+))?$/iu,
  /^(?:quotes?|statements?|remarks|what)\s+(?:from|by)\s+(.+?)(?:\s+(?:about|on|regarding|concerning)\s+(.+))?$/iu,
  /^(?:did|has) (.+?) (?:say|said|comment|speak) (?:anything )?(?:about|on|regarding) (.+)$/iu,
];

const WHO_QUESTION = /^(?:who(?:'s| is| was| are)|tell me (?:more )?about|what do you know about|info(?:rmation)? (?:on|about)|profile of)\s+(.+)$/iu;

const HELP_QUESTION = /^(?:help|commands|\?|what can you do|how do (?:i|you) use (?:this|you|the bot)|what commands (?:are there|do you have))$/iu;
const SOURCES_QUESTION = /^(?:(?:show|list|what are|which are)\s+)?(?:your |the |all )?(?:sources|articles|coverage)(?: (?:do you have|are loaded|do you use|do you know))?$|^(?:what|which) (?:coverage|sources|articles|outlets|publishers) (?:do you|are|have you)\b|^what do you (?:know|cover)$/iu;

function available(registry: CommandRegistry, name: string, option?: string): boolean {
  const command = findCommand(registry, name);
  return command !== undefined && (option === undefined || (command.data.options ?? []).some((o) => o.name === option));
}

function routePlain(line: string, registry: CommandRegistry, context: RouterContext): Route {
  // Typographic apostrophes ("who’s") read like plain ones.
  const question = line.replace(/[’‘]/gu, "'").replace(/[\s?!.]+$/u, '');
  const ask: Route = { command: 'ask', options: { question: line } };

  if (HELP_QUESTION.test(question) && available(registry, 'help')) return { command: 'help', options: {} };
  if (SOURCES_QUESTION.test(question) && available(registry, 'sources')) return { command: 'sources', options: {} };

  for (const pattern of QUOTE_QUESTION) {
    const match = pattern.exec(question);
    const speaker = match?.[1];
    if (speaker !== undefined && namesKnownPerson(speaker, context) && available(registry, 'quote', 'person')) {
      const topic = match?.[2]?.trim();
      return { command: 'quote', options: topic === undefined || topic === '' ? { person: speaker } : { person: speaker, topic } };
    }
  }

  const who = WHO_QUESTION.exec(question)?.[1] ?? (namesKnownPerson(question, context) ? question : undefined);
  if (who !== undefined && namesKnownPerson(who, context) && available(registry, 'who', 'name')) {
    return { command: 'who', options: { name: who } };
  }

  if (AID_QUESTION.test(question) && available(registry, 'aid')) {
    const { from, to } = extractDates(question);
    const donor = donorIn(question, context);
    const kind = wordsOf(question).map((word) => AID_KIND_WORDS.get(word)).find((k) => k !== undefined);
    return {
      command: 'aid',
      options: {
        ...(donor === undefined ? {} : { donor }),
        ...(kind === undefined ? {} : { kind }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      },
    };
  }

  if (WHEN_QUESTION.test(question) && available(registry, 'timeline')) {
    const { from, to, rest } = extractDates(question);
    const topic = rest.replace(TIMELINE_FILLER, '').replace(/^(?:the|a|an)\s+/iu, '').replace(/(?:\s+(?:be|been))?\s+(?:held|take place|happen|happened|start|end)$/iu, '').trim();
    return {
      command: 'timeline',
      options: {
        ...(topic === '' ? {} : { topic }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
      },
    };
  }

  return ask;
}

/**
 * Routes one line of user text. Slash syntax names the command; a plain question goes to the
 * command its shape asks for, and to /ask when none fits. Errors are short and safe to echo.
 */
export function route(raw: string, registry: CommandRegistry, context: RouterContext): Route {
  if (raw.length > MAX_LINE_LENGTH * 4) {
    return { error: `That is too long (${raw.length} characters): at most ${MAX_LINE_LENGTH}.`, code: 'bad-input' };
  }
  const line = cleanLine(raw);
  if (line === '') return { error: 'Type a question, or /help to see the commands.', code: 'bad-input' };
  if (line.length > MAX_LINE_LENGTH) {
    return { error: `That is too long (${line.length} characters): at most ${MAX_LINE_LENGTH}.`, code: 'bad-input' };
  }
  return line.startsWith('/') ? routeSlash(line, registry) : routePlain(line, registry, context);
}

/**
 * One line of user text answered: routed, then run through the command registry. What the
 * DM handler, the REPL and `ask` all call, so they give the same answers. Never throws for
 * bad input: a line that cannot be routed gets an error Answer saying why.
 */
export function answerLine(line: string, facts: LoadedFactBase): Answer {
  const routed = route(line, commands, routerContextOf(facts));
  if ('error' in routed) {
    const cleaned = cleanLine(line.slice(0, MAX_LINE_LENGTH * 4));
    const attempted = /^\/([a-z]+)/iu.exec(cleaned)?.[1]?.toLowerCase() ?? 'ask';
    const query = cleaned.length > 100 ? `${cleaned.slice(0, 99)}…` : cleaned;
    return failed({ command: attempted, query, title: 'Could not read that request' }, routed.code, routed.error);
  }
  const answer = runCommand(routed.command, routed.options, facts);
  const fallback = fallbackFor(line, routed);
  if (fallback !== undefined && answer.abstained && answer.error === undefined) {
    const asked = runCommand(fallback.command, fallback.options, facts);
    if (!asked.abstained) return asked;
  }
  return answer;
}

/**
 * A plain question sent to /quote, /who or /timeline by its shape may find nothing there that
 * the text search would find: a guess about the shape must not cost the user an answer. This
 * is the /ask to try when the guessed command abstains; undefined when the user typed the
 * command themselves or it already is /ask.
 */
export function fallbackFor(line: string, routed: Routed): Routed | undefined {
  const cleaned = cleanLine(line);
  if (routed.command === 'ask' || cleaned.startsWith('/')) return undefined;
  return { command: 'ask', options: { question: cleaned } };
}
