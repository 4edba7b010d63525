import type { Kysely, Selectable } from 'kysely';
import type { CustomFieldDefinition, CustomFieldEntity, CustomFieldListQuery, CustomFieldOption } from '@contract';
import type { CustomFieldDefinitionsTable, Database } from '../../db/database';

type Row = Selectable<CustomFieldDefinitionsTable>;

export function toCustomFieldDefinition(row: Row): CustomFieldDefinition {
  return {
    id: row.id,
    entity: row.entity,
    key: row.key,
    labelEn: row.labelEn,
    labelFr: row.labelFr,
    type: row.type,
    options: parseOptions(row.options),
    mandatory: Number(row.isMandatory) === 1,
    sortOrder: Number(row.sortOrder),
    active: Number(row.isActive) === 1,
    createdAt: row.createdAt,
    version: Number(row.version),
  };
}

/** Definitions in their order (sort order, then creation), optionally of one entity and active state. */
export async function listCustomFields(db: Kysely<Database>, query: CustomFieldListQuery): Promise<CustomFieldDefinition[]> {
  let select = db.selectFrom('customFieldDefinitions').selectAll();
  if (query.entity) select = select.where('entity', '=', query.entity);
  if (query.active) select = select.where('isActive', '=', query.active === 'true' ? 1 : 0);
  const rows = await select.orderBy('entity').orderBy('sortOrder').orderBy('createdAt').orderBy('id').execute();
  return rows.map(toCustomFieldDefinition);
}

/** Every definition of an entity, active or not: the rules its `customFields` values are checked against. */
export const definitionsOf = (db: Kysely<Database>, entity: CustomFieldEntity) => listCustomFields(db, { entity });

export async function findCustomField(db: Kysely<Database>, id: string): Promise<CustomFieldDefinition | null> {
  const row = await db.selectFrom('customFieldDefinitions').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toCustomFieldDefinition(row) : null;
}

export async function highestSortOrder(db: Kysely<Database>, entity: CustomFieldEntity): Promise<number> {
  const row = await db
    .selectFrom('customFieldDefinitions')
    .select((eb) => eb.fn.max('sortOrder').as('highest'))
    .where('entity', '=', entity)
    .executeTakeFirst();
  return row?.highest === null || row?.highest === undefined ? -1 : Number(row.highest);
}

function parseOptions(text: string): CustomFieldOption[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? (parsed as CustomFieldOption[]) : [];
  } catch {
    return [];
  }
}
