import type { Condition, TemplateDefinition, TemplateFamily, TemplateField } from '@contract';

/**
 * The designer's edits as pure functions over a template definition: the reducer calls them, and
 * they never mutate their input. Ids are made by the caller so the reducer stays pure.
 */

export interface FieldPosition {
  familyIndex: number;
  fieldIndex: number;
}

const conditionKeys = ['visibleWhen', 'mandatoryWhen'] as const;

export function findField(definition: TemplateDefinition, fieldId: string): FieldPosition | null {
  for (let familyIndex = 0; familyIndex < definition.families.length; familyIndex++) {
    const fieldIndex = definition.families[familyIndex].fields.findIndex((f) => f.id === fieldId);
    if (fieldIndex >= 0) return { familyIndex, fieldIndex };
  }
  return null;
}

function clampIndex(index: number, length: number): number {
  return Math.max(0, Math.min(index, length));
}

function withFamilies(definition: TemplateDefinition, families: TemplateFamily[]): TemplateDefinition {
  return { ...definition, families };
}

function mapFamily(
  definition: TemplateDefinition,
  familyId: string,
  change: (family: TemplateFamily) => TemplateFamily,
): TemplateDefinition {
  return withFamilies(
    definition,
    definition.families.map((family) => (family.id === familyId ? change(family) : family)),
  );
}

function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  copy.splice(clampIndex(to, copy.length), 0, item);
  return copy;
}

export function addFamily(definition: TemplateDefinition, family: TemplateFamily, index?: number): TemplateDefinition {
  const families = [...definition.families];
  families.splice(clampIndex(index ?? families.length, families.length), 0, family);
  return withFamilies(definition, families);
}

export function renameFamily(definition: TemplateDefinition, familyId: string, label: string): TemplateDefinition {
  return mapFamily(definition, familyId, (family) => ({ ...family, label }));
}

export function moveFamily(definition: TemplateDefinition, fromIndex: number, toIndex: number): TemplateDefinition {
  if (fromIndex === toIndex || fromIndex < 0 || fromIndex >= definition.families.length) return definition;
  return withFamilies(definition, moveItem(definition.families, fromIndex, toIndex));
}

/** Removes the family, its fields, and the conditions other fields had on those fields. */
export function deleteFamily(definition: TemplateDefinition, familyId: string): TemplateDefinition {
  const family = definition.families.find((f) => f.id === familyId);
  if (!family) return definition;
  const remaining = withFamilies(
    definition,
    definition.families.filter((f) => f.id !== familyId),
  );
  return removeConditionsOn(remaining, new Set(family.fields.map((f) => f.id)));
}

export function addField(
  definition: TemplateDefinition,
  familyId: string,
  field: TemplateField,
  index?: number,
): TemplateDefinition {
  return mapFamily(definition, familyId, (family) => {
    const fields = [...family.fields];
    fields.splice(clampIndex(index ?? fields.length, fields.length), 0, field);
    return { ...family, fields };
  });
}

/** Replaces the field that has the same id (its id cannot change). */
export function replaceField(definition: TemplateDefinition, field: TemplateField): TemplateDefinition {
  const at = findField(definition, field.id);
  if (!at) return definition;
  const family = definition.families[at.familyIndex];
  return mapFamily(definition, family.id, (f) => ({
    ...f,
    fields: f.fields.map((existing) => (existing.id === field.id ? field : existing)),
  }));
}

/** Moves a field to `toIndex` of a family, which may be another one (drag and drop, keyboard). */
export function moveField(
  definition: TemplateDefinition,
  fieldId: string,
  toFamilyId: string,
  toIndex: number,
): TemplateDefinition {
  const at = findField(definition, fieldId);
  const target = definition.families.findIndex((f) => f.id === toFamilyId);
  if (!at || target < 0) return definition;
  if (at.familyIndex === target) {
    if (at.fieldIndex === toIndex) return definition;
    return mapFamily(definition, toFamilyId, (family) => ({
      ...family,
      fields: moveItem(family.fields, at.fieldIndex, toIndex),
    }));
  }
  const field = definition.families[at.familyIndex].fields[at.fieldIndex];
  return withFamilies(
    definition,
    definition.families.map((family, index) => {
      if (index === at.familyIndex) return { ...family, fields: family.fields.filter((f) => f.id !== fieldId) };
      if (index === target) {
        const fields = [...family.fields];
        fields.splice(clampIndex(toIndex, fields.length), 0, field);
        return { ...family, fields };
      }
      return family;
    }),
  );
}

/**
 * Where "move up" (-1) or "move down" (+1) takes a field: the next place in its family, or across
 * the border into the end of the family above / the start of the family below. Null at the ends.
 */
export function stepTarget(
  definition: TemplateDefinition,
  fieldId: string,
  step: -1 | 1,
): { familyId: string; index: number } | null {
  const at = findField(definition, fieldId);
  if (!at) return null;
  const family = definition.families[at.familyIndex];
  const next = at.fieldIndex + step;
  if (next >= 0 && next < family.fields.length) return { familyId: family.id, index: next };
  const neighbour = definition.families[at.familyIndex + step];
  if (!neighbour) return null;
  return { familyId: neighbour.id, index: step < 0 ? neighbour.fields.length : 0 };
}

/** Puts a copy (new id, given label) right after the original. */
export function duplicateField(
  definition: TemplateDefinition,
  fieldId: string,
  newId: string,
  label: string,
): TemplateDefinition {
  const at = findField(definition, fieldId);
  if (!at) return definition;
  const family = definition.families[at.familyIndex];
  const original = family.fields[at.fieldIndex];
  return addField(definition, family.id, { ...structuredClone(original), id: newId, label }, at.fieldIndex + 1);
}

/** Removes the field and the conditions other fields had on it (they would point at nothing). */
export function deleteField(definition: TemplateDefinition, fieldId: string): TemplateDefinition {
  const at = findField(definition, fieldId);
  if (!at) return definition;
  const family = definition.families[at.familyIndex];
  const removed = mapFamily(definition, family.id, (f) => ({ ...f, fields: f.fields.filter((x) => x.id !== fieldId) }));
  return removeConditionsOn(removed, new Set([fieldId]));
}

/** Fields whose "shown only when" or "mandatory only when" reads one of these fields. */
export function dependentFields(definition: TemplateDefinition, fieldIds: ReadonlySet<string>): TemplateField[] {
  return definition.families
    .flatMap((family) => family.fields)
    .filter((field) => !fieldIds.has(field.id) && conditionKeys.some((key) => readsAny(field[key], fieldIds)));
}

function readsAny(condition: Condition | undefined, fieldIds: ReadonlySet<string>): boolean {
  return !!condition && fieldIds.has(condition.fieldId);
}

function removeConditionsOn(definition: TemplateDefinition, fieldIds: ReadonlySet<string>): TemplateDefinition {
  if (dependentFields(definition, fieldIds).length === 0) return definition;
  return withFamilies(
    definition,
    definition.families.map((family) => ({
      ...family,
      fields: family.fields.map((field) => {
        if (!conditionKeys.some((key) => readsAny(field[key], fieldIds))) return field;
        const copy = { ...field };
        for (const key of conditionKeys) if (readsAny(copy[key], fieldIds)) delete copy[key];
        return copy;
      }),
    })),
  );
}
