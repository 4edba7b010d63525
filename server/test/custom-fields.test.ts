import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aCustomer, defineCustomField, goldAndSilver } from './helpers/customers';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
before(async () => ({ t, fx: { admin, dispatcher } } = await testAppWith(signedInAs('admin', 'dispatcher'))));
after(() => t.close());

const define = (payload: object, who: Credentials = admin) => defineCustomField(t, who, payload);
const change = (id: string, version: number | undefined, payload: object, who: Credentials = admin) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/custom-fields/${id}`,
    headers: { ...who.headers, ...(version === undefined ? {} : { 'if-match': `"${version}"` }) },
    payload,
  });
const list = async (query = '') =>
  (await t.app.inject({ method: 'GET', url: `/api/custom-fields${query}`, headers: dispatcher.headers })).json().items as {
    id: string;
    key: string;
    active: boolean;
    sortOrder: number;
    version: number;
  }[];
const contractLevel = {
  entity: 'customer',
  key: 'contractLevel',
  labelEn: 'Contract level',
  labelFr: 'Niveau de contrat',
  type: 'choice',
  options: goldAndSilver,
  mandatory: true,
};

describe('definitions', () => {
  test('an administrator defines fields; everyone in the console lists them in order; audited', async () => {
    const created = await define(contractLevel);
    assert.equal(created.statusCode, 201, created.body);
    const field = created.json();
    assert.equal(field.active, true);
    assert.equal(field.version, 1);
    assert.equal(created.headers.etag, '"1"');
    for (const extra of [
      { key: 'fleetSize', labelEn: 'Fleet size', labelFr: 'Taille de la flotte', type: 'number' },
      { key: 'since', labelEn: 'Customer since', labelFr: 'Client depuis', type: 'date' },
      { key: 'vip', labelEn: 'VIP', labelFr: 'VIP', type: 'checkbox' },
      { key: 'siteCode', labelEn: 'Gate code', labelFr: 'Code du portail', type: 'text' },
    ]) {
      assert.equal((await define({ entity: 'customer', ...extra })).statusCode, 201);
    }
    assert.equal((await define({ ...contractLevel, entity: 'job' })).statusCode, 201, 'the same key on jobs is another field');

    const customers = await list('?entity=customer');
    assert.deepEqual(customers.map((f) => f.key), ['contractLevel', 'fleetSize', 'since', 'vip', 'siteCode']);
    assert.ok(customers.every((f, i) => i === 0 || f.sortOrder > customers[i - 1]!.sortOrder), 'new fields go last');
    assert.equal((await list('?entity=job')).length, 1);

    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', field.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.entityType, 'custom_field');
    assert.deepEqual(JSON.parse(audit[0]!.changes).key, { before: null, after: 'contractLevel' });
  });

  test('a key taken for the entity → 409; a bad key, type or option list → 400; non-admins → 403', async () => {
    const taken = await define(contractLevel);
    assert.equal(taken.statusCode, 409);
    assert.equal(taken.json().error.code, 'custom_field_key_taken');
    for (const [payload, path] of [
      [{ ...contractLevel, key: 'Bad Key' }, 'key'],
      [{ ...contractLevel, key: 'colour', type: 'colour' }, 'type'],
      [{ ...contractLevel, key: 'empty', options: [] }, 'options'],
      [{ ...contractLevel, key: 'twice', options: [contractLevel.options[0], contractLevel.options[0]] }, 'options'],
      [{ ...contractLevel, key: 'textWithOptions', type: 'text' }, 'options'],
      [{ ...contractLevel, key: 'extra', color: 'red' }, 'color'],
    ] as const) {
      const res = await define(payload);
      assert.equal(res.statusCode, 400, `${JSON.stringify(payload)}: ${res.body}`);
      assert.equal(res.json().error.details.issues[0].path, path);
    }
    assert.equal((await define({ ...contractLevel, key: 'byDispatcher' }, dispatcher)).statusCode, 403);
  });

  test('edit with If-Match (428 without, 412 stale); key and type cannot change; audited before/after', async () => {
    const [field] = await list('?entity=customer');
    assert.equal((await change(field!.id, undefined, { labelEn: 'Level' })).statusCode, 428);
    const ok = await change(field!.id, field!.version, { labelEn: 'Level', sortOrder: 1000 });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().labelEn, 'Level');
    assert.equal(ok.json().version, field!.version + 1);
    const stale = await change(field!.id, field!.version, { labelEn: 'Stale' });
    assert.equal(stale.statusCode, 412);
    assert.equal((await change(field!.id, ok.json().version, { key: 'renamed' })).statusCode, 400);
    assert.equal((await change(field!.id, ok.json().version, { type: 'text' })).statusCode, 400);
    assert.equal((await change('no-such-field', 1, { labelEn: 'x' })).statusCode, 404);
    assert.equal((await list('?entity=customer')).at(-1)!.key, 'contractLevel', 'reordered to the end');

    const rows = await t.db.selectFrom('auditLog').select('changes').where('entityId', '=', field!.id).where('action', '=', 'update').execute();
    assert.deepEqual(JSON.parse(rows[0]!.changes), {
      labelEn: { before: 'Contract level', after: 'Level' },
      sortOrder: { before: field!.sortOrder, after: 1000 },
    });
  });
});

describe('customer values', () => {
  const postCustomer = (customFields?: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/customers', headers: dispatcher.headers, payload: aCustomer(customFields ? { customFields } : {}) });
  const issuePaths = (res: { json(): { error: { details: { issues: { path: string }[] } } } }) =>
    res.json().error.details.issues.map((i) => i.path).sort();

  test('valid values are stored (empties dropped, text trimmed) and read back', async () => {
    const res = await postCustomer({ contractLevel: 'gold', fleetSize: 12, since: '2019-04-30', vip: true, siteCode: '  A12 ', fleetNote: undefined });
    assert.equal(res.statusCode, 201, res.body);
    assert.deepEqual(res.json().customFields, { contractLevel: 'gold', fleetSize: 12, since: '2019-04-30', vip: true, siteCode: 'A12' });
    const withEmpties = await postCustomer({ contractLevel: 'silver', fleetSize: null, siteCode: '' });
    assert.deepEqual(withEmpties.json().customFields, { contractLevel: 'silver' });
  });

  test('a mandatory field missing → 400 naming it (on create, and on update when custom fields are sent)', async () => {
    const missing = await postCustomer();
    assert.equal(missing.statusCode, 400);
    assert.deepEqual(issuePaths(missing), ['customFields.contractLevel']);

    const created = (await postCustomer({ contractLevel: 'gold' })).json();
    const patch = (payload: object, version: number) =>
      t.app.inject({ method: 'PATCH', url: `/api/customers/${created.id}`, headers: { ...dispatcher.headers, 'if-match': String(version) }, payload });
    assert.equal((await patch({ name: 'Renamed' }, 1)).statusCode, 200, 'edits without custom fields keep them');
    const cleared = await patch({ customFields: { fleetSize: 3 } }, 2);
    assert.equal(cleared.statusCode, 400);
    assert.deepEqual(issuePaths(cleared), ['customFields.contractLevel']);
    const ok = await patch({ customFields: { contractLevel: 'silver', fleetSize: 3 } }, 2);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().customFields, { contractLevel: 'silver', fleetSize: 3 });
  });

  test('wrong types, an option not offered, an impossible date and unknown keys → 400 naming each', async () => {
    const count = async () => (await t.db.selectFrom('customers').select('id').execute()).length;
    const before = await count();
    const res = await postCustomer({
      contractLevel: 'platinum',
      fleetSize: '12',
      since: '2019-02-30',
      vip: 'yes',
      siteCode: 42,
      colour: 'red',
    });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(issuePaths(res), [
      'customFields.colour',
      'customFields.contractLevel',
      'customFields.fleetSize',
      'customFields.since',
      'customFields.siteCode',
      'customFields.vip',
    ]);
    const messages = res.json().error.details.issues.map((i: { message: string }) => i.message).join(' | ');
    assert.match(messages, /Unknown custom field: colour/);
    assert.equal(await count(), before, 'nothing written');
  });

  test('a deactivated field is no longer mandatory; its stored values stay readable and may be sent back', async () => {
    const created = (await postCustomer({ contractLevel: 'gold', vip: true })).json();
    const vip = (await list('?entity=customer')).find((f) => f.key === 'vip')!;
    const level = (await list('?entity=customer')).find((f) => f.key === 'contractLevel')!;
    assert.equal((await change(vip.id, vip.version, { active: false })).statusCode, 200);
    assert.equal((await change(level.id, level.version, { active: false })).statusCode, 200);
    assert.deepEqual((await list('?entity=customer&active=true')).map((f) => f.key).sort(), ['fleetSize', 'since', 'siteCode']);

    const read = await t.app.inject({ method: 'GET', url: `/api/customers/${created.id}`, headers: dispatcher.headers });
    assert.deepEqual(read.json().customFields, { contractLevel: 'gold', vip: true });
    assert.equal((await postCustomer()).statusCode, 201, 'the inactive mandatory field is not asked for');
    const sentBack = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${created.id}`,
      headers: { ...dispatcher.headers, 'if-match': '1' },
      payload: { customFields: { ...read.json().customFields, fleetSize: 2 } },
    });
    assert.equal(sentBack.statusCode, 200, sentBack.body);
    assert.deepEqual(sentBack.json().customFields, { contractLevel: 'gold', vip: true, fleetSize: 2 });
  });
});
