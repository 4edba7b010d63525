import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

// The rules of eslint/contract-imports.js bite: each deliberate violation below is reported.
const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function rulesBroken(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const consoleFile = 'src/app/features/lint-probe.ts';
const rulesFile = 'contract/rules/lint-probe.ts';

test('the console may not import zod nor values of the schemas', async () => {
  assert.ok((await rulesBroken(consoleFile, "import { z } from 'zod';\nexport const s = z.string();\n")).includes('@typescript-eslint/no-restricted-imports'));
  assert.ok(
    (await rulesBroken(consoleFile, "import { JobStatus } from '@contract';\nexport const s = JobStatus.options;\n")).includes(
      '@typescript-eslint/no-restricted-imports',
    ),
  );
  assert.ok(
    (await rulesBroken(consoleFile, "import { jobListViews } from '@contract/jobs-list';\nexport const v = jobListViews;\n")).includes(
      '@typescript-eslint/no-restricted-imports',
    ),
  );
});

test('the console imports types with import type, and values from @contract/rules', async () => {
  assert.ok((await rulesBroken(consoleFile, "import { JobStatus } from '@contract';\nexport type S = JobStatus;\n")).includes('@typescript-eslint/consistent-type-imports'));
  assert.deepEqual(await rulesBroken(consoleFile, "import type { JobStatus } from '@contract';\nexport type S = JobStatus;\n"), []);
  assert.deepEqual(await rulesBroken(consoleFile, "import { jobStatuses } from '@contract/rules';\nexport const s = jobStatuses;\n"), []);
});

test('the plain rules import neither zod nor a schema file', async () => {
  assert.ok((await rulesBroken(rulesFile, "import { z } from 'zod';\nexport const s = z.string();\n")).includes('@typescript-eslint/no-restricted-imports'));
  assert.ok(
    (await rulesBroken(rulesFile, "import { Settings } from '../settings';\nexport const s = Settings;\n")).includes('@typescript-eslint/no-restricted-imports'),
  );
  assert.deepEqual(await rulesBroken(rulesFile, "import type { Settings } from '../settings';\nexport type S = Settings;\n"), []);
});
