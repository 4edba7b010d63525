import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd: root });

/** The transaction rules a snippet breaks, linted as if it were the file at `filePath` (nothing is written). */
async function transactionRulesBroken(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return result.messages.map((m) => m.ruleId ?? m.message).filter((rule) => rule.startsWith('no-restricted-'));
}

const opensTransaction = "import type { Kysely } from 'kysely';\nexport const run = (db: Kysely<object>) => db.transaction().execute(async () => 1);\n";

describe('one transaction per use case, opened by its service (issue 13)', () => {
  test('a route file or a repository may not open a transaction; a service may', async () => {
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.routes.ts', opensTransaction), ['no-restricted-syntax']);
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.repository.ts', opensTransaction), ['no-restricted-syntax']);
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.service.ts', opensTransaction), []);
  });

  test("a module may not import the raw audit and outbox writers: it queues them on the unit of work", async () => {
    const rawAudit = "import { audit } from '../../plugins/audit';\nexport const x = audit;\n";
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.service.ts', rawAudit), ['no-restricted-imports']);
    const rawPublish = "import { writeOutboxEvent } from '../../plugins/events/publish';\nexport const x = writeOutboxEvent;\n";
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.service.ts', rawPublish), ['no-restricted-imports']);
    const allowed = "import { actorOf, type Actor } from '../../plugins/audit';\nimport { inUnitOfWork } from '../../plugins/unit-of-work';\nexport const x: [typeof actorOf, Actor | null, typeof inUnitOfWork] = [actorOf, null, inUnitOfWork];\n";
    assert.deepEqual(await transactionRulesBroken('server/src/modules/customers/probe.service.ts', allowed), []);
  });
});
