import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { DepotMovement, DepotMovementPage } from '@contract';
import { endJob, expectStatus, invoicingFixture, onJob, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, signInEveryRole, type Credentials, type TestApp } from './helpers/test-app';

/**
 * A depot's movements (issue 14 §4): what entered and left one depot, newest first, in keyset
 * pages; the movement of a job's end that the van could not cover shows its stock shortfall and
 * whether the office has settled it.
 */
let t: TestApp;
let f: InvoicingFixture;
let roles: Record<'admin' | 'dispatcher' | 'supervisor' | 'technician', Credentials>;

const office = (role: keyof typeof roles, method: 'GET' | 'POST', url: string, payload?: object) =>
  t.app.inject({ method, url, headers: roles[role].headers, ...(payload === undefined ? {} : { payload }) });
const movements = async (depotId: string, query = '', role: keyof typeof roles = 'supervisor') => {
  const res = await office(role, 'GET', `/api/depots/${depotId}/movements${query}`);
  expectStatus(res, 200);
  return res.json() as DepotMovementPage;
};
const summary = (m: DepotMovement) => [m.kind, m.direction, m.item.id, m.quantity];

before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  roles = await signInEveryRole(t.app, t.db);
  // Every stock change through the API: 5 filters received at the main depot, 1 sent to the van.
  expectStatus(await office('dispatcher', 'POST', `/api/depots/${f.parts.mainDepotId}/receipts`, { lines: [{ itemId: f.parts.filter, quantity: 5 }] }), 201);
  const transfer = { fromDepotId: f.parts.mainDepotId, toDepotId: f.manager.vanId, lines: [{ itemId: f.parts.filter, quantity: 1 }] };
  expectStatus(await office('dispatcher', 'POST', '/api/stock-transfers', transfer), 201);
  // The technician fits 3 while the van holds 1, and ends the job.
  expectStatus(await onJob(f, f.manager, 'POST', '/items', { itemId: f.parts.filter, quantity: 3 }), 201);
  expectStatus(await endJob(f), 200);
});
after(() => t.close());

test("a van's movements, newest first: the part used on the job with its open shortfall, then the transfer in", async () => {
  const page = await movements(f.manager.vanId);
  assert.equal(page.total, 2);
  assert.deepEqual(page.items.map(summary), [
    ['install', 'out', f.parts.filter, 1],
    ['transfer', 'in', f.parts.filter, 1],
  ]);
  const [used, received] = page.items as [DepotMovement, DepotMovement];
  assert.equal(used.job?.id, f.job.id);
  assert.equal(used.customer?.id, f.customerId);
  assert.equal(used.actor?.id, f.manager.user.id);
  assert.deepEqual({ ...used.shortfall, lineId: undefined }, { lineId: undefined, quantity: 2, resolvedAt: null, resolution: null });
  assert.equal(received.otherDepot?.id, f.parts.mainDepotId);
  assert.equal(received.shortfall, null);
  // The job's note as a key the console translates, and in English (migration 0018); the transfer has none.
  assert.equal(used.noteKey, 'used_with_shortfall');
  assert.deepEqual(used.noteParams, { quantity: '3', job: f.job.number, held: '1', missing: '2' });
  assert.equal(used.note, `Used 3 on job ${f.job.number}; the van held 1: 2 missing from the stock count (stock shortfall).`);
  assert.deepEqual([received.note, received.noteKey, received.noteParams], [null, null, null]);
});

test("the main depot's movements: the transfer out, then the receipt in", async () => {
  const page = await movements(f.parts.mainDepotId);
  assert.deepEqual(page.items.map(summary), [
    ['transfer', 'out', f.parts.filter, 1],
    ['receipt', 'in', f.parts.filter, 5],
  ]);
  assert.equal(page.items[0]?.otherDepot?.id, f.manager.vanId);
});

test('settling the shortfall shows on its movement, and the adjustment is listed on the van', async () => {
  const [used] = (await movements(f.manager.vanId)).items as [DepotMovement];
  expectStatus(await office('dispatcher', 'POST', `/api/stock-shortfalls/${used.shortfall!.lineId}/resolve`, { resolution: 'written_off' }), 200);
  const page = await movements(f.manager.vanId);
  assert.deepEqual(page.items.map(summary), [
    ['adjustment', 'out', f.parts.filter, 2],
    ['install', 'out', f.parts.filter, 1],
    ['transfer', 'in', f.parts.filter, 1],
  ]);
  const settled = page.items[1]!;
  assert.equal(settled.shortfall?.resolution, 'written_off');
  assert.ok(settled.shortfall?.resolvedAt);
  assert.equal(page.items[0]?.shortfall, null, 'the adjustment settles a shortfall, it has none of its own');
});

test('pages follow each other without gaps or repeats', async () => {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page: DepotMovementPage = await movements(f.manager.vanId, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
    assert.equal(page.items.length, 1);
    assert.equal(page.total, 3);
    seen.push(page.items[0]!.id);
    cursor = page.nextCursor;
  } while (cursor);
  const whole = (await movements(f.manager.vanId)).items.map((m) => m.id);
  assert.deepEqual(seen, whole);
});

test('every office role reads them, a technician may not; an unknown depot is 404, a bad cursor or limit 400', async () => {
  for (const role of ['admin', 'dispatcher', 'supervisor'] as const) await movements(f.manager.vanId, '', role);
  expectStatus(await office('technician', 'GET', `/api/depots/${f.manager.vanId}/movements`), 403);
  expectStatus(await office('dispatcher', 'GET', `/api/depots/${crypto.randomUUID()}/movements`), 404);
  expectStatus(await office('dispatcher', 'GET', `/api/depots/${f.manager.vanId}/movements?cursor=nonsense`), 400, 'invalid_input');
  expectStatus(await office('dispatcher', 'GET', `/api/depots/${f.manager.vanId}/movements?limit=0`), 400);
  expectStatus(await office('dispatcher', 'GET', `/api/depots/${f.manager.vanId}/movements?kind=install`), 400);
});
