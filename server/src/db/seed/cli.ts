import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../../config';
import { createDb } from '../create-db';
import { migrateToLatest } from '../migrate';
import { DEFAULT_CUSTOMERS, DEFAULT_JOBS, DEFAULT_SEED, isDatabaseEmpty, seedDemo, type SeedSummary } from './seed';

/** `npm run seed -- [--jobs N] [--customers N] [--seed N] [--reset]` */

const USAGE = `Usage: npm run seed -- [--jobs N] [--customers N] [--seed N] [--reset]
  --jobs N        jobs to create (default ${DEFAULT_JOBS.toLocaleString('en')}, up to 5,000,000)
  --customers N   customers to create (default ${DEFAULT_CUSTOMERS}, 1 to 1,000,000)
  --seed N        random seed: the same seed on the same day gives the same data (default ${DEFAULT_SEED})
  --reset         empty the database first (SQLite: the file is deleted)
Environment: DATA_DIR (default ./data) for SQLite, or DATABASE_URL=postgres://… for PostgreSQL.`;

const SQLITE_FILE = 'fielddesk.sqlite';

interface CliOptions {
  jobs: number;
  customers: number;
  seed: number;
  reset: boolean;
  dataDir: string;
  databaseUrl?: string;
}

class UsageError extends Error {}

function readOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        jobs: { type: 'string' },
        customers: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return 'help';
  // The server's own reading of the environment, so both open the same database.
  let config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  return {
    jobs: wholeNumber('--jobs', parsed.values.jobs, DEFAULT_JOBS, 0, 5_000_000),
    customers: wholeNumber('--customers', parsed.values.customers, DEFAULT_CUSTOMERS, 1, 1_000_000),
    seed: wholeNumber('--seed', parsed.values.seed, DEFAULT_SEED, 0, 4_294_967_295),
    reset: parsed.values.reset,
    dataDir: resolve(config.dataDir),
    databaseUrl: config.databaseUrl,
  };
}

function wholeNumber(flag: string, raw: string | undefined, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const text = raw.replace(/[_,]/g, '');
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min.toLocaleString('en')} to ${max.toLocaleString('en')} (got "${raw}")`);
  }
  return value;
}

/** One progress bar per stage; plain lines when the output is not a terminal. */
function progressReporter(): { onProgress: (done: number, total: number, stage: string) => void; stop: () => void } {
  const interactive = process.stdout.isTTY === true;
  let bar: cliProgress.SingleBar | null = null;
  let stage = '';
  let lastPrinted = -1;
  const stop = () => {
    bar?.stop();
    bar = null;
  };
  return {
    stop,
    onProgress(done, total, next) {
      if (next !== stage) {
        stop();
        stage = next;
        lastPrinted = -1;
        if (interactive) {
          bar = new cliProgress.SingleBar(
            { format: `${next.padEnd(10)} [{bar}] {percentage}% | {value}/{total} | {duration_formatted} elapsed, ETA {eta_formatted}`, hideCursor: true },
            cliProgress.Presets.shades_classic,
          );
          bar.start(total, 0);
        }
      }
      if (bar) bar.update(done);
      else {
        const tenth = total === 0 ? 10 : Math.floor((done / total) * 10);
        if (tenth !== lastPrinted) {
          lastPrinted = tenth;
          console.log(`  ${next}: ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
        }
      }
    },
  };
}

function printSummary(summary: SeedSummary): void {
  const n = (v: number) => v.toLocaleString('en');
  console.log(`\nDemo data ready in ${(summary.durationMs / 1000).toFixed(1)} s (${summary.database.kind}: ${summary.database.location})`);
  console.log(`Seed ${summary.seed}, data's "now" ${summary.now}`);
  console.log('\nRows written:');
  const rows = Object.entries(summary.rows).sort(([a], [b]) => a.localeCompare(b));
  const width = Math.max(...rows.map(([t]) => t.length));
  for (const [table, count] of rows) console.log(`  ${table.padEnd(width)}  ${n(count).padStart(12)}`);
  console.log('\nJobs by status:');
  for (const [status, count] of Object.entries(summary.jobsByStatus)) console.log(`  ${status.padEnd(13)} ${n(count).padStart(12)}`);
  console.log(`\n${summary.detailPolicy}`);
  console.log(`\nDemo logins (password: ${summary.password}):`);
  for (const login of summary.logins.filter((l) => l.role !== 'technician')) console.log(`  ${login.role.padEnd(11)} ${login.email}  (${login.name})`);
  const techs = summary.logins.filter((l) => l.role === 'technician');
  if (techs.length > 0) console.log(`  technician  ${techs[0].email} … ${techs[techs.length - 1].email}  (${techs.length} technicians)`);
}

async function main(): Promise<number> {
  let options: CliOptions | 'help';
  try {
    options = readOptions(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 1;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  if (options.reset && !options.databaseUrl) {
    const file = join(options.dataDir, SQLITE_FILE);
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
  const handle = createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir, sqliteFile: SQLITE_FILE });
  const progress = progressReporter();
  try {
    await migrateToLatest(handle.db);
    if (!options.reset && !(await isDatabaseEmpty(handle.db))) {
      console.error(`The database (${handle.location}) already holds data. Run \`npm run seed -- --reset\` to empty it and seed again.`);
      return 1;
    }
    console.log(`Seeding ${handle.kind} database ${handle.location}: ${options.jobs.toLocaleString('en')} jobs, ${options.customers.toLocaleString('en')} customers, seed ${options.seed}`);
    const summary = await seedDemo(handle, {
      jobs: options.jobs,
      customers: options.customers,
      seed: options.seed,
      reset: options.reset && Boolean(options.databaseUrl),
      onProgress: progress.onProgress,
    });
    progress.stop();
    printSummary(summary);
    return 0;
  } catch (error) {
    progress.stop();
    console.error(`\nSeeding failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`Seeding failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
