import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { Settings, TemplateDefinition, answerValueSchema, jobStatuses, lineAmountCents, type TemplateField } from '@contract';
import type { DbHandle } from '../src/db/create-db';
import { isDatabaseEmpty, seedDemo, type SeedSummary } from '../src/db/seed/seed';
import { verifyPassword } from '../src/platform/password';
import { createTestDb, type TestDb } from './helpers/test-db';

/** The demo seed on a fresh database of the test kit (PostgreSQL when DATABASE_URL is set). */
const OPTIONS = { seed: 7, jobs: 300, customers: 40, day: new Date() };

describe('demo seed', () => {
  let fresh: TestDb;
  let db: DbHandle['db'];
  let summary: SeedSummary;
  let emptyBefore: boolean;

  before(async () => {
    fresh = await createTestDb();
    db = fresh.handle.db;
    emptyBefore = await isDatabaseEmpty(db);
    summary = await seedDemo(fresh.handle, OPTIONS);
  });
  after(() => fresh?.drop());

  it('reports an empty database before and a seeded one after', async () => {
    assert.equal(emptyBefore, true);
    assert.equal(await isDatabaseEmpty(db), false);
    assert.equal(summary.rows.jobs, 300);
    assert.equal(summary.rows.customers, 40);
  });

  it('gives the SQLite connection its durable writes back once seeded', { skip: process.env.DATABASE_URL ? 'SQLite only' : false }, async () => {
    const { rows } = await sql<{ synchronous: number }>`pragma synchronous`.execute(db);
    assert.equal(rows[0].synchronous, 2, 'synchronous = FULL');
  });

  it('creates the demo accounts of API.md, all with the password fielddesk-demo', async () => {
    const users = await db.selectFrom('users').select(['email', 'role', 'passwordHash', 'locale', 'phone']).orderBy('email').execute();
    const byEmail = new Map(users.map((u) => [u.email, u]));
    assert.equal(byEmail.get('admin@demo.fielddesk.test')?.role, 'admin');
    assert.equal(byEmail.get('dispatch@demo.fielddesk.test')?.role, 'dispatcher');
    assert.equal(byEmail.get('supervisor@demo.fielddesk.test')?.role, 'supervisor');
    for (let n = 1; n <= 25; n++) {
      const tech = byEmail.get(`tech${String(n).padStart(2, '0')}@demo.fielddesk.test`);
      assert.equal(tech?.role, 'technician', `tech${n}`);
      assert.ok(tech.phone, `tech${n} has a phone number`);
    }
    assert.deepEqual(new Set(users.map((u) => u.locale)), new Set(['en', 'fr']));
    const admin = byEmail.get('admin@demo.fielddesk.test')!;
    assert.equal(await verifyPassword('fielddesk-demo', admin.passwordHash), true);
    assert.equal(await verifyPassword('fielddesk-demo!', admin.passwordHash), false);
    assert.equal(await verifyPassword('fielddesk-demo', byEmail.get('tech25@demo.fielddesk.test')!.passwordHash), true);
  });

  it('has a job in every status, each with a history that ends in that status', async () => {
    const jobs = await db.selectFrom('jobs').select(['id', 'number', 'status', 'declineReason', 'managerId', 'plannedStart']).execute();
    assert.deepEqual(new Set(jobs.map((j) => j.status)), new Set(jobStatuses));
    assert.ok(jobs.some((j) => j.status === 'created' && j.declineReason), 'a declined job is back in the pool');
    assert.ok(jobs.some((j) => j.status === 'created' && j.plannedStart === null), 'a pool job without a date');
    const events = await db.selectFrom('jobEvents').select(['jobId', 'toStatus', 'occurredAt']).orderBy('jobId').orderBy('occurredAt').execute();
    const lastStatus = new Map<string, string | null>();
    for (const e of events) if (e.toStatus) lastStatus.set(e.jobId, e.toStatus);
    for (const job of jobs) assert.equal(lastStatus.get(job.id), job.status, `history of ${job.number}`);
    const managers = await db.selectFrom('jobTechnicians').select(['jobId', 'userId']).where('role', '=', 'manager').execute();
    const managerOf = new Map(managers.map((m) => [m.jobId, m.userId]));
    for (const job of jobs) assert.equal(managerOf.get(job.id) ?? null, job.managerId, `manager of ${job.number}`);
  });

  it('fills every mandatory field of returned jobs with a value valid for its type', async () => {
    const versions = await db.selectFrom('reportTemplateVersions').select(['templateId', 'definition']).execute();
    const fieldsOf = new Map(versions.map((v) => [v.templateId, TemplateDefinition.parse(JSON.parse(v.definition)).families.flatMap((f) => f.fields)]));
    const returned = await db.selectFrom('jobs').select(['id', 'number', 'templateId']).where('status', 'in', ['completed', 'validated']).execute();
    assert.ok(returned.length > 100);
    const answers = await db.selectFrom('reportAnswers').select(['jobId', 'fieldId', 'value']).execute();
    const photos = new Set((await db.selectFrom('attachments').select(['id', 'jobId']).where('kind', '=', 'photo').execute()).map((a) => `${a.jobId}/${a.id}`));
    const byJob = new Map<string, Map<string, unknown>>();
    for (const a of answers) {
      if (!byJob.has(a.jobId)) byJob.set(a.jobId, new Map());
      byJob.get(a.jobId)!.set(a.fieldId, JSON.parse(a.value));
    }
    let leakPhotos = 0;
    for (const job of returned) {
      const given = byJob.get(job.id) ?? new Map<string, unknown>();
      for (const field of fieldsOf.get(job.templateId!) as TemplateField[]) {
        const ticked = field.mandatoryWhen ? given.get(field.mandatoryWhen.fieldId) === true : false;
        if (field.mandatory || ticked) assert.ok(given.has(field.id), `${job.number}: mandatory ${field.id} answered`);
        if (!given.has(field.id)) continue;
        const value = given.get(field.id);
        assert.ok(answerValueSchema(field).safeParse(value).success, `${job.number}: ${field.id} = ${JSON.stringify(value).slice(0, 60)}`);
        if (field.type === 'photo') for (const id of value as string[]) assert.ok(photos.has(`${job.id}/${id}`), `${job.number}: photo ${id} is the job's`);
        if (ticked && field.type === 'photo') leakPhotos++;
      }
    }
    assert.ok(leakPhotos > 0, 'some job found a leak and photographed it');
  });

  it('raises reserves in the three statuses and counts the unresolved ones on the job', async () => {
    const reserves = await db.selectFrom('reserves').select(['id', 'jobId', 'status', 'resolvedAt']).execute();
    assert.deepEqual(new Set(reserves.map((r) => r.status)), new Set(['unresolved', 'resolved', 'compliant']));
    for (const r of reserves) assert.equal(r.resolvedAt !== null, r.status === 'resolved');
    const open = new Map<string, number>();
    for (const r of reserves) if (r.status === 'unresolved') open.set(r.jobId, (open.get(r.jobId) ?? 0) + 1);
    const jobs = await db.selectFrom('jobs').select(['id', 'openReserves']).execute();
    for (const job of jobs) assert.equal(job.openReserves, open.get(job.id) ?? 0);
    const events = await db.selectFrom('reserveEvents').select(['reserveId', 'type']).execute();
    for (const r of reserves) assert.ok(events.some((e) => e.reserveId === r.id && e.type === 'raised'));
  });

  it('totals the parts and services of each job and signs returned jobs twice', async () => {
    const items = await db.selectFrom('jobItems').select(['jobId', 'quantityMilli', 'unitPriceCents', 'lineTotalCents']).execute();
    const totals = new Map<string, number>();
    for (const i of items) {
      assert.equal(Number(i.lineTotalCents), lineAmountCents(Number(i.unitPriceCents), Number(i.quantityMilli)));
      totals.set(i.jobId, (totals.get(i.jobId) ?? 0) + Number(i.lineTotalCents));
    }
    const jobs = await db.selectFrom('jobs').select(['id', 'status', 'totalExclTaxCents']).execute();
    for (const job of jobs) assert.equal(Number(job.totalExclTaxCents), totals.get(job.id) ?? 0);
    const signatures = await db.selectFrom('signatures').select(['jobId', 'signer', 'image']).execute();
    const returned = jobs.filter((j) => j.status === 'completed' || j.status === 'validated');
    assert.equal(signatures.length, returned.length * 2);
    assert.ok(signatures.every((s) => s.image.startsWith('data:image/png;base64,iVBORw0KGgo')));
  });

  it('keeps installed serial units at a site of their customer, and taken-back ones off it', async () => {
    const units = await db.selectFrom('serialUnits').selectAll().execute();
    const sites = new Map((await db.selectFrom('sites').select(['id', 'customerId']).execute()).map((s) => [s.id, s.customerId]));
    const installed = units.filter((u) => u.status === 'installed');
    assert.ok(installed.length > 0);
    for (const u of installed) {
      assert.ok(u.customerId && u.siteId, `${u.serial} is at a customer`);
      assert.equal(sites.get(u.siteId), u.customerId, `${u.serial}: the site is the customer's`);
      assert.equal(u.depotId, null);
      assert.match(u.serial, /^[A-Z0-9]{3}-20\d\d-\d{6}$/);
    }
    const takeBacks = await db.selectFrom('takeBacks').select(['serialUnitId', 'status']).execute();
    assert.ok(takeBacks.length > 0, 'some parts were taken back');
    const unitById = new Map(units.map((u) => [u.id, u]));
    for (const t of takeBacks) {
      const unit = unitById.get(t.serialUnitId!)!;
      assert.equal(unit.status, t.status);
      assert.equal(unit.customerId, null);
      assert.equal(unit.depotId === null, t.status === 'obsolete');
    }
    const installs = await db.selectFrom('stockMovements').select('serialUnitId').where('kind', '=', 'install').execute();
    const withInstall = new Set(installs.map((m) => m.serialUnitId));
    for (const u of installed) assert.ok(withInstall.has(u.id), `${u.serial} has an install movement`);
  });

  it('publishes templates that the contract accepts, used by the job types and the settings', async () => {
    const templates = await db.selectFrom('reportTemplates').select(['id', 'draft', 'status', 'currentVersion']).execute();
    assert.equal(templates.length, 2);
    const types = new Set<string>();
    for (const t of templates) {
      assert.equal(t.status, 'published');
      assert.equal(t.currentVersion, 1);
      for (const family of TemplateDefinition.parse(JSON.parse(t.draft)).families) for (const f of family.fields) types.add(f.type);
    }
    assert.equal(types.size, 9, 'every field type is used');
    const jobTypes = await db.selectFrom('jobTypes').select('defaultTemplateId').execute();
    assert.ok(jobTypes.every((j) => templates.some((t) => t.id === j.defaultTemplateId)));
    const settings = await db.selectFrom('settings').select('data').where('id', '=', 1).executeTakeFirstOrThrow();
    const parsed = Settings.parse(JSON.parse(settings.data));
    assert.ok(templates.some((t) => t.id === parsed.defaultTemplateId));
    const counters = await db.selectFrom('counters').selectAll().execute();
    assert.deepEqual(Object.fromEntries(counters.map((c) => [c.name, Number(c.value)])), { job_number: 300, customer_code: 40 });
  });

  it('refuses a database that already holds data', async () => {
    await assert.rejects(seedDemo(fresh.handle, OPTIONS), /already holds data/);
  });

  it('gives the same data for the same seed and other data for another seed', async () => {
    const snapshot = async (handle: DbHandle) => ({
      jobs: await handle.db.selectFrom('jobs').select(['id', 'number', 'status', 'plannedStart', 'description']).orderBy('seq').execute(),
      customers: await handle.db.selectFrom('customers').select(['id', 'code', 'name']).orderBy('code').execute(),
    });
    const same = await createTestDb({ sqlite: true });
    const other = await createTestDb({ sqlite: true });
    try {
      await seedDemo(same.handle, OPTIONS);
      await seedDemo(other.handle, { ...OPTIONS, seed: 8 });
      const expected = await snapshot(fresh.handle);
      assert.deepEqual(await snapshot(same.handle), expected);
      const differing = await snapshot(other.handle);
      assert.notDeepEqual(differing.customers.map((c) => c.name), expected.customers.map((c) => c.name));
    } finally {
      await same.drop();
      await other.drop();
    }
  });

  it('empties the database first when asked to reset', async () => {
    const again = await seedDemo(fresh.handle, { ...OPTIONS, reset: true });
    assert.equal(again.rows.jobs, 300);
    const count = await db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(count.n), 300);
  });
});

