import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, sql, SqliteDialect, type LogConfig, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database } from './database';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for logs: the SQLite file path or the PostgreSQL host/database. */
  location: string;
  /** PostgreSQL only: for the connections that cannot come from the pool (LISTEN). */
  databaseUrl?: string;
  /**
   * A mark that changes whenever a write is committed, by this process or any other (null when it
   * cannot be read right now): answers computed after reading a mark may be reused while the mark
   * stays the same (shared/answer-cache.ts). SQLite: this connection's change count and the file's
   * data version; PostgreSQL: the write-ahead log's position.
   */
  dataVersion(): Promise<string | null>;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir; ':memory:' is refused: tests use real files. */
  sqliteFile?: string;
  /** Kysely's query log (tests read the SQL to check query plans). */
  log?: LogConfig;
}

export function createDb(options: DbOptions): DbHandle {
  if (options.databaseUrl) return createPostgres(options.databaseUrl, options.log);
  return createSqlite(options.dataDir, options.sqliteFile ?? 'fielddesk.sqlite', options.log);
}

function createSqlite(dataDir: string, fileName: string, log?: LogConfig): DbHandle {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, fileName);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a report acknowledged to a technician must survive a power cut.
  sqlite.pragma('synchronous = FULL');
  // Prefix searches (LIKE 'abc%') may then use the plain indexes; searched columns are lower-cased.
  sqlite.pragma('case_sensitive_like = ON');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
    plugins: [new CamelCasePlugin()],
    log,
  });
  return { db, kind: 'sqlite', location: file, dataVersion: sqliteDataVersion(sqlite), close: () => db.destroy() };
}

/** Prepared statements kept by SQL text: a query the app repeats (every request) parses once. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 behind Kysely prepares every query anew (a parse and plan per call, a tenth of a
 * busy server's time); the same text gets the same compiled statement back, least recently used
 * evicted. A statement still being read (a streamed query) is never handed out twice.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      const cached = cache.get(text);
      if (cached && !cached.busy) {
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = sqlite.prepare(text);
      if (cached) return statement;
      cache.set(text, statement);
      if (cache.size > STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}

/**
 * `total_changes()` counts every row this connection changed (the server's one connection: a
 * transaction in progress holds it, so an answer read later sees at least what the count saw);
 * `data_version` moves when another connection (another process) commits. Synchronous and a few
 * microseconds; null while a streamed query keeps the connection busy.
 */
function sqliteDataVersion(sqlite: SQLite.Database): () => Promise<string | null> {
  const mark = sqlite.prepare('select total_changes() || \'.\' || (select data_version from pragma_data_version)').pluck();
  return async () => {
    try {
      return mark.get() as string;
    } catch {
      return null;
    }
  };
}

function createPostgres(databaseUrl: string, log?: LogConfig): DbHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  // An idle client whose connection the server cut (restart, admin) emits 'error' on the pool: without a
  // listener that would end the process; the pool drops that client and opens a new one when needed.
  pool.on('error', (error) => console.error(`PostgreSQL connection lost: ${error.message}`));
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
    log,
  });
  const url = new URL(databaseUrl);
  // Any commit of the cluster moves the log (so does housekeeping: a needless recomputation, never a stale answer).
  const dataVersion = async () => (await sql<{ lsn: string }>`select pg_current_wal_lsn()::text as lsn`.execute(db)).rows[0]?.lsn ?? null;
  return { db, kind: 'postgres', location: `${url.host}${url.pathname}`, databaseUrl, dataVersion, close: () => db.destroy() };
}
