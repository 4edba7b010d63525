import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createDb } from '../server/src/db/create-db';
import { migrateToLatest } from '../server/src/db/migrate';
import type { Figure } from './support';

/**
 * `npm run bench [-- name…]`: runs every benchmark of this folder (or those named), one process
 * each, with its default size, then writes what they measured into `bench/RESULTS.md` between
 * the "latest run" markers (the hand-written before/after sections around them are kept). Those
 * that read a seeded million (ON_THE_MILLION) get one built once in `bench/.data/million` and
 * reused. Benchmarks print figures; none of them passes or fails on time.
 */
const here = new URL('.', import.meta.url).pathname;
const wanted = process.argv.slice(2);
const benches = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && !['run.ts', 'support.ts'].includes(f) && !f.endsWith('.lib.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)));
/** The benchmarks that read an existing database: the seeded million of issue 15. */
const ON_THE_MILLION = ['jobs-totals', 'word-search', 'throughput'];
const millionEnv = benches.some((f) => ON_THE_MILLION.some((name) => f.startsWith(name))) ? await theMillion() : {};
const scratch = mkdtempSync(join(tmpdir(), 'fd-bench-'));
const figuresFile = join(scratch, 'figures.jsonl');
let failed = 0;
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const database = ON_THE_MILLION.some((name) => file.startsWith(name)) ? millionEnv : {};
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${here}${file}`], { stdio: 'inherit', env: { ...process.env, ...database, BENCH_FIGURES: figuresFile } });
  if (result.status !== 0) failed++;
}
const figures: Figure[] = existsSync(figuresFile)
  ? readFileSync(figuresFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as Figure)
  : [];
rmSync(scratch, { recursive: true, force: true });
writeResults(figures);
process.exit(failed ? 1 : 0);

/**
 * A database of 1,000,000 jobs and 20,000 customers (the demo seed) in `bench/.data/million`, built
 * once (a few minutes) and reused by every later run, migrated to the code's schema first. A
 * DATA_DIR or DATABASE_URL of the caller wins: that database is used as it is.
 */
async function theMillion(): Promise<Record<string, string>> {
  if (process.env.DATA_DIR || process.env.DATABASE_URL) return {};
  const dataDir = join(here, '.data', 'million');
  if (!existsSync(join(dataDir, 'fielddesk.sqlite'))) {
    console.log(`Building the million-job database in ${dataDir} (once)…`);
    const seed = spawnSync('npm', ['run', 'seed', '--', '--jobs', '1000000', '--customers', '20000'], { stdio: 'inherit', env: { ...process.env, DATA_DIR: dataDir } });
    if (seed.status !== 0) throw new Error('npm run seed failed: see above');
  } else {
    const handle = createDb({ dataDir });
    await migrateToLatest(handle.db);
    await handle.close();
  }
  return { DATA_DIR: dataDir };
}

function writeResults(all: Figure[]): void {
  if (all.length === 0) return;
  const file = join(here, 'RESULTS.md');
  const START = '<!-- latest run: written by npm run bench -->';
  const END = '<!-- end of latest run -->';
  const database = process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);
  const lines = [
    START,
    `## Latest run (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${database})`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    'Times through the real HTTP stack; "loop max" is the longest event-loop delay while the line ran.',
    '',
  ];
  for (const bench of [...new Set(all.map((f) => f.bench))]) {
    lines.push(`### ${bench}`, '', '| what | p50 ms | p95 ms | loop max ms | loop p99 ms |', '|---|---:|---:|---:|---:|');
    for (const f of all.filter((x) => x.bench === bench)) lines.push(`| ${f.label.replaceAll('|', '\\|')} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.loopMax)} | ${ms(f.loopP99)} |`);
    lines.push('');
  }
  const worst = all.reduce((a, b) => (b.loopMax > a.loopMax ? b : a));
  lines.push(`Longest event-loop delay of the run: ${ms(worst.loopMax)} ms (${worst.bench}: ${worst.label}).`, END);
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
  const [before, rest] = previous.includes(START) ? previous.split(START) : [previous.trimEnd() + '\n\n', END];
  const after = rest!.includes(END) ? rest!.split(END)[1] : '';
  writeFileSync(file, `${before}${lines.join('\n')}${after}`);
  console.log(`\nWrote ${file}`);
}
