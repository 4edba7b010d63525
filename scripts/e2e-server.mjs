// The real server for the journeys: a fresh SQLite database in a temporary folder, seeded with
// a small demo data set (the same generator as `npm run seed`), then the API + built console.
// FIELDDESK_NOW (ISO date-time) runs both the seed and the server on a clock that starts at that
// instant (scripts/fixed-clock.mjs); FIELDDESK_NOW_SINCE pins the real moment it stands for.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'fielddesk-e2e-'));
const env = { ...process.env, DATA_DIR: dataDir, PORT: process.env.E2E_PORT ?? '4310', HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
delete env.DATABASE_URL;
if (env.FIELDDESK_NOW) env.FIELDDESK_NOW_SINCE ??= String(Date.now());
const preload = ['--import', './scripts/fixed-clock.mjs', '--import', 'tsx'];

// The journeys get the console as browsers do in production: its files precompressed (brotli, gzip).
const precompress = spawnSync(process.execPath, ['scripts/precompress.mjs', '--if-stale'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
if (precompress.status !== 0) process.exit(precompress.status ?? 1);

const seed = spawnSync(process.execPath, [...preload, 'server/src/db/seed/cli.ts', '--jobs', '600', '--customers', '150', '--seed', '7'], {
  cwd: root,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (seed.status !== 0) process.exit(seed.status ?? 1);

const server = spawn(process.execPath, [...preload, 'server/src/main.ts'], { cwd: root, env, stdio: 'inherit' });
const stop = () => server.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
