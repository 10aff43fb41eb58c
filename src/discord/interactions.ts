// Interactions: slash commands, autocomplete and the paging buttons. Each handler adapts the
// interaction to the request pipeline and its outcome to a reply; failures go through the
// error boundary.
//
// Discord drops an interaction not acknowledged within 3 s ("The application did not
// respond"). An answer ready at once is sent as the acknowledgement itself (one REST call).
// Otherwise the interaction is deferred first and answered by an edit:
// - before any awaited store call (Redis rate limit, stored answer, a long paged query),
//   and while drawing a chart;
// - when many acknowledgements are already on their way (a burst): then the defer goes out
//   before the answer is computed, so a thousand queued answers never hold back an ack.
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
import type { RawOptions } from '../raw-options.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';
import { isPromise, type Outcome, type Pending, type Pipeline } from '../pipeline.js';
import type { PagingState } from '../store/paging-state.js';
import type { Acknowledgements } from './acknowledgements.js';
import type { Answered, Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import { decodePageId } from './paging.js';
import { editWith, replyWith, updateWith } from './send.js';

export interface InteractionDeps {
  readonly facts: LoadedFactBase;
  readonly pipeline: Pipeline;
  readonly answering: Answering;
  readonly paging: PagingState;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  readonly acks: Acknowledgements;
}

const AUTOCOMPLETE_MAX = 25;
const CHOICE_TEXT_MAX = 100;

export function rateLimitText(seconds: number): string {
  return `You're asking quickly — try again in ${seconds} s.`;
}

export const NOT_YOUR_PAGES = "Only the person who asked can turn these pages — run the command yourself to browse them.";
export const EXPIRED_PAGES = 'These pages have expired — run the command again to browse them.';
export const RESTARTING = 'The bot is restarting — please ask again in a moment.';
export const COVERAGE_CHANGED = 'The coverage was updated since this page; showing the current answer.';

export async function handleInteraction(interaction: Interaction, deps: InteractionDeps): Promise<void> {
  const receivedAt = performance.now();
  if (interaction.isChatInputCommand()) {
    await withErrorBoundary(
      { kind: 'slash', command: interaction.commandName, userId: interaction.user.id },
      deps.logger,
      () => onSlashCommand(interaction, deps, receivedAt),
      (text) => tellEphemeral(interaction, text, { replaceDeferred: true }),
      deps.metrics,
    );
  } else if (interaction.isAutocomplete()) {
    // Nothing useful to tell a user mid-typing: an autocomplete failure is only logged.
    await withErrorBoundary(
      { kind: 'autocomplete', command: interaction.commandName, userId: interaction.user.id },
      deps.logger,
      () => onAutocomplete(interaction, deps),
      async () => undefined,
      deps.metrics,
    );
  } else if (interaction.isButton()) {
    await withErrorBoundary(
      { kind: 'button', command: 'page button', userId: interaction.user.id },
      deps.logger,
      () => onButton(interaction, deps, receivedAt),
      // A deferred update belongs to the paged message: keep it, and say what failed beside it.
      (text) => tellEphemeral(interaction, text, { replaceDeferred: false }),
      deps.metrics,
    );
  }
}

/** Shutting down: a short ephemeral note instead of silence for an interaction that arrives too late. */
export async function refuseWhileStopping(interaction: Interaction): Promise<void> {
  if (interaction.isRepliable()) await interaction.reply({ content: RESTARTING, flags: MessageFlags.Ephemeral }).catch(() => undefined);
}

/** Option values as the command registry takes them. */
function rawOptions(interaction: ChatInputCommandInteraction | AutocompleteInteraction): RawOptions {
  const raw: Record<string, string | number | boolean> = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined) raw[option.name] = option.value;
  }
  return raw;
}

/** What to send for an outcome: a refusal (ephemeral text) or a rendered answer. */
type Reply = { readonly refusal: string } | { readonly answered: Answered; readonly privately: boolean };

function replyFor(outcome: Outcome, deps: InteractionDeps, requesterId: string, asked: boolean): Pending<Reply> {
  if (outcome.kind === 'limited') return { refusal: rateLimitText(outcome.retryAfterSeconds) };
  if (outcome.kind === 'unreadable') return { refusal: outcome.answer.message ?? 'Could not read that request.' };
  // A request the bot could not read is the asker's business, not the channel's.
  const privately = asked || outcome.answer.error === 'bad-input' || outcome.answer.error === 'unknown-command';
  const rendered = deps.answering.render(outcome, requesterId);
  return isPromise(rendered) ? rendered.then((answered) => ({ answered, privately })) : { answered: rendered, privately };
}

