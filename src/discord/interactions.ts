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
import type { Answered, Answering } from './answering.js';
import { withErrorBoundary } from './error-boundary.js';
import { decodePageId } from './paging.js';

export interface InteractionDeps {
  readonly facts: LoadedFactBase;
  readonly pipeline: Pipeline;
  readonly answering: Answering;
  readonly paging: PagingState;
  readonly logger: Logger;
  readonly metrics?: Metrics | undefined;
  readonly acks: Acknowledgements;
}

/** Acknowledgements sent and not yet confirmed by Discord: the depth of the burst being answered. */
export class Acknowledgements {
  #inFlight = 0;

  /** @param deferBeyond defer first once this many acknowledgements are in flight (0: defer every interaction). */
  constructor(readonly deferBeyond = 8) {}

  #idle: (() => void)[] = [];

  get busy(): boolean {
    return this.#inFlight >= this.deferBeyond;
  }

  async send<T>(ack: () => Promise<T>): Promise<T> {
    this.#inFlight += 1;
    try {
      return await ack();
    } finally {
      this.#inFlight -= 1;
      if (this.#inFlight === 0) for (const resolve of this.#idle.splice(0)) resolve();
    }
  }

  /**
   * Resolves once no acknowledgement is on its way. A burst's deferred answers wait for it, so
   * every acknowledgement goes out before the answers compete with them for the process and
   * the connection to Discord.
   */
  settled(): Promise<void> {
    return this.#inFlight === 0 ? Promise.resolve() : new Promise((resolve) => this.#idle.push(resolve));
  }
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

/**
 * The message to send for an answer: its embed and buttons, and the chart image when there is
 * one. Embeds and button rows are already Discord's JSON: handed over as such, discord.js sends
 * them as they are instead of re-casing every key (about 2% of the CPU of a reply, profiled).
 */
export function outgoing(answered: Answered) {
  const { chart, message } = answered;
  return {
    embeds: message.embeds.map(asJson),
    components: message.components.map(asJson),
    files: chart === undefined ? [] : [{ attachment: chart.png, name: chart.name }],
  };
}

function asJson<T>(value: T): { toJSON(): T } {
  return { toJSON: () => value };
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
  if (deps.acks.busy) {
    await defer('busy');
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
    await deps.acks.send(() =>
      'refusal' in reply
        ? interaction.reply({ content: reply.refusal, flags: MessageFlags.Ephemeral })
        : interaction.reply({ ...outgoing(reply.answered), ...(reply.privately ? { flags: MessageFlags.Ephemeral } : {}) }),
    );
  } else if ('refusal' in reply) {
    // The deferred reply is public unless private:true: swap it for an ephemeral note.
    if (!asked) await interaction.deleteReply();
    if (asked) await interaction.editReply({ content: reply.refusal });
    else await interaction.followUp({ content: reply.refusal, flags: MessageFlags.Ephemeral });
  } else {
    await interaction.editReply(outgoing(reply.answered));
  }
  sent(deps, 'slash', 'refusal' in reply ? 'refused' : command, receivedAt);
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
  if (deps.acks.busy) {
    await deferUpdate('busy');
    await deps.acks.settled();
  }
  // A long query's buttons carry a key into the store: acknowledge before asking it.
  if (target.kind === 'stored' && !interaction.deferred) await deferUpdate('slow');
  const query = target.kind === 'inline' ? target.query : await deps.paging.load(target.key);
  if (query === undefined) {
    await interaction.followUp({ content: EXPIRED_PAGES, flags: MessageFlags.Ephemeral });
    return;
  }
  // Turning a page is not a new question: not counted by the rate limit.
  let outcome = deps.pipeline.handle({ command: query.command, options: { ...query.options, page: target.page } });
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
  const message = 'refusal' in reply ? { content: reply.refusal, embeds: [], components: [] } : { ...outgoing(reply.answered), content: changed ? COVERAGE_CHANGED : '' };
  if (interaction.deferred) await interaction.editReply(message);
  else await deps.acks.send(() => interaction.update(message));
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
