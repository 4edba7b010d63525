import assert from 'node:assert/strict';
import { get } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { JobListQuery } from '@contract';
import { allJobs } from '../src/modules/jobs/jobs-list.repository';
import { aJobsWorld, manyJobs, type JobsWorld } from './jobs-list.fixtures';
import { as, createTestApp, createUser, signIn, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let dispatcher: Credentials;
let world: JobsWorld;
let technicianId: string;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

before(async () => {
  t = await createTestApp();
  dispatcher = await signIn(t.app, await createUser(t.db, { role: 'dispatcher' }));
  technicianId = (await createUser(t.db, { role: 'technician', displayName: 'Alice Martin' })).id;
  world = await aJobsWorld(t.db);
});
after(() => t.close());

test('the CSV holds the filtered jobs, with a BOM, `;` separators and formulas defused', async () => {
  const helper = (await createUser(t.db, { role: 'technician', displayName: 'Zoé Roux' })).id;
  const shown = await world.add({ customer: '=HYPERLINK("x")', description: 'Dépannage; urgent', managerId: technicianId, auxiliaryIds: [helper], plannedStart: '2031-03-01T08:00:00.000Z', plannedEnd: '2031-03-01T10:00:00.000Z', status: 'draft' });
  await world.add({ status: 'scheduled', plannedStart: '2031-03-02T08:00:00.000Z', plannedEnd: '2031-03-02T09:00:00.000Z' });

  const res = await t.app.inject(as(dispatcher, { method: 'GET', url: '/api/jobs/export.csv?status=draft' }));
  assert.equal(res.statusCode, 200, res.body);
  assert.match(String(res.headers['content-type']), /^text\/csv/);
  assert.match(String(res.headers['content-disposition']), /^attachment; filename="jobs-\d{4}-\d{2}-\d{2}\.csv"$/);
  assert.ok(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'starts with a UTF-8 BOM');
  const lines = res.body.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
  assert.equal(lines.length, 2, res.body);
  assert.equal(lines[0], 'number;status;planned_start;planned_end;customer;site_city;manager;auxiliaries;template;worked_minutes;open_reserves;completed_at;declined_at;decline_reason;proposed_start;updated_at');
  const cells = lines[1]!.split(';');
  assert.equal(cells[0], shown.number);
  assert.equal(cells[1], 'draft');
  assert.equal(cells[2], '2031-03-01T08:00:00.000Z');
  assert.equal(cells[4], `"'=HYPERLINK(""x"")"`, 'a formula is written after a quote mark');
  assert.equal(cells[6], 'Alice Martin');
  assert.equal(cells[7], 'Zoé Roux');
  assert.equal(cells[8], 'Boiler service');

  const bad = await t.app.inject(as(dispatcher, { method: 'GET', url: '/api/jobs/export.csv?limit=5' }));
  assert.equal(bad.statusCode, 400, 'the export takes the filters, not a page size');
});

/**
 * Largest growth of the live heap over its starting size: each sample collects garbage first, so
 * it measures what is held (rows, buffers), not what is merely waiting for the collector.
 */
function heapWatch() {
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  return {
    sample() {
      gc();
      peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
    },
    get peakMiB() {
      return peak / 1024 / 1024;
    },
  };
}

const ROWS = 100_000;
const MIB = 1024 * 1024;
/** A streamed export stays far below this; holding the 100,000 rows before sending goes far above. */
const BOUND_MIB = 16;

test('100,000 jobs stream out with flat memory', { timeout: 300_000 }, async () => {
  const inserted = Date.now();
  await manyJobs(t.handle, world, ROWS, technicianId);
  const bulkCustomer = world.customers.get('Bulk customer')!.id;
  console.log(`inserted ${ROWS} jobs in ${Date.now() - inserted} ms`);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.server.address() as AddressInfo;

  const streamed = heapWatch();
  let bytes = 0;
  let lineBreaks = 0;
  await new Promise<void>((resolve, reject) => {
    const request = get(
      { host: '127.0.0.1', port, path: `/api/jobs/export.csv?customerId=${bulkCustomer}&sort=plannedStart&dir=asc`, headers: dispatcher.headers },
      (response) => {
        assert.equal(response.statusCode, 200);
        response.on('data', (chunk: Buffer) => {
          // The stream sends a chunk per row: sample each MiB, a forced collection costs milliseconds.
          if (Math.floor((bytes + chunk.length) / MIB) > Math.floor(bytes / MIB)) streamed.sample();
          bytes += chunk.length;
          for (const byte of chunk) if (byte === 10) lineBreaks++;
        });
        response.on('end', resolve);
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });
  assert.ok(lineBreaks >= ROWS + 1, `${lineBreaks} lines for ${ROWS} jobs and a header`);
  assert.ok(bytes > 10 * 1024 * 1024, `${bytes} bytes`);
  assert.ok(streamed.peakMiB < BOUND_MIB, `streaming grew the heap by ${streamed.peakMiB.toFixed(1)} MiB`);

  // The control: what "read every row, then send" holds at its peak, on the same rows.
  const buffered = heapWatch();
  const held = [];
  for await (const job of allJobs(t.db, JobListQuery.parse({ customerId: bulkCustomer, sort: 'plannedStart', dir: 'asc' }), 500)) {
    held.push(job);
    if (held.length % 10_000 === 0) buffered.sample();
  }
  buffered.sample();
  assert.equal(held.length, ROWS);
  assert.ok(buffered.peakMiB > BOUND_MIB, `holding every row grew the heap by only ${buffered.peakMiB.toFixed(1)} MiB`);
  console.log(`export of ${ROWS} jobs: ${(bytes / 1024 / 1024).toFixed(1)} MiB of CSV; heap growth streamed ${streamed.peakMiB.toFixed(1)} MiB, held ${buffered.peakMiB.toFixed(1)} MiB`);
});
