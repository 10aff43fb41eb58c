// The one registry of commands, used by the bot, the deploy script, the DM router and the
// REPL, and the one boundary every request goes through: unknown commands, invalid options
// and thrown errors all come back as an Answer, never as an exception.
import type { z } from 'zod';
import { AnswerSchema, type Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { ChartRequest } from '../chart-data.js';
import { aid } from './aid.js';
import { ask } from './ask.js';
import { exampleOf, makeHelp } from './help.js';
import { MAX_TEXT_LENGTH, PRIVATE_OPTION, clip, flag } from './options.js';
import { quote } from './quote.js';
import { failed } from './respond.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';
import type { RawOptions } from '../raw-options.js';
import type { AutocompleteChoice, Command } from './types.js';
import { who } from './who.js';
import { cleanTypedText } from '../text-hygiene.js';

const help = makeHelp(() => commandList);

/** A command with `private` after its own options (see PRIVATE_OPTION): Discord and the text router both offer it. */
function withPrivate<Options>(command: Command<Options>): Command<Options> {
  return { ...command, data: { ...command.data, options: [...(command.data.options ?? []), PRIVATE_OPTION] } };
}

/** Every command, in the order /help lists them. */
export const commandList: readonly Command[] = ([ask, who, aid, timeline, quote, sources, help] as Command[]).map(withPrivate);

export const commands: ReadonlyMap<string, Command> = new Map(commandList.map((command) => [command.data.name, command]));

/** The JSON bodies to register with Discord. */
export const commandDefinitions = commandList.map((command) => command.data);

const yesNo = flag('flag');

/** True when a yes/no option is set: `private:true` (an answer only the asker sees), `chart:true`. */
export function flagSet(raw: RawOptions, name: 'private' | 'chart'): boolean {
  const parsed = yesNo.safeParse(raw[name]);
  return parsed.success && parsed.data === true;
}

/** The options without `private`, which no command reads (the surface does). */
function commandOptions(raw: RawOptions): RawOptions {
  const { private: _private, ...rest } = raw;
  return rest;
}

/** "/Who" and "who" both name /who. */
function commandName(name: string): string {
  return cleanTypedText(name).replace(/^\//u, '').toLowerCase();
}

// The request as the user made it, made safe to echo: cleaned values, bounded length.
function echo(name: string, raw: RawOptions): string {
  const parts = Object.entries(raw)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${cleanTypedText(key)}:${clip(cleanTypedText(String(value)), 80)}`);
  return clip([`/${name}`, ...parts].join(' '), MAX_TEXT_LENGTH + 20);
}

function optionNames(command: Command): string {
  const names = (command.data.options ?? []).map((option) => option.name).filter((name) => name !== PRIVATE_OPTION.name);
  return names.length > 0 ? `its options are ${names.join(', ')}` : 'it takes no options';
}

/**
 * One short sentence for the first problem zod found. A required option left out is answered
 * with what to type: "/who needs a name, e.g. /who name:"Jane Doe"" (an example this coverage
 * answers).
 */
function describeIssue(command: Command, issue: z.core.$ZodIssue, given: RawOptions, facts: LoadedFactBase): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((key) => `\`${clip(cleanTypedText(key), 30)}\``).join(', ');
    return `/${command.data.name} has no option ${keys}: ${optionNames(command)}.`;
  }
  const name = issue.path.length === 1 ? String(issue.path[0]) : undefined;
  const option = (command.data.options ?? []).find((candidate) => candidate.name === name);
  if (name !== undefined && option?.required === true && given[name] === undefined) {
    const article = /^[aeiou]/iu.test(name) ? 'an' : 'a';
    return `/${command.data.name} needs ${article} ${name}, e.g. ${exampleOf(command, facts)}`;
  }
  return issue.message;
}

/**
 * Runs a command by name on raw options. `report` hears about internal errors (the user only
 * gets a short apology), so a surface can log them.
 */
export function runCommand(
  name: string,
  raw: RawOptions,
  facts: LoadedFactBase,
  report: (error: unknown) => void = () => {},
): Answer {
  return runThrough(name, raw, facts, report);
}

/** True when the command can draw its answer as a chart (/aid, /timeline). */
export function hasChart(name: string): boolean {
  return commands.get(commandName(name))?.chart !== undefined;
}

