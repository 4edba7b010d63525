import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { aCustomer, aSite } from './helpers/customers';
import { jobRow } from './helpers/job-rows';
import { createUser, signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
let supervisor: Credentials;
before(async () => {
  ({ t, fx: { dispatcher, supervisor } } = await testAppWith(signedInAs('dispatcher', 'supervisor')));
});
after(() => t.close());

const post = (payload: object) => t.app.inject({ method: 'POST', url: '/api/customers', headers: dispatcher.headers, payload });
const get = (url: string, who: Credentials = dispatcher) => t.app.inject({ method: 'GET', url, headers: who.headers });
const patch = (id: string, version: number, payload: object) =>
  t.app.inject({ method: 'PATCH', url: `/api/customers/${id}`, headers: { ...dispatcher.headers, 'if-match': `"${version}"` }, payload });

describe('create and read', () => {
  test('create → 201 with a sequential code, sites, contacts, ETag and Location; audited; announced', async () => {
    const res = await post(aCustomer());
    assert.equal(res.statusCode, 201);
    const customer = res.json();
    assert.match(customer.code, /^C-\d{6}$/);
    assert.equal(customer.name, 'Boulangerie Étoile');
    assert.equal(customer.version, 1);
    assert.equal(customer.sites.length, 1);
    assert.equal(customer.sites[0].country, 'FR', 'country codes are upper-cased');
    assert.equal(customer.contacts[0].isPrimary, true);
    assert.equal(res.headers.etag, '"1"');
    assert.equal(res.headers.location, `/api/customers/${customer.id}`);

    const second = (await post(aCustomer({ name: 'Second' }))).json();
    assert.equal(Number(second.code.slice(2)), Number(customer.code.slice(2)) + 1);

    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', customer.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'create');
    assert.equal(audit[0]!.actorId, dispatcher.user.id);
    assert.deepEqual(JSON.parse(audit[0]!.changes).name, { before: null, after: 'Boulangerie Étoile' });
    const events = await t.db.selectFrom('outboxEvents').selectAll().where('type', '=', 'customer.updated').execute();
    assert.ok(events.some((e) => JSON.parse(e.payload).customerId === customer.id));
  });

  test('get → the customer with sites and contacts (every console role)', async () => {
    const created = (await post(aCustomer({ name: 'Readable' }))).json();
    const res = await get(`/api/customers/${created.id}`, supervisor);
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), created);
    assert.equal(res.headers.etag, '"1"');
  });

  test('a supervisor may read but not create', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/customers', headers: supervisor.headers, payload: aCustomer() });
    assert.equal(res.statusCode, 403);
  });

  test('more than one primary contact → 400 naming the extra one', async () => {
    const res = await post(
      aCustomer({ contacts: [{ name: 'A', isPrimary: true }, { name: 'B', isPrimary: true }] }),
    );
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details.issues[0].path, 'contacts.1.isPrimary');
  });
});

