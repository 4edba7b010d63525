import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JobType, ReportTemplate } from '@contract';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';
import { leakCheck } from './helpers/templates';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
let published: ReportTemplate;
let draftOnly: ReportTemplate;
let archived: ReportTemplate;
const jobTypeIds: Record<string, string> = {};

before(async () => {
  ({ t, fx: { admin, dispatcher } } = await testAppWith(signedInAs('admin', 'dispatcher')));
  const now = new Date().toISOString();
  for (const [code, nameEn, nameFr, isActive] of [
    ['repair', 'Repair', 'Dépannage', 1],
    ['maintenance', 'Maintenance', 'Entretien', 1],
    ['retired', 'Retired', 'Retiré', 0],
  ] as const) {
    jobTypeIds[code] = crypto.randomUUID();
    // Written without `version`, like rows from before migration 0003: the column defaults to 1.
    await t.db.insertInto('jobTypes').values({ id: jobTypeIds[code]!, code, nameEn, nameFr, defaultTemplateId: null, isActive, createdAt: now }).execute();
  }
  published = await template('Published', true);
  draftOnly = await template('Draft only', false);
  archived = await template('Archived', true);
  archived = (await templateAction(archived, 'archive')).json();
});
after(() => t.close());

async function template(name: string, publish: boolean): Promise<ReportTemplate> {
  const created = (await t.app.inject({ method: 'POST', url: '/api/report-templates', headers: admin.headers, payload: { name, draft: leakCheck() } })).json();
  return publish ? (await templateAction(created, 'publish')).json() : created;
}
const templateAction = (target: ReportTemplate, verb: 'publish' | 'archive') =>
  t.app.inject({ method: 'POST', url: `/api/report-templates/${target.id}/${verb}`, headers: { ...admin.headers, 'if-match': String(target.version) } });
const listJobTypes = async (who = admin): Promise<JobType[]> => {
  const res = await t.app.inject({ method: 'GET', url: '/api/job-types', headers: who.headers });
  assert.equal(res.statusCode, 200, res.body);
  return res.json().items;
};
const setDefault = (id: string, version: number | null, defaultTemplateId: unknown, who = admin) =>
  t.app.inject({
    method: 'PATCH',
    url: `/api/job-types/${id}`,
    headers: { ...who.headers, ...(version === null ? {} : { 'if-match': `"${version}"` }) },
    payload: { defaultTemplateId },
  });
const settings = async () => (await t.app.inject({ method: 'GET', url: '/api/settings', headers: admin.headers })).json();
const patchSettings = async (body: object) =>
  t.app.inject({ method: 'PATCH', url: '/api/settings', headers: { ...admin.headers, 'if-match': String((await settings()).version) }, payload: body });

