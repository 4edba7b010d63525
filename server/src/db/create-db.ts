import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type LogConfig, type SqliteDatabase } from 'kysely';
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
  return { db, kind: 'sqlite', location: file, close: () => db.destroy() };
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
  return { db, kind: 'postgres', location: `${url.host}${url.pathname}`, databaseUrl, close: () => db.destroy() };
}
