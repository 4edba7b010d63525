import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JobDetail, JobEvent } from '@contract';
import { aField, aDefinition } from './helpers/templates';
import { aJobIn, aJobInput, at, createJob, jobFixture, publishedTemplate, readJob, type JobFixture } from './helpers/jobs';
import { as, testAppWith, createUser, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let fx: JobFixture;
before(async () => ({ t, fx } = await testAppWith(jobFixture)));
after(() => t.close());

const call = (who: Credentials, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, ifMatch?: number) =>
  t.app.inject(as(who, { method, url, payload: payload as object, headers: ifMatch === undefined ? {} : { 'if-match': String(ifMatch) } }));
const post = (payload: unknown) => call(fx.dispatcher, 'POST', '/api/jobs', payload);
const patch = (job: { id: string; version: number }, payload: unknown) => call(fx.dispatcher, 'PATCH', `/api/jobs/${job.id}`, payload, job.version);
const issuePaths = (body: { error: { details: { issues: { path: string }[] } } }) => body.error.details.issues.map((i) => i.path);
const events = async (id: string) => (await call(fx.dispatcher, 'GET', `/api/jobs/${id}/events`)).json().items as JobEvent[];
const auditRows = (id: string) => t.db.selectFrom('auditLog').selectAll().where('entityId', '=', id).orderBy('occurredAt').execute();

const found = async (q: string) => ((await call(fx.dispatcher, 'GET', `/api/jobs?q=${encodeURIComponent(q)}`)).json().items as { id: string }[]).map((j) => j.id);

async function setSettings(changes: Record<string, unknown>) {
  const current = (await call(fx.admin, 'GET', '/api/settings')).json();
  const res = await call(fx.admin, 'PATCH', '/api/settings', changes, current.version);
  assert.equal(res.statusCode, 200, res.body);
}

describe('create', () => {
  test('a job with a manager and dates is scheduled: 201, Location, ETag, and the whole job page', async () => {
    const res = await post(aJobInput(fx));
    assert.equal(res.statusCode, 201, res.body);
    const job = res.json() as JobDetail;
    assert.equal(res.headers.location, `/api/jobs/${job.id}`);
    assert.equal(res.headers.etag, '"1"');
    assert.equal(job.status, 'scheduled');
    assert.match(job.number, /^J-\d{6}$/);
    assert.deepEqual(job.customer, { id: fx.customer.id, code: job.customer.code, name: 'Boulangerie Étoile' });
    assert.equal(job.site?.city, 'Paris');
    assert.ok(job.site?.mapsUrl.startsWith('https://www.google.com/maps/search/?api=1&query='), job.site?.mapsUrl);
    assert.ok(job.site?.mapsUrl.includes(encodeURIComponent('12 rue de la Paix')));
    assert.equal(job.contact?.name, 'Élise Martin');
    assert.equal(job.contact?.phone, '+33 6 12 34 56 78');
    assert.deepEqual(
      job.technicians.map((x) => [x.name, x.role]),
      [
        ['Marc Manager', 'manager'],
        ['Alice Auxiliary', 'auxiliary'],
      ],
    );
    assert.deepEqual(job.template, { id: fx.template.id, name: job.template!.name, version: fx.template.version });
    assert.deepEqual(job.templateDefinition, fx.template.definition);
    assert.deepEqual(job.jobType && [job.jobType.nameEn, job.jobType.nameFr], ['Maintenance', 'Entretien']);
    assert.equal(job.report.answers.length, 0);
    assert.deepEqual(job.allowedActions, ['plan_draft', 'unassign', 'cancel', 'edit', 'reschedule', 'duplicate']);
    const row = await t.db.selectFrom('jobs').select(['searchText', 'createdBy']).where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.equal(row.searchText, `boulangerie etoile | paris ^ ${job.number.slice(2)} yearly boiler maintenance`);
    assert.equal(row.createdBy, fx.dispatcher.user.id);
    assert.ok((await found('étoile yearly')).includes(job.id));
  });

  test('status: no manager or no dates → created (job pool); schedule draft → draft', async () => {
    assert.equal((await createJob(fx, { managerId: null, auxiliaryIds: [] })).status, 'created');
    assert.equal((await createJob(fx, { plannedStart: null, plannedEnd: null })).status, 'created');
    assert.equal((await createJob(fx, { plannedEnd: null })).status, 'created');
    assert.equal((await createJob(fx, { schedule: 'draft' })).status, 'draft');
    assert.equal((await createJob(fx, { schedule: 'draft', managerId: null, auxiliaryIds: [] })).status, 'created');
  });

  test('the end must come after the start (400 naming plannedEnd)', async () => {
    for (const plannedEnd of [at(10, 8), at(10, 7)]) {
      const res = await post(aJobInput(fx, { plannedEnd }));
      assert.equal(res.statusCode, 400, res.body);
      assert.deepEqual(issuePaths(res.json()), ['plannedEnd']);
    }
  });

  test('nobody is both manager and auxiliary; technicians must be active technicians', async () => {
    const both = await post(aJobInput(fx, { auxiliaryIds: [fx.manager.id] }));
    assert.equal(both.statusCode, 400);
    assert.deepEqual(issuePaths(both.json()), ['auxiliaryIds']);
    const notTechnician = await post(aJobInput(fx, { managerId: fx.dispatcher.user.id }));
    assert.equal(notTechnician.statusCode, 400);
    assert.deepEqual(issuePaths(notTechnician.json()), ['managerId']);
    const gone = await createUser(t.db, { role: 'technician', active: false });
    const inactive = await post(aJobInput(fx, { auxiliaryIds: [fx.auxiliary.id, gone.id] }));
    assert.equal(inactive.statusCode, 400);
    assert.deepEqual(issuePaths(inactive.json()), ['auxiliaryIds.1']);
  });

  test("site and contact must be the customer's; unknown fields and references are refused, never a 500", async () => {
    const other = (await call(fx.admin, 'POST', '/api/customers', { name: 'Other', sites: [{ name: 'S', addressLine1: 'A', postalCode: '1', city: 'C', country: 'FR' }], contacts: [{ name: 'Bob' }] })).json();
    for (const [overrides, path] of [
      [{ siteId: other.sites[0].id }, 'siteId'],
      [{ contactId: other.contacts[0].id }, 'contactId'],
      [{ customerId: 'nope' }, 'customerId'],
      [{ jobTypeId: 'nope' }, 'jobTypeId'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      const res = await post(aJobInput(fx, overrides));
      assert.equal(res.statusCode, 400, `${path}: ${res.body}`);
      assert.deepEqual(issuePaths(res.json()), [path]);
    }
    const before = await t.db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal((await post({ ...aJobInput(fx), description: '<b>x</b>' })).statusCode, 400);
    const afterCount = await t.db.selectFrom('jobs').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
  });

  test('the description is mandatory only when the setting says so (422 description_required)', async () => {
    assert.equal((await post(aJobInput(fx, { description: '' }))).statusCode, 201);
    await setSettings({ jobDescriptionMandatory: true });
    try {
      const res = await post(aJobInput(fx, { description: '   ' }));
      assert.equal(res.statusCode, 422);
      assert.equal(res.json().error.code, 'description_required');
      assert.equal((await post(aJobInput(fx, { description: 'Replace the filter' }))).statusCode, 201);
    } finally {
      await setSettings({ jobDescriptionMandatory: false });
    }
  });

  test('the template is pinned to its latest published version, and a later publish does not move the job', async () => {
    const job = await createJob(fx);
    const current = (await call(fx.admin, 'GET', `/api/report-templates/${fx.template.id}`)).json();
    const v2 = aDefinition({ a: [aField('new-field', { label: 'New field' })] });
    assert.equal((await call(fx.admin, 'PUT', `/api/report-templates/${fx.template.id}`, { name: current.name, description: null, draft: v2 }, current.version)).statusCode, 200);
    const saved = (await call(fx.admin, 'GET', `/api/report-templates/${fx.template.id}`)).json();
    assert.equal((await call(fx.admin, 'POST', `/api/report-templates/${fx.template.id}/publish`, {}, saved.version)).statusCode, 200);

    const again = await readJob(fx, job.id);
    assert.equal(again.template?.version, fx.template.version);
    assert.deepEqual(again.templateDefinition, fx.template.definition);
    const newer = await createJob(fx);
    assert.equal(newer.template?.version, fx.template.version + 1);
    assert.deepEqual(newer.templateDefinition, v2);

    // PATCH templateId re-pins the latest published version.
    const repinned = await patch(job, { templateId: fx.template.id });
    assert.equal(repinned.statusCode, 200, repinned.body);
    assert.equal(repinned.json().template.version, fx.template.version + 1);
  });

  test("no template chosen: the job type's default, else the global default; never a draft-only template", async () => {
    const typeDefault = await publishedTemplate(t, fx.admin, aDefinition({ a: [aField('x')] }), 'Type default');
    const globalDefault = await publishedTemplate(t, fx.admin, aDefinition({ a: [aField('y')] }), 'Global default');
    await setSettings({ defaultTemplateId: globalDefault.id });
    assert.equal((await createJob(fx, { templateId: null })).template?.id, globalDefault.id);
    await t.db.updateTable('jobTypes').set({ defaultTemplateId: typeDefault.id }).where('id', '=', fx.jobTypeId).execute();
    assert.equal((await createJob(fx, { templateId: null })).template?.id, typeDefault.id);
    await t.db.updateTable('jobTypes').set({ defaultTemplateId: null }).where('id', '=', fx.jobTypeId).execute();

    const draftOnly = (await call(fx.admin, 'POST', '/api/report-templates', { name: 'Never published' })).json();
    const res = await post(aJobInput(fx, { templateId: draftOnly.id }));
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'template_not_published');
  });

  test('custom fields are checked against the job definitions', async () => {
    const field = await call(fx.admin, 'POST', '/api/custom-fields', { entity: 'job', key: 'po', labelEn: 'PO number', labelFr: 'N° de commande', type: 'number' });
    assert.equal(field.statusCode, 201, field.body);
    assert.deepEqual((await createJob(fx, { customFields: { po: 42 } })).customFields, { po: 42 });
    const wrong = await post(aJobInput(fx, { customFields: { po: 'forty-two' } }));
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(issuePaths(wrong.json()), ['customFields.po']);
  });
});

describe('read', () => {
  test('by id and by number, with the ETag; 404 for an unknown job; the supervisor reads but cannot write', async () => {
    const job = await createJob(fx);
    const byNumber = await call(fx.supervisor, 'GET', `/api/jobs/by-number/${job.number}`);
    assert.equal(byNumber.statusCode, 200);
    assert.equal(byNumber.headers.etag, '"1"');
    assert.equal(byNumber.json().id, job.id);
    assert.equal((await call(fx.dispatcher, 'GET', '/api/jobs/by-number/J-999999')).statusCode, 404);
    assert.equal((await call(fx.dispatcher, 'GET', '/api/jobs/no-such-job')).statusCode, 404);
    const write = await call(fx.supervisor, 'PATCH', `/api/jobs/${job.id}`, { description: 'x' }, 1);
    assert.equal(write.statusCode, 403);
  });
});

describe('edit (PATCH)', () => {
  test('If-Match: missing → 428, stale → 412 with the current version; nothing changed', async () => {
    const job = await createJob(fx);
    assert.equal((await call(fx.dispatcher, 'PATCH', `/api/jobs/${job.id}`, { description: 'x' })).statusCode, 428);
    assert.equal((await patch(job, { description: 'First edit' })).statusCode, 200);
    const stale = await patch(job, { description: 'Second edit on an old copy' });
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().error.details.currentVersion, 2);
    assert.equal((await readJob(fx, job.id)).description, 'First edit');
  });

  test('two edits of the same version at the same time: one wins, the other gets 412', async () => {
    const job = await createJob(fx);
    const results = await Promise.all([patch(job, { description: 'From the office' }), patch(job, { description: 'From the phone call' })]);
    assert.deepEqual(results.map((r) => r.statusCode).sort(), [200, 412]);
    const winner = results.find((r) => r.statusCode === 200)!.json() as JobDetail;
    assert.equal((await readJob(fx, job.id)).description, winner.description);
    assert.equal((await auditRows(job.id)).length, 2);
  });

  test('a change bumps the version, writes `updated` (naming the fields) and `reassigned` events, one audit row with before/after, and keeps the search index', async () => {
    const job = await createJob(fx);
    const res = await patch(job, { description: 'Replace the pump', siteId: fx.customer.otherSiteId, auxiliaryIds: [fx.spare.id] });
    assert.equal(res.statusCode, 200, res.body);
    const edited = res.json() as JobDetail;
    assert.equal(edited.version, 2);
    assert.equal(res.headers.etag, '"2"');
    assert.equal(edited.site?.city, 'Lyon');
    assert.deepEqual(edited.technicians.map((x) => x.name), ['Marc Manager', 'Sam Spare']);
    const history = await events(job.id);
    const updated = history.find((e) => e.type === 'updated');
    assert.deepEqual(new Set(updated?.data.fields as string[]), new Set(['description', 'siteId']));
    assert.equal(updated?.actorName, 'Dan Dispatcher');
    assert.deepEqual(history.find((e) => e.type === 'reassigned')?.data, { managerId: fx.manager.id, auxiliaryIds: [fx.spare.id] });
    assert.ok(!history.some((e) => e.type === 'rescheduled'), 'the dates did not change');
    const rows = await auditRows(job.id);
    assert.deepEqual(rows.map((r) => r.action), ['create', 'update']);
    const changes = JSON.parse(rows[1]!.changes);
    assert.deepEqual(changes.description, { before: 'Yearly boiler maintenance', after: 'Replace the pump' });
    assert.deepEqual(changes.auxiliaryIds, { before: [fx.auxiliary.id], after: [fx.spare.id] });
    const row = await t.db.selectFrom('jobs').select('searchText').where('id', '=', job.id).executeTakeFirstOrThrow();
    assert.ok(row.searchText.endsWith(`^ ${job.number.slice(2)} replace pump`), row.searchText);
    assert.ok((await found('replace pump')).includes(job.id));
    assert.ok(!(await found('yearly')).includes(job.id), 'the old description is no longer found');
  });

  test('sending the same values writes nothing (no new version)', async () => {
    const job = await createJob(fx);
    const res = await patch(job, { description: job.description, managerId: fx.manager.id });
    assert.equal(res.json().version, 1);
    assert.deepEqual((await auditRows(job.id)).map((r) => r.action), ['create']);
  });

  test('removing the manager or a date of a scheduled job sends it back to the pool (one audit row: unassign)', async () => {
    for (const [change, line] of [
      [{ managerId: null }, 'reassigned'],
      [{ plannedStart: null }, 'rescheduled'],
      [{ plannedEnd: null, description: 'Date to agree with the customer' }, 'rescheduled'],
    ] as const) {
      const job = await createJob(fx);
      const res = await patch(job, change);
      assert.equal(res.statusCode, 200, res.body);
      assert.equal(res.json().status, 'created');
      const expected = ['created', 'unassigned', line, ...('description' in change ? ['updated'] : [])];
      assert.deepEqual((await events(job.id)).map((e) => e.type).sort(), expected.sort());
      assert.deepEqual((await auditRows(job.id)).map((r) => r.action), ['create', 'unassign']);
    }
  });

  test('dates must stay in order once merged with the current ones; the manager cannot join the auxiliaries', async () => {
    const job = await createJob(fx);
    const res = await patch(job, { plannedEnd: at(10, 7) });
    assert.equal(res.statusCode, 400);
    assert.deepEqual(issuePaths(res.json()), ['plannedEnd']);
    const both = await patch(job, { auxiliaryIds: [fx.manager.id] });
    assert.equal(both.statusCode, 400);
    assert.deepEqual(issuePaths(both.json()), ['auxiliaryIds']);
  });

  test('only before the job starts: a started job → 409 invalid_transition with its status', async () => {
    const job = await aJobIn(fx, 'started');
    const res = await patch(job, { description: 'Too late' });
    assert.equal(res.statusCode, 409);
    assert.equal(res.json().error.code, 'invalid_transition');
    assert.equal(res.json().error.details.currentStatus, 'started');
  });
});

describe('schedule and reschedule', () => {
  test('confirming a schedule needs a manager and dates (422 naming what is missing)', async () => {
    const pool = await createJob(fx, { managerId: null, auxiliaryIds: [], plannedEnd: null });
    const res = await call(fx.dispatcher, 'POST', `/api/jobs/${pool.id}/schedule`, {}, pool.version);
    assert.equal(res.statusCode, 422);
    assert.equal(res.json().error.code, 'schedule_incomplete');
    assert.deepEqual(res.json().error.details.missing, ['managerId', 'plannedEnd']);
    const draft = await createJob(fx, { schedule: 'draft' });
    const ok = await call(fx.dispatcher, 'POST', `/api/jobs/${draft.id}/schedule`, {}, draft.version);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().status, 'scheduled');
    assert.equal(ok.headers.etag, '"2"');
  });

  test('a pool job that gets a manager and dates is scheduled (draft under draft mode), with rescheduled and reassigned events', async () => {
    const pool = await createJob(fx, { managerId: null, auxiliaryIds: [], plannedStart: null, plannedEnd: null });
    const body = { plannedStart: at(12, 9), plannedEnd: at(12, 11), managerId: fx.spare.id };
    const res = await call(fx.dispatcher, 'POST', `/api/jobs/${pool.id}/reschedule`, body, pool.version);
    assert.equal(res.statusCode, 200, res.body);
    const job = res.json() as JobDetail;
    assert.deepEqual([job.status, job.plannedStart, job.technicians[0]?.userId], ['scheduled', at(12, 9), fx.spare.id]);
    const history = await events(pool.id);
    const moved = history.find((e) => e.type === 'rescheduled');
    assert.deepEqual(moved?.data, { plannedStart: at(12, 9), plannedEnd: at(12, 11), previousStart: null, previousEnd: null });
    assert.deepEqual(history.find((e) => e.type === 'reassigned')?.data, { managerId: fx.spare.id, auxiliaryIds: [] });
    assert.ok(history.some((e) => e.type === 'scheduled' && e.fromStatus === 'created'));
    assert.deepEqual((await auditRows(pool.id)).map((r) => r.action), ['create', 'confirm_schedule']);

    await setSettings({ draftMode: true });
    try {
      const other = await createJob(fx, { managerId: null, auxiliaryIds: [] });
      const drafted = await call(fx.dispatcher, 'POST', `/api/jobs/${other.id}/reschedule`, body, other.version);
      assert.equal(drafted.json().status, 'draft');
    } finally {
      await setSettings({ draftMode: false });
    }
  });

  test('rescheduling a declined job clears the decline; dragging an auxiliary to manager promotes them', async () => {
    const job = await createJob(fx);
    await t.db.updateTable('jobs').set({ status: 'created', declineReason: 'Sick', declinedAt: at(1, 8), proposedStart: at(15, 8) }).where('id', '=', job.id).execute();
    const res = await call(fx.dispatcher, 'POST', `/api/jobs/${job.id}/reschedule`, { plannedStart: at(15, 8), plannedEnd: at(15, 9), managerId: fx.auxiliary.id }, job.version);
    assert.equal(res.statusCode, 200, res.body);
    const moved = res.json() as JobDetail;
    assert.deepEqual([moved.status, moved.declineReason, moved.declinedAt, moved.proposedStart], ['scheduled', null, null, null]);
    assert.deepEqual(moved.technicians.map((x) => [x.userId, x.role]), [[fx.auxiliary.id, 'manager']]);
  });

  test('a scheduled job moved on the board stays scheduled; stale → 412; a started job → 409', async () => {
    const job = await createJob(fx);
    const res = await call(fx.dispatcher, 'POST', `/api/jobs/${job.id}/reschedule`, { plannedStart: at(20, 8), plannedEnd: at(20, 9) }, job.version);
    assert.equal(res.json().status, 'scheduled');
    assert.deepEqual((await auditRows(job.id)).map((r) => r.action), ['create', 'reschedule']);
    const stale = await call(fx.dispatcher, 'POST', `/api/jobs/${job.id}/reschedule`, { plannedStart: at(21, 8), plannedEnd: at(21, 9) }, job.version);
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().error.details.currentVersion, 2);
    const started = await aJobIn(fx, 'started');
    const refused = await call(fx.dispatcher, 'POST', `/api/jobs/${started.id}/reschedule`, { plannedStart: at(21, 8), plannedEnd: at(21, 9) }, started.version);
    assert.equal(refused.statusCode, 409);
    assert.equal(refused.json().error.details.currentStatus, 'started');
  });
});

