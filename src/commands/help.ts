// /help — what each command does, with an example, derived from the registry's Discord
// definitions. Example values come from the loaded coverage (its most mentioned person, its
// most frequent donor) through each command's own autocomplete, so they always work.
// Help lines cite nothing, so they go in `message` and the answer has no items.
import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import type { APIApplicationCommandOption, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { z } from 'zod';
import { ANSWER_VERSION, type Answer } from '../answer.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { AVAILABLE_EVERYWHERE } from './options.js';
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
  for (const option of command.data.options ?? []) {
    const placeholder = option.type === ApplicationCommandOptionType.Integer ? 'number' : option.name;
    syntax.push(option.required ? `${option.name}:<${placeholder}>` : `[${option.name}:<${placeholder}>]`);
    const value = exampleValue(command, option, facts);
    if (value !== null) example.push(`${option.name}:${quoted(value)}`);
    else if (option.required) example.push(`${option.name}:<${placeholder}>`);
  }
  return { syntax: syntax.join(' '), example: example.join(' ') };
}

/** The /help command over the given registry (passed lazily: the registry includes /help). */
export function makeHelp(registry: () => readonly Command[]): Command<HelpOptions> {
  return {
    data,
    options,
    run(_opts, facts): Answer {
      const lines = registry().map((command) => {
        const { syntax, example } = usage(command, facts);
        const tail = example === syntax || example === `/${command.data.name}` ? '' : `\n  e.g. ${example}`;
        return `${syntax} — ${command.data.description}${tail}`;
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
        ].join('\n'),
        items: [],
        citations: [],
      };
    },
  };
}
