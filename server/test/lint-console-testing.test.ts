import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { ESLint } from 'eslint';

// The console's boundaries (eslint.config.js + eslint/console-testing.js): a feature's testing/ is for its specs only.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });
const importFixtures = "import { reserveDetail } from '../testing/reserve-fixtures';\nexport const shown = reserveDetail();\n";

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'boundaries/element-types').map((m) => m.message);
}

test('a production file importing its feature’s testing/ fails lint', async () => {
  const errors = await boundaryErrors('src/app/features/reserves/data-access/reserve-sample.ts', importFixtures);
  assert.equal(errors.length, 1);
  assert.match(errors[0]!, /feature-testing/);
});

test('a page importing its feature’s testing/ fails lint too', async () => {
  const errors = await boundaryErrors('src/app/features/reserves/reserve-page/reserve-sample.ts', importFixtures);
  assert.equal(errors.length, 1);
});

test('a spec file of the same feature may import it', async () => {
  assert.deepEqual(await boundaryErrors('src/app/features/reserves/data-access/reserve-sample.spec.ts', importFixtures), []);
  assert.deepEqual(await boundaryErrors('src/app/features/reserves/reserve-page/reserve-sample.spec.ts', importFixtures), []);
});

test("another feature's spec may not reach into it", async () => {
  const code = "import { reserveDetail } from '../../reserves/testing/reserve-fixtures';\nexport const shown = reserveDetail();\n";
  const errors = await boundaryErrors('src/app/features/review/data-access/review-sample.spec.ts', code);
  assert.equal(errors.length, 1);
});
