// `npm run deploy-commands`: registers the command registry with Discord in one bulk PUT
// (idempotent: the PUT replaces the whole set). To DISCORD_GUILD_ID when set — instant,
// for development — else globally.
import { pathToFileURL } from 'node:url';
import { REST } from 'discord.js';
import { ApplicationIntegrationType, InteractionContextType, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { commandDefinitions } from './commands/index.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { describeError, redact } from './logger.js';

export interface Deployed {
  readonly scope: 'guild' | 'global';
  readonly guildId?: string;
  readonly names: readonly string[];
}

/**
 * Usable in servers, in DMs with the bot and as a user-installed app, unless a command
 * says otherwise.
 */
export function withDefaultReach(
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody,
): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return {
    integration_types: [ApplicationIntegrationType.GuildInstall, ApplicationIntegrationType.UserInstall],
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM, InteractionContextType.PrivateChannel],
    ...definition,
  };
}

export async function deployCommands(
  config: Config,
  definitions: readonly RESTPostAPIChatInputApplicationCommandsJSONBody[] = commandDefinitions,
): Promise<Deployed> {
  const { discordToken: token, discordClientId: clientId, discordGuildId: guildId } = config;
  if (token === undefined) throw new ConfigError('DISCORD_TOKEN', 'is required but not set');
  if (clientId === undefined) throw new ConfigError('DISCORD_CLIENT_ID', 'is required but not set');
  const rest = new REST(config.discordApiUrl === undefined ? {} : { api: config.discordApiUrl }).setToken(token);
  const route = guildId === undefined ? Routes.applicationCommands(clientId) : Routes.applicationGuildCommands(clientId, guildId);
  const registered = (await rest.put(route, { body: definitions.map(withDefaultReach) })) as { name: string }[];
  return { scope: guildId === undefined ? 'global' : 'guild', ...(guildId === undefined ? {} : { guildId }), names: registered.map((c) => c.name) };
}

/** One line for the terminal. */
export function describeDeployment(deployed: Deployed): string {
  const where = deployed.scope === 'guild' ? `to guild ${deployed.guildId}` : 'globally (may take up to an hour to appear)';
  return `Registered ${deployed.names.length} commands ${where}: ${deployed.names.map((n) => `/${n}`).join(', ')}`;
}

/** Runs the deploy for the CLI; returns the exit code. Output never contains the token. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

const terminal: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

export async function main(env?: Record<string, string | undefined>, output: Output = terminal): Promise<number> {
  let config: Config | undefined;
  try {
    config = loadConfig(env, { require: ['DISCORD_TOKEN', 'DISCORD_CLIENT_ID'] });
    output.out(describeDeployment(await deployCommands(config)));
    return 0;
  } catch (error) {
    const line = error instanceof ConfigError ? error.message : `Deploy failed: ${describeError(error)}`;
    output.err(redact(line, config?.discordToken === undefined ? [] : [config.discordToken]));
    return 1;
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
