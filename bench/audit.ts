import { sql } from 'kysely';
import { addPeople, benchApp, build, cursorAfter, finish, ListMeasures, minutesBefore, openListBench, seqId } from './lists/harness';

/**
 * The audit trail at scale (issue 15, target 7): `rows` changes (default 10,000,000) by 60 people
 * over about ten years, on ten kinds of object and a million objects.
 * `npx tsx bench/audit.ts [rows]` (PostgreSQL when DATABASE_URL is set). Prints figures.
 */
const rowCount = Number(process.argv[2] ?? 10_000_000);
const TYPES = ['job', 'reserve', 'customer', 'user', 'settings', 'report_template', 'job_type', 'device_token', 'custom_field', 'depot'] as const;
const bench = await openListBench();
try {
  let people: string[] = [];
  await build(bench, `an audit trail of ${rowCount.toLocaleString('en')} rows`, async () => {
    const { technicians, office } = addPeople(bench, 50, 10);
    people = [...office, ...technicians];
    await bench.writer.flush();
    for (let n = 0; n < rowCount; n++) {
      // Most changes are jobs and reserves; settings and templates are rare.
      const type = TYPES[n % 100 < 55 ? 0 : n % 100 < 80 ? 1 : n % 100 < 92 ? 2 : (n % 7) + 3]!;
      bench.writer.add('auditLog', {
        id: seqId('aud', n),
        occurredAt: minutesBefore(Math.floor(((rowCount - n) * 5_000_000) / rowCount)),
        actorId: n % 50 === 49 ? null : people[(n * 7) % people.length]!,
        actorRole: 'dispatcher',
        actorIp: '10.0.0.1',
        action: 'update',
        entityType: type,
        entityId: `${type}-${(n * 7919) % 1_000_000}`,
        changes: '{"status":{"before":"scheduled","after":"started"}}',
      });
      await bench.flushEvery(50_000);
      if (n % 1_000_000 === 999_999) console.log(`  ${(n + 1).toLocaleString('en')} rows`);
    }
  });

  const { app, get, json } = await benchApp(bench);
  const m = new ListMeasures();
  const first = await json('/api/audit?limit=50');
  console.log(`(total answered: ${first.total.toLocaleString('en')})`);
  await m.call('first block of 50, newest first (with total)', get('/api/audit?limit=50'));
  const deep = await cursorAfter(json, '/api/audit', 20_000);
  const key = (await json(`/api/audit?limit=1&cursor=${encodeURIComponent(deep)}`)).items[0];
  const raw = () =>
    sql`select a.id, a.occurred_at, a.actor_id, a.actor_role, a.actor_ip, a.action, a.entity_type, a.entity_id, a.changes, u.display_name
        from audit_log a left join users u on u.id = a.actor_id
        where (a.occurred_at, a.id) <= (${key.occurredAt}, ${key.id}) order by a.occurred_at desc, a.id desc limit 51`.execute(bench.handle.db);
  await m.call('before 0021: count(*) of the whole trail, paid by every block', () => sql`select count(*) as n from audit_log`.execute(bench.handle.db));
  await m.versusRaw('block at row 20,000 (cursor)', get(`/api/audit?limit=50&cursor=${encodeURIComponent(deep)}`), raw);
  const day = (daysAgo: number) => minutesBefore(daysAgo * 1440);
  const person = people[3]!;
  await m.call('one person', get(`/api/audit?limit=50&actorId=${person}`));
  await m.call('one kind: customers', get('/api/audit?limit=50&entityType=customer'));
  await m.call('one rare kind: settings', get('/api/audit?limit=50&entityType=settings'));
  await m.call('one object (kind + id)', get('/api/audit?limit=50&entityType=job&entityId=job-7919'));
  await m.call('one person, one kind (customers)', get(`/api/audit?limit=50&actorId=${person}&entityType=customer`));
  await m.call('one person, a rare kind (settings)', get(`/api/audit?limit=50&actorId=${person}&entityType=settings`));
  await m.call('one week', get(`/api/audit?limit=50&from=${day(400)}&to=${day(393)}`));
  await m.call('one person, one week', get(`/api/audit?limit=50&actorId=${person}&from=${day(400)}&to=${day(393)}`));
  await m.call('one kind, one week', get(`/api/audit?limit=50&entityType=reserve&from=${day(400)}&to=${day(393)}`));
  await m.call('one person, one kind, one week', get(`/api/audit?limit=50&actorId=${person}&entityType=job&from=${day(400)}&to=${day(393)}`));
  m.done();
  await app.close();
} finally {
  await finish(bench);
}
