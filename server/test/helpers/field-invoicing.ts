import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { fromMilli, toMilli, type SerialUnitStatus } from '@contract';
import { seedParts, type PartsFixture } from './depots';
import { fieldFixture, fieldRequest, MANDATORY_ANSWERS, writeAnswers, type FieldFixture, type FieldTechnician } from './field';
import type { TestApp } from './test-app';

/**
 * Parts and take-backs on top of the technician API's fixture (helpers/field.ts): a catalog, a
 * started job, units in the technicians' vans and at the customer's site.
 */

type Db = TestApp['db'];
const now = () => new Date().toISOString();

export interface InvoicingFixture extends FieldFixture {
  parts: PartsFixture;
  t: TestApp;
}

/** The field fixture with a catalog, its job started by the manager. */
export async function invoicingFixture(t: TestApp): Promise<InvoicingFixture> {
  const fixture = await fieldFixture(t);
  const parts = await seedParts(t.db);
  const f: InvoicingFixture = { ...fixture, parts, t };
  expectStatus(await t.app.inject(fieldRequest(f.manager, 'POST', `/api/field/jobs/${f.job.id}/start`)), 200);
  return f;
}

/** A unit of `itemId` written straight into the database: in a depot, or installed at a customer's site. */
export async function aUnit(
  db: Db,
  input: { itemId: string; serial: string; status?: SerialUnitStatus; depotId?: string | null; customerId?: string | null; siteId?: string | null },
): Promise<string> {
  const id = crypto.randomUUID();
  await db
    .insertInto('serialUnits')
    .values({
      id,
      itemId: input.itemId,
      serial: input.serial,
      status: input.status ?? 'ok',
      depotId: input.depotId ?? null,
      customerId: input.customerId ?? null,
      siteId: input.siteId ?? null,
      lastJobId: null,
      createdAt: now(),
      updatedAt: now(),
      version: 1,
    })
    .execute();
  return id;
}

/** A unit installed at the fixture's customer (what a take-back finds). */
export const anInstalledUnit = (f: InvoicingFixture, itemId: string, serial: string) =>
  aUnit(f.t.db, { itemId, serial, status: 'installed', customerId: f.customerId, siteId: f.siteId });

export async function setStock(db: Db, depotId: string, itemId: string, quantity: number): Promise<void> {
  await db
    .insertInto('stockLevels')
    .values({ depotId, itemId, quantityMilli: toMilli(quantity), updatedAt: now() })
    .onConflict((oc) => oc.columns(['depotId', 'itemId']).doUpdateSet({ quantityMilli: toMilli(quantity) }))
    .execute();
}

export async function stockOf(db: Db, depotId: string, itemId: string): Promise<number> {
  const row = await db.selectFrom('stockLevels').select('quantityMilli').where('depotId', '=', depotId).where('itemId', '=', itemId).executeTakeFirst();
  return fromMilli(row?.quantityMilli ?? 0);
}

export async function unitBySerial(db: Db, itemId: string, serial: string) {
  return db.selectFrom('serialUnits').selectAll().where('itemId', '=', itemId).where('serial', '=', serial).executeTakeFirst();
}

/** A technician's write on the fixture's job (a fresh Idempotency-Key unless `key` is given). */
export function onJob(f: InvoicingFixture, tech: FieldTechnician, method: 'POST' | 'PATCH' | 'DELETE', path: string, payload?: unknown, key?: string, jobId = f.job.id) {
  return f.t.app.inject(fieldRequest(tech, method, `/api/field/jobs/${jobId}${path}`, payload, key));
}

/** Ends the fixture's job as its manager, its mandatory answers filled in first. */
export async function endJob(f: InvoicingFixture, jobId = f.job.id): Promise<LightMyRequestResponse> {
  await writeAnswers(f.t.db, jobId, MANDATORY_ANSWERS, f.manager.user.id);
  return onJob(f, f.manager, 'POST', '/end', undefined, undefined, jobId);
}

export function expectStatus(res: LightMyRequestResponse, status: number, code?: string): void {
  assert.equal(res.statusCode, status, res.body);
  if (code) assert.equal(res.json().error.code, code, res.body);
}
