// Direct messages and guild messages that @mention the bot: the text (slash syntax or a
// plain question) goes through the same router and commands as everything else.
import type { Message } from 'discord.js';
import { asksToCompare } from '../commands/aid.js';
import { commands } from '../commands/index.js';
import { discordSafe, withoutMentions } from '../render/sanitize.js';
import { fallbackFor, route, type RouterContext } from '../router.js';
import type { RateLimiter } from '../store.js';
import type { Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import { outgoing, rateLimitText } from './interactions.js';
import type { Logger } from '../logger.js';

export interface MessageDeps {
  /** People and donors the router recognises, computed once from the fact base. */
  readonly routerContext: RouterContext;
  readonly answering: Answering;
  readonly rateLimiter: RateLimiter;
  readonly logger: Logger;
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

export async function handleMessage(message: Message, deps: MessageDeps): Promise<void> {
  const botId = message.client.user.id;
  const question = questionIn(message, botId);
  if (question === undefined) return;
  await withErrorBoundary(
    { kind: 'message', userId: message.author.id },
    deps.logger,
    async () => {
      const routed = route(question, commands, deps.routerContext);
      if ('error' in routed) {
        await message.reply({ content: discordSafe(routed.error) });
        return;
      }
      const verdict = await deps.rateLimiter.hit(message.author.id);
      if (!verdict.allowed) {
        await message.reply({ content: rateLimitText(verdict.retryAfterSeconds) });
        return;
      }
      // "compare aid from the us and europe": the figures side by side, as a chart too.
      const options = routed.command === 'aid' && asksToCompare(question) ? { ...routed.options, chart: true } : routed.options;
      let answered = await deps.answering.answer(routed.command, options, message.author.id);
      // Same rule as the REPL (answerLine): a guessed command that finds nothing yields to /ask.
      const fallback = fallbackFor(question, routed);
      if (fallback !== undefined && answered.answer.abstained && answered.answer.error === undefined) {
        const asked = await deps.answering.answer(fallback.command, fallback.options, message.author.id);
        if (!asked.answer.abstained) answered = asked;
      }
      await message.reply(outgoing(answered));
    },
    (text) => message.reply({ content: text }),
  );
}
