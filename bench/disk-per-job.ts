import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createDb } from '../server/src/db/create-db';
import { migrateToLatest } from '../server/src/db/migrate';
import { seedDemo } from '../server/src/db/seed/seed';

/**
 * Bytes per job on SQLite, per table and per index, read from `dbstat` (pages really used, free
 * pages apart). A figure to watch, not a test:
 *   npx tsx bench/disk-per-job.ts                 seeds 100,000 jobs in a throwaway folder, then measures
 *   npx tsx bench/disk-per-job.ts 250000          the same with that many jobs
 *   npx tsx bench/disk-per-job.ts path/to/fielddesk.sqlite   measures an existing database (e.g. a 1M seed)
 */
const argument = process.argv[2] ?? '100000';
let file = argument;
let cleanup = () => {};
if (/^\d+$/.test(argument)) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fd-bench-disk-'));
  cleanup = () => rmSync(dataDir, { recursive: true, force: true });
  const handle = createDb({ dataDir });
  await migrateToLatest(handle.db);
  await seedDemo(handle, { jobs: Number(argument), customers: Math.max(300, Math.round(Number(argument) / 50)) });
  await handle.close();
  file = join(dataDir, 'fielddesk.sqlite');
} else if (!existsSync(file)) {
  console.error(`No database at ${file}. Usage: npx tsx bench/disk-per-job.ts [jobs | path/to/fielddesk.sqlite]`);
  process.exit(1);
}

try {
  const db = new Database(file, { readonly: true });
  const jobs = (db.prepare('select count(*) as n from jobs').get() as { n: number }).n;
  const pageSize = (db.prepare('pragma page_size').get() as { page_size: number }).page_size;
  const pages = (db.prepare('pragma page_count').get() as { page_count: number }).page_count;
  const free = (db.prepare('pragma freelist_count').get() as { freelist_count: number }).freelist_count;
  const objects = db
    .prepare(
      `select s.name, coalesce(m.tbl_name, s.name) as tableName, coalesce(m.type, 'table') as type, sum(s.pgsize) as bytes
       from dbstat s left join sqlite_schema m on m.name = s.name
       group by s.name order by bytes desc`,
    )
    .all() as { name: string; tableName: string; type: string; bytes: number }[];
  db.close();

  const perJob = (bytes: number) => (jobs ? (bytes / jobs).toFixed(0) : '-').padStart(7);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`.padStart(11);
  const tables = new Map<string, { table: number; indexes: number; count: number }>();
  for (const o of objects) {
    const t = tables.get(o.tableName) ?? { table: 0, indexes: 0, count: 0 };
    if (o.type === 'index') {
      t.indexes += o.bytes;
      t.count++;
    } else t.table += o.bytes;
    tables.set(o.tableName, t);
  }
  const fileBytes = statSync(file).size;
  console.log(`${file}: ${jobs.toLocaleString('en')} jobs, file ${mb(fileBytes).trim()} (${perJob(fileBytes).trim()} B/job), ${free.toLocaleString('en')} free pages of ${pageSize} B`);
  console.log(`\n${'table'.padEnd(30)} ${'rows+indexes'.padStart(11)} ${'B/job'.padStart(7)}   ${'rows'.padStart(11)} ${'indexes'.padStart(11)} (n)`);
  for (const [name, t] of [...tables].sort((a, b) => b[1].table + b[1].indexes - (a[1].table + a[1].indexes)).slice(0, 20)) {
    console.log(`${name.padEnd(30)} ${mb(t.table + t.indexes)} ${perJob(t.table + t.indexes)}   ${mb(t.table)} ${mb(t.indexes)} (${t.count})`);
  }
  console.log(`\n${'index'.padEnd(40)} ${'size'.padStart(11)} ${'B/job'.padStart(7)}`);
  for (const o of objects.filter((x) => x.type === 'index').slice(0, 40)) console.log(`${o.name.padEnd(40)} ${mb(o.bytes)} ${perJob(o.bytes)}`);
  console.log(`\nused pages: ${mb((pages - free) * pageSize).trim()} = ${perJob((pages - free) * pageSize).trim()} B/job`);
} finally {
  cleanup();
}
