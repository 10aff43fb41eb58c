// Direct messages and guild messages that @mention the bot: the text (slash syntax or a
// plain question) goes through the request pipeline like everything else. No 3-second
// window here: a message is answered whenever the answer is ready.
import type { Message } from 'discord.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import type { Pipeline } from '../pipeline.js';
import type { Conversations } from '../store/conversations.js';
import { discordSafe, withoutMentions } from '../render/sanitize.js';
import type { Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import { RESTARTING, rateLimitText } from './interactions.js';
import { outgoing } from './send.js';

export interface MessageDeps {
  readonly pipeline: Pipeline;
  /** Each conversation's last question, for follow-ups ("and france"). */
  readonly conversations?: Conversations | undefined;
  readonly answering: Answering;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
}

/**
 * The request in a message, or undefined when the message is not for the bot. A bare mention
 * of the bot asks for /help; other mentions (@everyone, @here, users, roles, channels) are not
 * part of a question, so a message of nothing else is empty, which the router answers with
 * "Type a question…" rather than searching the coverage for "@everyone".
 */
export function questionIn(message: Message, botId: string): string | undefined {
  if (message.author.bot) return undefined;
  if (message.inGuild() && !message.mentions.users.has(botId)) return undefined;
  return requestIn(message.content, botId);
}

/** The text of a message the bot should answer, as `questionIn` describes it. */
export function requestIn(content: string, botId: string): string {
  const withoutBot = stripMentionsOf(content, botId);
  return withoutBot === '' ? '/help' : withoutMentions(withoutBot);
}

/** Removes `<@id>` / `<@!id>` mentions of the bot, wherever they are in the text. */
export function stripMentionsOf(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Whose follow-ups a message continues: a DM's user, or one user in one guild channel (others there have their own). */
export function conversationOf(message: Message): string {
  return message.inGuild() ? `channel:${message.channelId}:${message.author.id}` : `dm:${message.author.id}`;
}

export async function handleMessage(message: Message, deps: MessageDeps): Promise<void> {
  const botId = message.client.user.id;
  const question = questionIn(message, botId);
  if (question === undefined) return;
  const receivedAt = performance.now();
  await withErrorBoundary(
    { kind: 'message', userId: message.author.id },
    deps.logger,
    async () => {
      // Counted by the limiter whether or not it can be read: unreadable messages cost a reply too.
      const conversation = deps.conversations === undefined ? undefined : { conversations: deps.conversations, id: conversationOf(message) };
      const outcome = await deps.pipeline.handle({ text: question }, message.author.id, conversation);
      if (outcome.kind === 'limited') {
        await message.reply({ content: rateLimitText(outcome.retryAfterSeconds) });
      } else if (outcome.kind === 'unreadable') {
        await message.reply({ content: discordSafe(outcome.answer.message ?? 'Could not read that request.') });
      } else {
        await message.reply(outgoing(await deps.answering.render(outcome, message.author.id)));
      }
      deps.metrics?.replies.inc({ command: outcome.kind === 'answered' ? outcome.command : 'refused', surface: 'message' });
      deps.metrics?.latency.observe({ surface: 'message' }, (performance.now() - receivedAt) / 1000);
    },
    (text) => message.reply({ content: text }),
    deps.metrics,
  );
}

/** Shutting down: a message for the bot gets the short "restarting" note instead of silence, as an interaction does. */
export async function refuseMessageWhileStopping(message: Message): Promise<void> {
  if (questionIn(message, message.client.user.id) === undefined) return;
  await message.reply({ content: RESTARTING }).catch(() => undefined);
}
