// What every command is: a Discord definition plus pure functions over the fact base.
// No discord.js here: the bot, the DM router, the REPL and the CLI all call the same
// `run`, and only the surfaces know how to show the Answer.
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { z } from 'zod';
import type { Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { ChartData } from '../chart-data.js';

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface Command<Options = unknown> {
  /** The JSON registered with Discord; `name` is the command's name everywhere. */
  readonly data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Validates and normalises RawOptions (trims, bounds lengths, checks dates). */
  readonly options: z.ZodType<Options>;
  /** Pure: same options and fact base, same Answer. Never throws for bad user input. */
  run(options: Options, facts: LoadedFactBase): Answer;
  /**
   * What the chart of a request is drawn from (the figures it plots, or every event to count
   * per period; not one page), for the commands that can draw one; same options as `run`,
   * whose `page` it ignores. An abstention or error comes back as its Answer (no chart).
   */
  chart?(options: Options, facts: LoadedFactBase): ChartData;
  /** One request this coverage can answer, for /help and for a missing option's hint: "/ask question:who is Jane Doe". */
  example?(facts: LoadedFactBase): string;
  /** At most 25 choices, best first, answered from memory (Discord cannot defer autocomplete). */
  autocomplete?(option: string, prefix: string, facts: LoadedFactBase): AutocompleteChoice[];
}
