import { sql } from 'kysely';
import { addCustomers, addJobs, addPeople, benchApp, build, cursorAfter, finish, ListMeasures, minutesBefore, openListBench, seqId } from './lists/harness';

/**
 * The reserves inbox at scale (issue 15, target 7): `count` reserves (default 100,000) on half as
 * many jobs, raised by 100 technicians at 20,000 customers over about two years: a third
 * unresolved, half resolved, the rest compliant; two in five assigned to one of five supervisors.
 * `npx tsx bench/reserves.ts [count]` (PostgreSQL when DATABASE_URL is set). Prints figures.
 */
const count = Number(process.argv[2] ?? 100_000);
const bench = await openListBench();
try {
  const { writer } = bench;
  let customers: string[] = [];
  let technicians: string[] = [];
  let office: string[] = [];
  await build(bench, `${count.toLocaleString('en')} reserves`, async () => {
    ({ technicians, office } = addPeople(bench, 100));
    customers = await addCustomers(bench, 20_000);
    const jobs = Math.ceil(count / 2);
    await addJobs(bench, jobs, (i) => {
      const c = i % customers.length;
      return { status: 'validated', completedAt: minutesBefore(jobs - i), managerId: technicians[i % 100]!, customerId: customers[c]!, siteId: seqId('site', c), openReserves: 0 };
    });
    const supervisors = office.filter((_, i) => i % 2);
    for (let r = 0; r < count; r++) {
      const job = Math.floor(r / 2);
      const raisedAt = minutesBefore(count - r);
      const status = r % 3 === 0 ? 'unresolved' : r % 6 === 1 || r % 6 === 4 || r % 6 === 2 ? 'resolved' : 'compliant';
      writer.add('reserves', {
        id: seqId('res', r),
        jobId: seqId('job', job),
        customerId: customers[job % customers.length]!,
        templateId: null,
        fieldId: `field-${r % 40}`,
        fieldLabel: `Field ${r % 40}`,
        familyLabel: 'Safety',
        status,
        description: 'Pressure drops after an hour',
        raisedBy: technicians[job % 100]!,
        raisedAt,
        assigneeId: r % 5 < 2 ? supervisors[r % supervisors.length]! : null,
        followUpJobId: null,
        resolvedAt: status === 'unresolved' ? null : raisedAt,
        updatedAt: raisedAt,
        version: 1,
      });
      await bench.flushEvery();
    }
  });

  const { app, get, json } = await benchApp(bench);
  const m = new ListMeasures();
  const first = await json('/api/reserves?limit=50');
  console.log(`(total ${first.total.toLocaleString('en')})`);
  await m.call('first block of 50, newest first (with total)', get('/api/reserves?limit=50'));
  const depth = Math.floor(count / 2);
  const deep = await cursorAfter(json, '/api/reserves', depth);
  const key = (await json(`/api/reserves?limit=1&cursor=${encodeURIComponent(deep)}`)).items[0];
  const raw = () =>
    sql`select r.id, r.field_id, r.family_label, r.field_label, r.status, r.description, u.display_name, r.raised_at, r.assignee_id, r.updated_at, r.version,
          r.raised_by, r.job_id, j.number, r.customer_id, c.name, a.display_name
        from reserves r join users u on u.id = r.raised_by join jobs j on j.id = r.job_id join customers c on c.id = r.customer_id
        left join users a on a.id = r.assignee_id
        where (r.raised_at, r.id) <= (${key.raisedAt}, ${key.id}) order by r.raised_at desc, r.id desc limit 51`.execute(bench.handle.db);
  await m.versusRaw(`block at row ${depth.toLocaleString('en')} (cursor)`, get(`/api/reserves?limit=50&cursor=${encodeURIComponent(deep)}`), raw);
  await m.call('oldest first', get('/api/reserves?limit=50&dir=asc'));
  await m.call('view: unresolved', get('/api/reserves?limit=50&view=unresolved'));
  await m.call('view: unresolved older than 7 days', get('/api/reserves?limit=50&view=older_than_7_days'));
  await m.call('view: mine (a supervisor)', get(`/api/reserves?limit=50&assigneeId=${office[1]}`));
  await m.call('status: resolved', get('/api/reserves?limit=50&status=resolved'));
  await m.call('status: unresolved or resolved', get('/api/reserves?limit=50&status=unresolved,resolved'));
  await m.call('status: compliant or resolved', get('/api/reserves?limit=50&status=compliant,resolved'));
  await m.call('one technician', get(`/api/reserves?limit=50&technicianId=${technicians[7]}`));
  await m.call('one customer', get(`/api/reserves?limit=50&customerId=${customers[42]}`));
  await m.call('one assignee, unresolved', get(`/api/reserves?limit=50&assigneeId=${office[3]}&status=unresolved`));
  await m.call('one technician, unresolved', get(`/api/reserves?limit=50&technicianId=${technicians[7]}&view=unresolved`));
  const tech = await cursorAfter(json, `/api/reserves?technicianId=${technicians[7]}`, 400);
  await m.call('one technician, block at row 400 (cursor)', get(`/api/reserves?limit=50&technicianId=${technicians[7]}&cursor=${encodeURIComponent(tech)}`));
  await m.call('statistics (charts)', get('/api/reserves/stats'));
  m.done();
  await app.close();
} finally {
  await finish(bench);
}
