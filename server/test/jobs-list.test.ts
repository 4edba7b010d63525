import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobPage, JobSummary } from '@contract';
import { utcDay } from '../src/modules/jobs/jobs-list-filters';
import { aJobsWorld, type JobsWorld } from './jobs-list.fixtures';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
let world: JobsWorld;
const jobs: Record<string, { id: string; number: string }> = {};
let alice: string;
let bruno: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(ms).toISOString();

before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  alice = (await createUser(t.db, { role: 'technician', displayName: 'Alice Martin' })).id;
  bruno = (await createUser(t.db, { role: 'technician', displayName: 'Bruno Petit' })).id;
  world = await aJobsWorld(t.db);
  const today = Date.parse(utcDay(new Date()).start);
  const now = Date.now();
  const at = (offset: number) => ({ updatedAt: iso(now - 100 * DAY + offset * HOUR) });
  jobs.todayFirst = await world.add({ ...at(1), description: 'Fuite sur la chaudière', managerId: alice, plannedStart: iso(today + 22 * HOUR), plannedEnd: iso(today + DAY - 60_000) });
  jobs.todayStarted = await world.add({ ...at(2), status: 'started', customer: 'Dupont Plomberie', description: 'Remplacement pompe', managerId: bruno, auxiliaryIds: [alice], openReserves: 2, plannedStart: iso(today + 23 * HOUR), plannedEnd: iso(today + DAY - 1_000) });
  jobs.pool = await world.add({ ...at(3), status: 'created', customer: 'Café Lumière', description: 'Installation climatisation' });
  jobs.declined = await world.add({ ...at(4), status: 'created', declinedAt: iso(now - DAY), description: 'Contrôle annuel' });
  jobs.draft = await world.add({ ...at(5), status: 'draft', managerId: alice, plannedStart: iso(today + DAY + 8 * HOUR), plannedEnd: iso(today + DAY + 9 * HOUR) });
  jobs.late = await world.add({ ...at(6), managerId: bruno, plannedStart: iso(today - 3 * DAY), plannedEnd: iso(today - 3 * DAY + HOUR) });
  jobs.completedEarlier = await world.add({ ...at(7), status: 'completed', completedAt: iso(now - 2 * DAY), plannedStart: iso(today - 2 * DAY), plannedEnd: iso(today - 2 * DAY + HOUR) });
  jobs.completedLater = await world.add({ ...at(8), status: 'completed', completedAt: iso(now - DAY), plannedStart: iso(today - DAY), plannedEnd: iso(today - DAY + HOUR) });
  jobs.cancelled = await world.add({ ...at(9), status: 'cancelled', plannedStart: iso(today - 5 * DAY), plannedEnd: iso(today - 5 * DAY + HOUR) });
  jobs.validated = await world.add({ ...at(10), status: 'validated', plannedStart: iso(today - 10 * DAY), plannedEnd: iso(today - 10 * DAY + HOUR) });
});
after(() => t.close());

