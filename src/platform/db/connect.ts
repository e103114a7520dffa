import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Logger } from '../log/logger.ts';
import { sendAhead } from './ahead.ts';
import { lockDataDir } from './lock.ts';
import { prepareStatements } from './prepared.ts';
import type { Database } from './schema.ts';

// DATE stays the string PostgreSQL sent ('2026-11-22'): as a JS Date it would shift with the time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; poolSize?: number };

export type Listener = (payload: string) => void;

/**
 * The one seam around the database. Both back-ends are reached through a node-postgres Pool (PGlite
 * through its node-postgres adapter), so Kysely, transactions and COPY behave the same; only
 * LISTEN and closing differ, and they are here.
 */
export interface Db {
  readonly kind: 'pglite' | 'postgres';
  readonly kysely: Kysely<Database>;
  /**
   * On a server its connections are pipelined (a transaction's preamble travels with its first query,
   * see ahead.ts), which node-postgres allows only for plain queries: COPY goes through `copyPool`.
   */
  readonly pool: pg.Pool;
  /** Connections that are not pipelined, for COPY streams; the same pool on the embedded database. */
  readonly copyPool: pg.Pool;
  /** The embedded engine, for the few things only it can do (COPY from a blob); undefined on a server. */
  readonly pglite: PGlite | undefined;
  listen(channel: string, listener: Listener): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig, logger: Logger): Promise<Db> {
  return config.kind === 'pglite' ? openEmbedded(config.dataDir, logger) : openServer(config, logger);
}

/** Opens an embedded database; `memory://` keeps it in memory (tests), a path keeps it on disk. */
export async function openEmbedded(dataDir: string, logger: Logger, loadDataDir?: Blob): Promise<Db> {
  const inMemory = dataDir.startsWith('memory://');
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  let lite: PGlite;
  try {
    // The extensions the migrations create (PostgreSQL's contrib modules, which a server has installed).
    lite = await PGlite.create(dataDir, {
      extensions: { pg_trgm, unaccent },
      ...(loadDataDir ? { loadDataDir } : {}),
    });
  } catch (error) {
    unlock();
    throw error;
  }
  // One connection: PGlite is single-user. Idle clients are never closed, since the adapter's one
  // connection cannot be reopened.
  const pool = new pg.Pool({ ...createPgConfig(lite), max: 1, idleTimeoutMillis: 0 });
  pool.on('error', (error) => logger.error({ err: error }, 'embedded database connection error'));
  pool.on('connect', onConnect);
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'pglite',
    kysely,
    pool,
    copyPool: pool,
    pglite: lite,
    listen: (channel, listener) => lite.listen(channel, listener).then((stop) => () => stop()),
    async close() {
      await endPool(kysely, pool);
      await lite.close();
      unlock();
    },
  };
}

function openServer(config: { url: string; poolSize?: number }, logger: Logger): Db {
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 20, pipeline: true });
  pool.on('error', (error) => logger.error({ err: error }, 'idle database connection error'));
  pool.on('connect', onConnect);
  // Opens connections only when a COPY asks for one (the demo's writers, benchmarks), as many as the
  // main pool would have given them.
  const copyPool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 20 });
  copyPool.on('error', (error) => logger.error({ err: error }, 'idle database connection error'));
  const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  const notifications = new NotificationClient(config.url, logger);
  return {
    kind: 'postgres',
    kysely,
    pool,
    copyPool,
    pglite: undefined,
    listen: (channel, listener) => notifications.listen(channel, listener),
    async close() {
      await notifications.close();
      await endPool(kysely, pool);
      await copyPool.end();
    },
  };
}

function onConnect(client: pg.Client): void {
  prepareStatements(client);
  sendAhead(client);
}

// Kysely ends the pool only if it ever used it; migrations and LISTEN use it directly.
async function endPool(kysely: Kysely<Database>, pool: pg.Pool): Promise<void> {
  await kysely.destroy();
  if (!pool.ended) await pool.end();
}

/** One dedicated connection per process for LISTEN, reconnected with back-off when it drops. */
class NotificationClient {
  private client: pg.Client | undefined;
  private connecting: Promise<pg.Client> | undefined;
  private readonly listeners = new Map<string, Set<Listener>>();
  private closed = false;

  private readonly url: string;
  private readonly logger: Logger;

  constructor(url: string, logger: Logger) {
    this.url = url;
    this.logger = logger;
  }

  async listen(channel: string, listener: Listener): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      const client = await this.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    }
    set.add(listener);
    return async () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        await this.client?.query(`UNLISTEN ${pg.escapeIdentifier(channel)}`).catch(() => {});
      }
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.client?.end().catch(() => {});
  }

  private connect(): Promise<pg.Client> {
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= this.open().finally(() => {
      this.connecting = undefined;
    });
    return this.connecting;
  }

  private async open(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (message) => {
      for (const listener of this.listeners.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    client.on('error', (error) => {
      this.logger.warn({ err: error }, 'notification connection lost; reconnecting');
      this.client = undefined;
      void this.reconnect(1);
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private async reconnect(attempt: number): Promise<void> {
    if (this.closed) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 250 * 2 ** attempt)));
    try {
      const client = await this.connect();
      for (const channel of this.listeners.keys())
        await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch {
      await this.reconnect(attempt + 1);
    }
  }
}
