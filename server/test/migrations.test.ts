import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createDb, type DbHandle } from '../src/db/create-db';
import { migrateToLatest } from '../src/db/migrate';
import { createTestDb } from './helpers/test-db';

const EXPECTED = [
  '0001_domain',
  '0002_prefix_search',
  '0003_report_templates',
  '0004_catalog',
  '0005_depots',
  '0006_people_and_audit',
  '0007_settings_and_custom_fields',
  '0008_customer_custom_values',
  '0009_jobs_lists',
  '0011_job_parts_settlement',
  '0013_reserves_triage',
  '0014_indexes_added_to_landed_migrations',
  '0015_job_online_views',
  '0016_take_back_discrepancies',
  '0017_exact_quantities_and_shortfalls',
  '0018_movement_note_keys',
  '0019_depot_movements',
  '0020_word_search',
  '0021_big_lists_indexes',
  '0022_compact_job_events',
  '0023_lean_job_indexes',
  '0024_drop_job_number_prefix',
  '0025_search_rewrites',
];

async function tableNames(handle: DbHandle): Promise<string[]> {
  const query =
    handle.kind === 'postgres'
      ? sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = 'public'`
      : sql<{ name: string }>`select name from sqlite_master where type = 'table'`;
  return (await query.execute(handle.db)).rows.map((r) => r.name);
}

async function checkFreshDatabase(handle: DbHandle) {
  assert.deepEqual(await migrateToLatest(handle.db), EXPECTED, 'every migration runs once on a fresh database');
  assert.deepEqual(await migrateToLatest(handle.db), [], 'running again changes nothing');
  const tables = await tableNames(handle);
  for (const table of ['users', 'sessions', 'customers', 'jobs', 'outbox_events', 'idempotency_keys', 'audit_log']) {
    assert.ok(tables.includes(table), `table ${table} exists`);
  }
  // The database works for real: a write and a read through the camel-case mapping.
  await handle.db.insertInto('counters').values({ name: 'probe', value: 41 }).execute();
  const row = await handle.db.selectFrom('counters').select('value').where('name', '=', 'probe').executeTakeFirstOrThrow();
  assert.equal(Number(row.value), 41);
}

test('migrations run up on a fresh SQLite database', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-migrate-'));
  const handle = createDb({ dataDir: dir });
  try {
    await checkFreshDatabase(handle);
  } finally {
    await handle.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('migrations run up on a fresh PostgreSQL database (DATABASE_URL)', { skip: !process.env.DATABASE_URL }, async () => {
  const testDb = await createTestDb({ migrate: false });
  try {
    assert.equal(testDb.handle.kind, 'postgres');
    await checkFreshDatabase(testDb.handle);
    const indexes = await sql<{ indexname: string; indexdef: string }>`select indexname, indexdef from pg_indexes where indexname in ('customers_code_prefix', 'customers_search_name_c')`.execute(testDb.handle.db);
    const byName = Object.fromEntries(indexes.rows.map((r) => [r.indexname, r.indexdef]));
    assert.match(byName.customers_code_prefix ?? '', /text_pattern_ops/, 'code prefix search has a text_pattern_ops index');
    assert.match(byName.customers_search_name_c ?? '', /COLLATE "C"/, 'name search and sort share a collate "C" index');
  } finally {
    await testDb.drop();
  }
});

async function indexNames(handle: DbHandle): Promise<string[]> {
  const query =
    handle.kind === 'postgres'
      ? sql<{ name: string }>`select indexname as name from pg_indexes where schemaname = 'public'`
      : sql<{ name: string }>`select name from sqlite_master where type = 'index'`;
  return (await query.execute(handle.db)).rows.map((r) => r.name);
}

test('a database migrated before 0005 and 0009 were edited gets their indexes from 0014', async () => {
  const testDb = await createTestDb();
  const { db } = testDb.handle;
  try {
    // What such a database looks like: 0001–0013 applied without the two indexes added later, 0014 not yet.
    await sql`drop index serial_units_depot_status_serial`.execute(db);
    await sql`drop index jobs_status_seq`.execute(db);
    await sql`delete from kysely_migration where name = '0014_indexes_added_to_landed_migrations'`.execute(db);
    assert.ok(!(await indexNames(testDb.handle)).includes('jobs_status_seq'));

    assert.deepEqual(await migrateToLatest(db), ['0014_indexes_added_to_landed_migrations']);
    const indexes = await indexNames(testDb.handle);
    assert.ok(indexes.includes('serial_units_depot_status_serial'), 'serial units by depot and status are indexed again');
    assert.ok(indexes.includes('jobs_status_seq'), 'jobs by status and number are indexed again');
  } finally {
    await testDb.drop();
  }
});
