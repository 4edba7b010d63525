import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CatalogItemListQuery, type CatalogItemListQuery as ListQuery } from '@contract';
import { listFamilies } from '../src/modules/catalog/catalog-families.repository';
import { listItems } from '../src/modules/catalog/catalog-items.repository';
import { planChecks } from './helpers/query-plan';
import { createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let supervisor: Credentials;
const families = { boilers: 'f-boilers', valves: 'f-valves', labour: 'f-labour' };

/** 3 families, 75 items: accents, cases, both kinds, some inactive, references that sort differently from names. */
before(async () => {
  t = await createTestApp();
  supervisor = await signIn(t.app, await createUser(t.db, { role: 'supervisor' }));
  const now = new Date().toISOString();
  for (const [index, [key, id]] of Object.entries(families).entries()) {
    await t.db.insertInto('catalogFamilies').values({ id, name: key, sortOrder: index * 10, createdAt: now, updatedAt: now, version: 1 }).execute();
  }
  const names = ['Électrovanne', 'electrode', 'Éclairage', 'Vanne 100%', 'vanne_x', 'Zinc', 'Brûleur', 'brosse'];
  let n = 0;
  for (const name of names) {
    for (let copy = 0; copy < 9; copy += 1) {
      n += 1;
      const kind = n % 4 === 0 ? 'service' : 'part';
      await t.db
        .insertInto('catalogItems')
        .values({
          id: `i-${String(n).padStart(3, '0')}`,
          familyId: kind === 'service' ? families.labour : n % 2 ? families.boilers : families.valves,
          kind,
          reference: `${kind === 'service' ? 'SRV' : 'PRT'}-${String(1000 - n).padStart(4, '0')}`,
          name: copy === 0 ? name : `${name} ${copy}`,
          searchName: (copy === 0 ? name : `${name} ${copy}`).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase(),
          description: null,
          unit: 'unit',
          unitPriceCents: 100 * n,
          taxRateBp: 2000,
          isSerialized: 0,
          isStockTracked: kind === 'part' ? 1 : 0,
          isActive: n % 5 === 0 ? 0 : 1,
          createdAt: now,
          updatedAt: now,
          version: 1,
        })
        .execute();
    }
  }
});
after(() => t.close());

interface Row {
  id: string;
  name: string;
  reference: string;
  kind: string;
  familyId: string;
  isActive: boolean;
}
async function page(query: string) {
  const res = await t.app.inject({ method: 'GET', url: `/api/catalog/items?${query}`, headers: supervisor.headers });
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as { items: Row[]; total: number; nextCursor: string | null };
}
const all = (query: string) => page(`${query}&limit=500`);
const names = async (query: string) => (await all(query)).items.map((i) => i.name);

describe('search and filters', () => {
  test('q is a prefix of the name, ignoring accents and case', async () => {
    const found = await names('q=ELEC');
    assert.equal(found.length, 18);
    assert.ok(found.every((name) => /^(é|e)lec/i.test(name)));
    assert.deepEqual(await names('q=électrov'), await names('q=electrov'));
    assert.equal((await all('q=lectro')).total, 0, 'a prefix, not a substring');
  });

  test('q is also a prefix of the reference (any case); LIKE wildcards are literal', async () => {
    const byReference = await all('q=srv-09');
    assert.ok(byReference.total > 0);
    assert.ok(byReference.items.every((i) => i.reference.startsWith('SRV-09')));
    assert.deepEqual((await names(`q=${encodeURIComponent('vanne 100%')}`)).sort(), ['Vanne 100%', ...Array.from({ length: 8 }, (_, i) => `Vanne 100% ${i + 1}`)].sort());
    assert.equal((await all('q=vanne_')).total, 9, '_ matches only itself');
    assert.equal((await all(`q=${encodeURIComponent('%')}`)).total, 0);
  });

  test('filters by family, kind and active combine, and the total follows them', async () => {
    const everything = await all('');
    const expect = (pick: (r: Row) => boolean) => everything.items.filter(pick).map((r) => r.id).sort();
    const check = async (query: string, pick: (r: Row) => boolean) => {
      const got = await all(query);
      assert.deepEqual(got.items.map((r) => r.id).sort(), expect(pick), query);
      assert.equal(got.total, got.items.length, query);
    };
    assert.equal(everything.total, 72);
    await check(`familyId=${families.valves}`, (r) => r.familyId === families.valves);
    await check('kind=service', (r) => r.kind === 'service');
    await check('active=false', (r) => !r.isActive);
    await check('kind=part&active=true', (r) => r.kind === 'part' && r.isActive);
    await check(`familyId=${families.boilers}&active=true&q=b`, (r) => r.familyId === families.boilers && r.isActive && /^b/i.test(r.name));
  });

  test('bad filters → 400, never a 500', async () => {
    for (const query of ['kind=tool', 'active=maybe', 'sort=price', 'limit=0', 'cursor=not-a-cursor', 'colour=red']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/catalog/items?${query}`, headers: supervisor.headers });
      assert.equal(res.statusCode, 400, query);
    }
  });
});

describe('keyset pages', () => {
  for (const sort of ['name', 'reference'] as const) {
    test(`by ${sort}: pages cover every item once, in the order of one big page`, async () => {
      for (const filter of ['', 'kind=part', `familyId=${families.boilers}`, 'q=v']) {
        const whole = await all(`sort=${sort}&${filter}`);
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const next = await page(`sort=${sort}&${filter}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
          assert.equal(next.total, whole.total);
          seen.push(...next.items.map((i) => i.id));
          cursor = next.nextCursor;
          pages += 1;
        } while (cursor && pages < 50);
        assert.equal(new Set(seen).size, seen.length, `${sort} ${filter}: no duplicates`);
        assert.deepEqual(seen, whole.items.map((i) => i.id), `${sort} ${filter}: same rows, same order`);
      }
      const keys = (await all(`sort=${sort}`)).items.map((i) => (sort === 'name' ? i.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() : i.reference));
      assert.deepEqual(keys, [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), 'code-point order');
    });
  }

  test('a scrollbar jump may ask an offset', async () => {
    const whole = await all('sort=reference');
    const jumped = await page('sort=reference&offset=10&limit=5');
    assert.deepEqual(jumped.items.map((i) => i.id), whole.items.slice(10, 15).map((i) => i.id));
  });
});

