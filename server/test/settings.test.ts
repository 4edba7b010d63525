import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { defaultSettings } from '@contract';
import { settingsFor } from '../src/modules/settings/settings.service';
import { createUser, signedInAs, signIn, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
let supervisor: Credentials;
before(async () => {
  ({ t, fx: { admin, supervisor } } = await testAppWith(signedInAs('admin', 'supervisor')));
});
after(() => t.close());

const read = async () => (await t.app.inject({ method: 'GET', url: '/api/settings', headers: supervisor.headers })).json();
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
  assert.deepEqual(res.json(), { ...defaultSettings, version: 0, nextJobNumber: 1 });
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

test('dispatchers and supervisors read but cannot change the settings (403)', async () => {
  const dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  const { version } = await read();
  for (const who of [dispatcher, supervisor]) {
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: { ...who.headers, 'if-match': String(version) },
      payload: { technicianJobCreation: false },
    });
    assert.equal(res.statusCode, 403);
    assert.equal(res.json().error.code, 'forbidden');
  }
  assert.equal((await read()).version, version, 'nothing was written');
});

test('settingsFor reads the setting in force on the very next call after a change (no restart, no stale cache)', async () => {
  const before = await settingsFor(t.db);
  const { version } = await read();
  const res = await save(String(version), { technicianJobCreation: !before.technicianJobCreation });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal((await settingsFor(t.db)).technicianJobCreation, !before.technicianJobCreation);
  // A second app on the same database (another instance) sees it too, and a change made there is seen here.
  const { buildApp } = await import('../src/app');
  const other = buildApp({ config: t.config, dbHandle: t.handle });
  await other.ready();
  try {
    const otherAdmin = await signIn(other, await createUser(t.db, { role: 'admin' }));
    const res2 = await other.inject({
      method: 'PATCH',
      url: '/api/settings',
      headers: { ...otherAdmin.headers, 'if-match': String(version + 1) },
      payload: { technicianJobCreation: before.technicianJobCreation },
    });
    assert.equal(res2.statusCode, 200, res2.body);
    assert.equal((await settingsFor(t.db)).technicianJobCreation, before.technicianJobCreation);
    assert.equal((await read()).technicianJobCreation, before.technicianJobCreation);
  } finally {
    await other.close();
  }
});

test('the next job number goes up (audited, used by the counter) and never down (422)', async () => {
  const start = await read();
  assert.equal(start.nextJobNumber, 1);
  const up = await save(String(start.version), { nextJobNumber: 500, jobNumberPrefix: 'WO-' });
  assert.equal(up.statusCode, 200, up.body);
  assert.equal(up.json().nextJobNumber, 500);
  assert.equal(up.json().jobNumberPrefix, 'WO-');
  const counter = await t.db.selectFrom('counters').select('value').where('name', '=', 'job_number').executeTakeFirstOrThrow();
  assert.equal(Number(counter.value), 499, 'the counter holds the last number given');

  const rows = await t.db.selectFrom('auditLog').select('changes').where('entityType', '=', 'settings').orderBy('occurredAt', 'desc').execute();
  assert.deepEqual(JSON.parse(rows[0]!.changes), {
    jobNumberPrefix: { before: 'J-', after: 'WO-' },
    nextJobNumber: { before: 1, after: 500 },
  });

  const down = await save(String(up.json().version), { nextJobNumber: 499 });
  assert.equal(down.statusCode, 422);
  assert.equal(down.json().error.code, 'job_number_not_higher');
  assert.equal(down.json().error.details.nextJobNumber, 500);
  const after = await read();
  assert.equal(after.nextJobNumber, 500);
  assert.equal(after.version, up.json().version, 'a refused change writes nothing');

  // Jobs numbered meanwhile move the counter: the page's number is then stale and cannot lower it.
  await t.db.updateTable('counters').set({ value: 520 }).where('name', '=', 'job_number').execute();
  const stale = await save(String(after.version), { nextJobNumber: 510 });
  assert.equal(stale.statusCode, 422);
  assert.equal((await read()).nextJobNumber, 521);
});

test('a PATCH that changes nothing writes nothing (same version, no audit row)', async () => {
  const current = await read();
  const audits = async () => (await t.db.selectFrom('auditLog').select('id').where('entityType', '=', 'settings').execute()).length;
  const count = await audits();
  const res = await save(String(current.version), { currency: current.currency, nextJobNumber: current.nextJobNumber });
  assert.equal(res.statusCode, 200, res.body);
  assert.equal(res.json().version, current.version);
  assert.equal(await audits(), count);
});

test('an invalid currency or prefix → 400 naming it', async () => {
  const { version } = await read();
  for (const [key, value] of [['currency', 'eur'], ['jobNumberPrefix', 'j/'], ['nextJobNumber', 0], ['reserveAlertRoles', ['technician']]] as const) {
    const res = await save(String(version), { [key]: value });
    assert.equal(res.statusCode, 400, `${key}: ${res.body}`);
    assert.match(res.json().error.details.issues[0].path, new RegExp(`^${key}`));
  }
});
