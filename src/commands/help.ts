// /help — what each command does, with an example, derived from the registry's Discord
// definitions. Example values come from the loaded coverage (its most mentioned person, its
// most frequent donor) through each command's own autocomplete, so they always work.
// Help lines cite nothing, so they go in `message` and the answer has no items.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { ANSWER_VERSION, type Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { AVAILABLE_EVERYWHERE, PRIVATE_OPTION } from './options.js';
import type { Command } from './types.js';

const data = {
  name: 'help',
  description: 'What each command does, with examples',
  ...AVAILABLE_EVERYWHERE,
} satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const options = z.strictObject({});
export type HelpOptions = z.infer<typeof options>;

function quoted(value: string): string {
  return /\s/u.test(value) ? `"${value}"` : value;
}

/** A value for the option that this coverage can answer, or null when there is no telling. */
function exampleValue(command: Command, option: APIApplicationCommandOption, facts: LoadedFactBase): string | null {
  if ('choices' in option && option.choices && option.choices[0]) return String(option.choices[0].value);
  if ('autocomplete' in option && option.autocomplete && command.autocomplete) {
    return command.autocomplete(option.name, '', facts)[0]?.value ?? null;
  }
  return null;
}

/** "/who name:<name>" — required options, plus any the coverage gives an example for. */
export function usage(command: Command, facts: LoadedFactBase): { syntax: string; example: string } {
  const syntax: string[] = [`/${command.data.name}`];
  const example: string[] = [`/${command.data.name}`];
  // `private` is every command's, said once at the end of /help.
  for (const option of (command.data.options ?? []).filter((candidate) => candidate.name !== PRIVATE_OPTION.name)) {
    const placeholder = option.type === ApplicationCommandOptionType.Integer ? '<number>' : option.type === ApplicationCommandOptionType.Boolean ? 'true' : `<${option.name}>`;
    syntax.push(option.required ? `${option.name}:${placeholder}` : `[${option.name}:${placeholder}]`);
    const value = exampleValue(command, option, facts);
    if (value !== null) example.push(`${option.name}:${quoted(value)}`);
    else if (option.required) example.push(`${option.name}:${placeholder}`);
  }
  return { syntax: syntax.join(' '), example: example.join(' ') };
}

/** One example request for a command: its own, else its usage with the coverage's values. */
export function exampleOf(command: Command, facts: LoadedFactBase): string {
  return command.example?.(facts) ?? usage(command, facts).example;
}

/** The /help command over the given registry (passed lazily: the registry includes /help). */
export function makeHelp(registry: () => readonly Command[]): Command<HelpOptions> {
  return {
    data,
    options,
    run(_opts, facts): Answer {
      const lines = registry().map((command) => {
        const { syntax } = usage(command, facts);
        return `${syntax} — ${command.data.description}\n  e.g. ${exampleOf(command, facts)}`;
      });
      return {
        version: ANSWER_VERSION,
        command: 'help',
        query: '/help',
        title: 'Commands',
        abstained: false,
        message: [
          ...lines,
          'Every answer quotes sentences from the coverage with numbered sources. Plain questions work too.',
          'Add private:true to any command for an answer only you see.',
        ].join('\n'),
        items: [],
        citations: [],
      };
    },
  };
}
