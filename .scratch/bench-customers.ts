import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql, type CompiledQuery } from 'kysely';
import pg from 'pg';
import type { Database } from '../server/src/db/database';
import { migrateToLatest } from '../server/src/db/migrate';
import { listCustomers } from '../server/src/modules/customers/customers.repository';
import { searchForm } from '../server/src/shared/text';

const url = process.argv[2];
const captured: CompiledQuery[] = [];
const log = (e: any) => { if (e.level === 'query') captured.push(e.query); };
let db: Kysely<Database>;
if (url) {
  db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url }) }), plugins: [new CamelCasePlugin()], log });
} else {
  const s = new SQLite(join(mkdtempSync(join(tmpdir(), 'fd-bench-')), 'b.sqlite'));
  s.pragma('journal_mode = WAL'); s.pragma('case_sensitive_like = ON');
  db = new Kysely<Database>({ dialect: new SqliteDialect({ database: s }), plugins: [new CamelCasePlugin()], log });
}
await migrateToLatest(db);
const syll = ['ma', 'ri', 'lo', 'é', 'tan', 'bou', 'ché', 'dup', 'ont', 'ver', 'gé', 'sa', 'ka', 'zu'];
let seed = 7;
const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const word = () => Array.from({ length: 2 + rnd(3) }, () => syll[rnd(syll.length)]).join('');
const N = 100_000;
const t0 = Date.now();
for (let b = 0; b < N; b += 500) {
  const now = new Date(Date.UTC(2025, 0, 1) + b * 1000).toISOString();
  const rows = Array.from({ length: 500 }, (_, i) => {
    const name = `${word()} ${word()}`.replace(/^./, (c) => c.toUpperCase());
    const k = b + i + 1;
    return { id: crypto.randomUUID(), code: `C-${String(k).padStart(6, '0')}`, name, searchName: searchForm(name), email: null, phone: null, notes: null, customFields: '{}', createdAt: now, updatedAt: new Date(Date.UTC(2025, 0, 1) + rnd(1e9)).toISOString(), version: 1 };
  });
  await db.insertInto('customers').values(rows).execute();
  await db.insertInto('sites').values(rows.map((r) => ({ id: crypto.randomUUID(), customerId: r.id, name: 'Main', addressLine1: '1 rue', addressLine2: null, postalCode: '75000', city: 'Paris', country: 'FR', latitude: null, longitude: null, accessNotes: null, createdAt: r.createdAt, updatedAt: r.createdAt }))).execute();
}
if (url) await sql`analyze`.execute(db);
console.log(`inserted ${N} customers in ${Date.now() - t0} ms (${url ? 'postgres' : 'sqlite'})`);

const cases: [string, any][] = [
  ['default (name)', { limit: 50, sort: 'name' }],
  ['sort updatedAt', { limit: 50, sort: 'updatedAt' }],
  ['q=ma', { limit: 50, sort: 'name', q: 'ma' }],
  ['q=zuzuzu (rare)', { limit: 50, sort: 'name', q: 'zuzuzu' }],
  ['q=C-05000 (code)', { limit: 50, sort: 'name', q: 'C-05000' }],
  ['q=zu', { limit: 50, sort: 'name', q: 'zu' }],
  ['q=ma sort updatedAt', { limit: 50, sort: 'updatedAt', q: 'ma' }],
  ['offset 50000', { limit: 50, sort: 'name', offset: 50000 }],
];
for (const [label, query] of cases) {
  captured.length = 0;
  const first = await listCustomers(db, query);
  let page = first;
  const s = performance.now();
  const runs = 5;
  for (let i = 0; i < runs; i++) page = await listCustomers(db, query);
  const ms = (performance.now() - s) / runs;
  let cursorMs = 0;
  if (page.nextCursor) {
    const c = performance.now();
    await listCustomers(db, { ...query, cursor: page.nextCursor, offset: undefined });
    cursorMs = performance.now() - c;
  }
  console.log(`\n${label}: ${ms.toFixed(1)} ms/page (total ${page.total}, items ${page.items.length}); next page ${cursorMs.toFixed(1)} ms`);
  for (const q of captured.slice(0, 2)) {
    const plan = url
      ? (await sql.raw(`explain ${q.sql.replace(/\$(\d+)/g, (_, n) => pgLit(q.parameters[Number(n) - 1]))}`).execute(db)).rows.map((r: any) => r['QUERY PLAN'])
      : (await db.executeQuery({ ...q, sql: `explain query plan ${q.sql}` } as any)).rows.map((r: any) => r.detail);
    console.log('  ' + q.sql.slice(0, 140).replace(/\s+/g, ' '));
    for (const line of plan) console.log('    ' + line);
  }
}
function pgLit(v: unknown) { return typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`; }
await db.destroy();
