import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../src/plugins/audit';
import { installUnit, takeBackUnit, uninstallUnit } from '../src/modules/serial-units/unit-moves.service';
import { AppError } from '../src/shared/errors';
import { aCustomerJob, aVan, anotherJob, seedParts, type PartsFixture } from './helpers/depots';
import { createTestApp, createUser, type TestApp } from './helpers/test-app';
import { inUnitOfWork, type UnitOfWork } from '../src/plugins/unit-of-work';

/** The service functions the technician API (issue 7) builds on, each in the caller's transaction. */
let t: TestApp;
let parts: PartsFixture;
let tech: Actor;
let van: string;
let site: Awaited<ReturnType<typeof aCustomerJob>>;
before(async () => {
  t = await createTestApp();
  parts = await seedParts(t.db);
  const user = await createUser(t.db, { role: 'technician', displayName: 'Théo Tech' });
  tech = { id: user.id, role: 'technician', ip: null };
  van = await aVan(t.db, user.id, 'Van Théo');
  site = await aCustomerJob(t.db);
});
after(() => t.close());

const now = () => new Date().toISOString();
async function unitInVan(serial: string, status: 'ok' | 'needs_repair' | 'installed' | 'obsolete' = 'ok', depotId: string | null = van) {
  const id = crypto.randomUUID();
  await t.db.insertInto('serialUnits').values({ id, itemId: parts.boiler, serial, status, depotId, customerId: null, siteId: null, lastJobId: null, createdAt: now(), updatedAt: now(), version: 1 }).execute();
  return id;
}
const inTransaction = <T>(work: (uow: UnitOfWork) => Promise<T>) => inUnitOfWork(t.db, work);
const unit = (id: string) => t.db.selectFrom('serialUnits').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const movementsOf = (id: string) => t.db.selectFrom('stockMovements').selectAll().where('serialUnitId', '=', id).orderBy('occurredAt').execute();
async function refusedWith(code: string, work: () => Promise<unknown>) {
  await assert.rejects(work, (error: unknown) => error instanceof AppError && error.code === code);
}

describe('installUnit', () => {
  test("an OK unit of the technician's van goes to the job's site: installed, a movement, an audit row", async () => {
    const id = await unitInVan('INS-1');
    const installed = await inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'ins-1' }, tech));
    assert.equal(installed.status, 'installed');
    assert.deepEqual(installed.site, { id: site.siteId, name: 'Shop', city: 'Paris' });
    assert.deepEqual(installed.lastJob, { id: site.jobId, number: site.jobNumber });
    assert.equal(installed.depot, null);
    const [move] = await movementsOf(id);
    assert.deepEqual([move!.kind, move!.fromDepotId, move!.customerId, move!.jobId, move!.actorId, move!.statusAfter], ['install', van, site.customerId, site.jobId, tech.id, 'installed']);
    const audit = await t.db.selectFrom('auditLog').selectAll().where('entityId', '=', id).execute();
    assert.deepEqual(audit.map((a) => a.action), ['install']);
  });

  test("a job without a site installs at the customer's first site", async () => {
    await unitInVan('INS-2');
    const jobId = await anotherJob(t.db, site.customerId, null);
    const installed = await inTransaction((uow) => installUnit(uow, { jobId, itemId: parts.boiler, serial: 'INS-2' }, tech));
    assert.equal(installed.site?.id, site.siteId);
  });

  test('refused: a unit needing repair (invalid_transition), one in another depot (unit_not_available), an unknown serial (404)', async () => {
    await unitInVan('INS-3', 'needs_repair');
    await refusedWith('invalid_transition', () => inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'INS-3' }, tech)));
    await unitInVan('INS-4', 'ok', parts.mainDepotId);
    await refusedWith('unit_not_available', () => inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'INS-4' }, tech)));
    await refusedWith('not_found', () => inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'NOPE' }, tech)));
  });

  test('a technician without a van → 409 no_van', async () => {
    const other = await createUser(t.db, { role: 'technician' });
    await refusedWith('no_van', () => inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'INS-1' }, { id: other.id, role: 'technician', ip: null })));
  });
});

