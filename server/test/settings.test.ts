import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultSettings } from '@contract';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
let supervisor: Credentials;
before(async () => {
  t = await createTestApp();
  admin = await signIn(t.app, await createUser(t.db, { role: 'admin' }));
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
});
after(() => t.close());

const save = (version: string | undefined, payload: object) =>
  t.app.inject({
    method: 'PATCH',
    url: '/api/settings',
    headers: { ...admin.headers, ...(version === undefined ? {} : { 'if-match': version }) },
    payload,
  });

test('without a settings row, every console role reads the defaults at version 0', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/settings', headers: supervisor.headers });
  assert.equal(res.statusCode, 200);
  assert.deepEqual(res.json(), { ...defaultSettings, version: 0 });
  assert.equal(res.headers.etag, '"0"');
});

test('an administrator changes some settings with If-Match; audited; stale → 412; missing → 428', async () => {
  assert.equal((await save(undefined, { technicianJobCreation: true })).statusCode, 428);
  const first = await save('"0"', { technicianJobCreation: true, currency: 'CHF' });
  assert.equal(first.statusCode, 200, first.body);
  assert.equal(first.json().version, 1);
  assert.equal(first.json().technicianJobCreation, true);
  assert.equal(first.json().defaultTaxRate, defaultSettings.defaultTaxRate, 'untouched keys keep their value');
  assert.equal(first.headers.etag, '"1"');

  const stale = await save('"0"', { currency: 'USD' });
  assert.equal(stale.statusCode, 412);
  assert.equal(stale.json().error.details.currentVersion, 1);

  const read = (await t.app.inject({ method: 'GET', url: '/api/settings', headers: supervisor.headers })).json();
  assert.equal(read.currency, 'CHF');
  assert.equal(read.version, 1);

  const audit = await t.db.selectFrom('auditLog').selectAll().where('entityType', '=', 'settings').execute();
  assert.equal(audit.length, 1);
  assert.deepEqual(JSON.parse(audit[0]!.changes), {
    technicianJobCreation: { before: false, after: true },
    currency: { before: 'EUR', after: 'CHF' },
  });
});

test('unknown keys and bad values → 400', async () => {
  const unknown = await save('"1"', { darkMode: true });
  assert.equal(unknown.statusCode, 400);
  assert.equal(unknown.json().error.details.issues[0].path, 'darkMode');
  const bad = await save('"1"', { defaultTaxRate: -5 });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.details.issues[0].path, 'defaultTaxRate');
});