describe('query plans', () => {
  const plans = planChecks(() => t);

  const assertIndexed = (label: string, run: () => Promise<unknown>) =>
    plans.assertIndexedOnly(label, run, { only: (sql) => /catalog_items/.test(sql), scan: /Seq Scan|^SCAN catalog_items$/ });

  const list = (query: ListQuery) => () => listItems(plans.db, CatalogItemListQuery.parse(query));

  test('every list, filter, search, sort and next page reads indexes, never the table', async () => {
    for (const sort of ['name', 'reference'] as const) {
      await assertIndexed(`${sort}`, list({ sort, limit: 5 }));
      await assertIndexed(`${sort} family`, list({ sort, familyId: families.valves }));
      await assertIndexed(`${sort} kind`, list({ sort, kind: 'service' }));
      await assertIndexed(`${sort} active`, list({ sort, active: 'true' }));
      await assertIndexed(`${sort} kind+active`, list({ sort, kind: 'part', active: 'false' }));
      await assertIndexed(`${sort} q`, list({ sort, q: 'vann' }));
      await assertIndexed(`${sort} family+q`, list({ sort, q: 'b', familyId: families.boilers }));
      const first = await listItems(plans.db, CatalogItemListQuery.parse({ sort, limit: 5 }));
      await assertIndexed(`${sort} next page`, list({ sort, limit: 5, cursor: first.nextCursor! }));
    }
    await assertIndexed('families with counts', () => listFamilies(plans.db));
  });
});
