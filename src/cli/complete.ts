// Tab completion for the REPL: command names, their option names, option values (through
// each command's own autocomplete) and, in plain questions, the names of people covered.
import { autocomplete, commands } from '../commands/index.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { foldName } from '../lexicon/name-fold.js';
import type { RoutableCommand } from '../router.js';

function registryList(): readonly RoutableCommand[] {
  return Array.isArray(commands) ? commands : [...(commands as ReadonlyMap<string, RoutableCommand>).values()];
}

/** Completes "/na" → command names, "/who na" → option names, "/who name:kul" → option values, else person names. */
export function completions(line: string, facts: LoadedFactBase): [string[], string] {
  const word = /\S*$/u.exec(line)?.[0] ?? '';
  const list = registryList();
  if (line.startsWith('/') && !/\s/u.test(line)) {
    return [list.map((c) => `/${c.data.name} `).filter((name) => name.startsWith(word.toLowerCase())), word];
  }
  const slash = /^\/(\S+)\s/u.exec(line);
  const command = slash === null ? undefined : list.find((c) => c.data.name === slash[1]?.toLowerCase());
  if (command !== undefined) {
    const valued = /^([a-z][\w-]*):(.*)$/iu.exec(word);
    if (valued === null) {
      const names = (command.data.options ?? []).map((option) => `${option.name}:`);
      return [names.filter((name) => name.startsWith(word.toLowerCase())), word];
    }
    const [, option = '', prefix = ''] = valued;
    const choices = autocomplete(command.data.name, option, prefix, facts);
    return [choices.map((choice) => `${option}:${choice.value}`), word];
  }
  if (word === '') return [[], word];
  const typed = foldName(word);
  const names = facts.data.people
    .flatMap((person) => [person.name, ...person.aliases])
    .filter((name) => !/\s/u.test(name) && foldName(name).startsWith(typed));
  return [[...new Set(names)].sort(), word];
}

