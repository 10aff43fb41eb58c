// The one place a failure turns into user text and a log line. The user gets a short
// message with a reference (never a stack or an internal message); the log gets one line
// with the same reference, the command and the error, so the two can be matched.
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logger.js';
import type { Metrics } from '../metrics.js';

export interface Failure {
  /** What was being handled: "slash", "button", "autocomplete", "message". */
  readonly kind: string;
  readonly command?: string | undefined;
  readonly userId?: string | undefined;
}

export function correlationId(): string {
  return randomBytes(4).toString('hex');
}

export function userErrorText(reference: string): string {
  return `Sorry — something went wrong while answering. Please try again in a moment. (ref ${reference})`;
}

/**
 * Runs `work`; on failure logs one line and calls `tell` with the user text. A failure to
 * tell the user (the reply route itself is down) is logged too, and never thrown.
 */
export async function withErrorBoundary(
  failure: Failure,
  logger: Logger,
  work: () => Promise<unknown>,
  tell: (text: string) => Promise<unknown>,
  metrics?: Metrics,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    metrics?.errors.inc({ kind: failure.kind });
    const ref = correlationId();
    logger.error(`${failure.kind} failed`, { ref, command: failure.command, user: failure.userId, error: error });
    try {
      await tell(userErrorText(ref));
    } catch (tellError) {
      logger.error('could not tell the user about a failure', { ref, error: tellError });
    }
  }
}
