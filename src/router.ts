// Free text → a command and its raw options: the parse step of the request pipeline
// (src/pipeline.ts), for DMs, mentions, the REPL and the one-shot CLI.
// Two forms: slash syntax typed as text ("/aid donor:United States kind:military") and
// plain questions, sent to a command by the shape of the question (who / aid amounts /
// when / what someone said / coverage), else to /ask. Pure: the registry and the names the
// coverage knows are inputs, so the same line always routes the same way.
import { ApplicationCommandOptionType, type APIApplicationCommandOption } from 'discord-api-types/v10';
import { MAX_QUESTION_LENGTH } from './commands/options.js';
import type { LoadedFactBase } from './factbase/persist.js';
import { editDistance } from './query/edit-distance.js';
import { askQuestion, routeQuestion, type Routed, type RouterContext } from './query/route-question.js';
import { withoutMentions } from './render/sanitize.js';
import { cleanQuestion } from './text-hygiene.js';

/** Longer lines are refused rather than silently cut: the user should know. A plain line is a question, so as long as one. */
export const MAX_LINE_LENGTH = MAX_QUESTION_LENGTH;

/** What the router needs of a command: its Discord definition. */
export interface RoutableCommand {
  readonly data: { readonly name: string; readonly options?: readonly APIApplicationCommandOption[] | undefined };
}
export type CommandRegistry = ReadonlyMap<string, RoutableCommand> | readonly RoutableCommand[];


export function routerContextOf(facts: LoadedFactBase): RouterContext {
  const published = facts.data.articles.flatMap((article) => (article.published === null ? [] : [article.published])).sort();
  const tally = (names: readonly (string | null)[]) => {
    const counts = new Map<string, number>();
    for (const name of names) if (name !== null) counts.set(name, (counts.get(name) ?? 0) + 1);
    return counts;
  };
  const donors = facts.data.aid.map((fact) => fact.donor);
  return { people: facts.data.people, donors: [...new Set(donors)], received: tally(facts.data.aid.map((fact) => fact.recipient)), given: tally(donors), coverageEnd: published.at(-1) };
}

export type { Routed, RouterContext };

export type Route = Routed | { error: string; code: 'bad-input' | 'unknown-command' };

// ---------------------------------------------------------------------------------------
// Input hygiene

/** A line as the router reads it: folded and cleaned (text-hygiene.ts), without mentions. */
export function cleanLine(raw: string): string {
  return withoutMentions(cleanQuestion(raw));
}

// ---------------------------------------------------------------------------------------
// Registry access

function commandList(registry: CommandRegistry): readonly RoutableCommand[] {
  return Array.isArray(registry) ? registry : [...(registry as ReadonlyMap<string, RoutableCommand>).values()];
}

function findCommand(registry: CommandRegistry, name: string): RoutableCommand | undefined {
  return commandList(registry).find((command) => command.data.name === name);
}

function available(registry: CommandRegistry, name: string, option?: string): boolean {
  const command = findCommand(registry, name);
  return command !== undefined && (option === undefined || (command.data.options ?? []).some((o) => o.name === option));
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
    const value = unquote(text.slice(start, end));
    // name:"" is as missing as name: alone.
    if (value !== '') options[option.name] = typedValue(option, value);
  }
  return { command: name, options };
}

/**
 * Routes one line of user text. Slash syntax names the command; a plain question goes to the
 * command its shape asks for, and to /ask when none fits. Errors are short and safe to echo.
 */
export function route(raw: string, registry: CommandRegistry, context: RouterContext, now?: Date): Route {
  if (raw.length > MAX_LINE_LENGTH * 4) {
    return { error: `That is too long (${raw.length} characters): at most ${MAX_LINE_LENGTH}.`, code: 'bad-input' };
  }
  const line = cleanLine(raw);
  if (line === '') return { error: 'Type a question, or /help to see the commands.', code: 'bad-input' };
  if (line.length > MAX_LINE_LENGTH) {
    return { error: `That is too long (${line.length} characters): at most ${MAX_LINE_LENGTH}.`, code: 'bad-input' };
  }
  return line.startsWith('/') ? routeSlash(line, registry) : routeQuestion(line, context, (name, option) => available(registry, name, option), now);
}

/** /ask for a line as typed, bounded by a period it names relative to `now` ("what happened yesterday"). */
export function routeAsk(line: string, registry: CommandRegistry, context: RouterContext, now: Date): Routed {
  return askQuestion(line, context, (name, option) => available(registry, name, option), now);
}
