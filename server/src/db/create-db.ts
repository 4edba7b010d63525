import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './database';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface DbHandle {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** Where the data lives, for logs: the SQLite file path or the PostgreSQL host/database. */
  location: string;
  close(): Promise<void>;
}

export interface DbOptions {
  databaseUrl?: string;
  dataDir: string;
  /** SQLite file name inside dataDir; ':memory:' is refused: tests use real files. */
  sqliteFile?: string;
}

export function createDb(options: DbOptions): DbHandle {
  if (options.databaseUrl) return createPostgres(options.databaseUrl);
  return createSqlite(options.dataDir, options.sqliteFile ?? 'fielddesk.sqlite');
}

function createSqlite(dataDir: string, fileName: string): DbHandle {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, fileName);
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // FULL: a report acknowledged to a technician must survive a power cut.
  sqlite.pragma('synchronous = FULL');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  return { db, kind: 'sqlite', location: file, close: () => db.destroy() };
}

function createPostgres(databaseUrl: string): DbHandle {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    plugins: [new CamelCasePlugin()],
  });
  const url = new URL(databaseUrl);
  return { db, kind: 'postgres', location: `${url.host}${url.pathname}`, close: () => db.destroy() };
}
