// From a command request to a message ready to send, shared by slash commands, paging
// buttons, DMs and mentions: answer cache → runCommand → paging ids → embed. No discord.js
// here, so the same path can be timed in the benchmark and reasoned about on its own.
import type { Answer } from '../answer.js';
import { flagSet, hasChart, prepareCommands, runChart, runCommand } from '../commands/index.js';
import type { RawOptions } from '../commands/types.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import { chartPngFor } from '../render/chart-image.js';
import { renderEmbed, type RenderedMessage } from '../render/embed.js';
import { normaliseOptions, type AnswerCache, type PagingState } from '../store.js';
import { correlationId } from './error-boundary.js';
import { describeError, type Logger } from '../logger.js';
import { pagingButtons } from './paging.js';

export interface AnsweringDeps {
  readonly facts: LoadedFactBase;
  readonly cache: AnswerCache;
  readonly paging: PagingState;
  readonly logger: Logger;
}

export interface Answered {
  readonly answer: Answer;
  readonly message: RenderedMessage;
  /** The chart image to attach (its embed shows it as `attachment://<name>`), when one was asked for and there is one. */
  readonly chart?: ChartFile;
}

export interface ChartFile {
  readonly name: string;
  readonly png: Buffer;
}

/** The attachment name the embed's image points at. */
export const CHART_FILE_NAME = 'chart.png';

/**
 * Answers that took less than this to compute are not written to the shared store: a store
 * write costs more than computing them again in another process or after a restart.
 */
export const PERSIST_AFTER_MS = 1;

export class Answering {
  readonly #deps: AnsweringDeps;
  /** Embeds of answers without paging buttons, by answer: a cached answer is rendered once. */
  readonly #rendered = new WeakMap<Answer, RenderedMessage>();

  constructor(deps: AnsweringDeps) {
    this.#deps = deps;
    prepareCommands(deps.facts);
  }

  async answer(command: string, raw: RawOptions, requesterId: string): Promise<Answered> {
    const answered = await this.#answerText(command, raw, requesterId);
    if (!flagSet(raw, 'chart') || !hasChart(command) || answered.answer.abstained) return answered;
    const chart = await this.#chart(command, raw);
    if (chart === null) return answered;
    // The image goes in the answer's own embed; the text (every figure, or this page of events) stays under it.
    const [embed, ...rest] = answered.message.embeds;
    const message: RenderedMessage = {
      ...answered.message,
      embeds: embed === undefined ? [] : [{ ...embed, image: { url: `attachment://${CHART_FILE_NAME}` } }, ...rest],
    };
    return { answer: answered.answer, message, chart: { name: CHART_FILE_NAME, png: chart } };
  }

  /** The PNG of the request's whole answer, or null (fewer than two points, or drawing failed: the text answer stands). */
  async #chart(command: string, raw: RawOptions): Promise<Buffer | null> {
    const { facts, logger } = this.#deps;
    try {
      const whole = runChart(command, raw, facts, (error) => logger.error('chart failed', { ref: correlationId(), command, error: describeError(error) }));
      return await chartPngFor(whole);
    } catch (error) {
      logger.error('chart failed', { ref: correlationId(), command, error: describeError(error) });
      return null;
    }
  }

  async #answerText(command: string, raw: RawOptions, requesterId: string): Promise<Answered> {
    const { facts, cache, paging, logger } = this.#deps;
    let answer = await cache.get(command, raw);
    if (answer === undefined) {
      const started = performance.now();
      // The user sees the command's short apology; the log gets the cause.
      answer = runCommand(command, raw, facts, (error) =>
        logger.error('command failed', { ref: correlationId(), command, error: describeError(error) }),
      );
      const costMs = performance.now() - started;
      // Error answers are cheap to recompute and may reflect a bug fixed by the next deploy.
      if (answer.error === undefined) await cache.set(command, raw, answer, costMs >= PERSIST_AFTER_MS);
    }
    const buttons =
      answer.page !== undefined && answer.page.total > 1
        ? await pagingButtons(
            { command, options: withoutPage(normaliseOptions(raw)) },
            requesterId,
            answer.page.number,
            answer.page.total,
            paging,
          )
        : undefined;
    if (buttons !== undefined) return { answer, message: renderEmbed(answer, { factBaseVersion: facts.version, paging: buttons }) };
    let message = this.#rendered.get(answer);
    if (message === undefined) {
      message = renderEmbed(answer, { factBaseVersion: facts.version });
      this.#rendered.set(answer, message);
    }
    return { answer, message };
  }
}

function withoutPage(options: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  const { page: _page, ...rest } = options;
  return rest;
}
