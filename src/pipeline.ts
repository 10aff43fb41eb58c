// The one request pipeline of every surface (slash commands, page buttons, DMs, @mentions,
// the REPL, `npm run ask`):
//
//   rate limit → parse (a follow-up first rewritten) → cache → command (→ /ask when a guessed command finds nothing) → Answer
//
// and the surface renders the Answer (embeds, text, JSON). A line is read once the limiter lets
// it through, so a flood of unreadable messages is limited like any other. In a conversation
// (DMs, @mentions, the REPL) a follow-up ("and france") is read against the conversation's last
// question and answered as the question it stands for.
// Every step that can be done synchronously is: the result is a value when nothing had to
// wait (memory limiter, answer in memory or computed here), and a promise only when a store
// had to be asked. A surface with a deadline (Discord's 3 s to acknowledge) can then
// acknowledge before awaiting.
import type { Answer } from './answer.js';
import { commands, prepareCommands, runCommand } from './commands/index.js';
import { failed } from './commands/respond.js';
import type { RawOptions } from './raw-options.js';
import type { LoadedFactBase } from './factbase/persist.js';
import { silentLogger, type Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import type { RateLimiter, RateLimitVerdict } from './rate-limit.js';
import { asksToCompare } from './query/comparison.js';
import { cleanLine, MAX_LINE_LENGTH, route, routeAsk, routerContextOf, type Routed, type RouterContext } from './router.js';
import { readFollowUp, remembered, takenAs, type RememberedQuestion } from './query/follow-up.js';
import type { AnswerCache } from './store/answer-cache.js';
import { mendedQuestion } from './query/question-language.js';
import { plainForm } from './query/question.js';
import { askedAt, datesInQuestion } from './query/relative-periods.js';
import type { ConversationRef } from './store/conversations.js';

/** A request as a surface received it: a line of text, or a command its UI already parsed. */
export type Request =
  | { readonly text: string }
  | { readonly command: string; readonly options: RawOptions };

export type Outcome =
  /** The requester is over the rate limit. */
  | { readonly kind: 'limited'; readonly retryAfterSeconds: number }
  /** A line that could not be read as a request; `answer` is the error Answer (`error` set). */
  | { readonly kind: 'unreadable'; readonly answer: Answer }
  /** `command` and `options` are what answered (after a fallback), for paging and charts. */
  | { readonly kind: 'answered'; readonly answer: Answer; readonly command: string; readonly options: RawOptions };

/** A value, or a promise of it when a step had to wait for a store. */
export type Pending<T> = T | Promise<T>;

export function isPromise<T>(value: Pending<T>): value is Promise<T> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/** `f(value)`, synchronously when `value` is not a promise. (Not named `then`: a module exporting `then` is a thenable to `import()`.) */
export function andThen<T, U>(value: Pending<T>, f: (value: T) => Pending<U>): Pending<U> {
  return isPromise(value) ? value.then(f) : f(value);
}

export interface PipelineDeps {
  readonly facts: LoadedFactBase;
  /** Per-user limit; none in the CLI. */
  readonly limiter?: RateLimiter | undefined;
  /** Answer cache; none in the CLI. */
  readonly cache?: AnswerCache | undefined;
  readonly logger?: Logger | undefined;
  readonly metrics?: Metrics | undefined;
  /** Compute the commands' shared tables now rather than on the first request (the bot). */
  readonly warm?: boolean;
}

/**
 * Answers that took less than this to compute are not written to the shared store: a store
 * write costs more than computing them again.
 */
export const PERSIST_AFTER_MS = 1;

/**
 * A command whose answers typically take at least this long to compute is looked up in the
 * store before computing. Below it, computing at once is cheaper than the store round trip
 * plus the deferred acknowledgement (a second REST call) that waiting on a store costs.
 */
export const LOOKUP_AFTER_MS = 20;

export class Pipeline {
  readonly #deps: PipelineDeps;
  readonly #routerContext: RouterContext;
  readonly #logger: Logger;
  /** Typical compute time per command (an exponential moving average, ms): only slow commands are worth a store lookup. */
  readonly #typicalMs = new Map<string, number>();
  /** Commands computed once only: their first answer paid for lazy tables and cold code, so the next one replaces its time. */
  readonly #coldOnly = new Set<string>();

  constructor(deps: PipelineDeps) {
    this.#deps = deps;
    this.#logger = deps.logger ?? silentLogger;
    this.#routerContext = routerContextOf(deps.facts);
    if (deps.warm === true) prepareCommands(deps.facts);
  }

  /**
   * One request from `requesterId` (counted by the rate limiter; undefined: not counted, as
   * for page buttons and the CLI), asked at `now`: the time "yesterday" and "last week" in a
   * question count from (the real clock; tests fix it).
   */
  handle(request: Request, requesterId?: string, conversation?: ConversationRef, now: Date = new Date()): Pending<Outcome> {
    const verdict: Pending<RateLimitVerdict> =
      requesterId === undefined || this.#deps.limiter === undefined ? { allowed: true } : this.#deps.limiter.hit(requesterId);
    return andThen(verdict, (v): Pending<Outcome> => {
      if (!v.allowed) {
        this.#deps.metrics?.rateLimited.inc();
        return { kind: 'limited', retryAfterSeconds: v.retryAfterSeconds };
      }
      if (!('text' in request)) return this.#answer(this.#dated(request, now), undefined);
      // A plain line in English is read with slipped letters put back, so its shape routes it ("hwo mcuh …");
      // slash syntax is taken as typed.
      const line = cleanLine(request.text).startsWith('/') ? request.text : mendedQuestion(request.text, this.#deps.facts);
      if (conversation === undefined) return this.#answerText(line, now);
      return andThen(conversation.conversations.recall(conversation.id), (previous) => this.#answerInConversation(line, previous, conversation, now));
    });
  }

  #answerText(text: string, now: Date): Pending<Outcome> {
    const parsed = this.parse(text, now);
    if ('error' in parsed) return { kind: 'unreadable', answer: parsed.error };
    return this.#answer(parsed, this.#fallbackFor(text, parsed, now));
  }

  /**
   * A line in a conversation: a follow-up of the last question is answered as the question it
   * stands for, and says how it was taken; the question answered becomes the one to follow up.
   */
  #answerInConversation(text: string, previous: RememberedQuestion | undefined, conversation: ConversationRef, now: Date): Pending<Outcome> {
    const taken = previous === undefined ? null : this.#followUpOf(text, previous, now);
    const question = taken ?? text;
    return andThen(this.#answerText(question, now), (outcome) => {
      // "thanks" or "news" in between keeps the question to follow up; a slash line or an unreadable one leaves none.
      const aside = outcome.kind === 'answered' && NOT_FOLLOWED_UP.has(outcome.command);
      const followable = outcome.kind === 'answered' && !cleanLine(question).startsWith('/');
      const kept = aside ? undefined : conversation.conversations.remember(conversation.id, followable ? remembered(cleanLine(question), this.#routerContext) : null);
      const shown = taken === null || outcome.kind !== 'answered' ? outcome : { ...outcome, answer: { ...outcome.answer, takenAs: taken } };
      return andThen(kept, () => shown);
    });
  }

  /** The question a follow-up line stands for, or null when the line is a question of its own. */
  #followUpOf(text: string, previous: RememberedQuestion, now: Date): string | null {
    const line = cleanLine(text);
    const followUp = line.startsWith('/') ? null : readFollowUp(line);
    if (followUp === null) return null;
    // A line the bot answers without the coverage ("thanks", "news") is no follow-up, nor is a
    // fragment that asks for a listing ("aid to zorvia").
    const alone = this.parse(line, now);
    if ('error' in alone || NOT_FOLLOWED_UP.has(alone.command) || (followUp.bare && !FRAGMENT_COMMANDS.has(alone.command))) return null;
    return takenAs(followUp, previous, this.#routerContext);
  }

  /**
   * How long answering is expected to take, ms: 0 when the answer is in memory, else the
   * command's typical compute time, undefined until a warm answer of it was timed.
   */
  expectedMs(command: string, options: RawOptions): number | undefined {
    if (this.#deps.cache?.peek(command, options) !== undefined) return 0;
    return this.#coldOnly.has(command) ? undefined : this.#typicalMs.get(command);
  }

  /** A line of text → the command and options it asks for, or the error Answer saying why it cannot be read. */
  parse(text: string, now: Date): Routed | { readonly error: Answer } {
    const routed = route(text, commands, this.#routerContext, now);
    if ('error' in routed) {
      const cleaned = cleanLine(text.slice(0, MAX_LINE_LENGTH * 4));
      const attempted = /^\/([a-z]+)/iu.exec(cleaned)?.[1]?.toLowerCase() ?? 'ask';
      const query = cleaned.length > 100 ? `${cleaned.slice(0, 99)}…` : cleaned;
      return { error: failed({ command: attempted, query, title: 'Could not read that request' }, routed.code, routed.error) };
    }
    // "compare aid from the us and europe": the figures side by side, as a chart too.
    if (routed.command === 'aid' && asksToCompare(text)) return { command: routed.command, options: { ...routed.options, chart: true } };
    return this.#dated(routed, now);
  }

  /**
   * An /ask typed as a command ("/ask question:what happened yesterday") bounded by the period
   * its question names relative to `now`, as a plain question is: the bounds are options, so
   * the cached answer is the one for those days.
   */
  #dated(routed: Routed, now: Date): Routed {
    const { question, from, to } = routed.options;
    if (routed.command !== 'ask' || typeof question !== 'string' || from !== undefined || to !== undefined) return routed;
    return { command: 'ask', options: { ...routed.options, ...routeAsk(question, commands, this.#routerContext, now).options } };
  }

  /**
   * A plain question sent to /quote, /who or /timeline by its shape may find nothing there
   * that the text search would find: a guess about the shape must not cost the user an
   * answer. This is the /ask to try when the guessed command abstains; undefined when the
   * user typed the command themselves or it already is /ask.
   */
  #fallbackFor(text: string, routed: Routed, now: Date): Routed | undefined {
    const cleaned = cleanLine(text);
    // "What happened after the summit" searched as words finds the summit itself, not what followed it.
    const anchored = routed.options.after !== undefined || routed.options.before !== undefined;
    if (routed.command === 'ask' || cleaned.startsWith('/') || anchored) return undefined;
    const asked = routeAsk(cleaned, commands, this.#routerContext, now);
    // The period the guessed command was bounded by ("what did X say in march 2024") bounds the search
    // too; not a month named without its year ("the meeting in july"), the coverage's latest July to
    // the guess, which the search keeps among the words as /ask does (the meeting may be an earlier July's).
    const { from, to } = routed.options;
    const bareMonth = datesInQuestion(plainForm(cleaned), askedAt(now, this.#routerContext.coverageEnd)).relative?.fromAsking === false;
    return (from === undefined && to === undefined) || bareMonth ? asked : { command: 'ask', options: { ...asked.options, ...(from === undefined ? {} : { from }), ...(to === undefined ? {} : { to }) } };
  }

  #answer(routed: Routed, fallback: Routed | undefined): Pending<Outcome> {
    const answered = (command: string, options: RawOptions, answer: Answer): Outcome => ({ kind: 'answered', answer, command, options });
    return andThen(this.#run(routed.command, routed.options), (answer) => {
      if (fallback === undefined || !answer.abstained || answer.error !== undefined) return answered(routed.command, routed.options, answer);
      return andThen(this.#run(fallback.command, fallback.options), (asked) =>
        keepsGuess(answer, asked) ? answered(routed.command, routed.options, answer) : answered(fallback.command, fallback.options, asked),
      );
    });
  }

  /** cache (memory, then the store for costly commands) → command → cache. */
  #run(command: string, options: RawOptions): Pending<Answer> {
    const { cache, metrics } = this.#deps;
    const remembered = cache?.peek(command, options);
    if (remembered !== undefined) {
      metrics?.cacheHits.inc({ layer: 'memory' });
      return remembered;
    }
    if (cache === undefined || (this.#typicalMs.get(command) ?? 0) < LOOKUP_AFTER_MS) return this.#compute(command, options);
    return cache.get(command, options).then((stored) => {
      if (stored === undefined) return this.#compute(command, options);
      metrics?.cacheHits.inc({ layer: 'store' });
      return stored;
    });
  }

  #compute(command: string, options: RawOptions): Answer {
    const started = performance.now();
    // The user sees the command's short apology; the log gets the cause with its stack.
    const answer = runCommand(command, options, this.#deps.facts, (error) => {
      this.#deps.metrics?.errors.inc({ kind: 'command' });
      this.#logger.error('command failed', { command, error });
    });
    const costMs = performance.now() - started;
    const costly = costMs >= PERSIST_AFTER_MS;
    const typical = this.#typicalMs.get(command);
    if (typical === undefined) this.#coldOnly.add(command);
    const warm = typical !== undefined && !this.#coldOnly.delete(command);
    this.#typicalMs.set(command, warm ? 0.8 * typical + 0.2 * costMs : costMs);
    this.#deps.metrics?.cacheMisses.inc();
    // Error answers are cheap to recompute and may reflect a bug fixed by the next deploy. The
    // store write is not awaited: the reply need not wait for it, and it never throws.
    if (answer.error === undefined) void this.#deps.cache?.set(command, options, answer, costly);
    return answer;
  }
}

/**
 * Whether the guessed command's abstention stands against /ask's answer: /ask answered nothing
 * either, and offers no closest sentences where the guess offers none ("the coverage quotes no
 * words from X" hides X's reported speech that /ask would show as closest).
 */
const keepsGuess = (guessed: Answer, asked: Answer): boolean => asked.abstained && (guessed.items.length > 0 || asked.items.length === 0);

/** Commands that answer without the coverage's content: nothing to follow up. */
const NOT_FOLLOWED_UP: ReadonlySet<string> = new Set(['help', 'sources']);
/** What a fragment asking on its own goes to: a search or a person; a listing ("aid to zorvia") is a request of its own. */
const FRAGMENT_COMMANDS: ReadonlySet<string> = new Set(['ask', 'who']);

const pipelines = new WeakMap<LoadedFactBase, Pipeline>();

/**
 * One line of user text answered with no limiter and no cache (the CLI, the evaluation; the REPL
 * in a conversation kept in memory),
 * through the same pipeline as every surface. Never throws for bad input: a line that cannot
 * be read gets an error Answer saying why.
 */
export function answerLine(line: string, facts: LoadedFactBase, conversation?: ConversationRef, now: Date = new Date()): Answer {
  let pipeline = pipelines.get(facts);
  if (pipeline === undefined) pipelines.set(facts, (pipeline = new Pipeline({ facts })));
  const outcome = pipeline.handle({ text: line }, undefined, conversation, now);
  // Without a limiter, a cache or stored conversations every step is synchronous.
  if (isPromise(outcome) || outcome.kind === 'limited') throw new Error('answerLine: the pipeline without a store must answer synchronously');
  return outcome.answer;
}
