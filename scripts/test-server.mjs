#!/usr/bin/env node
// Runs the server suite: node:test through tsx, two files at a time (each builds its own database,
// so files never share one; SERVER_TEST_CONCURRENCY=1 runs them one by one).
// Node 20's --test does not expand globs, so the files are found here. Extra arguments filter the
// files by name: `npm run test:server -- customers auth`.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const testDir = join(root, 'server', 'test');

function findTests(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : findTests(path);
    return entry.name.endsWith('.test.ts') ? [relative(root, path)] : [];
  });
}

const filters = process.argv.slice(2);
const files = findTests(testDir)
  .filter((file) => filters.length === 0 || filters.some((f) => file.includes(f)))
  .sort();
if (files.length === 0) {
  console.error(`No server test file matches ${filters.join(', ') || 'server/test/**/*.test.ts'}`);
  process.exit(1);
}

console.log(`Server tests on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'}: ${files.length} files`);
const child = spawn(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${process.env.SERVER_TEST_CONCURRENCY ?? 2}`, ...files], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
