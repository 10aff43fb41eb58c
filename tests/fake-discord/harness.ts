// The real bot (startBot: real discord.js client, real commands, real renderer) wired to a
// fake Discord on an ephemeral port, plus helpers to act as a user and read the replies.
import { once } from 'node:events';
import Keyv from 'keyv';
import { afterEach, beforeAll } from 'vitest';
import type { ClientOptions } from 'discord.js';
import { startBot, type RunningBot } from '../../src/bot.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger } from '../../src/logger.js';
import type { LoadedFactBase } from '../../src/factbase/persist.js';
import type { LiveFactBase } from '../../src/factbase/live.js';
import { ResilientStore } from '../../src/store/resilient-store.js';
import { testFactBase } from './facts.js';
import { nextSnowflake } from './ids.js';
import { autocomplete, buttonPress, makeUser, messageCreate, slashCommand, type OptionValues, type Where } from './payloads.js';
import { FakeDiscord, type FakeUser, type RecordedRequest } from './server.js';

/** Shaped like a bot token; the fake accepts only this one. */
export const TEST_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.GfakeT.test-token-not-a-real-secret-0123456789';

export interface HarnessOptions {
  readonly facts: LoadedFactBase | LiveFactBase;
  /** The bot's store, given the harness's logger; an in-memory keyv by default. */
  readonly store?: (logger: Logger) => ResilientStore;
  readonly env?: Record<string, string>;
  readonly deferBeyond?: number;
  readonly now?: () => number;
  readonly clientOverrides?: Partial<ClientOptions>;
}

export interface Reply {
  /** `reply`, `update`, `autocomplete`, `defer`, `edit` (of the deferred reply) or `followUp`. */
  readonly kind: 'reply' | 'update' | 'autocomplete' | 'edit' | 'followUp';
  readonly data: any;
  readonly request: RecordedRequest;
}

export class Harness {
  readonly inGuild: Where;

  private constructor(
    readonly fake: FakeDiscord,
    readonly bot: RunningBot,
    /** Every log line the bot wrote (already redacted). */
    readonly logLines: readonly string[],
    readonly guildId: string,
    readonly channelId: string,
  ) {
    this.inGuild = { guildId, channelId };
  }

  static async start(options: HarnessOptions): Promise<Harness> {
    const guildId = nextSnowflake();
    const channelId = nextSnowflake();
    const fake = await FakeDiscord.start({ token: TEST_TOKEN, guilds: [{ id: guildId, channelIds: [channelId] }] });
    const logLines: string[] = [];
    const config = loadConfig({
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: fake.apiUrl,
      RATE_LIMIT_MAX: '1000',
      ...options.env,
    });
    const logger = createLogger({ level: 'debug', secrets: [TEST_TOKEN], write: (line) => logLines.push(line) });
    const bot = await startBot({
      config,
      facts: options.facts,
      store: options.store?.(logger) ?? new ResilientStore(new Keyv(), { logger }),
      logger,
      ...(options.deferBeyond === undefined ? {} : { deferBeyond: options.deferBeyond }),
      ...(options.now === undefined ? {} : { now: options.now }),
      clientOverrides: {
        // No 5 s wait between IDENTIFYs after a dropped session.
        ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
        ...options.clientOverrides,
      },
    });
    // login() resolves at READY; interactions need the guild from GUILD_CREATE, which clientReady waits for.
    if (!bot.client.isReady()) await once(bot.client, 'clientReady');
    return new Harness(fake, bot, logLines, guildId, channelId);
  }

  get applicationId(): string {
    return this.fake.applicationId;
  }

  user(name = 'reader'): FakeUser {
    return makeUser(name);
  }

  dmWith(user: FakeUser): Where {
    // A DM channel id is its own snowflake; one per user is enough here.
    return { channelId: `${BigInt(user.id) + 1n}` };
  }

  /** Dispatches a slash command and resolves with the bot's answer to it. */
  async slash(name: string, options: OptionValues, user: FakeUser, where: Where = this.inGuild): Promise<Reply> {
    const built = slashCommand(this.applicationId, name, options, user, where);
    this.fake.dispatch('INTERACTION_CREATE', built.payload);
    return this.answerTo(built.token);
  }

