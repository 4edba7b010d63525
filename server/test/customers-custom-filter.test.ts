import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CompiledQuery } from 'kysely';
import { withCustomValues } from '../src/modules/customers/customer-custom-values';
import { listCustomers } from '../src/modules/customers/customers.repository';
import { aCustomer, defineCustomField, goldAndSilver } from './helpers/customers';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';
import { assertNoTableScan, capturingHandle, planOf as planOfQuery } from './helpers/query-plan';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
before(async () => {
  ({ t, fx: { admin, dispatcher } } = await testAppWith(signedInAs('admin', 'dispatcher')));
  const fields = [
    { key: 'region', labelEn: 'Region', labelFr: 'Région', type: 'text' },
    { key: 'vip', labelEn: 'VIP', labelFr: 'VIP', type: 'checkbox' },
    { key: 'level', labelEn: 'Level', labelFr: 'Niveau', type: 'choice', options: goldAndSilver },
    { key: 'legacy', labelEn: 'Legacy', labelFr: 'Ancien', type: 'text' },
  ];
  for (const field of fields) {
    const res = await defineCustomField(t, admin, { entity: 'customer', ...field });
    assert.equal(res.statusCode, 201, res.body);
  }
});
after(() => t.close());

const create = async (name: string, customFields: Record<string, unknown>) => {
  const res = await t.app.inject({ method: 'POST', url: '/api/customers', headers: dispatcher.headers, payload: aCustomer({ name, customFields }) });
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as { id: string; version: number };
};
const list = (query: string) => t.app.inject({ method: 'GET', url: `/api/customers?${query}`, headers: dispatcher.headers });
const namesOf = async (query: string) => {
  const res = await list(query);
  assert.equal(res.statusCode, 200, res.body);
  return (res.json().items as { name: string }[]).map((c) => c.name).sort();
};

describe('filter by a custom field value', () => {
  test('returns exactly the matching customers, for text, checkbox and choice', async () => {
    await create('Filter North Gold', { region: 'north', vip: true, level: 'gold' });
    await create('Filter North Plain', { region: 'north', vip: false, level: 'silver' });
    await create('Filter South', { region: 'south', level: 'gold' });
    assert.deepEqual(await namesOf('q=filter&cf.region=north'), ['Filter North Gold', 'Filter North Plain']);
    assert.deepEqual(await namesOf('q=filter&cf.vip=true'), ['Filter North Gold']);
    assert.deepEqual(await namesOf('q=filter&cf.vip=false'), ['Filter North Plain']);
    assert.deepEqual(await namesOf('q=filter&cf.level=gold'), ['Filter North Gold', 'Filter South']);
    assert.deepEqual(await namesOf('q=filter&cf.level=gold&cf.region=south'), ['Filter South']);
    assert.deepEqual(await namesOf('q=filter&cf.region=west'), []);
    const total = (await list('q=filter&cf.level=gold')).json().total;
    assert.equal(total, 2, 'the total counts the filtered customers');
  });

  test('each row carries the values of the active fields only', async () => {
    const created = await create('Values Shown', { region: 'east', legacy: 'old' });
    const off = await t.app.inject({ method: 'GET', url: '/api/custom-fields?entity=customer', headers: admin.headers });
    const legacy = (off.json().items as { id: string; key: string; version: number }[]).find((d) => d.key === 'legacy')!;
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/custom-fields/${legacy.id}`,
      headers: { ...admin.headers, 'if-match': `"${legacy.version}"` },
      payload: { active: false },
    });
    assert.equal(res.statusCode, 200, res.body);
    const row = (await list('q=values%20shown')).json().items.find((c: { id: string }) => c.id === created.id);
    assert.deepEqual(row.customFields, { region: 'east' });
    const inactive = await list('cf.legacy=old');
    assert.equal(inactive.statusCode, 400, 'an inactive field is no longer a filter');
  });

  test('pages by keyset without duplicates or gaps, in both sorts', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 7; i += 1) ids.add((await create(`Paged ${i}`, { region: 'paged' })).id);
    await create('Paged other', { region: 'elsewhere' });
    for (const sort of ['name', 'updatedAt']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await list(`cf.region=paged&sort=${sort}&limit=3${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        assert.equal(res.statusCode, 200, res.body);
        const page = res.json() as { items: { id: string }[]; nextCursor: string | null; total: number };
        assert.equal(page.total, 7);
        seen.push(...page.items.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 7, `${sort}: no duplicates`);
      assert.deepEqual(new Set(seen), ids, `${sort}: every match once`);
    }
  });

  test('an unknown key, a malformed key or a checkbox value other than true/false → 400, never 500', async () => {
    for (const query of ['cf.nope=1', 'cf.Bad-Key=1', 'cf.vip=yes', 'cf.region=', 'cfx=1']) {
      const res = await list(query);
      assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
      assert.equal(res.json().error.code, 'invalid_input', query);
    }
    assert.match((await list('cf.nope=1')).body, /cf\.nope/, 'the error names the parameter');
  });

  test('the side table follows creates and updates', async () => {
    const valuesOf = async (id: string) =>
      (await withCustomValues(t.db).selectFrom('customerCustomValues').select(['key', 'value']).where('customerId', '=', id).orderBy('key').execute());
    const created = await create('Synced', { region: 'north', vip: true });
    assert.deepEqual(await valuesOf(created.id), [{ key: 'region', value: 'north' }, { key: 'vip', value: 'true' }]);
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${created.id}`,
      headers: { ...dispatcher.headers, 'if-match': `"${created.version}"` },
      payload: { customFields: { level: 'silver' } },
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(await valuesOf(created.id), [{ key: 'level', value: 'silver' }]);
    assert.deepEqual(await namesOf('q=synced&cf.region=north'), []);
    assert.deepEqual(await namesOf('q=synced&cf.level=silver'), ['Synced']);
    const nameOnly = await t.app.inject({
      method: 'PATCH',
      url: `/api/customers/${created.id}`,
      headers: { ...dispatcher.headers, 'if-match': `"${created.version + 1}"` },
      payload: { name: 'Synced renamed' },
    });
    assert.equal(nameOnly.statusCode, 200, nameOnly.body);
    assert.deepEqual(await valuesOf(created.id), [{ key: 'level', value: 'silver' }], 'values not sent stay');
  });
});

describe('query plan', () => {
  test('a filtered list, its count and its next page read indexes only', async () => {
    const captured: CompiledQuery[] = [];
    const logged = capturingHandle(t.testDb, captured);
    try {
      const first = await listCustomers(logged.db, { limit: 2, sort: 'name', cf: { region: 'paged' } });
      await listCustomers(logged.db, { limit: 2, sort: 'updatedAt', cf: { region: 'paged' }, cursor: undefined });
      await listCustomers(logged.db, { limit: 2, sort: 'name', cf: { region: 'paged' }, cursor: first.nextCursor! });
      // Two first blocks (a page and its count each) and a next page (its total rides in the cursor).
      const lists = captured.filter((q) => /customer_custom_values/.test(q.sql));
      assert.ok(lists.length >= 5);
      for (const query of lists) {
        const plan = await planOf(query);
        assertNoTableScan(plan, query.sql);
        assert.match(plan.join(' | '), /customer_custom_values_lookup/, `${query.sql}: ${plan.join(' | ')}`);
      }
    } finally {
      await logged.close();
    }
  });
});

const planOf = (query: CompiledQuery) => planOfQuery(t.handle, query);
