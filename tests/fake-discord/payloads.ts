// Complete gateway payloads for the fake to dispatch. discord.js throws (uncaught, killing
// the test process) on interactions missing `entitlements` or
// `authorizing_integration_owners`, so every builder starts from a full template.
import { nextSnowflake } from './ids.js';
import type { FakeUser } from './server.js';

export function makeUser(username: string, bot = false): FakeUser {
  return { id: nextSnowflake(), username, bot };
}

function userJson(user: FakeUser): Record<string, unknown> {
  return { id: user.id, username: user.username, discriminator: '0', global_name: null, avatar: null, bot: user.bot ?? false };
}

export interface Where {
  /** A guild channel when set; a DM with the bot otherwise. */
  readonly guildId?: string;
  readonly channelId: string;
}

function context(user: FakeUser, where: Where): Record<string, unknown> {
  if (where.guildId === undefined) {
    return {
      user: userJson(user),
      channel: { id: where.channelId, type: 1, recipients: [userJson(user)] },
      channel_id: where.channelId,
      context: 1,
      authorizing_integration_owners: { '0': user.id },
    };
  }
  return {
    guild_id: where.guildId,
    member: { user: userJson(user), roles: [], joined_at: new Date(0).toISOString(), permissions: '0', deaf: false, mute: false, flags: 0 },
    channel: { id: where.channelId, type: 0, guild_id: where.guildId },
    channel_id: where.channelId,
    guild_locale: 'en-US',
    context: 0,
    authorizing_integration_owners: { '0': where.guildId },
  };
}

export interface BuiltInteraction {
  readonly id: string;
  readonly token: string;
  readonly payload: Record<string, unknown>;
}

function interaction(applicationId: string, type: number, data: unknown, user: FakeUser, where: Where): BuiltInteraction {
  const id = nextSnowflake();
  const token = `itok-${id}`;
  return {
    id,
    token,
    payload: {
      id,
      application_id: applicationId,
      type,
      token,
      version: 1,
      data,
      locale: 'en-US',
      app_permissions: '2248473465835073',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...context(user, where),
    },
  };
}

export type OptionValues = Readonly<Record<string, string | number | boolean>>;

function optionList(options: OptionValues, focused?: string): Record<string, unknown>[] {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'boolean' ? 5 : typeof value === 'number' ? 4 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

export function slashCommand(applicationId: string, name: string, options: OptionValues, user: FakeUser, where: Where): BuiltInteraction {
  return interaction(applicationId, 2, { id: nextSnowflake(), name, type: 1, options: optionList(options) }, user, where);
}

export function autocomplete(
  applicationId: string,
  name: string,
  options: OptionValues,
  focused: string,
  user: FakeUser,
  where: Where,
): BuiltInteraction {
  return interaction(applicationId, 4, { id: nextSnowflake(), name, type: 1, options: optionList(options, focused) }, user, where);
}

/** A press on a button of `message` (a message object the fake returned for a reply). */
export function buttonPress(
  applicationId: string,
  customId: string,
  message: Record<string, unknown>,
  user: FakeUser,
  where: Where,
): BuiltInteraction {
  const built = interaction(applicationId, 3, { custom_id: customId, component_type: 2 }, user, where);
  return { ...built, payload: { ...built.payload, message: { ...message, channel_id: where.channelId } } };
}

export function messageCreate(
  author: FakeUser,
  content: string,
  where: Where,
  mentions: readonly FakeUser[] = [],
): Record<string, unknown> {
  return {
    id: nextSnowflake(),
    channel_id: where.channelId,
    author: userJson(author),
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: mentions.map(userJson),
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    // Without channel_type discord.js silently drops a DM from an uncached channel.
    ...(where.guildId === undefined
      ? { channel_type: 1 }
      : { guild_id: where.guildId, channel_type: 0, member: { roles: [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } }),
  };
}
