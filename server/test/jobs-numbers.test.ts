import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { JobDetail } from '@contract';
import { aJobInput, createJob, jobFixture, type JobFixture } from './helpers/jobs';
import { as, testAppWith, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: JobFixture;
before(async () => ({ t, fx } = await testAppWith(jobFixture)));
after(() => t.close());

const seqOf = (number: string) => Number(/(\d+)$/.exec(number)![1]);

test('20 jobs created at the same time get 20 different, consecutive numbers', async () => {
  const first = seqOf((await createJob(fx)).number);
  const responses = await Promise.all(
    Array.from({ length: 20 }, (_, i) =>
      t.app.inject(as(i % 2 ? fx.admin : fx.dispatcher, { method: 'POST', url: '/api/jobs', payload: aJobInput(fx, { description: `Parallel ${i}` }) })),
    ),
  );
  assert.deepEqual(responses.map((r) => r.statusCode), Array(20).fill(201), responses.find((r) => r.statusCode !== 201)?.body);
  const numbers = responses.map((r) => seqOf((r.json() as JobDetail).number)).sort((a, b) => a - b);
  assert.deepEqual(numbers, Array.from({ length: 20 }, (_, i) => first + 1 + i));
  const rows = await t.db.selectFrom('jobs').select(['number', 'seq']).execute();
  assert.equal(new Set(rows.map((r) => r.number)).size, rows.length);
  assert.ok(rows.every((r) => seqOf(r.number) === r.seq));
});

test('numbers are never reused: a refused creation takes none, a raised counter skips ahead', async () => {
  const before = seqOf((await createJob(fx)).number);
  const refused = await t.app.inject(as(fx.dispatcher, { method: 'POST', url: '/api/jobs', payload: aJobInput(fx, { templateId: 'missing' }) }));
  assert.equal(refused.statusCode, 422);
  assert.equal(seqOf((await createJob(fx)).number), before + 1, 'a refused creation rolls its number back');

  const settings = (await t.app.inject(as(fx.admin, { method: 'GET', url: '/api/settings' }))).json();
  const raise = await t.app.inject(
    as(fx.admin, { method: 'PATCH', url: '/api/settings', headers: { 'if-match': String(settings.version) }, payload: { nextJobNumber: before + 100, jobNumberPrefix: 'WO-' } }),
  );
  assert.equal(raise.statusCode, 200, raise.body);
  const next = await createJob(fx);
  assert.equal(next.number, `WO-${String(before + 100).padStart(6, '0')}`);
  const copy = await t.app.inject(as(fx.dispatcher, { method: 'POST', url: `/api/jobs/${next.id}/duplicate` }));
  assert.equal(copy.json().number, `WO-${String(before + 101).padStart(6, '0')}`);
});
