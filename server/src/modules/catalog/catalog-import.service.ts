import type { Kysely } from 'kysely';
import { fromMilli, type CatalogImportResult } from '@contract';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, type UnitOfWork } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { isPostgres } from '../../shared/dialect';
import { AppError, businessRule, conflict } from '../../shared/errors';
import { searchForm } from '../../shared/text';
import { readCatalogSheet } from './catalog-csv-sheet';
import { isUniqueViolation } from '../../shared/db-errors';
import { checkLine, type CheckedLine, type ExistingItem, type ItemValues } from './catalog-import-lines';

const CHUNK = 500;

/**
 * CSV import: every line is checked (dry run or not); a real import writes all lines in one
 * transaction, and only when none has an error (else 422 `import_rejected` with the same lines).
 * Audit: one row per item created (`import_create`) or changed (`import_update`), with its diff.
 */
export async function importCatalog(db: Kysely<Database>, text: string, dryRun: boolean, actor: Actor | null): Promise<CatalogImportResult> {
  const sheet = readCatalogSheet(text);
  let result: CatalogImportResult;
  if (!sheet.ok) {
    const lines = sheet.problems.map((p) => ({ line: p.line, reference: null, action: null, errors: p.errors }));
    result = { valid: false, dryRun, lines, created: 0, updated: 0, unchanged: 0 };
  } else {
    result = await inTransaction(db, async (uow) => {
      const { trx } = uow;
      const lockRows = !dryRun && isPostgres(trx);
      const familyByName = new Map((await trx.selectFrom('catalogFamilies').select(['id', 'name']).execute()).map((f) => [searchForm(f.name), f]));
      const references = sheet.rows.map((r) => (r.cells.reference ?? '').trim().toUpperCase()).filter(Boolean);
      const existingByReference = await existingItems(trx, [...new Set(references)], lockRows);
      const context = { familyByName, existingByReference, firstLineOf: new Map<string, number>() };
      const checked = sheet.rows.map((row) => checkLine(row, context));
      const summary = summarise(checked, dryRun);
      if (summary.valid && !dryRun) await writeLines(uow, checked, actor);
      return summary;
    });
  }
  if (!dryRun && !result.valid) {
    throw businessRule('import_rejected', 'Some lines have errors: nothing was imported.', result);
  }
  return result;
}

/** Two imports creating one reference at once: the unique index stops the second. */
async function inTransaction<T>(db: Kysely<Database>, work: (uow: UnitOfWork) => Promise<T>): Promise<T> {
  try {
    return await inUnitOfWork(db, work);
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict('reference_taken', 'An item with one of these references was created meanwhile. Run the import again.');
    throw error;
  }
}

function summarise(checked: CheckedLine[], dryRun: boolean): CatalogImportResult {
  const count = (action: string) => checked.filter((c) => c.errors.length === 0 && c.action === action).length;
  return {
    valid: checked.every((c) => c.errors.length === 0),
    dryRun,
    lines: checked.map(({ line, reference, action, errors }) => ({ line, reference, action, errors })),
    created: count('create'),
    updated: count('update'),
    unchanged: count('unchanged'),
  };
}

/** Items already in the catalog under the file's references, with what they hold in depots. */
async function existingItems(trx: Kysely<Database>, references: string[], lockRows: boolean): Promise<Map<string, ExistingItem>> {
  const found = new Map<string, ExistingItem>();
  for (let start = 0; start < references.length; start += CHUNK) {
    let query = trx.selectFrom('catalogItems').selectAll().where('reference', 'in', references.slice(start, start + CHUNK));
    // A real import edits these rows: nobody else may change them before it commits.
    if (lockRows) query = query.forUpdate();
    const rows = await query.execute();
    const ids = rows.map((r) => r.id);
    const units = ids.length
      ? await trx.selectFrom('serialUnits').select((eb) => ['itemId', eb.fn.countAll().as('n')]).where('itemId', 'in', ids).groupBy('itemId').execute()
      : [];
    const stock = ids.length
      ? await trx
          .selectFrom('stockLevels')
          .select((eb) => ['itemId', eb.fn.sum<number | string>('quantityMilli').as('total')])
          .where('itemId', 'in', ids)
          .groupBy('itemId')
          .execute()
      : [];
    const unitsOf = new Map(units.map((u) => [u.itemId, Number(u.n)]));
    const stockOf = new Map(stock.map((s) => [s.itemId, fromMilli(s.total)]));
    for (const row of rows) {
      found.set(row.reference, {
        id: row.id,
        version: row.version,
        values: {
          familyId: row.familyId,
          kind: row.kind,
          reference: row.reference,
          name: row.name,
          description: row.description,
          unit: row.unit as ItemValues['unit'],
          unitPriceCents: Number(row.unitPriceCents),
          taxRateBp: Number(row.taxRateBp),
          isSerialized: Number(row.isSerialized) === 1,
          isStockTracked: Number(row.isStockTracked) === 1,
          isActive: Number(row.isActive) === 1,
        },
        holdings: { serialUnitCount: unitsOf.get(row.id) ?? 0, stockQuantity: stockOf.get(row.id) ?? 0 },
      });
    }
  }
  return found;
}

const flag = (value: boolean) => (value ? (1 as const) : (0 as const));

function columnsOf(values: ItemValues, now: string) {
  return {
    ...values,
    searchName: searchForm(values.name),
    isSerialized: flag(values.isSerialized),
    isStockTracked: flag(values.isStockTracked),
    isActive: flag(values.isActive),
    updatedAt: now,
  };
}

async function writeLines(uow: UnitOfWork, checked: CheckedLine[], actor: Actor | null): Promise<void> {
  const { trx } = uow;
  const now = new Date().toISOString();
  const creates = checked.filter((c) => c.action === 'create').map((c) => ({ id: crypto.randomUUID(), values: c.values! }));
  for (let start = 0; start < creates.length; start += 100) {
    const rows = creates.slice(start, start + 100).map(({ id, values }) => ({ ...columnsOf(values, now), id, createdAt: now, version: 1 }));
    await trx.insertInto('catalogItems').values(rows).execute();
  }
  for (const { id, values } of creates) {
    uow.audit({ actor, action: 'import_create', entityType: 'catalog_item', entityId: id, changes: diff(null, values) });
  }
  for (const line of checked.filter((c) => c.action === 'update')) {
    const existing = line.existing!;
    const updated = await trx
      .updateTable('catalogItems')
      .set({ ...columnsOf(line.values!, now), version: existing.version + 1 })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) {
      throw new AppError(409, 'conflict', 'An item changed while the import ran. Run the import again.', { reference: line.reference });
    }
    uow.audit({ actor, action: 'import_update', entityType: 'catalog_item', entityId: existing.id, changes: diff(existing.values, line.values!) });
  }
}
