// The Discord rendering of the pipeline's Answer: embed, paging buttons, chart image. No
// discord.js here, so the step can be timed in the benchmark and reasoned about on its own.
// Synchronous unless a store call (a long paged query's key) or a chart drawing is needed.
import type { Answer } from '../answer.js';
import { flagSet, hasChart, runChart } from '../commands/index.js';
import type { RawOptions } from '../raw-options.js';
import type { LoadedFactBase } from '../factbase/persist.js';
import type { Logger } from '../logger.js';
import { andThen, type Pending } from '../pipeline.js';
import { chartPngFor } from '../render/chart-image.js';
import { renderEmbed, type RenderedMessage } from '../render/embed.js';
import type { PagingState } from '../store/paging-state.js';
import { normaliseOptions } from '../store/request-key.js';
import { correlationId } from './error-boundary.js';
import { coverageTag, pagingButtons, type PagingButtons } from './paging.js';

export interface AnsweringDeps {
  readonly facts: LoadedFactBase;
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

/** What answered a request: the pipeline's `answered` outcome. */
export interface AnsweredRequest {
  readonly answer: Answer;
  readonly command: string;
  readonly options: RawOptions;
}

export class Answering {
  readonly #deps: AnsweringDeps;
  /** Messages by answer, without and with page buttons: a cached answer is rendered once. */
  readonly #rendered = new WeakMap<Answer, RenderedMessage>();
  readonly #renderedPaged = new WeakMap<Answer, RenderedMessage>();
  /** The fact base's tag in page button ids. */
  readonly coverage: string;

  constructor(deps: AnsweringDeps) {
    this.#deps = deps;
    this.coverage = coverageTag(deps.facts.version);
  }

  /** Whether rendering needs to wait (a chart to draw): the caller acknowledges first. */
  needsWork(options: RawOptions, command: string): boolean {
    return flagSet(options, 'chart') && hasChart(command);
  }

  render(request: AnsweredRequest, requesterId: string): Pending<Answered> {
    const { answer, command, options } = request;
    const text = this.#renderText(request, requesterId);
    if (!this.needsWork(options, command) || answer.abstained) return text;
    return andThen(text, async (answered) => {
      const chart = await this.#chart(command, options);
      if (chart === null) return answered;
      // The image goes in the answer's own embed; the text (every figure, or this page of events) stays under it.
      const [embed, ...others] = answered.message.embeds;
      const message: RenderedMessage = {
        ...answered.message,
        embeds: embed === undefined ? [] : [{ ...embed, image: { url: `attachment://${CHART_FILE_NAME}` } }, ...others],
      };
      return { answer, message, chart: { name: CHART_FILE_NAME, png: chart } };
    });
  }

  /** The PNG of the request's whole answer, or null (fewer than two points, or drawing failed: the text answer stands). */
  async #chart(command: string, raw: RawOptions): Promise<Buffer | null> {
    const { facts, logger } = this.#deps;
    try {
      const whole = runChart(command, raw, facts, (error) => logger.error('chart failed', { ref: correlationId(), command, error }));
      return await chartPngFor(whole);
    } catch (error) {
      logger.error('chart failed', { ref: correlationId(), command, error });
      return null;
    }
  }

  #renderText({ answer, command, options }: AnsweredRequest, requesterId: string): Pending<Answered> {
    const { paging } = this.#deps;
    const buttons =
      answer.page !== undefined && answer.page.total > 1
        ? pagingButtons({ command, options: withoutPage(normaliseOptions(options)) }, { requesterId, coverage: this.coverage }, answer.page.number, answer.page.total, paging)
        : undefined;
    return andThen(buttons, (ids) => ({ answer, message: ids === undefined ? this.#shared(answer, undefined) : withPageIds(this.#shared(answer, STAND_INS), ids) }));
  }

  /** The answer's message as every asker gets it (page buttons with stand-in ids), rendered once per answer. */
  #shared(answer: Answer, paging: typeof STAND_INS | undefined): RenderedMessage {
    const cache = paging === undefined ? this.#rendered : this.#renderedPaged;
    let message = cache.get(answer);
    if (message === undefined) {
      message = renderEmbed(answer, { factBaseVersion: this.#deps.facts.version, ...(paging === undefined ? {} : { paging }) });
      cache.set(answer, message);
    }
    return message;
  }
}

/** Page button ids in a rendering shared by every asker; each reply puts in its own (they name the asker). */
const STAND_INS = { previousId: 'page:none:previous', nextId: 'page:none:next' } as const;

/** The shared rendering with this asker's page button ids; a button without one stays, disabled. */
function withPageIds(message: RenderedMessage, ids: PagingButtons): RenderedMessage {
  const own = new Map<string, string | undefined>([
    [STAND_INS.previousId, ids.previousId],
    [STAND_INS.nextId, ids.nextId],
  ]);
  const components = message.components.map((row) => ({
    ...row,
    components: row.components.map((button) => {
      if (!('custom_id' in button) || !own.has(button.custom_id)) return button;
      const id = own.get(button.custom_id);
      return id === undefined ? { ...button, disabled: true } : { ...button, custom_id: id };
    }),
  }));
  return { ...message, components };
}

function withoutPage(options: Record<string, string | number | boolean>): Record<string, string | number | boolean> {
  const { page: _page, ...others } = options;
  return others;
}
