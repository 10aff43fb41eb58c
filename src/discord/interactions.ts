// Interactions: slash commands, autocomplete and the paging buttons. Each handler parses,
// asks `Answering`, and sends; failures go through the error boundary.
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type RepliableInteraction,
} from 'discord.js';
import { autocomplete, flagSet } from '../commands/index.js';
import type { RawOptions } from '../commands/types.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { PagingState, RateLimiter } from '../store.js';
import type { Answered, Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import type { Logger } from '../logger.js';
import { decodePageId } from './paging.js';

export interface InteractionDeps {
  readonly facts: LoadedFactBase;
  readonly answering: Answering;
  readonly rateLimiter: RateLimiter;
  readonly paging: PagingState;
  readonly logger: Logger;
  /**
   * Discord drops an interaction not acknowledged within 3 s. Answers come from memory in
   * milliseconds, so the bot replies directly (one REST call) and defers only when the
   * answer is not ready this long after the interaction arrived (a slow store).
   */
  readonly deferAfterMs: number;
}

const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

export function rateLimitText(seconds: number): string {
  return `You're asking quickly — try again in ${seconds} s.`;
}

export const NOT_YOUR_PAGES = "Only the person who asked can turn these pages — run the command yourself to browse them.";
export const EXPIRED_PAGES = 'These pages have expired — run the command again to browse them.';

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  // Timed from arrival here rather than the snowflake's timestamp: this host's clock may disagree with Discord's.
  const receivedAt = Date.now();
  if (interaction.isChatInputCommand()) {
    await withErrorBoundary(
      { kind: 'slash', command: interaction.commandName, userId: interaction.user.id },
      deps.logger,
      () => onSlashCommand(interaction, deps, receivedAt),
      (text) => tellEphemeral(interaction, text, { replaceDeferred: true }),
    );
  } else if (interaction.isAutocomplete()) {
    // Nothing useful to tell a user mid-typing: an autocomplete failure is only logged.
    await withErrorBoundary(
      { kind: 'autocomplete', command: interaction.commandName, userId: interaction.user.id },
      deps.logger,
      () => onAutocomplete(interaction, deps),
      async () => undefined,
    );
  } else if (interaction.isButton()) {
    await withErrorBoundary(
      { kind: 'button', command: 'page button', userId: interaction.user.id },
      deps.logger,
      () => onButton(interaction, deps, receivedAt),
      // A deferred update belongs to the paged message: keep it, and say what failed beside it.
      (text) => tellEphemeral(interaction, text, { replaceDeferred: false }),
    );
  }
}

/** The message to send for an answer: its embed and buttons, and the chart image when there is one. */
export function outgoing(answered: Answered) {
  const { chart } = answered;
  return { ...answered.message, files: chart === undefined ? [] : [{ attachment: chart.png, name: chart.name }] };
}

/** Option values as the command registry takes them. */
function rawOptions(interaction: ChatInputCommandInteraction | AutocompleteInteraction): RawOptions {
  const raw: Record<string, string | number | boolean> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined) raw[option.name] = option.value;
  }
  return raw;
}

async function onSlashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps, receivedAt: number): Promise<void> {
  const verdict = await deps.rateLimiter.hit(interaction.user.id);
  if (!verdict.allowed) {
    await interaction.reply({ content: rateLimitText(verdict.retryAfterSeconds), flags: MessageFlags.Ephemeral });
    return;
  }
  const raw = rawOptions(interaction);
  const work = deps.answering.answer(interaction.commandName, raw, interaction.user.id);
  const ready = await readyBy(work, receivedAt + deps.deferAfterMs);
  // `private:true` asks for an answer only the asker sees.
  const asked = flagSet(raw, 'private');
  if (ready !== undefined) {
    // A request the bot could not read is the asker's business, not the channel's.
    const privately = asked || ready.answer.error === 'bad-input' || ready.answer.error === 'unknown-command';
    await interaction.reply({ ...outgoing(ready), ...(privately ? { flags: MessageFlags.Ephemeral } : {}) });
    return;
  }
  await interaction.deferReply(asked ? { flags: MessageFlags.Ephemeral } : {});
  await interaction.editReply(outgoing(await work));
}

async function onAutocomplete(interaction: AutocompleteInteraction, deps: InteractionDeps): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = autocomplete(interaction.commandName, focused.name, String(focused.value), deps.facts)
    // Discord rejects the whole response for one over-long choice.
    .filter((c) => c.name.length >= 1 && c.name.length <= CHOICE_TEXT_MAX && c.value.length <= CHOICE_TEXT_MAX)
    .slice(0, AUTOCOMPLETE_MAX);
  await interaction.respond(choices);
}

async function onButton(interaction: ButtonInteraction, deps: InteractionDeps, receivedAt: number): Promise<void> {
  const target = decodePageId(interaction.customId);
  if (target === undefined) {
    await interaction.reply({ content: 'This button is no longer active.', flags: MessageFlags.Ephemeral });
    return;
  }
  if (target.requesterId !== interaction.user.id) {
    await interaction.reply({ content: NOT_YOUR_PAGES, flags: MessageFlags.Ephemeral });
    return;
  }
  const query = target.kind === 'inline' ? target.query : await deps.paging.load(target.key);
  if (query === undefined) {
    await interaction.reply({ content: EXPIRED_PAGES, flags: MessageFlags.Ephemeral });
    return;
  }
  const work = deps.answering.answer(query.command, { ...query.options, page: target.page }, target.requesterId);
  const ready = await readyBy(work, receivedAt + deps.deferAfterMs);
  if (ready !== undefined) {
    await interaction.update(outgoing(ready));
    return;
  }
  await interaction.deferUpdate();
  await interaction.editReply(outgoing(await work));
}

/** The answer if it settles before `deadline` (epoch ms), else undefined (rejections propagate). */
async function readyBy(work: Promise<Answered>, deadline: number): Promise<Answered | undefined> {
  const wait = deadline - Date.now();
  if (wait <= 0) {
    // Already late: only take the answer if it is settled right now.
    return Promise.race([work, Promise.resolve(undefined)]);
  }
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), wait);
    });
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Error text, ephemeral where possible, through whichever route the interaction's state allows. */
async function tellEphemeral(interaction: RepliableInteraction, content: string, how: { replaceDeferred: boolean }): Promise<void> {
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ content, flags: MessageFlags.Ephemeral });
    return;
  }
  if (how.replaceDeferred && interaction.deferred && !interaction.replied) {
    // Replace the "thinking…" placeholder; if that route is what failed, fall back below.
    const edit: InteractionEditReplyOptions = { content, embeds: [], components: [] };
    try {
      await interaction.editReply(edit);
      return;
    } catch {
      // fall through to a follow-up
    }
  }
  await interaction.followUp({ content, flags: MessageFlags.Ephemeral });
}
