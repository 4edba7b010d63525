// `npm start`: build the console when its sources changed, then run the API on one port.
// The server seeds demo data on its first start with an empty database.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const builtIndex = join(root, 'dist/fielddesk/browser/index.html');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function consoleIsStale() {
  if (!existsSync(builtIndex)) return true;
  const sources = ['src', 'public', 'contract', 'angular.json', 'package-lock.json'].map((p) => join(root, p));
  return Math.max(...sources.map(newestMtime)) > statSync(builtIndex).mtimeMs;
}

const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };

if (consoleIsStale()) {
  console.log('Building the console (first start, or its sources changed)…');
  const build = spawnSync(join(root, 'node_modules/.bin/ng'), ['build'], { cwd: root, stdio: 'inherit', env });
  if (build.status !== 0) {
    console.error('The console build failed: see the messages above.');
    process.exit(build.status ?? 1);
  }
}
// Brotli and gzip copies of the built files, served as such (the server compresses on the fly without them).
spawnSync(process.execPath, [join(root, 'scripts/precompress.mjs'), '--if-stale'], { cwd: root, stdio: 'inherit', env });

const server = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
  cwd: root,
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...env },
});
// Ctrl-C reaches the whole process group: the server shuts down by itself, we only wait for it.
process.on('SIGINT', () => {});
process.on('SIGTERM', () => server.kill('SIGTERM'));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
