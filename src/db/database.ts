/**
 * Opens the database: embedded PGlite in DATA_DIR by default, PostgreSQL when a URL is given.
 * Both run the same drizzle migrations and the same queries.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { vector } from '@electric-sql/pglite-pgvector';
import type { SQL } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { type PgDatabase, PgDialect, type PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import type { Config } from '../config.ts';
import { logger } from '../lib/logger.ts';
import { DataDirLockedError, lockDataDir } from './data-dir-lock.ts';
import * as schema from './schema.ts';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Engine = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  engine: Engine;
  /** Set on the embedded engine (pg-boss and low-level tools use it). */
  pglite?: PGlite;
  /** Set on PostgreSQL. */
  pool?: pg.Pool;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL URL; when absent PGlite is used. */
  url?: string;
  /** PGlite data folder; absent means in memory (tests). */
  dataDir?: string;
  poolSize?: number;
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
/** Extensions bundled with PGlite's package (nothing is downloaded): pgvector (migration 0008). */
const pgliteExtensions = { vector };

/** Opens (and locks, for a PGlite folder) the database. Does not migrate. */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.url) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // An idle connection the server closes (a restart, a failover, a dropped database) is
    // reported by the pool, which opens a new one when needed; unhandled, it ended the process.
    pool.on('error', (error) =>
      // The message and code only: the error also carries the whole client object.
      logger.warn(
        { message: error.message, code: (error as { code?: string }).code },
        'an idle PostgreSQL connection was closed',
      ),
    );
    // Fail fast with the driver's message rather than on the first request.
    await pool.query('select 1');
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return { db, engine: 'postgres', pool, close: () => pool.end() };
  }
  let release: (() => Promise<void>) | undefined;
  let pglite: PGlite;
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    release = await lockDataDir(options.dataDir);
    try {
      pglite = await PGlite.create(join(options.dataDir, 'pglite'), { extensions: pgliteExtensions });
    } catch (error) {
      await release();
      throw error;
    }
  } else {
    pglite = await PGlite.create({ extensions: pgliteExtensions });
  }
  yieldBeforeEachQuery(pglite);
  const db = drizzlePglite(pglite, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    pglite,
    async close() {
      await pglite.close();
      await release?.();
    },
  };
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * PGlite answers a query on this thread without any I/O, so a loop of queries (the similar-lists
 * sweep, an index build) resolves promise after promise and never lets timers or sockets run:
 * 17,600 `select 1` in 1.5 s and a 10 ms timer fired 0 times (measured); the demo site stopped
 * answering for the ~70 s of its first sweep. Every query, transaction and query inside a
 * transaction first yields to the event loop (a few microseconds; PostgreSQL's queries go
 * through sockets and need nothing).
 */
function yieldBeforeEachQuery(pglite: PGlite): void {
  const yielding = <F extends (...args: never[]) => Promise<unknown>>(fn: F): F =>
    (async (...args: Parameters<F>) => {
      await yieldToEventLoop();
      return fn(...args);
    }) as F;
  const transaction = pglite.transaction.bind(pglite);
  pglite.query = yielding(pglite.query.bind(pglite));
  pglite.exec = yielding(pglite.exec.bind(pglite));
  pglite.transaction = yielding(((callback) =>
    transaction((tx) => {
      tx.query = yielding(tx.query.bind(tx));
      tx.exec = yielding(tx.exec.bind(tx));
      return callback(tx);
    })) as PGlite['transaction']);
}

/**
 * Opens the database the configuration names, for a process (server or CLI command). When a
 * running server holds the PGlite folder, prints why and exits with 75 (EX_TEMPFAIL).
 */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  try {
    return await openDatabase({
      url: config.DATABASE_URL,
      dataDir: config.DATABASE_URL ? undefined : config.dataDir,
      poolSize: config.DATABASE_POOL_SIZE,
    });
  } catch (error) {
    if (error instanceof DataDirLockedError) {
      console.error(error.message);
      process.exit(75);
    }
    throw error;
  }
}

/**
 * Applies pending migrations. On PostgreSQL an advisory lock makes several app instances
 * starting at once migrate one after another.
 */
export async function migrateDatabase(database: Database): Promise<void> {
  if (database.pglite) {
    await migratePglite(drizzlePglite(database.pglite), { migrationsFolder });
    return;
  }
  await withStartupLock(database, 'migrate', (client) => migratePg(drizzlePg(client!), { migrationsFolder }));
}

/** Advisory lock keys of the start-up steps that only one instance may run at a time. */
const LOCK_KEYS = { migrate: 7342001, seed: 7342002 } as const;

/**
 * Runs `fn` while holding a PostgreSQL advisory lock, so app instances starting together take
 * turns (migrating, loading demo content). On PGlite only one process can open the data
 * folder, so `fn` simply runs.
 */
export async function withStartupLock<T>(
  database: Database,
  step: keyof typeof LOCK_KEYS,
  fn: (client: pg.PoolClient | undefined) => Promise<T>,
): Promise<T> {
  if (!database.pool) return fn(undefined);
  const client = await database.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [LOCK_KEYS[step]]);
    return await fn(client);
  } finally {
    await client.query('select pg_advisory_unlock($1)', [LOCK_KEYS[step]]).catch(() => {});
    client.release();
  }
}

/** Runs raw SQL and returns its rows on either engine. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

const dialect = new PgDialect();

/**
 * Runs a statement that PostgreSQL keeps prepared under `name` on each pooled connection: parsed
 * and planned once there, not on every call (for a statement run on every page, whose text
 * never changes: only its parameters do). PGlite runs it as any other statement. A name must
 * always go with the same text; a proxy that pools transactions must keep prepared statements
 * (PgBouncer 1.21+ with max_prepared_statements).
 */
export async function queryRowsPrepared<T>(db: Db, name: string, query: SQL): Promise<T[]> {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false);
  const result = (await prepared.execute()) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * Runs `work` unless another process is running work of the same `name` (a PostgreSQL
 * session-level advisory lock, held on one pooled connection meanwhile): returns undefined when
 * it did not run. The lock goes with the connection, so a process that dies mid-work releases
 * it. On PGlite only this process can open the database: the work always runs.
 */
export async function runExclusively<T>(
  database: Database,
  name: string,
  work: () => Promise<T>,
): Promise<T | undefined> {
  if (!database.pool) return work();
  const client = await database.pool.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>(
      'select pg_try_advisory_lock(hashtext($1)) as locked',
      [name],
    );
    if (!rows[0]?.locked) return undefined;
    try {
      return await work();
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', [name]);
    }
  } finally {
    client.release();
  }
}

export { schema };
