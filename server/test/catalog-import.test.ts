import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { signedInAs, testAppWith, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let admin: Credentials;
let dispatcher: Credentials;
let supervisor: Credentials;
let pumps: string;
before(async () => {
  ({ t, fx: { admin, dispatcher, supervisor } } = await testAppWith(signedInAs('admin', 'dispatcher', 'supervisor')));
  pumps = await addFamily('Pompes / Pumps');
  await addFamily('Main-d’œuvre / Labour');
});
after(() => t.close());

async function addFamily(name: string): Promise<string> {
  const res = await t.app.inject({ method: 'POST', url: '/api/catalog/families', headers: admin.headers, payload: { name } });
  assert.equal(res.statusCode, 201, res.body);
  return res.json().id;
}

interface ImportLine {
  line: number;
  reference: string | null;
  action: string | null;
  errors: { column: string | null; code: string; message: string; params?: Record<string, unknown> }[];
}
interface ImportResult {
  valid: boolean;
  dryRun: boolean;
  lines: ImportLine[];
  created: number;
  updated: number;
  unchanged: number;
}

const upload = (csv: string, dryRun: boolean, who: Credentials = admin, contentType = 'text/csv') =>
  t.app.inject({
    method: 'POST',
    url: `/api/catalog/items/import?dryRun=${dryRun}`,
    headers: { ...who.headers, 'content-type': contentType },
    payload: csv,
  });
async function dryRun(csv: string): Promise<ImportResult> {
  const res = await upload(csv, true);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}
async function importNow(csv: string): Promise<ImportResult> {
  const res = await upload(csv, false);
  assert.equal(res.statusCode, 200, res.body);
  return res.json();
}
const exportCsv = async (query = '', who: Credentials = admin) => {
  const res = await t.app.inject({ method: 'GET', url: `/api/catalog/items/export.csv${query}`, headers: who.headers });
  assert.equal(res.statusCode, 200, res.body);
  return res;
};

const itemCount = async () => Number((await t.db.selectFrom('catalogItems').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
const auditCount = async () => Number((await t.db.selectFrom('auditLog').select((eb) => eb.fn.countAll().as('n')).where('entityType', '=', 'catalog_item').executeTakeFirstOrThrow()).n);
const byReference = (reference: string) => t.db.selectFrom('catalogItems').selectAll().where('reference', '=', reference).executeTakeFirst();
const errorsOf = (result: ImportResult, line: number) => result.lines.find((l) => l.line === line)!.errors.map((e) => `${e.column}:${e.code}`);

const HEADER = 'reference;name;family;kind;unit;unit_price;tax_rate;serialized;stock_tracked;active;description';

describe('dry run', () => {
  test('reports every bad line, column by column, and writes nothing', async () => {
    const before = [await itemCount(), await auditCount()];
    const csv = [
      HEADER,
      'GOOD-1;Circulateur;Pompes / Pumps;part;unit;189.50;20;no;yes;yes;Pompe',
      'BAD PRICE;Pompe;Pompes / Pumps;part;unit;12.345;20;no;yes;yes;',
      'BAD-2;;Nowhere;tool;gallon;abc;120;maybe;yes;yes;',
      'GOOD-1;Duplicate;pompes / pumps;part;unit;1;20;no;no;yes;',
      'SRV-1;Service;Main-d’œuvre / Labour;service;hour;45;20;yes;no;yes;',
      'BAD-3;Name <b>;Pompes / Pumps;part;unit;1;20;no;no;yes;',
    ].join('\n');
    const result = await dryRun(csv);
    assert.equal(result.valid, false);
    assert.equal(result.dryRun, true);
    assert.deepEqual(result.lines.map((l) => l.line), [2, 3, 4, 5, 6, 7], 'line numbers as a spreadsheet shows them');
    assert.deepEqual(errorsOf(result, 2), []);
    assert.equal(result.lines[0]!.action, 'create');
    assert.deepEqual(errorsOf(result, 3), ['reference:invalid_reference', 'unit_price:invalid_price']);
    assert.deepEqual(errorsOf(result, 4), [
      'name:required',
      'family:unknown_family',
      'kind:invalid_kind',
      'unit:invalid_unit',
      'unit_price:invalid_price',
      'tax_rate:invalid_tax_rate',
      'serialized:invalid_yes_no',
    ]);
    assert.deepEqual(errorsOf(result, 5), ['reference:duplicate_in_file']);
    assert.equal(result.lines[3]!.errors[0]!.params?.line, 2, 'names the first line');
    assert.deepEqual(errorsOf(result, 6), ['serialized:service_not_serialized']);
    assert.deepEqual(errorsOf(result, 7), ['name:invalid_text']);
    assert.deepEqual([await itemCount(), await auditCount()], before, 'nothing written');
  });

  test('the header is checked first: unknown, missing and repeated columns are reported on line 1', async () => {
    const result = await dryRun('reference;name;colour;kind;kind;unit_price\nX;Y;red;part;part;1');
    assert.equal(result.valid, false);
    assert.equal(result.lines.length, 1);
    assert.equal(result.lines[0]!.line, 1);
    assert.deepEqual(result.lines[0]!.errors.map((e) => `${e.column}:${e.code}`), [
      'colour:unknown_column',
      'kind:duplicate_column',
      'family:missing_column',
      'tax_rate:missing_column',
    ]);
  });

  test('unreadable files: empty, broken quotes, wrong number of cells', async () => {
    assert.deepEqual(errorsOf(await dryRun(''), 1), ['null:empty_file']);
    const broken = await dryRun(`${HEADER}\nA;"unclosed;Pompes / Pumps;part;unit;1;20;no;no;yes;`);
    assert.equal(broken.lines[0]!.errors[0]!.code, 'csv_syntax');
    const short = await dryRun(`${HEADER}\nA;Name;Pompes / Pumps;part`);
    assert.ok(errorsOf(short, 2).includes('null:wrong_column_count'));
  });

  test('a comma-separated file with French headers and values, BOM and Windows line ends is read', async () => {
    const csv = '\uFEFFRéférence,Nom,Famille,Type,Unité,Prix unitaire HT,Taux TVA,Sérialisé,Suivi stock,Actif\r\n' +
      'fr-1,Joint fibre,Pompes / Pumps,pièce,unité,"1,50",5.5 %,non,oui,oui\r\n' +
      '\r\n' +
      'FR-2,Forfait déplacement,Main-d’œuvre / Labour,prestation,forfait,"1 250,00",20,non,non,non\r\n' +
      ',,,,,,,,,\r\n';
    const result = await dryRun(csv);
    assert.equal(result.valid, true, JSON.stringify(result.lines));
    assert.deepEqual(result.lines.map((l) => [l.line, l.reference, l.action]), [
      [2, 'FR-1', 'create'],
      [4, 'FR-2', 'create'],
    ]);
    await importNow(csv);
    const joint = (await byReference('FR-1'))!;
    assert.equal(joint.unitPriceCents, 150);
    assert.equal(joint.taxRateBp, 550);
    assert.equal(joint.isStockTracked, 1);
    const travel = (await byReference('FR-2'))!;
    assert.equal(travel.unitPriceCents, 125_000);
    assert.equal(travel.unit, 'flat');
    assert.equal(travel.isActive, 0);
  });
});

describe('real import', () => {
  test('one bad line → 422 import_rejected with the same lines, and nothing written', async () => {
    const before = [await itemCount(), await auditCount()];
    const csv = [HEADER, 'OK-1;Fine;Pompes / Pumps;part;unit;1;20;no;no;yes;', 'OK-2;Bad;Pompes / Pumps;part;unit;-1;20;no;no;yes;'].join('\n');
    const res = await upload(csv, false);
    assert.equal(res.statusCode, 422);
    const error = res.json().error;
    assert.equal(error.code, 'import_rejected');
    assert.equal(error.details.dryRun, false);
    assert.deepEqual(errorsOf(error.details, 3), ['unit_price:invalid_price']);
    assert.equal(await byReference('OK-1'), undefined);
    assert.deepEqual([await itemCount(), await auditCount()], before);
  });

  test('a clean file creates and updates every line in one go; one audit row per item changed', async () => {
    const first = await importNow([HEADER, 'IMP-1;Pompe A;Pompes / Pumps;part;unit;10;20;no;yes;yes;', 'IMP-2;Pompe B;Pompes / Pumps;part;unit;20;20;no;yes;yes;'].join('\n'));
    assert.deepEqual([first.valid, first.dryRun, first.created, first.updated, first.unchanged], [true, false, 2, 0, 0]);
    const a = (await byReference('IMP-1'))!;
    assert.equal(a.familyId, pumps);
    assert.equal(a.searchName, 'pompe a');

    const auditBefore = await auditCount();
    const second = await importNow(
      [
        'reference;name;family;kind;unit_price;tax_rate', // optional columns absent: kept as they are
        'IMP-1;Pompe A;Pompes / Pumps;part;12.00;20',
        'IMP-2;Pompe B;Pompes / Pumps;part;20;20',
        'IMP-3;Pompe C;Pompes / Pumps;part;30;20',
      ].join('\n'),
    );
    assert.deepEqual([second.created, second.updated, second.unchanged], [1, 1, 1]);
    assert.deepEqual(second.lines.map((l) => l.action), ['update', 'unchanged', 'create']);
    const updated = (await byReference('IMP-1'))!;
    assert.equal(updated.unitPriceCents, 1200);
    assert.equal(updated.version, 2);
    assert.equal(updated.isStockTracked, 1, 'a column left out keeps the value');
    assert.equal((await byReference('IMP-2'))!.version, 1, 'an unchanged line is not rewritten');
    assert.equal((await byReference('IMP-3'))!.isActive, 1, 'new items are active by default');
    assert.equal(await auditCount(), auditBefore + 2);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', a.id).where('action', '=', 'import_update').executeTakeFirstOrThrow();
    assert.deepEqual(JSON.parse(audit.changes), { unitPriceCents: { before: 1000, after: 1200 } });
    assert.equal(audit.actorId, admin.user.id);
  });

  test('serialized cannot change on an item with serial units, even by import', async () => {
    await importNow([HEADER, 'SER-1;Chaudière;Pompes / Pumps;part;unit;1000;20;yes;yes;yes;'].join('\n'));
    const item = (await byReference('SER-1'))!;
    const now = new Date().toISOString();
    await t.db
      .insertInto('serialUnits')
      .values({ id: crypto.randomUUID(), itemId: item.id, serial: 'X1', status: 'ok', depotId: null, customerId: null, siteId: null, lastJobId: null, createdAt: now, updatedAt: now, version: 1 })
      .execute();
    const result = await dryRun([HEADER, 'SER-1;Chaudière;Pompes / Pumps;part;unit;1000;20;no;yes;yes;'].join('\n'));
    assert.deepEqual(errorsOf(result, 2), ['serialized:serialized_locked']);
  });

  test('only administrators import: dispatchers and supervisors get 403; a body over 5 MB → 413; JSON → 400', async () => {
    for (const who of [dispatcher, supervisor]) assert.equal((await upload(`${HEADER}\n`, true, who)).statusCode, 403);
    const huge = `${HEADER}\n${'x'.repeat(5 * 1024 * 1024 + 10)}`;
    const tooBig = await upload(huge, true);
    assert.equal(tooBig.statusCode, 413);
    assert.equal(tooBig.json().error.code, 'payload_too_large');
    const json = await t.app.inject({ method: 'POST', url: '/api/catalog/items/import', headers: admin.headers, payload: { csv: 'x' } });
    assert.equal(json.statusCode, 400);
    assert.equal((await upload(`${HEADER}\n`, 'maybe' as unknown as boolean)).statusCode, 400);
  });
});

describe('export', () => {
  test('UTF-8 with BOM, `;` separated, the import columns, the grid filters, as an attachment', async () => {
    await importNow([HEADER, 'EXP-1;=SUM(A1);Pompes / Pumps;part;kg;1234.5;5.5;no;yes;no;"ligne 1\nligne 2; avec ""guillemets"""'].join('\n'));
    const res = await exportCsv(`?familyId=${pumps}&sort=reference&q=exp`, supervisor);
    assert.match(String(res.headers['content-type']), /^text\/csv; charset=utf-8/);
    assert.match(String(res.headers['content-disposition']), /^attachment; filename="catalog-\d{4}-\d{2}-\d{2}\.csv"$/);
    assert.ok(res.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'BOM');
    const text = res.body.replace(/^\uFEFF/, '');
    const [header, ...rows] = text.trimEnd().split('\r\n');
    assert.equal(header, HEADER);
    assert.equal(rows.length, 1, 'the filters apply');
    assert.ok(rows[0]!.startsWith("EXP-1;'=SUM(A1);Pompes / Pumps;part;kg;1234.50;5.5;no;yes;no;"), rows[0]);
  });

  test('an export imports back unchanged (round trip), and an edited export updates only what changed', async () => {
    const exported = (await exportCsv('?sort=reference')).body;
    const total = await itemCount();
    const again = await dryRun(exported);
    assert.equal(again.valid, true, JSON.stringify(again.lines.filter((l) => l.errors.length)));
    assert.equal(again.lines.length, total);
    assert.deepEqual([again.created, again.updated, again.unchanged], [0, 0, total]);

    const edited = exported.replace('IMP-3;Pompe C;Pompes / Pumps;part;unit;30.00;', 'IMP-3;Pompe C;Pompes / Pumps;part;unit;31.00;');
    assert.notEqual(edited, exported);
    const result = await importNow(edited);
    assert.deepEqual([result.created, result.updated, result.unchanged], [0, 1, total - 1]);
    assert.equal((await byReference('IMP-3'))!.unitPriceCents, 3100);
    assert.equal((await byReference('EXP-1'))!.name, '=SUM(A1)', 'the formula guard is removed on the way back');
  });
});
