import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ReportTemplate, TemplateDefinition } from '@contract';
import { latestPublishedVersion } from '../src/modules/report-templates/report-templates.repository';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';
import { aField, insertJobs, leakCheck } from './helpers/templates';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
let supervisor: Credentials;
before(async () => {
  ({ t, fx: { admin, dispatcher, supervisor } } = await testAppWith(signedInAs({ role: 'admin', displayName: 'Alice Admin' }, 'dispatcher', 'supervisor')));
});
after(() => t.close());

const BASE = '/api/report-templates';
const call = (method: 'GET' | 'POST' | 'PUT', url: string, options: { who?: Credentials; version?: number; payload?: object } = {}) =>
  t.app.inject({
    method,
    url,
    headers: { ...(options.who ?? admin).headers, ...(options.version === undefined ? {} : { 'if-match': `"${options.version}"` }) },
    payload: options.payload,
  });
const create = async (name: string, draft?: TemplateDefinition): Promise<ReportTemplate> => {
  const res = await call('POST', BASE, { payload: draft ? { name, draft } : { name } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json();
};
const save = (template: ReportTemplate, changes: Partial<{ name: string; description: string | null; draft: TemplateDefinition }>) =>
  call('PUT', `${BASE}/${template.id}`, {
    version: template.version,
    payload: { name: template.name, description: template.description, draft: template.draft, ...changes },
  });
const action = (template: ReportTemplate, verb: 'publish' | 'archive' | 'restore', version = template.version) =>
  call('POST', `${BASE}/${template.id}/${verb}`, { version });
const ok = async (response: Promise<{ statusCode: number; body: string; json(): unknown }>): Promise<ReportTemplate> => {
  const res = await response;
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as ReportTemplate;
};
const auditOf = (id: string) => t.db.selectFrom('auditLog').selectAll().where('entityId', '=', id).orderBy('occurredAt').execute();

describe('create, read, save', () => {
  test('create → 201 draft with an empty definition, ETag, Location; audited', async () => {
    const res = await call('POST', BASE, { payload: { name: 'Boiler service', description: 'Yearly' } });
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json() as ReportTemplate;
    assert.equal(created.status, 'draft');
    assert.equal(created.currentVersion, null);
    assert.deepEqual(created.draft, { families: [] });
    assert.deepEqual(created.versions, []);
    assert.equal(created.hasUnpublishedChanges, true);
    assert.deepEqual(created.updatedBy, { id: admin.user.id, displayName: 'Alice Admin' });
    assert.equal(res.headers.etag, `"${created.version}"`);
    assert.equal(res.headers.location, `${BASE}/${created.id}`);
    const audit = await auditOf(created.id);
    assert.deepEqual(audit.map((a) => [a.action, a.entityType, a.actorId]), [['create', 'report_template', admin.user.id]]);
  });

  test('get → the template for every console role, with its ETag; unknown → 404', async () => {
    const created = await create('Readable', leakCheck());
    for (const who of [dispatcher, supervisor]) {
      const res = await call('GET', `${BASE}/${created.id}`, { who });
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), created);
      assert.equal(res.headers.etag, `"${created.version}"`);
    }
    assert.equal((await call('GET', `${BASE}/nope`)).json().error.code, 'not_found');
  });

  test('save (PUT, If-Match) replaces name, description and draft; version moves on; audited with the changes', async () => {
    const created = await create('Draft');
    const res = await save(created, { name: 'Renamed', description: 'Now described', draft: leakCheck() });
    assert.equal(res.statusCode, 200, res.body);
    const saved = res.json() as ReportTemplate;
    assert.equal(saved.name, 'Renamed');
    assert.equal(saved.description, 'Now described');
    assert.deepEqual(saved.draft, leakCheck());
    assert.equal(saved.familyCount, 2);
    assert.equal(saved.fieldCount, 3);
    assert.equal(saved.version, created.version + 1);
    assert.equal(res.headers.etag, `"${saved.version}"`);
    const update = (await auditOf(created.id)).find((a) => a.action === 'update')!;
    const changes = JSON.parse(update.changes);
    assert.deepEqual(changes.name, { before: 'Draft', after: 'Renamed' });
    assert.ok(changes.draft.after.some((c: { kind: string; fieldId?: string }) => c.kind === 'field_added' && c.fieldId === 'leak'));
  });

  test('a stale draft → 412 and nothing saved; no If-Match → 428', async () => {
    const created = await create('Two editors');
    await ok(save(created, { name: 'First editor wins' }));
    const stale = await save(created, { name: 'Second editor' });
    assert.equal(stale.statusCode, 412);
    assert.equal(stale.json().error.code, 'version_mismatch');
    assert.equal((await call('GET', `${BASE}/${created.id}`)).json().name, 'First editor wins');
    const noVersion = await call('PUT', `${BASE}/${created.id}`, { payload: { name: 'x', description: null, draft: { families: [] } } });
    assert.equal(noVersion.statusCode, 428);
  });

  test('an invalid template → 400 invalid_template naming the path of each bad field', async () => {
    const created = await create('Invalid');
    const draft: TemplateDefinition = {
      families: [
        {
          id: 'fam',
          label: 'Family',
          fields: [
            aField('ok'),
            aField('n', { type: 'number', min: 5, max: 1 }),
            aField('c', { type: 'choice', options: [] }),
            aField('x', { visibleWhen: { fieldId: 'deleted', operator: 'is_ticked' } }),
          ],
        },
      ],
    };
    for (const res of [await save(created, { draft }), await call('POST', BASE, { payload: { name: 'Invalid too', draft } })]) {
      assert.equal(res.statusCode, 400);
      const { error } = res.json();
      assert.equal(error.code, 'invalid_template');
      assert.deepEqual(
        error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
        [
          ['draft.families.0.fields.1.max', 'min_above_max'],
          ['draft.families.0.fields.2.options', 'choice_without_options'],
          ['draft.families.0.fields.3.visibleWhen.fieldId', 'unknown_condition_field'],
        ],
      );
      assert.deepEqual(error.details.issues[0].segments, ['draft', 'families', 0, 'fields', 1, 'max']);
      assert.equal(error.details.issues[0].in, 'body');
    }
    assert.equal((await call('GET', `${BASE}/${created.id}`)).json().version, created.version, 'nothing saved');
  });

  test('a bad shape → 400 invalid_input naming the field; unknown fields are refused, also inside the draft', async () => {
    const created = await create('Shapes');
    const emptyLabel = await save(created, { draft: { families: [{ id: 'f', label: 'F', fields: [aField('a', { label: '   ' })] }] } });
    assert.equal(emptyLabel.statusCode, 400);
    assert.equal(emptyLabel.json().error.details.issues[0].path, 'draft.families.0.fields.0.label');
    const unknownInField = await save(created, { draft: { families: [{ id: 'f', label: 'F', fields: [{ ...aField('a'), colour: 'red' } as never] }] } });
    assert.equal(unknownInField.statusCode, 400);
    assert.equal(unknownInField.json().error.details.issues[0].path, 'draft.families.0.fields.0.colour');
    const unknownTop = await call('PUT', `${BASE}/${created.id}`, {
      version: created.version,
      payload: { name: 'x', description: null, draft: { families: [] }, currentVersion: 7 },
    });
    assert.equal(unknownTop.statusCode, 400);
    assert.equal(unknownTop.json().error.details.issues[0].path, 'currentVersion');
    const script = await call('POST', BASE, { payload: { name: '<script>' } });
    assert.equal(script.statusCode, 400);
  });
});