describe('demo seed as a bulk load (SQLite: journal in memory, job indexes built last)', () => {
  const schemaOf = async (handle: DbHandle) =>
    (await sql<{ name: string; sql: string | null }>`select name, sql from sqlite_master where type = 'index' order by name`.execute(handle.db)).rows;
  const jobsOf = (handle: DbHandle) => handle.db.selectFrom('jobs').select(['id', 'number', 'status', 'plannedStart', 'description']).orderBy('seq').execute();

  it('writes the same data as a plain seed and leaves every index and the durable settings back', { skip: process.env.DATABASE_URL ? 'SQLite only' : false }, async () => {
    const plain = await createTestDb({ sqlite: true });
    const bulk = await createTestDb({ sqlite: true });
    try {
      const indexes = await schemaOf(bulk.handle);
      const stages: string[] = [];
      const plainSummary = await seedDemo(plain.handle, OPTIONS);
      const bulkSummary = await seedDemo(bulk.handle, { ...OPTIONS, bulkLoad: true, onProgress: (_done, _total, stage) => stages.push(stage) });
      assert.deepEqual(bulkSummary.rows, plainSummary.rows);
      assert.deepEqual(await jobsOf(bulk.handle), await jobsOf(plain.handle));
      assert.deepEqual(await schemaOf(bulk.handle), indexes, 'the indexes the migrations made, as they made them');
      assert.ok(stages.includes('indexes'), 'building the indexes shows its progress');
      const settings = await sql<{ journalMode: string; synchronous: number }>`select * from pragma_journal_mode, pragma_synchronous`.execute(bulk.handle.db);
      assert.deepEqual(settings.rows[0], { journalMode: 'wal', synchronous: 2 });
    } finally {
      await plain.drop();
      await bulk.drop();
    }
  });
});