describe('search and pages', () => {
  const names = ['Électricité Dupont', 'Electro Services', 'Élan Vital', 'Plomberie Martin', 'plombier 100% pro', 'Zèbre & Co'];
  before(async () => {
    for (const name of names) assert.equal((await post(aCustomer({ name }))).statusCode, 201);
  });

  const search = async (q: string) => {
    const res = await get(`/api/customers?q=${encodeURIComponent(q)}&limit=50`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: { name: string; code: string; city: string; siteCount: number }[]; total: number };
  };

  test('prefix search ignores accents and case', async () => {
    const found = await search('ELEC');
    assert.deepEqual(found.items.map((c) => c.name), ['Électricité Dupont', 'Electro Services']);
    assert.equal(found.total, 2);
    assert.deepEqual((await search('élé')).items.map((c) => c.name), ['Électricité Dupont', 'Electro Services']);
    assert.deepEqual((await search('zebre')).items.map((c) => c.name), ['Zèbre & Co']);
    assert.equal((await search('tricité')).total, 0, 'a prefix, not a substring');
  });

  test('search by code prefix; LIKE wildcards are taken literally', async () => {
    const code = (await search('Zèbre')).items[0]!.code;
    assert.deepEqual((await search(code.toLowerCase())).items.map((c) => c.name), ['Zèbre & Co']);
    assert.deepEqual((await search('plombier 100%')).items.map((c) => c.name), ['plombier 100% pro']);
    assert.equal((await search('plomb_er')).total, 0);
    assert.equal((await search('%')).total, 0);
  });

  test('summaries carry the city of the first site and the number of sites', async () => {
    const created = (await post(aCustomer({ name: 'Two Sites', sites: [aSite({ city: 'Lyon' }), aSite({ name: 'Zz depot', city: 'Nantes' })] }))).json();
    const item = (await search('two sites')).items[0]!;
    assert.equal(item.siteCount, 2);
    assert.equal(item.city, created.sites[0].city);
  });

  test('keyset pages cover every customer once, by name and by last update', async () => {
    for (let i = 0; i < 17; i += 1) await post(aCustomer({ name: `Page Test ${String(i).padStart(2, '0')}`, sites: [] }));
    for (const sort of ['name', 'updatedAt']) {
      const everything = (await get(`/api/customers?sort=${sort}&limit=500`)).json();
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const res = await get(`/api/customers?sort=${sort}&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        const page = res.json();
        assert.equal(page.total, everything.total);
        assert.ok(page.items.length <= 4);
        seen.push(...page.items.map((c: { id: string }) => c.id));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 100);
      assert.ok(pages >= 6, `${pages} pages`);
      assert.equal(new Set(seen).size, seen.length, 'no duplicates');
      assert.deepEqual(seen, everything.items.map((c: { id: string }) => c.id), `${sort}: same rows, same order`);
    }
    const byName = (await get('/api/customers?sort=name&limit=500')).json().items.map((c: { name: string }) => c.name);
    const normalized = byName.map((n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    assert.deepEqual(normalized, [...normalized].sort(), 'sorted by accent-free name');
  });

  test('a grid scrollbar jump may ask an offset', async () => {
    const all = (await get('/api/customers?limit=500')).json().items;
    const jumped = (await get('/api/customers?offset=5&limit=3')).json();
    assert.deepEqual(jumped.items.map((c: { id: string }) => c.id), all.slice(5, 8).map((c: { id: string }) => c.id));
  });
});

describe('update', () => {
  test('fields sent change; sites and contacts lists replace the current ones, keeping ids sent', async () => {
    const created = (
      await post(aCustomer({ name: 'Replace Me', sites: [aSite({ name: 'Keep' }), aSite({ name: 'Drop' })], contacts: [{ name: 'Old Contact' }] }))
    ).json();
    const keep = created.sites.find((s: { name: string }) => s.name === 'Keep');
    const drop = created.sites.find((s: { name: string }) => s.name === 'Drop');
    const { id: _id, customerId: _c, ...keepFields } = keep;
    const res = await patch(created.id, 1, {
      name: 'Replaced',
      sites: [{ ...keepFields, id: keep.id, city: 'Lille' }, aSite({ name: 'New depot', city: 'Brest' })],
      contacts: [{ name: 'New Contact', email: 'NEW@Example.test' }],
    });
    assert.equal(res.statusCode, 200, res.body);
    const updated = res.json();
    assert.equal(updated.version, 2);
    assert.equal(res.headers.etag, '"2"');
    assert.equal(updated.name, 'Replaced');
    assert.equal(updated.email, created.email, 'fields not sent are kept');
    const sites = new Map(updated.sites.map((s: { name: string }) => [s.name, s]));
    assert.equal((sites.get('Keep') as { id: string; city: string }).id, keep.id, 'kept id');
    assert.equal((sites.get('Keep') as { city: string }).city, 'Lille');
    assert.ok(sites.has('New depot'));
    assert.ok(!sites.has('Drop'));
    assert.equal(await t.db.selectFrom('sites').select('id').where('id', '=', drop.id).executeTakeFirst(), undefined);
    assert.deepEqual(updated.contacts.map((c: { name: string; email: string }) => [c.name, c.email]), [['New Contact', 'new@example.test']]);

    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', created.id).where('action', '=', 'update').executeTakeFirstOrThrow();
    const changes = JSON.parse(audit.changes);
    assert.deepEqual(changes.name, { before: 'Replace Me', after: 'Replaced' });
    assert.ok(changes.sites && changes.contacts);
    assert.equal(changes.email, undefined, 'unchanged fields are not in the diff');
    const event = await t.db.selectFrom('outboxEvents').selectAll().where('type', '=', 'customer.updated').orderBy('id', 'desc').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(event.payload), { customerId: created.id, code: created.code, name: 'Replaced', version: 2 });
  });

  test('a PATCH without sites or contacts keeps them', async () => {
    const created = (await post(aCustomer({ name: 'Keep Lists' }))).json();
    const res = await patch(created.id, 1, { notes: 'Gate code 1234' });
    assert.equal(res.json().notes, 'Gate code 1234');
    assert.deepEqual(res.json().sites, created.sites);
    assert.deepEqual(res.json().contacts, created.contacts);
  });

  test("a site id of another customer → 400; a site with jobs cannot be removed → 409 site_in_use", async () => {
    const a = (await post(aCustomer({ name: 'Owner A' }))).json();
    const b = (await post(aCustomer({ name: 'Owner B' }))).json();
    const { customerId: _c, ...foreignSite } = b.sites[0];
    const foreign = await patch(a.id, 1, { sites: [foreignSite] });
    assert.equal(foreign.statusCode, 400);
    assert.equal(foreign.json().error.details.issues[0].path, 'sites.0.id');

    await insertJob(a.id, { siteId: a.sites[0].id, plannedStart: '2026-01-10T08:00:00.000Z' });
    const inUse = await patch(a.id, 1, { sites: [] });
    assert.equal(inUse.statusCode, 409);
    assert.equal(inUse.json().error.code, 'site_in_use');
    assert.equal((await get(`/api/customers/${a.id}`)).json().version, 1, 'nothing changed');
  });

  test('unknown customer → 404', async () => {
    const res = await patch('no-such-customer', 1, { name: 'x' });
    assert.equal(res.statusCode, 404);
  });
});

async function insertJob(customerId: string, fields: { plannedStart?: string | null; siteId?: string | null; managerId?: string | null }) {
  const row = jobRow({
    customerId,
    status: fields.plannedStart ? 'scheduled' : 'created',
    siteId: fields.siteId ?? null,
    managerId: fields.managerId ?? null,
    plannedStart: fields.plannedStart ?? null,
  });
  await t.db.insertInto('jobs').values(row).execute();
  return row.id;
}

describe("the customer's jobs", () => {
  test('newest planned first, then undated jobs; keyset pages across both', async () => {
    const customer = (await post(aCustomer({ name: 'Job History' }))).json();
    const tech = await createUser(t.db, { role: 'technician', displayName: 'Theo Tech' });
    const dates = ['2026-03-01T08:00:00.000Z', '2026-05-01T08:00:00.000Z', '2026-04-01T08:00:00.000Z', '2026-04-01T08:00:00.000Z'];
    for (const plannedStart of dates) await insertJob(customer.id, { plannedStart, siteId: customer.sites[0].id, managerId: tech.id });
    await insertJob(customer.id, { plannedStart: null });
    await insertJob(customer.id, { plannedStart: null });
    const other = (await post(aCustomer({ name: 'Someone Else' }))).json();
    await insertJob(other.id, { plannedStart: '2026-06-01T08:00:00.000Z' });

    const all = (await get(`/api/customers/${customer.id}/jobs?limit=50`)).json();
    assert.equal(all.total, 6);
    assert.deepEqual(
      all.items.map((j: { plannedStart: string | null }) => j.plannedStart),
      ['2026-05-01T08:00:00.000Z', '2026-04-01T08:00:00.000Z', '2026-04-01T08:00:00.000Z', '2026-03-01T08:00:00.000Z', null, null],
    );
    assert.equal(all.items[0].managerName, 'Theo Tech');
    assert.equal(all.items[0].siteCity, 'Paris');
    assert.equal(all.nextCursor, null);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { id: string }[]; nextCursor: string | null } = (
        await get(`/api/customers/${customer.id}/jobs?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
      ).json();
      seen.push(...page.items.map((j) => j.id));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all.items.map((j: { id: string }) => j.id));
  });

  test('unknown customer → 404', async () => {
    assert.equal((await get('/api/customers/nope/jobs')).statusCode, 404);
  });
});
