import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ReserveListQuery, type ReserveListQuery as ListInput, type ReserveSummary } from '@contract';
import { loadReserveDetail } from '../src/modules/reserves/reserve-detail.repository';
import { listReserves } from '../src/modules/reserves/reserves.repository';
import { reserveStats } from '../src/modules/reserves/reserve-stats.repository';
import { aFieldJob, fieldFixture, type FieldFixture } from './helpers/field';
import { planChecks } from './helpers/query-plan';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';
import { aReserve, daysAgo, hoursAgo } from './reserves.fixtures';

/**
 * The triage grid: every filter and quick view returns exactly the right reserves, in order, a
 * page at a time; and no query behind them reads a whole table.
 */
let t: TestApp;
let a: FieldFixture;
let b: FieldFixture;
let supA: Credentials;
let supB: Credentials;
let dispatcher: Credentials;
let otherJobOfA: { id: string; number: string };
const r: Record<string, string> = {};

before(async () => {
  t = await createTestApp();
  a = await fieldFixture(t);
  b = await fieldFixture(t);
  otherJobOfA = await aFieldJob(t.db, a);
  supA = await signIn(t.app, await createUser(t.db, { role: 'supervisor', displayName: 'Sophie Supervisor' }));
  supB = await signIn(t.app, await createUser(t.db, { role: 'supervisor', displayName: 'Bruno Supervisor' }));
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  r.r1 = await aReserve(t.db, a, { raisedAt: hoursAgo(1), assigneeId: supA.user.id, description: 'Leak at the valve' });
  r.r2 = await aReserve(t.db, a, { jobId: otherJobOfA.id, raisedBy: a.auxiliary.user.id, status: 'resolved', raisedAt: daysAgo(2), fieldId: 'pressure', fieldLabel: 'Pressure', familyLabel: 'Measures' });
  r.r5 = await aReserve(t.db, a, { raisedAt: daysAgo(8), fieldId: 'pressure', fieldLabel: 'Pressure', familyLabel: 'Measures' });
  r.r3 = await aReserve(t.db, b, { raisedAt: daysAgo(10), assigneeId: supB.user.id });
  r.r4 = await aReserve(t.db, b, { status: 'compliant', raisedAt: daysAgo(20), fieldId: 'state', fieldLabel: 'State', familyLabel: 'Measures', assigneeId: supA.user.id });
});
after(() => t.close());

const get = (who: Credentials, url: string) => t.app.inject(as(who, { method: 'GET', url }));
const names = (items: ReserveSummary[]) => items.map((item) => Object.entries(r).find(([, id]) => id === item.id)?.[0] ?? item.id);
const query = (params: Record<string, string>) => `/api/reserves?${new URLSearchParams(params)}`;

async function listed(params: Record<string, string>, who = supA): Promise<string[]> {
  const res = await get(who, query(params));
  assert.equal(res.statusCode, 200, res.body);
  const page = res.json();
  assert.equal(page.total, page.items.length, 'total counts the filter');
  return names(page.items);
}