describe('takeBackUnit', () => {
  async function installed(serial: string) {
    const id = await unitInVan(serial);
    await inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial }, tech));
    return id;
  }

  for (const status of ['ok', 'needs_repair'] as const) {
    test(`an installed unit taken back ${status}: into the van, off the customer, a take_backs row`, async () => {
      const id = await installed(`TKB-${status.toUpperCase()}`);
      const takeBackJob = await anotherJob(t.db, site.customerId, site.siteId);
      const result = await inTransaction((uow) => takeBackUnit(uow, { jobId: takeBackJob, itemId: parts.boiler, serial: `tkb-${status}`, status }, tech));
      assert.equal(result.wasFound, true);
      assert.equal(result.created, false);
      assert.deepEqual([result.unit.id, result.unit.status, result.unit.depot?.id, result.unit.customer, result.unit.site], [id, status, van, null, null]);
      const moves = await movementsOf(id);
      assert.deepEqual(moves.map((m) => m.kind), ['install', 'take_back']);
      assert.deepEqual([moves[1]!.toDepotId, moves[1]!.customerId, moves[1]!.jobId, moves[1]!.statusAfter], [van, site.customerId, takeBackJob, status]);
      const row = await t.db.selectFrom('takeBacks').selectAll().where('id', '=', result.takeBackId).executeTakeFirstOrThrow();
      assert.deepEqual([row.serialUnitId, row.status, row.wasFound, row.createdBy], [id, status, 1, tech.id]);
    });
  }

  test('taken back obsolete: retired, in no depot', async () => {
    const id = await installed('TKB-OBS');
    const result = await inTransaction((uow) => takeBackUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'TKB-OBS', status: 'obsolete' }, tech));
    assert.deepEqual([result.unit.status, result.unit.depot], ['obsolete', null]);
    assert.equal((await unit(id)).depotId, null);
  });

  test('an unknown serial is created by the take-back (wasFound false), with the take-back as its first movement', async () => {
    const result = await inTransaction((uow) => takeBackUnit(uow, { jobId: site.jobId, itemId: parts.controller, serial: 'OLD-FOUND-1', status: 'needs_repair' }, tech));
    assert.equal(result.created, true);
    assert.equal(result.wasFound, false);
    assert.equal(result.unit.item.id, parts.controller);
    assert.deepEqual((await movementsOf(result.unit.id)).map((m) => m.kind), ['take_back']);
  });

  test('installed at another customer: taken back all the same, wasFound false', async () => {
    await installed('TKB-ELSEWHERE');
    const other = await aCustomerJob(t.db, 'Other customer');
    const result = await inTransaction((uow) => takeBackUnit(uow, { jobId: other.jobId, itemId: parts.boiler, serial: 'TKB-ELSEWHERE', status: 'ok' }, tech));
    assert.equal(result.wasFound, false);
  });

  test('refused from every status but installed (invalid_transition), and nothing is written', async () => {
    for (const status of ['ok', 'needs_repair', 'obsolete'] as const) {
      const id = await unitInVan(`TKB-NOT-${status.toUpperCase()}`, status);
      await refusedWith('invalid_transition', () => inTransaction((uow) => takeBackUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: `TKB-NOT-${status.toUpperCase()}`, status: 'ok' }, tech)));
      assert.equal((await unit(id)).status, status);
      assert.equal((await movementsOf(id)).length, 0);
    }
  });

  test('refused: an item without serials (422), an invalid serial (400), an unknown job (404)', async () => {
    await refusedWith('not_serialized', () => inTransaction((uow) => takeBackUnit(uow, { jobId: site.jobId, itemId: parts.cable, serial: 'X-1', status: 'ok' }, tech)));
    await refusedWith('invalid_input', () => inTransaction((uow) => takeBackUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'not valid!', status: 'ok' }, tech)));
    await refusedWith('not_found', () => inTransaction((uow) => takeBackUnit(uow, { jobId: 'nope', itemId: parts.boiler, serial: 'X-1', status: 'ok' }, tech)));
  });
});

describe('uninstallUnit', () => {
  test('undoes an install: back in the van, OK; refused for a unit not installed', async () => {
    const id = await unitInVan('UNI-1');
    await inTransaction((uow) => installUnit(uow, { jobId: site.jobId, itemId: parts.boiler, serial: 'UNI-1' }, tech));
    const back = await inTransaction((uow) => uninstallUnit(uow, { unitId: id, jobId: site.jobId }, tech));
    assert.deepEqual([back.status, back.depot?.id, back.customer], ['ok', van, null]);
    assert.deepEqual((await movementsOf(id)).map((m) => m.kind), ['install', 'uninstall']);
    await refusedWith('invalid_transition', () => inTransaction((uow) => uninstallUnit(uow, { unitId: id, jobId: site.jobId }, tech)));
  });
});