describe('publish and versions', () => {
  test('publish freezes the draft as version 1, then version 2; earlier versions never change', async () => {
    const created = await create('Leak check', leakCheck());
    const v1 = await ok(action(created, 'publish'));
    assert.equal(v1.status, 'published');
    assert.equal(v1.currentVersion, 1);
    assert.equal(v1.hasUnpublishedChanges, false);
    assert.deepEqual(v1.versions.map((v) => [v.versionNumber, v.publishedBy?.displayName]), [[1, 'Alice Admin']]);

    const edited = leakCheck();
    edited.families[1]!.fields.push(aField('signature', { type: 'signature', label: 'Customer signature', mandatory: true }));
    const saved = await ok(save(v1, { draft: edited, name: 'Leak check (new)' }));
    assert.equal(saved.currentVersion, 1, 'saving does not publish');
    assert.equal(saved.hasUnpublishedChanges, true);
    const frozen = await call('GET', `${BASE}/${created.id}/versions/1`, { who: supervisor });
    assert.equal(frozen.statusCode, 200);
    assert.deepEqual(frozen.json().definition, leakCheck(), 'version 1 is untouched by the save');
    assert.equal(frozen.json().name, 'Leak check');

    const v2 = await ok(action(saved, 'publish'));
    assert.equal(v2.currentVersion, 2);
    assert.deepEqual(v2.versions.map((v) => v.versionNumber), [2, 1], 'newest first');
    assert.deepEqual((await call('GET', `${BASE}/${created.id}/versions/2`)).json().definition, edited);
    assert.deepEqual((await call('GET', `${BASE}/${created.id}/versions/1`)).json().definition, leakCheck());
    assert.equal((await call('GET', `${BASE}/${created.id}/versions/3`)).statusCode, 404);
    assert.equal((await call('GET', `${BASE}/${created.id}/versions/first`)).statusCode, 400);

    const audit = await auditOf(created.id);
    const published = audit.filter((a) => a.action === 'publish').map((a) => JSON.parse(a.changes).currentVersion);
    assert.deepEqual(published, [{ before: null, after: 1 }, { before: 1, after: 2 }]);
  });

  test('no change since the last version → 409 nothing_to_publish; a rename alone is a change', async () => {
    const v1 = await ok(action(await create('Unchanged', leakCheck()), 'publish'));
    const again = await action(v1, 'publish');
    assert.equal(again.statusCode, 409);
    assert.equal(again.json().error.code, 'nothing_to_publish');
    const renamed = await ok(save(v1, { name: 'Renamed only' }));
    assert.equal((await ok(action(renamed, 'publish'))).currentVersion, 2);
  });

  test('stale publish → 412; publish without If-Match → 428', async () => {
    const created = await create('Stale publish', leakCheck());
    const saved = await ok(save(created, { description: 'newer' }));
    assert.equal((await action(created, 'publish')).statusCode, 412);
    assert.equal((await call('POST', `${BASE}/${saved.id}/publish`)).statusCode, 428);
    const withBody = await call('POST', `${BASE}/${saved.id}/publish`, { version: saved.version, payload: { versionNumber: 9 } });
    assert.equal(withBody.statusCode, 400, 'an action takes no body: unknown fields are refused');
    assert.equal(withBody.json().error.details.issues[0].path, 'versionNumber');
    assert.equal((await call('GET', `${BASE}/${saved.id}`)).json().currentVersion, null);
  });

  test('a draft that is not ready → 400 invalid_template (empty family, no family at all)', async () => {
    const emptyFamily = leakCheck();
    emptyFamily.families.push({ id: 'later', label: 'To do', fields: [] });
    const created = await create('Not ready', emptyFamily);
    const res = await action(created, 'publish');
    assert.equal(res.statusCode, 400);
    assert.deepEqual(
      res.json().error.details.issues.map((i: { path: string; code: string }) => [i.path, i.code]),
      [['draft.families.2.fields', 'empty_family']],
    );
    const empty = await action(await create('Empty'), 'publish');
    assert.equal(empty.json().error.details.issues[0].path, 'draft.families');
  });

  test('no route can change a published version: version addresses are read-only', async () => {
    const versionRoutes = t.app.routeTable.filter((r) => r.url.includes('/versions'));
    assert.deepEqual(versionRoutes.map((r) => r.method).sort(), ['GET', 'HEAD']);
    const v1 = await ok(action(await create('Frozen', leakCheck()), 'publish'));
    for (const method of ['PUT', 'PATCH', 'DELETE', 'POST'] as const) {
      const res = await t.app.inject({ method, url: `${BASE}/${v1.id}/versions/1`, headers: { ...admin.headers, 'if-match': '"1"' }, payload: { definition: { families: [] } } });
      assert.equal(res.statusCode, 404, `${method} on a version`);
    }
    const before = await t.db.selectFrom('reportTemplateVersions').selectAll().where('templateId', '=', v1.id).execute();
    await ok(save(v1, { draft: { families: [{ id: 'other', label: 'Other', fields: [aField('z')] }] } }));
    const afterSave = await t.db.selectFrom('reportTemplateVersions').selectAll().where('templateId', '=', v1.id).execute();
    assert.deepEqual(afterSave, before, 'PUT changes the draft only');
  });
});