describe('filters and quick views', () => {
  const cases: [Record<string, string>, string[]][] = [
    [{}, ['r1', 'r2', 'r5', 'r3', 'r4']],
    [{ status: 'unresolved' }, ['r1', 'r5', 'r3']],
    [{ status: 'resolved, compliant' }, ['r2', 'r4']],
    [{ view: 'unresolved' }, ['r1', 'r5', 'r3']],
    [{ view: 'mine' }, ['r1', 'r4']],
    [{ view: 'older_than_7_days' }, ['r5', 'r3']],
    [{ view: 'unresolved', status: 'resolved' }, []],
    [{ fieldId: 'leak' }, ['r1', 'r3']],
    [{ sort: 'raisedAt', dir: 'asc' }, ['r4', 'r3', 'r5', 'r2', 'r1']],
  ];
  for (const [params, expected] of cases) {
    test(`${JSON.stringify(params)} → ${expected.join(', ') || 'nothing'}`, async () => {
      assert.deepEqual(await listed(params), expected);
    });
  }

  test('by technician, customer, assignee and job (and combined)', async () => {
    assert.deepEqual(await listed({ technicianId: a.manager.user.id }), ['r1', 'r5']);
    assert.deepEqual(await listed({ technicianId: a.auxiliary.user.id }), ['r2']);
    assert.deepEqual(await listed({ customerId: b.customerId }), ['r3', 'r4']);
    assert.deepEqual(await listed({ assigneeId: supB.user.id }), ['r3']);
    assert.deepEqual(await listed({ jobId: a.job.id }), ['r1', 'r5']);
    assert.deepEqual(await listed({ customerId: a.customerId, status: 'unresolved,resolved', fieldId: 'pressure' }), ['r2', 'r5']);
    assert.deepEqual(await listed({ view: 'mine' }, supB), ['r3']);
    assert.deepEqual(await listed({ view: 'mine' }, dispatcher), []);
  });

  test('a row carries what the grid shows', async () => {
    const res = await get(dispatcher, query({ jobId: a.job.id, limit: '1' }));
    const [row] = res.json().items as ReserveSummary[];
    assert.deepEqual(
      {
        status: row!.status,
        jobId: row!.jobId,
        jobNumber: row!.jobNumber,
        customerName: row!.customerName,
        raisedByName: row!.raisedByName,
        familyLabel: row!.familyLabel,
        fieldLabel: row!.fieldLabel,
        description: row!.description,
        assigneeName: row!.assigneeName,
        version: row!.version,
      },
      {
        status: 'unresolved',
        jobId: a.job.id,
        jobNumber: a.job.number,
        customerName: a.customerName,
        raisedByName: 'Marc Manager',
        familyLabel: 'Checks',
        fieldLabel: 'Leak found?',
        description: 'Leak at the valve',
        assigneeName: 'Sophie Supervisor',
        version: 1,
      },
    );
  });

  test('bad input → 400, never 500', async () => {
    const bad: Record<string, string>[] = [{ status: 'open' }, { view: 'all' }, { dir: 'up' }, { sort: 'status' }, { limit: '0' }, { cursor: 'not-a-cursor' }, { colour: 'red' }];
    for (const params of bad) {
      const res = await get(supA, query(params));
      assert.equal(res.statusCode, 400, `${JSON.stringify(params)}: ${res.body}`);
    }
  });
});

describe('keyset pages', () => {
  async function allPages(params: Record<string, string>): Promise<string[][]> {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res = await get(supA, query({ ...params, limit: '2', ...(cursor ? { cursor } : {}) }));
      assert.equal(res.statusCode, 200, res.body);
      const page = res.json();
      assert.equal(page.total, 5);
      pages.push(names(page.items));
      cursor = page.nextCursor;
    } while (cursor && pages.length < 10);
    return pages;
  }

  test('newest first, two by two, without gaps or repeats; the last page has no cursor', async () => {
    assert.deepEqual(await allPages({}), [['r1', 'r2'], ['r5', 'r3'], ['r4']]);
  });

  test('oldest first too', async () => {
    assert.deepEqual(await allPages({ sort: 'raisedAt', dir: 'asc' }), [['r4', 'r3'], ['r5', 'r2'], ['r1']]);
  });
});

describe('query plans', () => {
  const plans = planChecks(() => t);

  const explainAll = (label: string, run: () => Promise<unknown>) => plans.assertIndexedOnly(label, run);

  test('every filter, view, sort and next page reads indexes only', async () => {
    const filters: ListInput[] = [
      {},
      { status: 'unresolved,resolved' },
      { view: 'unresolved' },
      { view: 'mine' },
      { view: 'older_than_7_days' },
      { technicianId: a.manager.user.id },
      { customerId: a.customerId },
      { fieldId: 'leak' },
      { assigneeId: supA.user.id },
      { jobId: a.job.id },
      { sort: 'raisedAt', dir: 'asc' },
    ];
    for (const filter of filters) {
      const first = await listReserves(plans.db, ReserveListQuery.parse({ ...filter, limit: 1 }), supA.user.id);
      await explainAll(JSON.stringify(filter), () => listReserves(plans.db, ReserveListQuery.parse({ ...filter, limit: 1 }), supA.user.id));
      if (first.nextCursor) {
        await explainAll(`${JSON.stringify(filter)} next page`, () =>
          listReserves(plans.db, ReserveListQuery.parse({ ...filter, limit: 1, cursor: first.nextCursor! }), supA.user.id),
        );
      }
    }
  });

  test('the detail and the statistics read indexes only', async () => {
    await explainAll('detail', () => loadReserveDetail(plans.db, r.r1!));
    await explainAll('stats', () => reserveStats(plans.db));
  });
});
