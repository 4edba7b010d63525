import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../server/src/db/create-db';
import { migrateToLatest } from '../server/src/db/migrate';
import { seedDemo } from '../server/src/db/seed/seed';

/**
 * How long the demo seed takes for N jobs (default 1,000,000) on a throwaway SQLite file,
 * and how fast rows go in. A figure to watch, not a test: `npx tsx bench/seed-jobs.ts [N]`.
 */
const jobs = Number(process.argv[2] ?? 1_000_000);
if (!Number.isInteger(jobs) || jobs < 0) {
  console.error('Usage: npx tsx bench/seed-jobs.ts [jobs]');
  process.exit(1);
}
const dataDir = mkdtempSync(join(tmpdir(), 'fd-bench-seed-'));
const handle = createDb({ dataDir });
try {
  await migrateToLatest(handle.db);
  const summary = await seedDemo(handle, { jobs });
  const rows = Object.values(summary.rows).reduce((a, b) => a + b, 0);
  const seconds = summary.durationMs / 1000;
  console.log(`seed ${jobs.toLocaleString('en')} jobs on SQLite: ${seconds.toFixed(1)} s, ${rows.toLocaleString('en')} rows, ${Math.round(rows / seconds).toLocaleString('en')} rows/s`);
  // On a shared machine the wall time depends on the neighbours; the CPU time much less.
  const cpu = process.cpuUsage();
  console.log(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (user ${(cpu.user / 1e6).toFixed(1)} s, system ${(cpu.system / 1e6).toFixed(1)} s)`);
  console.log(`peak memory (RSS) ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
} finally {
  await handle.close();
  rmSync(dataDir, { recursive: true, force: true });
}
