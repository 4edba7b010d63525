// Journeys: build the console (cached when unchanged), run Playwright against the real server,
// then print `N passed, N failed` (Playwright's own summary is not read by CI).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const env = { ...process.env, NG_CLI_ANALYTICS: 'false' };
const report = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? `${root}test-results/playwright.json`;

const build = spawnSync(`${root}node_modules/.bin/ng`, ['build'], { cwd: root, env, stdio: 'inherit' });
if (build.status !== 0) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const result = spawnSync(`${root}node_modules/.bin/playwright`, ['test', ...process.argv.slice(2)], {
  cwd: root,
  env: { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  stdio: 'inherit',
});
try {
  const { stats } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`${stats.expected + stats.flaky} passed, ${stats.unexpected} failed`);
} catch {
  console.log('0 passed, 1 failed');
}
process.exit(result.status ?? 1);
