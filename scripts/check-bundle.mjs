#!/usr/bin/env node
// After `ng build`: the production bundle holds no zod (it stays on the server) and the initial JS
// (index.html's scripts and everything they import statically) stays within its budget.
// Usage: node scripts/check-bundle.mjs [browser folder, default dist/fielddesk/browser]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const INITIAL_BUDGET_BYTES = 600 * 1000;
// zod 4 names its classes with these strings ($constructor('$ZodType', …)); minifiers keep string literals.
const ZOD_MARKER = /["'`]\$Zod[A-Z]\w*["'`]/;

const dir = process.argv[2] ?? 'dist/fielddesk/browser';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`check-bundle: no ${join(dir, 'index.html')}; run \`npx ng build\` first.`);
  process.exit(2);
}

const scripts = readdirSync(dir).filter((name) => name.endsWith('.js'));
const withZod = scripts.filter((name) => ZOD_MARKER.test(readFileSync(join(dir, name), 'utf8')));

/** Scripts and module preloads of index.html, then their static imports (not `import()`), transitively. */
function initialScripts() {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const pending = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  while (pending.length > 0) {
    const name = pending.pop().replace(/^\.?\//, '');
    if (seen.has(name)) continue;
    seen.add(name);
    const code = readFileSync(join(dir, name), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{][^;]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) pending.push(m[1]);
  }
  return [...seen];
}

const initial = initialScripts();
const initialBytes = initial.reduce((sum, name) => sum + readFileSync(join(dir, name)).length, 0);
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

console.log(`check-bundle: initial JS ${kB(initialBytes)} in ${initial.length} files (budget ${kB(INITIAL_BUDGET_BYTES)})`);
let failed = false;
if (withZod.length > 0) {
  console.error(`check-bundle: zod is in the browser bundle: ${withZod.join(', ')}`);
  failed = true;
} else {
  console.log(`check-bundle: no zod in ${scripts.length} scripts`);
}
if (initialBytes > INITIAL_BUDGET_BYTES) {
  console.error(`check-bundle: the initial JS is over budget by ${kB(initialBytes - INITIAL_BUDGET_BYTES)}`);
  failed = true;
}
process.exit(failed ? 1 : 0);
