// Direct messages and guild messages that @mention the bot: the text (slash syntax or a
// plain question) goes through the same router and commands as everything else.
import type { Message } from 'discord.js';
import { commands } from '../commands/index.js';
import { discordSafe } from '../render/sanitize.js';
import { fallbackFor, route, type RouterContext } from '../router.js';
import type { RateLimiter } from '../store.js';
import type { Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import { rateLimitText } from './interactions.js';
import type { Logger } from './logger.js';

export interface MessageDeps {
  /** People and donors the router recognises, computed once from the fact base. */
  readonly routerContext: RouterContext;
  readonly answering: Answering;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
}

/** The question in a message, or undefined when the message is not for the bot. */
export function questionIn(message: Message, botId: string): string | undefined {
  if (message.author.bot) return undefined;
  if (!message.inGuild()) return message.content.trim();
  if (!message.mentions.users.has(botId)) return undefined;
  return stripMentionsOf(message.content, botId);
}

/** Removes `<@id>` / `<@!id>` mentions of the bot, wherever they are in the text. */
export function stripMentionsOf(content: string, botId: string): string {
  return content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

export async function handleMessage(message: Message, deps: MessageDeps): Promise<void> {
  const botId = message.client.user.id;
  const question = questionIn(message, botId);
  if (question === undefined) return;
  await withErrorBoundary(
    { kind: 'message', userId: message.author.id },
    deps.logger,
    async () => {
      // A bare mention is a request for help.
      const routed = route(question === '' ? '/help' : question, commands, deps.routerContext);
      if ('error' in routed) {
        await message.reply({ content: discordSafe(routed.error) });
        return;
      }
      const verdict = await deps.rateLimiter.hit(message.author.id);
      if (!verdict.allowed) {
        await message.reply({ content: rateLimitText(verdict.retryAfterSeconds) });
        return;
      }
      let answered = await deps.answering.answer(routed.command, routed.options, message.author.id);
      // Same rule as the REPL (answerLine): a guessed command that finds nothing yields to /ask.
      const fallback = fallbackFor(question, routed);
      if (fallback !== undefined && answered.answer.abstained && answered.answer.error === undefined) {
        const asked = await deps.answering.answer(fallback.command, fallback.options, message.author.id);
        if (!asked.answer.abstained) answered = asked;
      }
      await message.reply(answered.message);
    },
    (text) => message.reply({ content: text }),
  );
}
