import type { Kysely } from 'kysely';
import {
  CustomFieldDefinitionInput,
  optionProblems,
  validateCustomFieldValues,
  type CustomFieldDefinition,
  type CustomFieldDefinitionPatch,
  type CustomFieldEntity,
  type CustomFieldValue,
} from '@contract';
import type { z } from 'zod';
import type { Database } from '../../db/database';
import type { Actor } from '../../plugins/audit';
import { inUnitOfWork, inVersionedEdit } from '../../plugins/unit-of-work';
import { diff } from '../../shared/diff';
import { conflict, invalidInput } from '../../shared/errors';
import { updateVersioned } from '../../shared/versioning';
import { definitionsOf, findCustomField, highestSortOrder } from './custom-fields.repository';

type NewDefinition = z.output<typeof CustomFieldDefinitionInput>;
const SORT_STEP = 10;

export async function createCustomField(db: Kysely<Database>, input: NewDefinition, actor: Actor | null): Promise<CustomFieldDefinition> {
  checkOptions(input.type, input.options);
  return inUnitOfWork(db, async (uow) => {
    const { trx } = uow;
    const taken = await trx
      .selectFrom('customFieldDefinitions')
      .select('id')
      .where('entity', '=', input.entity)
      .where('key', '=', input.key)
      .executeTakeFirst();
    if (taken) throw conflict('custom_field_key_taken', `A ${input.entity} field with the key "${input.key}" already exists.`, { id: taken.id });
    const id = crypto.randomUUID();
    await trx
      .insertInto('customFieldDefinitions')
      .values({
        id,
        entity: input.entity,
        key: input.key,
        labelEn: input.labelEn,
        labelFr: input.labelFr,
        type: input.type,
        options: JSON.stringify(input.options),
        isMandatory: input.mandatory ? 1 : 0,
        sortOrder: input.sortOrder ?? (await highestSortOrder(trx, input.entity)) + SORT_STEP,
        isActive: 1,
        createdAt: new Date().toISOString(),
        version: 1,
      })
      .execute();
    const created = (await findCustomField(trx, id))!;
    uow.audit({ actor, action: 'create', entityType: 'custom_field', entityId: id, changes: diff(null, snapshot(created)) });
    return created;
  });
}

export async function updateCustomField(
  db: Kysely<Database>,
  id: string,
  changes: CustomFieldDefinitionPatch,
  expectedVersion: number,
  actor: Actor | null,
): Promise<CustomFieldDefinition> {
  const target = { find: (trx: Kysely<Database>) => findCustomField(trx, id), what: 'This custom field', expectedVersion };
  return inVersionedEdit(db, target, async (uow, before) => {
    const { trx } = uow;
    if (changes.options !== undefined) checkOptions(before.type, changes.options);
    await updateVersioned(trx, 'customFieldDefinitions', id, expectedVersion, {
      ...(changes.labelEn !== undefined ? { labelEn: changes.labelEn } : {}),
      ...(changes.labelFr !== undefined ? { labelFr: changes.labelFr } : {}),
      ...(changes.options !== undefined ? { options: JSON.stringify(changes.options) } : {}),
      ...(changes.mandatory !== undefined ? { isMandatory: changes.mandatory ? 1 : 0 } : {}),
      ...(changes.sortOrder !== undefined ? { sortOrder: changes.sortOrder } : {}),
      ...(changes.active !== undefined ? { isActive: changes.active ? 1 : 0 } : {}),
    });
    const after = (await findCustomField(trx, id))!;
    uow.audit({ actor, action: 'update', entityType: 'custom_field', entityId: id, changes: diff(snapshot(before), snapshot(after)) });
    return after;
  });
}

/**
 * The values an entity will store: checked against every definition of the entity (unknown key,
 * wrong type, missing mandatory value → 400 naming the field at `customFields.<key>`), empties dropped.
 */
export async function checkedCustomFields(
  db: Kysely<Database>,
  entity: CustomFieldEntity,
  values: Record<string, unknown> | undefined,
): Promise<Record<string, CustomFieldValue>> {
  const result = validateCustomFieldValues(await definitionsOf(db, entity), values ?? {});
  if (result.ok) return result.values;
  throw invalidInput(result.issues.map((issue) => ({ in: 'body', path: `customFields.${issue.key}`, message: issue.message })));
}

function checkOptions(type: CustomFieldDefinition['type'], options: NewDefinition['options']): void {
  const problems = optionProblems(type, options);
  if (problems.length > 0) throw invalidInput(problems.map((message) => ({ in: 'body', path: 'options', message })));
}

function snapshot(d: CustomFieldDefinition) {
  const { id: _id, createdAt: _c, version: _v, ...rest } = d;
  return rest;
}
