import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { as, createTestApp, createUser, signIn, type TestApp } from './helpers/test-app';

let t: TestApp;
before(async () => {
  t = await createTestApp();
});
after(() => t.close());

test('every console role lists whom a reserve may be assigned to: active supervisors and administrators only', async () => {
  const supervisor = await createUser(t.db, { role: 'supervisor', displayName: 'Sophie Triage' });
  await createUser(t.db, { role: 'admin', displayName: 'Adèle Admin' });
  await createUser(t.db, { role: 'supervisor', displayName: 'Gone Supervisor', active: false });
  await createUser(t.db, { role: 'dispatcher', displayName: 'Denis Dispatch' });
  await createUser(t.db, { role: 'technician', displayName: 'Tom Tech' });

  const res = await t.app.inject(as(await signIn(t.app, supervisor), { method: 'GET', url: '/api/users/assignees' }));
  assert.equal(res.statusCode, 200);
  const items: { displayName: string; role: string }[] = res.json().items;
  assert.deepEqual(
    items.map((i) => [i.displayName, i.role]),
    [
      ['Adèle Admin', 'admin'],
      ['Sophie Triage', 'supervisor'],
    ],
  );
});
