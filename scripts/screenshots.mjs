// `npm run screenshots`: the README's pictures (docs/screenshots/*.png), taken by the journeys that
// call shot() (e2e/support/screenshots.ts), on the real clock. The test suite never writes there.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const journeys = readdirSync(`${root}e2e`)
  .filter((file) => file.endsWith('.e2e.ts') && readFileSync(`${root}e2e/${file}`, 'utf8').includes('shot(page'))
  .map((file) => `e2e/${file}`);

const result = spawnSync(process.execPath, ['scripts/test-e2e.mjs', ...journeys, ...process.argv.slice(2)], {
  cwd: root,
  env: { ...process.env, FIELDDESK_SCREENSHOTS: '1', E2E_INSTANTS: 'none' },
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
