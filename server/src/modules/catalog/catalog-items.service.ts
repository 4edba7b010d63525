import type { Kysely } from 'kysely';
import { CatalogItemInput, CatalogItemPatch, type CatalogItemDetail } from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { isPostgres } from '../../shared/dialect';
import { conflict, invalidInput, notFound } from '../../shared/errors';
import { searchForm } from '../../shared/text';
import { assertVersion, updateVersioned } from '../../shared/versioning';
import { flagProblems, holdingProblems } from './catalog-rules';
import { findItem, itemHoldings } from './catalog-items.repository';
import { isForeignKeyViolation, isUniqueViolation } from '../../shared/db-errors';

type NewItem = z.output<typeof CatalogItemInput>;
type ItemChanges = z.output<typeof CatalogItemPatch>;

const referenceTaken = (reference: string) =>
  conflict('reference_taken', 'Another item already has this reference.', { reference });

const unknownFamily = () => invalidInput([{ in: 'body', path: 'familyId', message: 'Unknown family' }]);

/** The family must exist; on PostgreSQL it is share-locked so it cannot be deleted before the commit. */
async function assertFamilyExists(trx: Kysely<Database>, familyId: string): Promise<void> {
  let query = trx.selectFrom('catalogFamilies').select('id').where('id', '=', familyId);
  if (isPostgres(trx)) query = query.forShare();
  if (!(await query.executeTakeFirst())) throw unknownFamily();
}

async function assertReferenceFree(trx: Kysely<Database>, reference: string, exceptId: string | null): Promise<void> {
  const found = await trx.selectFrom('catalogItems').select('id').where('reference', '=', reference).executeTakeFirst();
  if (found && found.id !== exceptId) throw referenceTaken(reference);
}

function assertFlags(item: Pick<NewItem, 'kind' | 'isSerialized' | 'isStockTracked'>): void {
  const problems = flagProblems(item);
  if (problems.length > 0) throw invalidInput(problems.map((p) => ({ in: 'body', path: p.field, message: p.message })));
}

/** What the audit trail compares: the item as an administrator edits it. */
function snapshot(item: CatalogItemDetail) {
  const { familyId, kind, reference, name, description, unit, unitPriceCents, taxRateBp, isSerialized, isStockTracked, isActive } = item;
  return { familyId, kind, reference, name, description, unit, unitPriceCents, taxRateBp, isSerialized, isStockTracked, isActive };
}

const flag = (value: boolean) => (value ? (1 as const) : (0 as const));

export async function createItem(db: Kysely<Database>, input: NewItem, actor: Actor | null): Promise<CatalogItemDetail> {
  assertFlags(input);
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      await assertFamilyExists(trx, input.familyId);
      await assertReferenceFree(trx, input.reference, null);
      const id = crypto.randomUUID();
      const now = new Date().toISOString();
      await trx
        .insertInto('catalogItems')
        .values({
          id,
          familyId: input.familyId,
          kind: input.kind,
          reference: input.reference,
          name: input.name,
          searchName: searchForm(input.name),
          description: input.description || null,
          unit: input.unit,
          unitPriceCents: input.unitPriceCents,
          taxRateBp: input.taxRateBp,
          isSerialized: flag(input.isSerialized),
          isStockTracked: flag(input.isStockTracked),
          isActive: flag(input.isActive),
          createdAt: now,
          updatedAt: now,
          version: 1,
        })
        .execute();
      const created = (await findItem(trx, id))!;
      uow.audit({ actor, action: 'create', entityType: 'catalog_item', entityId: id, changes: diff(null, snapshot(created)) });
      return created;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceTaken(input.reference);
    if (isForeignKeyViolation(error)) throw unknownFamily();
    throw error;
  }
}

/** PATCH: fields sent change. Serial numbers and counted stock already in depots lock their flags (409). */
export async function updateItem(
  db: Kysely<Database>,
  id: string,
  changes: ItemChanges,
  expectedVersion: number,
  actor: Actor | null,
): Promise<CatalogItemDetail> {
  try {
    return await inUnitOfWork(db, async (uow) => {
      const { trx } = uow;
      let locked = trx.selectFrom('catalogItems').select('version').where('id', '=', id);
      if (isPostgres<Database>(trx)) locked = locked.forUpdate();
      if (!(await locked.executeTakeFirst())) throw notFound('This item');
      const before = (await findItem(trx, id))!;
      assertVersion(before.version, expectedVersion);
      const after = { ...snapshot(before), ...changes, description: changes.description === undefined ? before.description : changes.description || null };
      assertFlags(after);
      if (changes.familyId !== undefined && changes.familyId !== before.familyId) await assertFamilyExists(trx, changes.familyId);
      if (changes.reference !== undefined && changes.reference !== before.reference) await assertReferenceFree(trx, changes.reference, id);
      const holdings = await itemHoldings(trx, id);
      for (const problem of holdingProblems(before, after, holdings)) {
        if (problem === 'serialized_locked') {
          throw conflict('item_has_serial_units', 'Serial units of this item exist: it stays as it is (serialized or not).', holdings);
        }
        throw conflict('item_has_stock', 'This item has stock in depots: empty them before stopping stock tracking.', holdings);
      }
      await updateVersioned(trx, 'catalogItems', id, expectedVersion, {
        familyId: after.familyId,
        kind: after.kind,
        reference: after.reference,
        name: after.name,
        searchName: searchForm(after.name),
        description: after.description,
        unit: after.unit,
        unitPriceCents: after.unitPriceCents,
        taxRateBp: after.taxRateBp,
        isSerialized: flag(after.isSerialized),
        isStockTracked: flag(after.isStockTracked),
        isActive: flag(after.isActive),
        updatedAt: new Date().toISOString(),
      });
      const saved = (await findItem(trx, id))!;
      uow.audit({ actor, action: 'update', entityType: 'catalog_item', entityId: id, changes: diff(snapshot(before), snapshot(saved)) });
      return saved;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw referenceTaken(changes.reference ?? '');
    if (isForeignKeyViolation(error)) throw unknownFamily();
    throw error;
  }
}
