// The one logger of every layer (bot, store, sharding manager, deploy script): structured
// records, one JSON object per line on stderr, level-filtered, errors with their stack, and
// every known secret masked in the finished line, so a DiscordAPIError, a Redis URL or a
// config slip can be logged as-is without leaking the token or a password.
//
// Built on pino: its records are the JSON lines log shippers and `pino-pretty` read, its
// error serializer keeps the type, message, stack and `cause` chain, and its `streamWrite`
// hook sees the final text of each record, which is where masking belongs (a secret can hide
// in any field, or inside an error message). Writes are synchronous, so the last lines before
// `process.exit` are never lost.
import { pino, stdSerializers, type DestinationStream } from 'pino';

export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Extra fields of a record. An `error` (or `err`) field that is an Error is logged with its stack. */
export type LogFields = Readonly<Record<string, unknown>>;

export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose every record also carries `bindings` (e.g. the shards a process runs). */
  child(bindings: LogFields): Logger;
}

export interface LoggerOptions {
  readonly level?: LogLevel;
  /** Strings that must never appear in a record (the bot token, a store URL with a password). */
  readonly secrets?: readonly (string | undefined)[];
  /** Where each finished line goes (without its newline); stderr by default. */
  readonly write?: (line: string) => void;
  /** Fields on every record. */
  readonly bindings?: LogFields;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const secrets = secretsToMask(options.secrets ?? []);
  const { write } = options;
  const destination: DestinationStream =
    write === undefined ? pino.destination({ dest: 2, sync: true }) : { write: (line: string) => write(line.trimEnd()) };
  const base = pino(
    {
      level: options.level ?? 'info',
      base: { pid: process.pid, ...options.bindings },
      timestamp: pino.stdTimeFunctions.isoTime,
      // "level":"warn" rather than 40: readable without a table, and what the README documents.
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: errorSerializer, err: errorSerializer },
      hooks: { streamWrite: (line) => redact(line, secrets) },
    },
    destination,
  );
  return wrap(base);
}

function wrap(base: pino.Logger): Logger {
  const at = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (fields === undefined) base[level](message);
    else base[level](fields as object, message);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error'), child: (bindings) => wrap(base.child(bindings as object)) };
}

/** Errors keep type, message, stack and cause; anything else thrown is logged as its text. */
function errorSerializer(value: unknown): unknown {
  return value instanceof Error ? stdSerializers.err(value) : { message: String(value) };
}

export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {}, child: () => silentLogger };

/** Each secret, and the password inside a URL-shaped secret (it may be logged apart from its URL). */
function secretsToMask(secrets: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const secret of secrets) {
    if (secret === undefined || secret.length === 0) continue;
    out.add(secret);
    try {
      const url = new URL(secret);
      if (url.password !== '') {
        out.add(url.password);
        out.add(decodeURIComponent(url.password));
      }
    } catch {
      // not a URL
    }
  }
  // Longest first, so a secret containing another is masked whole.
  return [...out].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
}

export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join('[redacted]');
  return out;
}

/** The message of anything thrown, on one line, without a stack: for text a user or terminal sees. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.replace(/\s*\n\s*/g, ' ⏎ ');
}