async function list(query: string): Promise<JobPage> {
  const res = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs?${query}` }));
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as JobPage;
}

const names = (page: { items: JobSummary[] }) => page.items.map((j) => Object.entries(jobs).find(([, v]) => v.id === j.id)?.[0] ?? j.id);
const sorted = (keys: string[]) => [...keys].sort();

test('every filter returns exactly its jobs', async () => {
  const day = utcDay(new Date());
  const customer = world.customers.get('Dupont Plomberie')!.id;
  const cases: [string, string[]][] = [
    ['status=draft,created', ['pool', 'declined', 'draft']],
    [`technicianId=${alice}`, ['todayFirst', 'todayStarted', 'draft']],
    [`technicianId=${bruno}`, ['todayStarted', 'late']],
    [`customerId=${customer}`, ['todayStarted']],
    [`from=${day.start}&to=${day.end}`, ['todayFirst', 'todayStarted']],
    ['hasOpenReserves=true', ['todayStarted']],
    ['q=chaud', ['todayFirst']],
    ['q=Chaudi%C3%A8re', ['todayFirst']],
    ['q=fuite%20chaud', ['todayFirst']],
    ['q=fuite%20pompe', []],
    ['q=dupo', ['todayStarted']],
    ['q=caf%C3%A9%20lu', ['pool']],
    [`q=${jobs.pool.number.toLowerCase()}`, ['pool']],
    ['q=%25', []],
    [`status=scheduled&technicianId=${alice}`, ['todayFirst']],
  ];
  for (const [query, expected] of cases) {
    const page = await list(`${query}&limit=200`);
    assert.deepEqual(sorted(names(page)), sorted(expected), query);
    assert.equal(page.total, expected.length, `${query}: total`);
  }
});

test('every view returns exactly its jobs, in its natural order', async () => {
  const cases: [string, string[]][] = [
    ['today', ['todayFirst', 'todayStarted']],
    ['pool', ['declined', 'pool']],
    ['drafts', ['draft']],
    ['declined', ['declined']],
    ['late', ['late']],
    ['awaiting_review', ['completedEarlier', 'completedLater']],
  ];
  for (const [view, expected] of cases) {
    const page = await list(`view=${view}&limit=200`);
    assert.deepEqual(names(page), expected, view);
  }
});

test('a grid row carries the names the grid shows', async () => {
  const page = await list(`q=dupo`);
  const row = page.items[0]!;
  assert.equal(row.customerName, 'Dupont Plomberie');
  assert.equal(row.siteCity, 'City of Dupont Plomberie');
  assert.equal(row.managerName, 'Bruno Petit');
  assert.deepEqual(row.auxiliaryNames, ['Alice Martin']);
  assert.equal(row.templateName, 'Boiler service');
  assert.equal(row.openReserves, 2);
  assert.equal(row.status, 'started');
});

test('sorts both ways, undated jobs last, and pages join up to the whole list', async () => {
  const all = (await list('limit=200&sort=number&dir=asc')).items;
  const ids = (items: JobSummary[]) => items.map((j) => j.id);
  const bySeq = [...all].sort((a, b) => (a.number < b.number ? -1 : 1));
  assert.deepEqual(ids(all), ids(bySeq));
  assert.deepEqual(ids((await list('limit=200&sort=number&dir=desc')).items), ids(bySeq).reverse());

  const byUpdate = [...all].sort((a, b) => a.updatedAt.localeCompare(b.updatedAt));
  assert.deepEqual(ids((await list('limit=200&sort=updatedAt&dir=asc')).items), ids(byUpdate));
  assert.deepEqual(ids((await list('limit=200&sort=updatedAt&dir=desc')).items), ids(byUpdate).reverse());

  for (const [sort, field] of [['plannedStart', 'plannedStart'], ['completedAt', 'completedAt'], ['declinedAt', 'declinedAt']] as const) {
    for (const dir of ['asc', 'desc'] as const) {
      const dated = all.filter((j) => j[field] !== null).sort((a, b) => a[field]!.localeCompare(b[field]!) * (dir === 'asc' ? 1 : -1));
      const undated = all.filter((j) => j[field] === null).sort((a, b) => a.id.localeCompare(b.id) * (dir === 'asc' ? 1 : -1));
      const expected = [...ids(dated), ...ids(undated)];
      const whole = (await list(`limit=200&sort=${sort}&dir=${dir}`)).items;
      assert.deepEqual(ids(whole).slice(0, dated.length), expected.slice(0, dated.length), `${sort} ${dir}`);
      assert.deepEqual(sorted(ids(whole).slice(dated.length)), sorted(expected.slice(dated.length)), `${sort} ${dir}: undated`);
      assert.deepEqual(ids(await readAllPages(`sort=${sort}&dir=${dir}`, 3)), ids(whole), `${sort} ${dir} in pages of 3`);
      const jumped = await list(`limit=3&offset=7&sort=${sort}&dir=${dir}`);
      assert.deepEqual(ids(jumped.items), ids(whole).slice(7, 10), `${sort} ${dir}: offset 7`);
    }
  }
});

async function readAllPages(query: string, limit: number, between?: () => Promise<void>): Promise<JobSummary[]> {
  const items: JobSummary[] = [];
  let cursor: string | null = null;
  do {
    const page: JobPage = await list(`${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    items.push(...page.items);
    cursor = page.nextCursor;
    if (between) await between();
  } while (cursor);
  return items;
}

test('keyset pages skip and repeat nothing while jobs are being added', async () => {
  const start = Date.parse(utcDay(new Date()).start);
  for (const query of ['sort=plannedStart&dir=asc', 'sort=plannedStart&dir=desc', 'sort=number&dir=desc', 'sort=updatedAt&dir=asc']) {
    const existing = (await list(`${query}&limit=200`)).items.map((j) => j.id);
    let n = 0;
    const seen = await readAllPages(query, 2, async () => {
      n += 1;
      // New jobs land before, among and after the rows already read, dated or not.
      await world.add({ plannedStart: iso(start - n * 7 * HOUR), plannedEnd: iso(start - n * 7 * HOUR + HOUR), updatedAt: iso(Date.now() - n * DAY) });
      await world.add({ plannedStart: n % 2 ? null : iso(start + n * 5 * HOUR), plannedEnd: n % 2 ? null : iso(start + n * 5 * HOUR + HOUR) });
    });
    const seenIds = seen.map((j) => j.id);
    assert.equal(new Set(seenIds).size, seenIds.length, `${query}: no row repeated`);
    for (const id of existing) assert.ok(seenIds.includes(id), `${query}: ${id} not skipped`);
  }
});

test('bad queries are 400s, never 500s', async () => {
  for (const query of ['bogus=1', 'status=finished', 'limit=201', 'limit=0', 'view=everything', 'sort=description', 'dir=up', 'cursor=not-a-cursor', 'from=yesterday', 'hasOpenReserves=false', 'offset=-1', `cursor=${Buffer.from('[1,2]').toString('base64url')}`]) {
    const res = await t.app.inject(as(dispatcher, { method: 'GET', url: `/api/jobs?${query}` }));
    assert.equal(res.statusCode, 400, `${query}: ${res.body}`);
    assert.ok(res.json().error.code, query);
  }
});
