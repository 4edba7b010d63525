import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LogConfig } from 'kysely';
import pg from 'pg';
import { createDb, type DbHandle } from '../src/db/create-db';
import { migrateToLatest } from '../src/db/migrate';

export interface TestDb {
  handle: DbHandle;
  /** The SQLite folder (always a fresh temp folder) or the fresh PostgreSQL database URL. */
  dataDir: string;
  databaseUrl?: string;
  /** Closes the handle and removes the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: SQLite in a temp folder, or, when DATABASE_URL is
 * set (and `sqlite` is not asked for), a new PostgreSQL database `fd_test_<random>` created from that
 * URL and dropped at the end.
 */
export async function createTestDb(options: { migrate?: boolean; sqlite?: boolean; log?: LogConfig } = {}): Promise<TestDb> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-test-'));
  const serverUrl = options.sqlite ? undefined : process.env.DATABASE_URL || undefined;
  let databaseUrl: string | undefined;
  let dropDatabase = async () => {};
  if (serverUrl) {
    const name = `fd_test_${crypto.randomUUID().replaceAll('-', '').slice(0, 16)}`;
    await adminQuery(serverUrl, `create database ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = () => dropWhenFree(serverUrl, name);
  }
  const handle = createDb({ databaseUrl, dataDir, log: options.log });
  if (options.migrate !== false) await migrateToLatest(handle.db);
  let dropped = false;
  return {
    handle,
    dataDir,
    databaseUrl,
    async drop() {
      if (dropped) return;
      dropped = true;
      await handle.close().catch(() => undefined);
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `with (force)` ends the test's own connections, but an autovacuum worker that happens to be on the
 * fresh database belongs to the superuser, which our role may not signal (42501): it finishes within
 * moments, so the drop is tried again (ten times, with growing waits) before the error stands.
 */
async function dropWhenFree(serverUrl: string, name: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await adminQuery(serverUrl, `drop database if exists ${name} with (force)`);
    } catch (error) {
      if ((error as { code?: string }).code !== '42501' || attempt === 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}
