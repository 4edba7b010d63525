import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The boundaries rules a snippet breaks, linted as if it were the file at `filePath` (nothing is written). */
async function boundaryRulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((rule) => rule.startsWith('boundaries/'));
}

describe('the boundaries linter holds the layers (issue 13)', () => {
  test('a plugin may not import a module, even through its index.ts', async () => {
    assert.deepEqual(await boundaryRulesBroken('server/src/plugins/probe.ts', "export { jobsModule } from '../modules/jobs';\n"), [
      'boundaries/element-types',
    ]);
  });

  test('the seed and the platform layer may not import a module', async () => {
    const seed = await boundaryRulesBroken('server/src/db/seed/stages/probe.ts', "import { readSettings } from '../../../modules/settings';\nexport const x = readSettings;\n");
    assert.deepEqual(seed, ['boundaries/element-types']);
    const platform = await boundaryRulesBroken('server/src/platform/probe.ts', "import { readSettings } from '../modules/settings';\nexport const x = readSettings;\n");
    assert.deepEqual(platform, ['boundaries/element-types']);
  });

  test("a module reaches another module through its index.ts only, not its internal files", async () => {
    const internal = "import { findJobRow } from '../jobs/jobs.repository';\nexport const x = findJobRow;\n";
    assert.deepEqual(await boundaryRulesBroken('server/src/modules/review/probe.ts', internal), ['boundaries/entry-point']);
    const entry = "import { findJobRow } from '../jobs';\nexport const x = findJobRow;\n";
    assert.deepEqual(await boundaryRulesBroken('server/src/modules/review/probe.ts', entry), []);
  });

  test('a dynamic import() is a dependency too', async () => {
    const code = "export const load = () => import('../modules/jobs');\n";
    assert.deepEqual(await boundaryRulesBroken('server/src/plugins/probe.ts', code), ['boundaries/element-types']);
  });

  test('the contract imports nothing from the server or the console', async () => {
    assert.deepEqual(await boundaryRulesBroken('contract/probe.ts', "export { buildApp } from '../server/src/app';\n"), ['boundaries/element-types']);
    assert.deepEqual(await boundaryRulesBroken('contract/probe.ts', "export { appConfig } from '../src/app/app.config';\n"), ['boundaries/element-types']);
  });

  test('the simulator speaks HTTP and the contract only: no server import', async () => {
    assert.deepEqual(await boundaryRulesBroken('simulator/probe.ts', "export { buildApp } from '../server/src/app';\n"), ['boundaries/element-types']);
    assert.deepEqual(await boundaryRulesBroken('simulator/probe.ts', "export { Rng } from '../demo/random';\n"), []);
  });

  test("benches use the server's entry points, never the tests' files", async () => {
    assert.deepEqual(await boundaryRulesBroken('bench/probe.ts', "export { createTestApp } from '../server/test/helpers/test-app';\n"), [
      'boundaries/element-types',
    ]);
    assert.deepEqual(await boundaryRulesBroken('bench/probe.ts', "export { buildApp } from '../server/src/app';\n"), []);
  });

  test("the console: a dynamic import() into another feature's page is reported", async () => {
    const code = "export const load = () => import('../review/review-page/review-page').then((m) => m.ReviewPage);\n";
    assert.deepEqual(await boundaryRulesBroken('src/app/features/reserves/probe.ts', code), ['boundaries/element-types']);
  });
});
