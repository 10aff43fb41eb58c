// The store KEYV_URL names: SQLite (a file under data/) by default, Redis when several
// processes share state, or memory://. The SQLite driver is optional and loaded on demand.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv, { type KeyvStoreAdapter } from 'keyv';
import type { RedisCommander } from '../rate-limit.js';
import { ResilientStore, type StoreOptions } from './resilient-store.js';

/** Opens `sqlite://path`, `redis://…` or `memory://` and checks it once, so an outage is logged at start. */
export async function openStore(url: string, options: StoreOptions = {}): Promise<ResilientStore> {
  // Adapters load on demand: the Redis client alone adds about half a second to start-up.
  if (/^rediss?:\/\//.test(url)) {
    const { default: KeyvRedis } = await import('@keyv/redis');
    const adapter = new KeyvRedis(url, { throwOnErrors: true });
    // getClient() connects on first use, as keyv's own calls do.
    const redis: RedisCommander = { sendCommand: async (args) => ((await adapter.getClient()) as unknown as RedisCommander).sendCommand(args) };
    const store = new ResilientStore(keyvOn(adapter), { ...options, redis });
    await store.get('probe');
    return store;
  }
  // In this process only, gone at exit: for trying the bot without the SQLite driver, and for tests.
  if (url === 'memory://') return new ResilientStore(new Keyv({ namespace: 'coverage-bot', throwOnErrors: true }), options);
  const sqlite = await openSqlite(url);
  const store = new ResilientStore(keyvOn(sqlite), {
    ...options,
    // SQLite has no native expiry: keyv drops expired values on read but leaves their rows.
    sweep: { everyMs: SQLITE_SWEEP_MS, run: () => deleteExpiredRows(sqlite) },
  });
  // Rate-limit counters and cached answers need no fsync per write; WAL with synchronous=NORMAL
  // keeps them crash-safe at a fraction of the cost (measured: ~50 → several hundred replies/s).
  await store.run(() => sqlite.query('PRAGMA journal_mode=WAL'));
  await store.run(() => sqlite.query('PRAGMA synchronous=NORMAL'));
  await store.get('probe');
  return store;
}

const SQLITE_SWEEP_MS = 60 * 60 * 1000;

/** Deletes rows whose keyv envelope (`{"value":…,"expires":ms}`) has expired. */
export async function deleteExpiredRows(sqlite: SqliteAdapter, now = Date.now()): Promise<void> {
  await sqlite.query(`DELETE FROM ${sqlite.opts.table ?? 'keyv'} WHERE json_extract(value, '$.expires') < ?`, now);
}

function keyvOn(adapter: KeyvStoreAdapter): Keyv {
  return new Keyv({ store: adapter, namespace: 'coverage-bot', throwOnErrors: true });
}

/** What the store uses of @keyv/sqlite's adapter (typed here: the package is optional, so its types may be absent). */
export interface SqliteAdapter extends KeyvStoreAdapter {
  readonly opts: { readonly table?: string | undefined };
  query(sql: string, ...args: unknown[]): Promise<unknown>;
}

/** The SQLite store's driver is an optional dependency: the REPL and the CLI never need it. */
export class StoreDriverMissing extends Error {
  override name = 'StoreDriverMissing';
}

// A specifier in a variable: TypeScript does not resolve it, so type-checking needs no optional package.
const SQLITE_ADAPTER = '@keyv/sqlite';
const SQLITE_DRIVER = 'sqlite3';

/** @keyv/sqlite's adapter class, or StoreDriverMissing saying how to install it. */
export async function loadSqliteAdapter(url = 'sqlite://…'): Promise<new (options: { uri: string; busyTimeout?: number }) => SqliteAdapter> {
  try {
    const { default: KeyvSqlite } = (await import(SQLITE_ADAPTER)) as { default: new (options: { uri: string; busyTimeout?: number }) => SqliteAdapter };
    // The adapter loads the native driver only when it opens a database: check it now.
    await import(SQLITE_DRIVER);
    return KeyvSqlite;
  } catch (error) {
    throw new StoreDriverMissing(
      `The SQLite store (KEYV_URL=${url}) needs the optional package @keyv/sqlite (and its native driver sqlite3), which is not installed or did not build ` +
        `(${error instanceof Error ? error.message.split('\n')[0] : String(error)}). Install it with \`npm run install:sqlite\` ` +
        '(compiling sqlite3 needs python3, make and a C++ compiler when no prebuilt binary is available), or set KEYV_URL=redis://…',
      { cause: error },
    );
  }
}

async function openSqlite(url: string): Promise<SqliteAdapter> {
  const KeyvSqlite = await loadSqliteAdapter(url);
  const file = url.replace(/^sqlite:\/\//, '');
  // SQLite creates the file but not its folder. If the folder cannot be made, opening fails
  // and the store degrades like any other outage.
  if (file !== ':memory:') {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch {
      // reported by the probe in openStore
    }
  }
  return new KeyvSqlite({ uri: url, busyTimeout: 1000 });
}

/** `redis://user:password@host:6379/0` → `redis://host:6379/0`: safe to log. */
export function describeStoreUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    return url.split(':')[0] ?? 'store';
  }
}