  async autocomplete(name: string, options: OptionValues, focused: string, user: FakeUser): Promise<Reply> {
    const built = autocomplete(this.applicationId, name, options, focused, user, this.inGuild);
    this.fake.dispatch('INTERACTION_CREATE', built.payload);
    return this.answerTo(built.token);
  }

  /** Presses a button on a message the bot sent (the `data` of an earlier reply). */
  async press(customId: string, message: Record<string, unknown>, user: FakeUser, where: Where = this.inGuild): Promise<Reply> {
    const full = { id: nextSnowflake(), author: { id: this.fake.botUser.id, username: 'coverage-bot', discriminator: '0', avatar: null, bot: true }, content: '', timestamp: new Date().toISOString(), edited_timestamp: null, tts: false, mention_everyone: false, mentions: [], mention_roles: [], attachments: [], embeds: [], components: [], pinned: false, type: 0, flags: 0, ...message };
    const built = buttonPress(this.applicationId, customId, full, user, where);
    this.fake.dispatch('INTERACTION_CREATE', built.payload);
    return this.answerTo(built.token);
  }

  /** Sends a message as `author`; resolves with the bot's message in that channel. */
  async say(author: FakeUser, content: string, where: Where, mentions: readonly FakeUser[] = []): Promise<RecordedRequest> {
    const payload = messageCreate(author, content, where, mentions);
    this.fake.dispatch('MESSAGE_CREATE', payload);
    return this.fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/channels/${where.channelId}/messages` && r.body?.message_reference?.message_id === payload['id'],
    );
  }

  /** The first request that shows the user something for this interaction (not a bare defer). */
  async answerTo(token: string, timeoutMs = 5000): Promise<Reply> {
    const request = await this.fake.waitForRequest((r) => r.interactionToken === token && kindOf(r) !== undefined, timeoutMs);
    const kind = kindOf(request)!;
    return { kind, data: kind === 'reply' || kind === 'update' || kind === 'autocomplete' ? request.body.data : request.body, request };
  }

  async close(): Promise<void> {
    await this.bot.stop(1000);
    await this.fake.close();
  }
}

function kindOf(r: RecordedRequest): Reply['kind'] | undefined {
  if (r.path.endsWith('/callback')) {
    const type = r.body?.type as number | undefined;
    if (type === 4) return 'reply';
    if (type === 7) return 'update';
    if (type === 8) return 'autocomplete';
    return undefined; // 5 / 6: deferrals show nothing yet
  }
  if (r.path.startsWith('/webhooks/')) {
    if (r.method === 'PATCH') return 'edit';
    if (r.method === 'POST') return 'followUp';
  }
  return undefined;
}

/** All visible text of an embed reply: title, description, fields, footer. */
export function embedText(data: any): string {
  const embeds = (data?.embeds ?? []) as any[];
  return embeds
    .map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text].filter(Boolean).join('\n'))
    .join('\n');
}

/** Custom ids of the buttons in a reply, by label. */
export function buttonsOf(data: any): Record<string, { id: string; disabled: boolean }> {
  const out: Record<string, { id: string; disabled: boolean }> = {};
  for (const row of (data?.components ?? []) as any[]) {
    for (const c of row.components ?? []) out[c.label] = { id: c.custom_id, disabled: Boolean(c.disabled) };
  }
  return out;
}

/**
 * Per-file setup for bot suites: one fact base for the file, a fresh bot per test, and the
 * bot and fake always closed after each test (a live client keeps the process running).
 */
export function harnessPerTest(): {
  readonly facts: LoadedFactBase;
  start(options?: Partial<HarnessOptions>): Promise<Harness>;
} {
  let facts: LoadedFactBase | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    facts = await testFactBase();
  });
  afterEach(async () => {
    await harness?.close();
    harness = undefined;
  });
  return {
    get facts(): LoadedFactBase {
      if (facts === undefined) throw new Error('the fact base is loaded in beforeAll');
      return facts;
    },
    async start(options = {}) {
      harness = await Harness.start({ facts: this.facts, ...options });
      return harness;
    },
  };
}
