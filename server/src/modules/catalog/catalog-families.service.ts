import type { Kysely } from 'kysely';
import type { CatalogFamily, CatalogFamilyInput, CatalogFamilyPatch } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { isPostgres } from '../../shared/dialect';
import { conflict, notFound } from '../../shared/errors';
import { searchForm } from '../../shared/text';
import { assertVersion, updateVersioned } from '../../shared/versioning';
import { countFamilyItems, findFamily } from './catalog-families.repository';
import { isForeignKeyViolation, isUniqueViolation } from '../../shared/db-errors';

const ORDER_STEP = 10;

const nameTaken = (name: string) =>
  conflict('family_name_taken', 'Another family already has this name.', { name });

/**
 * All families in display order, locked on PostgreSQL: renames and reorders take turns, so two
 * administrators dragging at once never interleave their renumbering.
 */
async function familiesInOrder(trx: Kysely<Database>) {
  let query = trx.selectFrom('catalogFamilies').selectAll().orderBy('sortOrder').orderBy('name').orderBy('id');
  if (isPostgres(trx)) query = query.forUpdate();
  return query.execute();
}

function assertNameFree(families: { id: string; name: string }[], name: string, exceptId: string | null): void {
  const wanted = searchForm(name);
  if (families.some((f) => f.id !== exceptId && searchForm(f.name) === wanted)) throw nameTaken(name);
}

export async function createFamily(db: Kysely<Database>, input: CatalogFamilyInput, actor: Actor | null): Promise<CatalogFamily> {
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      const families = await familiesInOrder(trx);
      assertNameFree(families, input.name, null);
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      const sortOrder = (families.at(-1)?.sortOrder ?? 0) + ORDER_STEP;
      await trx
        .insertInto('catalogFamilies')
        .values({ id, name: input.name, sortOrder, createdAt: now, updatedAt: now, version: 1 })
        .execute();
      uow.audit({ actor, action: 'create', entityType: 'catalog_family', entityId: id, changes: diff(null, { name: input.name, sortOrder }) });
      return (await findFamily(trx, id))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name);
    throw error;
  }
}

/** Rename and/or move to `position` (0-based); the others are renumbered 10, 20, 30… without a new version. */
export async function updateFamily(
  db: Kysely<Database>,
  id: string,
  patch: CatalogFamilyPatch,
  expectedVersion: number,
  actor: Actor | null,
): Promise<CatalogFamily> {
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      const families = await familiesInOrder(trx);
      const before = families.find((f) => f.id === id);
      if (!before) throw notFound('This family');
      assertVersion(before.version, expectedVersion);
      if (patch.name !== undefined) assertNameFree(families, patch.name, id);
      const now = new Date().toISOString();

      let sortOrder = before.sortOrder;
      if (patch.position !== undefined) {
        const others = families.filter((f) => f.id !== id);
        const ordered = [...others.slice(0, patch.position), before, ...others.slice(patch.position)];
        for (const [index, family] of ordered.entries()) {
          const wanted = (index + 1) * ORDER_STEP;
          if (family.id === id) sortOrder = wanted;
          else if (family.sortOrder !== wanted) {
            await trx.updateTable('catalogFamilies').set({ sortOrder: wanted }).where('id', '=', family.id).execute();
          }
        }
      }
      const name = patch.name ?? before.name;
      await updateVersioned(trx, 'catalogFamilies', id, expectedVersion, { name, sortOrder, updatedAt: now });
      uow.audit({
        actor,
        action: 'update',
        entityType: 'catalog_family',
        entityId: id,
        changes: diff({ name: before.name, sortOrder: before.sortOrder }, { name, sortOrder }),
      });
      return (await findFamily(trx, id))!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(patch.name ?? '');
    throw error;
  }
}

const notEmpty = (itemCount: number) =>
  conflict('family_not_empty', 'This family still has items: move or delete them first.', { itemCount });

/** Only an empty family may go; `expectedVersion` (If-Match) is optional here. */
export async function deleteFamily(
  db: Kysely<Database>,
  id: string,
  expectedVersion: number | null,
  actor: Actor | null,
): Promise<void> {
  try {
    await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      const families = await familiesInOrder(trx);
      const family = families.find((f) => f.id === id);
      if (!family) throw notFound('This family');
      if (expectedVersion !== null) assertVersion(family.version, expectedVersion);
      const itemCount = await countFamilyItems(trx, id);
      if (itemCount > 0) throw notEmpty(itemCount);
      await trx.deleteFrom('catalogFamilies').where('id', '=', id).execute();
      uow.audit({
        actor,
        action: 'delete',
        entityType: 'catalog_family',
        entityId: id,
        changes: diff({ name: family.name, sortOrder: family.sortOrder }, {}),
      });
    });
  } catch (error) {
    // An item was added to the family between the count and the delete.
    if (isForeignKeyViolation(error)) throw notEmpty(1);
    throw error;
  }
}
