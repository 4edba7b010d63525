import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fieldRequest } from './helpers/field';
import { aUnit, anInstalledUnit, expectStatus, invoicingFixture, type InvoicingFixture } from './helpers/field-invoicing';
import { createTestApp, createUser, fieldToken, type Credentials, type TestApp } from './helpers/test-app';

let t: TestApp;
let f: InvoicingFixture;
before(async () => {
  t = await createTestApp();
  f = await invoicingFixture(t);
  await anInstalledUnit(f, f.parts.boiler, 'EQ-HERE-1');
  await aUnit(t.db, { itemId: f.parts.boiler, serial: 'EQ-ELSEWHERE', status: 'installed' });
  await aUnit(t.db, { itemId: f.parts.boiler, serial: 'EQ-RETIRED', status: 'obsolete', customerId: f.customerId });
});
after(() => t.close());

const installed = (tech: Credentials = f.manager) => t.app.inject(fieldRequest(tech, 'GET', `/api/field/jobs/${f.job.id}/installed-units`));

test("the equipment installed at the job's customer, by site: what a technician may take back", async () => {
  const res = await installed();
  expectStatus(res, 200);
  const serials = res.json().sites.flatMap((s: { units: { serial: string }[] }) => s.units.map((u) => u.serial));
  assert.deepEqual(serials, ['EQ-HERE-1'], "neither another customer's unit nor a retired one");
});

test("another technician's job is not found", async () => {
  const stranger = await createUser(t.db, { role: 'technician' });
  const res = await installed(await fieldToken(t.app, stranger));
  expectStatus(res, 404);
});