describe('duplicate, archive, restore', () => {
  test('duplicate → 201 new draft "<name> (copy)" with the same draft, no versions; audited', async () => {
    const source = await ok(action(await create('Source', leakCheck()), 'publish'));
    const res = await call('POST', `${BASE}/${source.id}/duplicate`);
    assert.equal(res.statusCode, 201, res.body);
    const copy = res.json() as ReportTemplate;
    assert.notEqual(copy.id, source.id);
    assert.equal(copy.name, 'Source (copy)');
    assert.equal(copy.status, 'draft');
    assert.equal(copy.currentVersion, null);
    assert.deepEqual(copy.versions, []);
    assert.deepEqual(copy.draft, source.draft);
    assert.equal(copy.jobCount, 0);
    assert.equal((await auditOf(copy.id))[0]!.action, 'duplicate');
    assert.equal((await call('POST', `${BASE}/missing/duplicate`)).statusCode, 404);

    const longName = await create('L'.repeat(120));
    const longCopy = (await call('POST', `${BASE}/${longName.id}/duplicate`)).json() as ReportTemplate;
    assert.equal(longCopy.name.length, 120);
    assert.ok(longCopy.name.endsWith(' (copy)'));
  });

  test('archive: no save or publish until restored; restore gives back published (or draft); audited', async () => {
    const published = await ok(action(await create('To archive', leakCheck()), 'publish'));
    const archived = await ok(action(published, 'archive'));
    assert.equal(archived.status, 'archived');
    assert.equal(archived.currentVersion, 1, 'its versions remain');
    assert.equal((await save(archived, { name: 'Edit' })).json().error.code, 'template_archived');
    assert.equal((await action(archived, 'publish')).statusCode, 409);
    assert.equal((await action(archived, 'archive')).json().error.code, 'template_archived');
    assert.equal((await call('GET', `${BASE}/${archived.id}/versions/1`)).statusCode, 200, 'existing jobs still read their version');

    const restored = await ok(action(archived, 'restore'));
    assert.equal(restored.status, 'published');
    assert.equal((await action(restored, 'restore')).json().error.code, 'template_not_archived');

    const neverPublished = await ok(action(await create('Never published'), 'archive'));
    assert.equal((await ok(action(neverPublished, 'restore'))).status, 'draft');
    assert.deepEqual(
      (await auditOf(published.id)).map((a) => a.action),
      ['create', 'publish', 'archive', 'restore'],
    );
  });

  test('latestPublishedVersion: what a new job takes; nothing for drafts and archived templates', async () => {
    const template = await create('For jobs', leakCheck());
    assert.equal(await latestPublishedVersion(t.db, template.id), undefined);
    const v1 = await ok(action(template, 'publish'));
    const edited = leakCheck();
    edited.families[0]!.label = 'Checks v2';
    const v2 = await ok(action(await ok(save(v1, { draft: edited })), 'publish'));
    const latest = await latestPublishedVersion(t.db, template.id);
    assert.equal(latest?.versionNumber, 2);
    assert.equal(latest?.definition.families[0]!.label, 'Checks v2');
    await ok(action(v2, 'archive'));
    assert.equal(await latestPublishedVersion(t.db, template.id), undefined);
    assert.equal((await latestPublishedVersion(t.db, template.id, { includeArchived: true }))?.versionNumber, 2);
    assert.equal(await latestPublishedVersion(t.db, 'missing'), undefined);
  });
});