describe('job types', () => {
  test('GET → the active job types by code, with their version (dispatchers read too)', async () => {
    const items = await listJobTypes(dispatcher);
    assert.deepEqual(items, [
      { id: jobTypeIds.maintenance, code: 'maintenance', nameEn: 'Maintenance', nameFr: 'Entretien', defaultTemplateId: null, version: 1 },
      { id: jobTypeIds.repair, code: 'repair', nameEn: 'Repair', nameFr: 'Dépannage', defaultTemplateId: null, version: 1 },
    ]);
  });

  test('PATCH (If-Match) sets a published default; ETag; audited; the template lists the job type', async () => {
    const res = await setDefault(jobTypeIds.repair!, 1, published.id);
    assert.equal(res.statusCode, 200, res.body);
    assert.deepEqual(res.json(), { ...(await listJobTypes()).find((j) => j.code === 'repair'), defaultTemplateId: published.id, version: 2 });
    assert.equal(res.headers.etag, '"2"');
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', jobTypeIds.repair!).execute();
    assert.deepEqual(JSON.parse(audit[0]!.changes), { defaultTemplateId: { before: null, after: published.id } });
    const summary = (await t.app.inject({ method: 'GET', url: `/api/report-templates/${published.id}`, headers: admin.headers })).json();
    assert.deepEqual(summary.jobTypeDefaults, ['repair']);
    const cleared = await setDefault(jobTypeIds.repair!, 2, null);
    assert.equal(cleared.json().defaultTemplateId, null);
  });

  test('a template that is not published, archived or unknown → 422 template_not_published, nothing changed', async () => {
    const { version } = (await listJobTypes()).find((j) => j.code === 'maintenance')!;
    for (const candidate of [draftOnly.id, archived.id, 'no-such-template']) {
      const res = await setDefault(jobTypeIds.maintenance!, version, candidate);
      assert.equal(res.statusCode, 422, candidate);
      assert.equal(res.json().error.code, 'template_not_published');
    }
    assert.equal((await listJobTypes()).find((j) => j.code === 'maintenance')!.version, version);
  });

  test('stale → 412; no If-Match → 428; unknown field → 400; unknown job type → 404; dispatcher → 403', async () => {
    const { version } = (await listJobTypes()).find((j) => j.code === 'maintenance')!;
    assert.equal((await setDefault(jobTypeIds.maintenance!, version + 5, published.id)).statusCode, 412);
    assert.equal((await setDefault(jobTypeIds.maintenance!, null, published.id)).statusCode, 428);
    const extra = await t.app.inject({
      method: 'PATCH',
      url: `/api/job-types/${jobTypeIds.maintenance}`,
      headers: { ...admin.headers, 'if-match': String(version) },
      payload: { defaultTemplateId: null, code: 'hacked' },
    });
    assert.equal(extra.statusCode, 400);
    assert.equal(extra.json().error.details.issues[0].path, 'code');
    assert.equal((await setDefault('missing', 1, null)).statusCode, 404);
    assert.equal((await setDefault(jobTypeIds.maintenance!, version, published.id, dispatcher)).statusCode, 403);
  });
});

describe('global default template (settings)', () => {
  test('PATCH /api/settings refuses a template that is not published (422) and accepts a published one', async () => {
    for (const candidate of [draftOnly.id, archived.id, 'no-such-template']) {
      const res = await patchSettings({ defaultTemplateId: candidate });
      assert.equal(res.statusCode, 422, candidate);
      assert.equal(res.json().error.code, 'template_not_published');
    }
    assert.equal((await settings()).defaultTemplateId, null);
    const res = await patchSettings({ defaultTemplateId: published.id });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal((await settings()).defaultTemplateId, published.id);
    const summary = (await t.app.inject({ method: 'GET', url: `/api/report-templates/${published.id}`, headers: admin.headers })).json();
    assert.equal(summary.isDefault, true);
    assert.equal((await patchSettings({ reportCommentsEnabled: false })).statusCode, 200, 'other settings still save');
  });
});

describe('archiving a default template', () => {
  test('refused with 409 template_is_default naming where it is used; allowed once replaced', async () => {
    const target = await template('Default somewhere', true);
    assert.equal((await patchSettings({ defaultTemplateId: target.id })).statusCode, 200);
    const maintenance = (await listJobTypes()).find((j) => j.code === 'maintenance')!;
    assert.equal((await setDefault(maintenance.id, maintenance.version, target.id)).statusCode, 200);

    const refused = await templateAction(target, 'archive');
    assert.equal(refused.statusCode, 409);
    assert.deepEqual(refused.json().error.details, { global: true, jobTypes: ['maintenance'] });
    const unchanged = (await t.app.inject({ method: 'GET', url: `/api/report-templates/${target.id}`, headers: admin.headers })).json();
    assert.equal(unchanged.status, 'published');
    assert.equal(unchanged.version, target.version);

    assert.equal((await patchSettings({ defaultTemplateId: published.id })).statusCode, 200);
    const stillTypeDefault = await templateAction(target, 'archive');
    assert.deepEqual(stillTypeDefault.json().error.details, { global: false, jobTypes: ['maintenance'] });
    assert.equal((await setDefault(maintenance.id, maintenance.version + 1, null)).statusCode, 200);
    assert.equal((await templateAction(target, 'archive')).statusCode, 200);
  });
});
