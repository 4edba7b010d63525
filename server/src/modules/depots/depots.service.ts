import type { Kysely } from 'kysely';
import type { CreateDepotRequest, Depot } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { nowIso } from '../../shared/clock';
import { diff } from '../../shared/diff';
import { businessRule, conflict, notFound } from '../../shared/errors';
import { versionMismatch } from '../../shared/versioning';
import { isUniqueViolation } from '../../shared/db-errors';
import { findDepot } from './depots.repository';

const ownerHasDepot = (ownerId: string) => conflict('owner_has_depot', 'This technician already has a van depot.', { ownerId });

/** A van for an active technician who has none (a user owns at most one depot). */
export async function createVan(db: Kysely<Database>, input: CreateDepotRequest, actor: Actor | null): Promise<Depot> {
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      const owner = await trx.selectFrom('users').select(['id', 'role', 'isActive']).where('id', '=', input.ownerId).executeTakeFirst();
      if (!owner || owner.role !== 'technician' || Number(owner.isActive) !== 1) {
        throw businessRule('owner_not_technician', 'A van belongs to an active technician.', { ownerId: input.ownerId });
      }
      const existing = await trx.selectFrom('depots').select('id').where('ownerId', '=', input.ownerId).executeTakeFirst();
      if (existing) throw ownerHasDepot(input.ownerId);
      const id = crypto.randomUUID();
      await trx.insertInto('depots').values({ id, name: input.name, kind: 'van', ownerId: input.ownerId, createdAt: nowIso(), version: 1 }).execute();
      const created = (await findDepot(trx, id))!;
      uow.audit({ actor, action: 'create', entityType: 'depot', entityId: id, changes: diff(null, { name: created.name, kind: 'van', ownerId: input.ownerId }) });
      return created;
    });
  } catch (error) {
    // Two creations for one technician at once: the unique owner_id lets only one through.
    if (isUniqueViolation(error)) throw ownerHasDepot(input.ownerId);
    throw error;
  }
}

/**
 * Deletes an empty van. Its row stays, archived, for the history of the units that went through
 * it; its owner may get a new van. The UPDATE comes first so that, on PostgreSQL, moves into this
 * depot (which hold it FOR SHARE) finish before the emptiness check, and later ones see it gone.
 */
export async function deleteDepot(db: Kysely<Database>, id: string, expectedVersion: number | undefined, actor: Actor | null): Promise<void> {
  await inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const depot = await trx.selectFrom('depots').select(['id', 'name', 'kind', 'ownerId', 'version']).where('id', '=', id).where('archivedAt', 'is', null).executeTakeFirst();
    if (!depot) throw notFound('This depot');
    if (depot.kind === 'main') throw conflict('main_depot', 'The main depot cannot be deleted.');
    const version = Number(depot.version);
    if (expectedVersion !== undefined && expectedVersion !== version) throw versionMismatch(version);
    const archived = await trx
      .updateTable('depots')
      .set({ archivedAt: nowIso(), ownerId: null, version: version + 1 })
      .where('id', '=', id)
      .where('archivedAt', 'is', null)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(archived.numUpdatedRows) !== 1) throw versionMismatch(version + 1);
    const unit = await trx.selectFrom('serialUnits').select('id').where('depotId', '=', id).limit(1).executeTakeFirst();
    const stock = await trx.selectFrom('stockLevels').select('itemId').where('depotId', '=', id).where('quantityMilli', '>', 0).limit(1).executeTakeFirst();
    if (unit || stock) {
      throw conflict('depot_not_empty', 'This depot still holds stock or serial units: transfer them first.', {
        holdsSerialUnits: Boolean(unit),
        holdsStock: Boolean(stock),
      });
    }
    uow.audit({ actor, action: 'delete', entityType: 'depot', entityId: id, changes: diff({ name: depot.name, ownerId: depot.ownerId }, { name: depot.name, ownerId: null }) });
  });
}