describe('list', () => {
  test('jobCount counts the jobs of every version', async () => {
    const v1 = await ok(action(await create('Used by jobs', leakCheck()), 'publish'));
    await insertJobs(t.db, { id: v1.id, version: 1 }, 2);
    const v2 = await ok(action(await ok(save(v1, { name: 'Used by jobs 2' })), 'publish'));
    await insertJobs(t.db, { id: v2.id, version: 2 }, 1);
    assert.equal((await call('GET', `${BASE}/${v1.id}`)).json().jobCount, 3);
    const listed = (await call('GET', `${BASE}?q=used%20by%20jobs`)).json();
    assert.deepEqual(listed.items.map((i: { name: string; jobCount: number }) => [i.name, i.jobCount]), [['Used by jobs 2', 3]]);
  });

  test('sorted by name ignoring case and accents; searched anywhere in the name; filtered by status; keyset pages', async () => {
    const names = ['zz Éclairage', 'zz echafaudage', 'zz Ascenseur', 'zz Électricité', 'zz banque'];
    for (const name of names) await create(name);
    await ok(action(await create('zz Climatisation', leakCheck()), 'publish'));

    const all = (await call('GET', `${BASE}?q=ZZ&limit=50`, { who: dispatcher })).json();
    assert.deepEqual(
      all.items.map((i: { name: string }) => i.name),
      ['zz Ascenseur', 'zz banque', 'zz Climatisation', 'zz echafaudage', 'zz Éclairage', 'zz Électricité'],
    );
    assert.equal(all.total, 6);
    assert.equal(all.nextCursor, null);

    const found = (await call('GET', `${BASE}?q=${encodeURIComponent('ELEC')}`)).json();
    assert.deepEqual(found.items.map((i: { name: string }) => i.name), ['zz Électricité']);
    const published = (await call('GET', `${BASE}?q=zz&status=published`)).json();
    assert.deepEqual(published.items.map((i: { name: string }) => i.name), ['zz Climatisation']);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${BASE}?q=zz&limit=4${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call('GET', url)).json() as { items: { name: string }[]; total: number; nextCursor: string | null };
      assert.equal(page.total, 6);
      seen.push(...page.items.map((i) => i.name));
      cursor = page.nextCursor;
    } while (cursor);
    assert.deepEqual(seen, all.items.map((i: { name: string }) => i.name));
    assert.equal((await call('GET', `${BASE}?cursor=garbage`)).statusCode, 400);
    assert.equal((await call('GET', `${BASE}?status=deleted`)).statusCode, 400);
  });

  test('a summary tells counts, unpublished changes and who edited last', async () => {
    const template = await ok(action(await create('zy Summary', leakCheck()), 'publish'));
    const [item] = (await call('GET', `${BASE}?q=zy%20summary`)).json().items;
    assert.deepEqual(
      { ...item, updatedAt: undefined },
      {
        id: template.id,
        name: 'zy Summary',
        description: null,
        status: 'published',
        currentVersion: 1,
        familyCount: 2,
        fieldCount: 3,
        jobCount: 0,
        hasUnpublishedChanges: false,
        isDefault: false,
        jobTypeDefaults: [],
        updatedAt: undefined,
        updatedBy: { id: admin.user.id, displayName: 'Alice Admin' },
      },
    );
  });
});

describe('roles', () => {
  test('dispatchers and supervisors read; only administrators write', async () => {
    const template = await create('Roles');
    assert.equal((await call('GET', BASE, { who: supervisor })).statusCode, 200);
    assert.equal((await call('POST', BASE, { who: dispatcher, payload: { name: 'x' } })).statusCode, 403);
    const put = await call('PUT', `${BASE}/${template.id}`, { who: supervisor, version: template.version, payload: { name: 'x', description: null, draft: { families: [] } } });
    assert.equal(put.statusCode, 403);
    assert.equal((await call('POST', `${BASE}/${template.id}/publish`, { who: dispatcher, version: template.version })).statusCode, 403);
  });

  test('the generated route-role test sees these routes: reads for the console, writes for administrators', () => {
    const routes = t.app.routeTable.filter((r) => r.url.startsWith(BASE) && r.method !== 'HEAD');
    assert.equal(routes.length, 9);
    for (const route of routes) {
      const expected = route.method === 'GET' ? ['admin', 'dispatcher', 'supervisor'] : ['admin'];
      assert.deepEqual([...route.roles], expected, `${route.method} ${route.url}`);
    }
  });
});