describe('cancel, validate, reopen and the history', () => {
  test('cancel keeps the reason; reopen puts its reason in the event for the technicians', async () => {
    const job = await createJob(fx);
    const cancelled = await call(fx.dispatcher, 'POST', `/api/jobs/${job.id}/cancel`, { reason: 'Customer moved' }, job.version);
    assert.equal(cancelled.statusCode, 200, cancelled.body);
    assert.deepEqual([cancelled.json().status, cancelled.json().cancelReason], ['cancelled', 'Customer moved']);
    assert.equal((await call(fx.dispatcher, 'POST', `/api/jobs/${job.id}/cancel`, {}, 2)).statusCode, 400);

    const done = await aJobIn(fx, 'completed');
    assert.equal((await call(fx.dispatcher, 'POST', `/api/jobs/${done.id}/reopen`, {}, done.version)).statusCode, 400);
    const reopened = await call(fx.dispatcher, 'POST', `/api/jobs/${done.id}/reopen`, { reason: 'Photo missing' }, done.version);
    assert.equal(reopened.json().status, 'scheduled');
    const event = (await events(done.id)).find((e) => e.type === 'reopened')!;
    assert.deepEqual([event.type, event.fromStatus, event.toStatus, event.data.reason], ['reopened', 'completed', 'scheduled', 'Photo missing']);
  });

  test('validate records who and when; the history lists every event with its actor, oldest first', async () => {
    const done = await aJobIn(fx, 'completed');
    const res = await call(fx.admin, 'POST', `/api/jobs/${done.id}/validate`, {}, done.version);
    assert.equal(res.statusCode, 200, res.body);
    assert.ok(res.json().validatedAt);
    const row = await t.db.selectFrom('jobs').select('validatedBy').where('id', '=', done.id).executeTakeFirstOrThrow();
    assert.equal(row.validatedBy, fx.admin.user.id);
    const history = await events(done.id);
    // Events of the same millisecond have no defined order: compare the set, then check the time order.
    assert.deepEqual(history.map((e) => e.type).sort(), ['completed', 'created', 'started', 'validated']);
    assert.deepEqual(history.map((e) => e.occurredAt), history.map((e) => e.occurredAt).sort());
    assert.equal(history.find((e) => e.type === 'validated')?.actorName, 'Ada Admin');
    assert.equal((await call(fx.dispatcher, 'GET', '/api/jobs/nope/events')).statusCode, 404);
  });
});
