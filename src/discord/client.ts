// The discord.js client with the least it needs. Intents:
// - Guilds: guild and channel objects for interactions in servers (and GUILD_CREATE);
// - GuildMessages: MESSAGE_CREATE in servers, for messages that @mention the bot;
// - DirectMessages (+ Partials.Channel, since DM channels are not cached): questions in DMs.
// No privileged MessageContent: Discord always delivers the content of DMs the bot receives
// and of messages that mention it (support-dev.discord.com, "Message Content Intent
// Alternatives & Workarounds": bots always have access to messages received in DMs, messages
// where the bot is @mentioned, and messages the bot sends), which is all this bot reads.
import { Client, GatewayIntentBits, Options, Partials, REST, type ClientOptions } from 'discord.js';
import { Agent } from 'undici';

export const BOT_INTENTS: readonly GatewayIntentBits[] = [
  GatewayIntentBits.Guilds,
  GatewayIntentBits.GuildMessages,
  GatewayIntentBits.DirectMessages,
];

/** Nothing the bot sends may ping anyone, the asker included: echoed user text could carry @everyone or role mentions. */
export const NO_PINGS = { parse: [] } as const satisfies { parse: [] };

/**
 * What the client keeps of what Discord sends. By default discord.js caches every user and
 * member that ever asked, and the last 200 messages of every channel (its own edited replies
 * among them), for as long as the process runs: memory that grows with the audience and that
 * nothing here reads. The bot's own user and member stay; guilds and channels are kept as usual.
 */
const CACHE_LIMITS = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  MessageManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user?.id },
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user?.id },
});

export interface ClientFactoryOptions {
  /** REST base URL (DISCORD_API_URL); Discord's when undefined. */
  readonly apiUrl?: string | undefined;
  /** Test and benchmark overrides (e.g. `ws.buildIdentifyThrottler`, other intents). */
  readonly overrides?: Partial<ClientOptions>;
}

/**
 * Connections to Discord's API at most. Without a bound, undici opens one per request in flight,
 * so a burst of 1,000 interactions opened 1,000 connections (TLS handshakes against Discord) just
 * to acknowledge them; a bounded pool reuses kept-alive connections. Measured against the fake
 * Discord (bench/burst.ts, 1,000 at once, load 11–13): the bot's CPU for the whole burst fell by
 * about a third.
 */
export const API_CONNECTIONS = 64;

export function createClient(options: ClientFactoryOptions = {}): Client {
  const rest = {
    ...(options.apiUrl === undefined ? {} : { api: options.apiUrl }),
    agent: new Agent({ connections: API_CONNECTIONS }),
    ...options.overrides?.rest,
  };
  const client = new Client({
    intents: [...BOT_INTENTS],
    partials: [Partials.Channel],
    makeCache: CACHE_LIMITS,
    allowedMentions: { parse: [...NO_PINGS.parse], repliedUser: false },
    ...options.overrides,
    rest,
  });
  exemptInteractionWebhooks(client, rest);
  return client;
}

/**
 * Discord exempts interaction endpoints from the bot's global rate limit: the callback and
 * the interaction's webhook (editing the deferred reply, follow-ups). @discordjs/rest exempts
 * only the callback, so under a burst every deferred answer queued behind its client-side
 * 50 requests/s (1,000 deferred answers took 20 s to land). The interaction's webhook calls
 * (sent without the bot token) go through a second REST queue without that limit; per-route
 * limits and 429 handling stay as they are.
 */
function exemptInteractionWebhooks(client: Client, rest: NonNullable<ClientOptions['rest']>): void {
  const webhooks = new REST({ ...rest, globalRequestsPerSecond: Number.MAX_SAFE_INTEGER });
  const queue = client.rest.queueRequest.bind(client.rest);
  client.rest.queueRequest = (request) =>
    request.auth === false && request.fullRoute.startsWith('/webhooks/') ? webhooks.queueRequest(request) : queue(request);
}
