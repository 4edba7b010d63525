import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { reserveStats } from '../src/modules/reserves/reserve-stats.repository';
import { fieldFixture, type FieldFixture } from './helpers/field';
import { as, createTestApp, createUser, signIn, type TestApp } from './helpers/test-app';
import { aReserve } from './reserves.fixtures';

/** The triage charts on a small known data set, seen from Wednesday 16 January 2030, noon UTC. */
const NOW = new Date('2030-01-16T12:00:00.000Z');
let t: TestApp;
let fx: FieldFixture;

before(async () => {
  t = await createTestApp();
  fx = await fieldFixture(t);
  const pressure = { fieldId: 'pressure', fieldLabel: 'Pressure', familyLabel: 'Measures' };
  await aReserve(t.db, fx, { raisedAt: '2030-01-16T10:00:00.000Z' }); // 2 h old
  await aReserve(t.db, fx, { raisedAt: '2030-01-14T09:00:00.000Z' }); // 2 days
  await aReserve(t.db, fx, { ...pressure, status: 'resolved', raisedAt: '2030-01-11T12:00:00.000Z', resolvedAt: '2030-01-15T08:00:00.000Z' });
  await aReserve(t.db, fx, { ...pressure, raisedAt: '2030-01-05T12:00:00.000Z' }); // 11 days
  await aReserve(t.db, fx, { raisedAt: '2029-12-01T12:00:00.000Z' }); // 46 days
  await aReserve(t.db, fx, { fieldId: 'state', fieldLabel: 'State', familyLabel: 'Measures', status: 'compliant', raisedAt: '2030-01-12T12:00:00.000Z' });
  // Older than 12 weeks and 90 days: in no chart.
  await aReserve(t.db, fx, { fieldId: 'old', fieldLabel: 'Old field', familyLabel: 'Old', status: 'compliant', raisedAt: '2029-09-01T12:00:00.000Z' });
});
after(() => t.close());

test('opened vs closed per week: the last 12 weeks from Monday, the current one last', async () => {
  const { openedVsClosedByWeek } = await reserveStats(t.db, NOW);
  assert.equal(openedVsClosedByWeek.length, 12);
  assert.equal(openedVsClosedByWeek[0]!.weekStart, '2029-10-29');
  const busy = openedVsClosedByWeek.filter((w) => w.opened || w.closed);
  assert.deepEqual(busy, [
    { weekStart: '2029-11-26', opened: 1, closed: 0 },
    { weekStart: '2029-12-31', opened: 1, closed: 0 },
    { weekStart: '2030-01-07', opened: 2, closed: 1 },
    { weekStart: '2030-01-14', opened: 2, closed: 1 },
  ]);
});

test('open reserves by age', async () => {
  const { openByAge } = await reserveStats(t.db, NOW);
  assert.deepEqual(openByAge, [
    { bucket: '<1d', count: 1 },
    { bucket: '1-3d', count: 1 },
    { bucket: '3-7d', count: 0 },
    { bucket: '7-30d', count: 1 },
    { bucket: '>30d', count: 1 },
  ]);
});

test('top fields of the last 90 days, most reserves first', async () => {
  const { topFields } = await reserveStats(t.db, NOW);
  assert.deepEqual(topFields, [
    { familyLabel: 'Checks', fieldLabel: 'Leak found?', count: 3 },
    { familyLabel: 'Measures', fieldLabel: 'Pressure', count: 2 },
    { familyLabel: 'Measures', fieldLabel: 'State', count: 1 },
  ]);
});

test('GET /api/reserves/stats answers every console role', async () => {
  for (const role of ['admin', 'dispatcher', 'supervisor'] as const) {
    const who = await signIn(t.app, await createUser(t.db, { role }));
    const res = await t.app.inject(as(who, { method: 'GET', url: '/api/reserves/stats' }));
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.json().openByAge.length, 5);
  }
});
