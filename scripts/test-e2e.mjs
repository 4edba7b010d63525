// Journeys: build the console (cached when unchanged), run Playwright against the real server on the
// real clock, then the time-sensitive journeys (tag @clock) again at fixed instants, then check that the
// run left the work tree as it found it. Prints `N passed, N failed` over all runs (Playwright's own
// summary is not read by CI) and writes the summed stats to PLAYWRIGHT_JSON_OUTPUT_NAME.
//
// E2E_INSTANTS: comma-separated ISO instants for the @clock runs, or `none`. FIELDDESK_NOW: run
// everything once at that instant instead. Arguments are passed to every Playwright run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { treeSnapshot, treeChanges } from './work-tree.mjs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };
const report = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${root}test-results/playwright.json`;

/** Where "today" and "now" are tricky for a console that plans in Paris time. */
const INSTANTS = [
  '2026-12-06T02:30:00Z', // night: 03:30 in Paris, winter
  '2026-07-14T22:30:00Z', // late evening UTC: already 00:30 the next day in Paris
  '2026-03-29T01:30:00Z', // spring forward in Paris: 03:30, a 23-hour day
  '2026-10-25T08:30:00Z', // fall back in Paris: a morning (09:30) of a 25-hour day
];
// Journeys named on the command line: the instants only when one of them is tagged @clock.
const named = process.argv.slice(2).filter((arg) => arg.endsWith('.ts'));
const timed = named.length === 0 || named.some((file) => existsSync(file) && readFileSync(file, 'utf8').includes("'@clock'"));
const instants = env.FIELDDESK_NOW || !timed ? [] : (env.E2E_INSTANTS ?? INSTANTS.join(',')).split(',').filter((i) => i && i !== 'none');

const before = env.FIELDDESK_SCREENSHOTS ? null : treeSnapshot(root);

const build = spawnSync(`${root}node_modules/.bin/ng`, ['build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

/** One Playwright run; answers its stats (one failure when it left no report) and exit code. */
function playwright(label, args, extraEnv) {
  const json = `${root}test-results/playwright-${label}.json`;
  console.log(`\n=== journeys: ${label} ===`);
  const result = spawnSync(`${root}node_modules/.bin/playwright`, ['test', ...args, ...process.argv.slice(2)], {
    cwd: root,
    env: { ...env, ...extraEnv, PLAYWRIGHT_JSON_OUTPUT_NAME: json },
    stdio: 'inherit',
  });
  try {
    return { ...JSON.parse(readFileSync(json, 'utf8')).stats, status: result.status ?? 1 };
  } catch {
    return { expected: 0, flaky: 0, unexpected: 1, skipped: 0, status: 1 };
  }
}

const runs = [playwright(env.FIELDDESK_NOW ? 'at-' + env.FIELDDESK_NOW.replace(/\W/g, '') : 'now', [], {})];
for (const instant of instants) {
  const label = `at-${instant.replace(/\W/g, '')}`;
  runs.push(playwright(label, ['--grep', '@clock', '--pass-with-no-tests', '--output', `test-results/e2e-${label}`], { FIELDDESK_NOW: instant }));
}

const stats = { expected: 0, flaky: 0, unexpected: 0, skipped: 0 };
for (const run of runs) for (const key of Object.keys(stats)) stats[key] += run[key] ?? 0;
let status = runs.some((run) => run.status !== 0) ? 1 : 0;

if (before) {
  const changed = treeChanges(root, before);
  if (changed.length > 0) {
    console.log(`\nThe journeys changed the work tree (write under test-results/ instead):\n${changed.map((f) => `  ${f}`).join('\n')}`);
    stats.unexpected++;
    status = 1;
  }
}

mkdirSync(dirname(report), { recursive: true });
writeFileSync(report, JSON.stringify({ stats }, null, 2));
console.log(`${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`);
process.exit(status);