/**
 * A request's chart: its cache key (fact-base version, command, and the validated options
 * that shape the chart: not `page`, `private` or `chart`) and, computed only when called, what the
 * chart is drawn from (the command's `chart`), through the same validation as `runCommand`.
 * Invalid options, an unknown command or a failure give an error Answer (no chart) and no key.
 */
export function runChart(name: string, raw: RawOptions, facts: LoadedFactBase, report: (error: unknown) => void = () => {}): ChartRequest {
  const wanted = commandName(name);
  const command = commands.get(wanted);
  const given = Object.fromEntries(Object.entries(commandOptions(raw)).filter(([, value]) => value !== undefined));
  const parsed = command?.chart === undefined ? undefined : command.options.safeParse(given);
  if (command?.chart === undefined || parsed?.success !== true) {
    return { key: undefined, data: () => ({ kind: 'answer', answer: runCommand(name, raw, facts, report) }) };
  }
  const draw = command.chart;
  // The options as the command reads them (trimmed, dates resolved), in its schema's order.
  const { page: _page, chart: _chart, ...shaping } = parsed.data as Record<string, unknown>;
  return {
    key: JSON.stringify([facts.version, wanted, shaping]),
    data: () => {
      try {
        // Not checked against AnswerSchema as `run`'s answers are: the chart reads the fields it needs defensively.
        return draw(parsed.data, facts);
      } catch (error) {
        report(error);
        return { kind: 'answer', answer: failed({ command: wanted, query: echo(wanted, raw), title: `/${wanted}` }, 'internal', `Something went wrong while drawing /${wanted}.`) };
      }
    },
  };
}

function runThrough(name: string, raw: RawOptions, facts: LoadedFactBase, report: (error: unknown) => void): Answer {
  const wanted = commandName(name);
  const command = commands.get(wanted);
  const head = { command: wanted, query: echo(wanted, raw), title: `/${wanted}` };
  if (!command) {
    const known = commandList.map((c) => `/${c.data.name}`).join(', ');
    return failed(
      { ...head, command: clip(wanted, 32), query: clip(head.query, 100), title: 'Unknown command' },
      'unknown-command',
      `There is no command /${clip(wanted, 32)}. Commands: ${known}.`,
    );
  }
  // An option handed over as `undefined` was not given at all.
  const given = Object.fromEntries(Object.entries(commandOptions(raw)).filter(([, value]) => value !== undefined));
  const parsed = command.options.safeParse(given);
  if (!parsed.success) {
    // An unknown option explains the rest ("nme" given, so "name" is missing): report it first.
    const { issues } = parsed.error;
    const issue = issues.find((candidate) => candidate.code === 'unrecognized_keys') ?? issues[0];
    return failed(head, 'bad-input', issue ? describeIssue(command, issue, given, facts) : `Invalid options for /${wanted}.`);
  }
  try {
    const answer = command.run(parsed.data, facts);
    // The contract every surface relies on (e.g. each item cites something) is checked here, once.
    const checked = AnswerSchema.safeParse(answer);
    if (!checked.success) throw new Error(`/${wanted} produced an invalid answer: ${checked.error.issues[0]?.message ?? ''}`);
    return answer;
  } catch (error) {
    report(error);
    return failed(head, 'internal', `Something went wrong while answering /${wanted}. Please try again or rephrase.`);
  }
}

/**
 * Builds what the commands precompute per fact base (sorted events and aid figures, article
 * counts, people by mentions) by answering the unfiltered listings once, so the first user
 * of each does not wait for it (about a second in all at a million sentences).
 */
export function prepareCommands(facts: LoadedFactBase): void {
  for (const name of ['aid', 'timeline', 'sources', 'help']) runCommand(name, {}, facts);
  // The timeline chart's per-event sources (a few hundred ms at a million sentences); nothing is drawn.
  runChart('timeline', {}, facts).data();
  // Question understanding reads its dictionaries on first use (compromise's model, WordNet's
  // lemmas, place adjectives and kinds, ~1 s): a generic question loads them before the first user's.
  runCommand('ask', { question: 'what kind of weapons did the country send' }, facts);
}

/** Autocomplete choices for an option; [] for unknown commands or options, and on any error. */
export function autocomplete(name: string, option: string, prefix: string, facts: LoadedFactBase): AutocompleteChoice[] {
  const command = commands.get(commandName(name));
  if (!command?.autocomplete) return [];
  try {
    return command.autocomplete(option, clip(cleanTypedText(prefix), 100), facts).slice(0, 25);
  } catch {
    return [];
  }
}

export type { AutocompleteChoice, Command } from './types.js';
