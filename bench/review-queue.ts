import { sql } from 'kysely';
import { addCustomers, addJobs, addPeople, benchApp, build, cursorAfter, finish, ListMeasures, minutesBefore, openListBench, seqId } from './lists/harness';

/**
 * The review queue at scale (issue 15, target 7): `waiting` returned jobs (default 40,000) among
 * three times as many jobs, 100 technicians, 20,000 customers; one job in ten lacks the customer's
 * signature, one in five has an open reserve, 200 have a take-back to check.
 * `npx tsx bench/review-queue.ts [waiting]` (PostgreSQL when DATABASE_URL is set). Prints figures.
 */
const waiting = Number(process.argv[2] ?? 40_000);
const bench = await openListBench();
try {
  const { writer } = bench;
  let customers: string[] = [];
  let technicians: string[] = [];
  await build(bench, `${waiting.toLocaleString('en')} jobs waiting for review`, async () => {
    technicians = addPeople(bench, 100).technicians;
    customers = await addCustomers(bench, 20_000);
    writer.add('catalogFamilies', { id: 'fam-0', name: 'Boilers', sortOrder: 0, createdAt: minutesBefore(9e6), updatedAt: minutesBefore(9e6), version: 1 });
    writer.add('catalogItems', { id: 'item-0', familyId: 'fam-0', kind: 'part', reference: 'B-1', name: 'Boiler', searchName: 'boiler', description: null, unit: 'unit', unitPriceCents: 1000, taxRateBp: 2000, isSerialized: 1, isStockTracked: 1, isActive: 1, createdAt: minutesBefore(9e6), updatedAt: minutesBefore(9e6), version: 1 });
    const jobs = waiting * 3;
    await addJobs(bench, jobs, (i) => {
      const completed = i % 3 === 0;
      const c = i % customers.length;
      return {
        status: completed ? 'completed' : i % 3 === 1 ? 'validated' : 'scheduled',
        // A few returned jobs predate completion times (null): they sort last.
        completedAt: completed && i % 997 !== 0 ? minutesBefore(jobs - i) : null,
        managerId: technicians[i % technicians.length]!,
        customerId: customers[c]!,
        siteId: seqId('site', c),
        openReserves: i % 5 === 0 ? 1 : 0,
      };
    });
    for (let i = 0; i < jobs; i += 3) {
      const at = minutesBefore(jobs - i);
      const jobId = seqId('job', i);
      for (const signer of ['customer', 'technician'] as const) {
        if (signer === 'customer' && i % 10 === 3) continue;
        writer.add('signatures', { id: `sig-${signer}-${jobId}`, jobId, signer, signerName: 'Jane Doe', image: 'data:image/png;base64,AA==', signedBy: null, signedAt: at });
      }
      if (i % (jobs / 200 | 0 || 1) === 0) {
        writer.add('takeBacks', { id: `tb-${jobId}`, jobId, serial: `SN-${i}`, serialUnitId: null, itemId: 'item-0', status: 'ok', wasFound: 0, createdBy: null, createdAt: at, updatedAt: at, settledAt: null, recordedPlace: 'depot', recordedCustomerId: null, recordedDepotId: null, resolution: null, resolvedBy: null, resolvedAt: null, reportedSerial: null });
      }
      await bench.flushEvery();
    }
  });

  const { app, get, json } = await benchApp(bench);
  const m = new ListMeasures();
  const first = await json('/api/review/queue?limit=50');
  console.log(`(queue total ${first.total.toLocaleString('en')})`);
  await m.call('first block of 50 (with total)', get('/api/review/queue?limit=50'));
  const deep = await cursorAfter(json, '/api/review/queue', Math.floor(waiting / 2));
  const deepKey = (await json(`/api/review/queue?limit=1&cursor=${encodeURIComponent(deep)}`)).items[0];
  const rawAfter = (at: string, id: string) => () =>
    sql`select id, number, customer_id, site_id, manager_id, completed_at, updated_at, worked_seconds, planned_start, planned_end, open_reserves, total_excl_tax_cents, currency, version
        from jobs where status = 'completed' and completed_at is not null and (completed_at, id) > (${at}, ${id})
        order by completed_at, id limit 51`.execute(bench.handle.db);
  await m.versusRaw(`block at row ${Math.floor(waiting / 2).toLocaleString('en')} (cursor)`, get(`/api/review/queue?limit=50&cursor=${encodeURIComponent(deep)}`), rawAfter(deepKey.completedAt, deepKey.id));
  await m.call('filter: one technician', get(`/api/review/queue?limit=50&technicianId=${technicians[7]}`));
  await m.call('filter: one customer', get(`/api/review/queue?limit=50&customerId=${customers[42]}`));
  await m.call('filter: open reserves', get('/api/review/queue?limit=50&hasOpenReserves=true'));
  await m.call('filter: missing signatures', get('/api/review/queue?limit=50&missingSignatures=true'));
  await m.call('quick view: take-backs to check', get('/api/review/queue?limit=50&takeBacksToCheck=true'));
  await m.call('search: job number prefix "J-00012"', get('/api/review/queue?limit=50&q=J-00012'));
  await m.call('search: job number prefix "J-0"', get('/api/review/queue?limit=50&q=J-0'));
  await m.call('search: one job "J-0000301"', get('/api/review/queue?limit=50&q=J-0000301'));
  await m.call('all filters together', get(`/api/review/queue?limit=50&technicianId=${technicians[7]}&hasOpenReserves=true&missingSignatures=true`));
  await m.call('navigation badge count', get('/api/review/count'));
  m.done();
  await app.close();
} finally {
  await finish(bench);
}