async function onSlashCommand(interaction: ChatInputCommandInteraction, deps: InteractionDeps, receivedAt: number): Promise<void> {
  const raw = rawOptions(interaction);
  const command = interaction.commandName;
  const requesterId = interaction.user.id;
  // `private:true` asks for an answer only the asker sees.
  const asked = flagSet(raw, 'private');
  const defer = (reason: 'busy' | 'slow') => {
    deps.metrics?.deferred.inc({ reason });
    return deps.acks.send(() => interaction.deferReply(asked ? { flags: MessageFlags.Ephemeral } : {}));
  };
  const wait = deferFirst(deps, command, raw);
  if (wait !== undefined) {
    await defer(wait);
    await deps.acks.settled();
  }
  let outcome = deps.pipeline.handle({ command, options: raw }, requesterId);
  // The pipeline had to ask a store: acknowledge before waiting on it.
  if (isPromise(outcome)) {
    if (!interaction.deferred) await defer('slow');
    outcome = await outcome;
  }
  let reply = replyFor(outcome, deps, requesterId, asked);
  // Drawing a chart takes this process's own time: wait for it while the window allows.
  if (isPromise(reply) && !interaction.deferred && (await settledBy(reply, receivedAt + DRAW_BUDGET_MS)) === undefined) await defer('slow');
  reply = await reply;
  if (!interaction.deferred) {
    await deps.acks.send(async () => {
      if ('refusal' in reply) await interaction.reply({ content: reply.refusal, flags: MessageFlags.Ephemeral });
      else await replyWith(interaction, reply.answered, reply.privately);
    });
  } else if ('refusal' in reply) {
    // The deferred reply is public unless private:true: swap it for an ephemeral note.
    if (!asked) await interaction.deleteReply();
    if (asked) await interaction.editReply({ content: reply.refusal });
    else await interaction.followUp({ content: reply.refusal, flags: MessageFlags.Ephemeral });
  } else {
    await editWith(interaction, reply.answered);
  }
  sent(deps, 'slash', 'refusal' in reply ? 'refused' : command, receivedAt);
}

/**
 * Computing an answer blocks the process, and every acknowledgement behind it waits (a first
 * /who on the White House fact base took over a second). Answers typically slower than this
 * are computed after acknowledging; quicker ones delay others' acknowledgements by well under
 * Discord's 3 s, which costs less than a second REST call each.
 */
const QUICK_MS = 200;

/**
 * Why to acknowledge (defer) before answering, or undefined to send the answer as the
 * acknowledgement. An answer in memory is sent at once, even in a burst: deferring it would
 * only add a REST call. One to compute is deferred in a burst, when its command is typically
 * slow, or when its command was never timed and other acknowledgements are on their way (a
 * burst just after start); it is then computed once no acknowledgement is on its way.
 */
function deferFirst(deps: InteractionDeps, command: string, options: RawOptions): 'busy' | 'slow' | undefined {
  const expected = deps.pipeline.expectedMs(command, options);
  if (expected === 0) return undefined;
  if (deps.acks.busy) return 'busy';
  return (expected === undefined ? deps.acks.pending > 0 : expected >= QUICK_MS) ? 'slow' : undefined;
}

/**
 * How long after arrival a chart may take before the interaction is deferred. Time spent
 * drawing is this process's own (no store, no network), so it is waited for within the
 * window rather than costing every chart a second REST call.
 */
const DRAW_BUDGET_MS = 2000;

/** The value if `work` settles before `deadline` (performance.now() ms), else undefined; rejections propagate. */
async function settledBy<T>(work: Promise<T>, deadline: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), Math.max(0, deadline - performance.now()));
    });
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

function sent(deps: InteractionDeps, surface: string, command: string, receivedAt: number): void {
  deps.metrics?.replies.inc({ command, surface });
  deps.metrics?.latency.observe({ surface }, (performance.now() - receivedAt) / 1000);
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
  const deferUpdate = (reason: 'busy' | 'slow') => {
    deps.metrics?.deferred.inc({ reason });
    return deps.acks.send(() => interaction.deferUpdate());
  };
  // A long query's buttons carry a key into the store: acknowledge before asking it.
  if (target.kind === 'stored') await deferUpdate(deps.acks.busy ? 'busy' : 'slow');
  const query = target.kind === 'inline' ? target.query : await deps.paging.load(target.key);
  if (query === undefined) {
    await interaction.followUp({ content: EXPIRED_PAGES, flags: MessageFlags.Ephemeral });
    return;
  }
  const options = { ...query.options, page: target.page };
  const wait = interaction.deferred ? undefined : deferFirst(deps, query.command, options);
  if (wait !== undefined) await deferUpdate(wait);
  if (interaction.deferred) await deps.acks.settled();
  // Turning a page is not a new question: not counted by the rate limit.
  let outcome = deps.pipeline.handle({ command: query.command, options });
  if (isPromise(outcome)) {
    if (!interaction.deferred) await deferUpdate('slow');
    outcome = await outcome;
  }
  let reply = replyFor(outcome, deps, target.requesterId, false);
  if (isPromise(reply) && !interaction.deferred && (await settledBy(reply, receivedAt + DRAW_BUDGET_MS)) === undefined) await deferUpdate('slow');
  reply = await reply;
  // A button from before a fact-base swap re-runs on the new one: say so, as the page's
  // content (cleared again by the next press, whose buttons carry the new tag).
  const changed = target.coverage !== undefined && target.coverage !== deps.answering.coverage;
  const content = changed ? COVERAGE_CHANGED : '';
  if ('refusal' in reply) {
    const message = { content: reply.refusal, embeds: [], components: [] };
    if (interaction.deferred) await interaction.editReply(message);
    else await deps.acks.send(() => interaction.update(message));
  } else if (interaction.deferred) await editWith(interaction, reply.answered, content);
  else await deps.acks.send(() => updateWith(interaction, reply.answered, content));
  sent(deps, 'button', query.command, receivedAt);
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
