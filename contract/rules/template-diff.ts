import type { TemplateDefinition, TemplateFamily, TemplateField } from '../report-template';

/** The readable difference between two versions of a template; families and fields are matched by id. */
export type TemplateChangeKind =
  | 'family_added'
  | 'family_removed'
  | 'family_renamed'
  | 'family_moved'
  | 'field_added'
  | 'field_removed'
  | 'field_changed'
  | 'field_moved';

export interface PropertyChange {
  property: string;
  /** `null` when the property was absent. */
  before: unknown;
  after: unknown;
}

export interface TemplateChange {
  kind: TemplateChangeKind;
  /** The family the change happens in: for field_moved across families, the family the field left. */
  familyId: string;
  familyLabel: string;
  fieldId?: string;
  fieldLabel?: string;
  /** field_moved across families: where the field went. */
  toFamilyLabel?: string;
  /** field_changed and family_renamed. */
  properties?: PropertyChange[];
}

/** Every property of a field except its id, in the order they are reported. */
const fieldProperties = [
  'type',
  'label',
  'help',
  'mandatory',
  'commentsAllowed',
  'reservesAllowed',
  'barcode',
  'unit',
  'min',
  'max',
  'multiple',
  'options',
  'visibleWhen',
  'mandatoryWhen',
] as const satisfies readonly Exclude<keyof TemplateField, 'id'>[];

interface Located {
  family: TemplateFamily;
  field: TemplateField;
}

/**
 * Changes in the order of `after` (each family, then its fields), removals of a surviving family's
 * fields with that family, then the families removed. A family added or removed lists its fields too.
 * Moves are reordered items only: items shifted by an insertion or a removal are not "moved".
 */
export function diffTemplates(before: TemplateDefinition, after: TemplateDefinition): TemplateChange[] {
  const changes: TemplateChange[] = [];
  const beforeFamilies = new Map(before.families.map((family) => [family.id, family]));
  const afterFamilies = new Map(after.families.map((family) => [family.id, family]));
  const beforeFields = locateFields(before);
  const afterFields = locateFields(after);
  const movedFamilies = reordered(
    before.families.map((f) => f.id).filter((id) => afterFamilies.has(id)),
    after.families.map((f) => f.id).filter((id) => beforeFamilies.has(id)),
  );
  const fieldChange = (kind: TemplateChangeKind, family: TemplateFamily, field: TemplateField): TemplateChange => ({
    kind,
    familyId: family.id,
    familyLabel: family.label,
    fieldId: field.id,
    fieldLabel: field.label,
  });

  for (const family of after.families) {
    const old = beforeFamilies.get(family.id);
    const base = { familyId: family.id, familyLabel: family.label };
    if (!old) changes.push({ kind: 'family_added', ...base });
    else {
      if (old.label !== family.label) {
        changes.push({ kind: 'family_renamed', ...base, properties: [{ property: 'label', before: old.label, after: family.label }] });
      }
      if (movedFamilies.has(family.id)) changes.push({ kind: 'family_moved', ...base });
      for (const field of old.fields) {
        if (!afterFields.has(field.id)) changes.push(fieldChange('field_removed', old, field));
      }
    }
    const movedWithin = old
      ? reordered(
          old.fields.map((f) => f.id).filter((id) => afterFields.get(id)?.family.id === family.id),
          family.fields.map((f) => f.id).filter((id) => beforeFields.get(id)?.family.id === family.id),
        )
      : new Set<string>();
    for (const field of family.fields) {
      const previous = beforeFields.get(field.id);
      if (!previous) {
        changes.push(fieldChange('field_added', family, field));
        continue;
      }
      if (previous.family.id !== family.id) {
        changes.push({ ...fieldChange('field_moved', previous.family, field), toFamilyLabel: family.label });
      } else if (movedWithin.has(field.id)) {
        changes.push(fieldChange('field_moved', family, field));
      }
      const properties = changedProperties(previous.field, field);
      if (properties.length > 0) changes.push({ ...fieldChange('field_changed', family, field), properties });
    }
  }
  for (const family of before.families) {
    if (afterFamilies.has(family.id)) continue;
    changes.push({ kind: 'family_removed', familyId: family.id, familyLabel: family.label });
    for (const field of family.fields) {
      if (!afterFields.has(field.id)) changes.push(fieldChange('field_removed', family, field));
    }
  }
  return changes;
}

function locateFields(definition: TemplateDefinition): Map<string, Located> {
  const located = new Map<string, Located>();
  for (const family of definition.families) for (const field of family.fields) located.set(field.id, { family, field });
  return located;
}

function changedProperties(before: TemplateField, after: TemplateField): PropertyChange[] {
  return fieldProperties
    .filter((property) => !sameValue(before[property], after[property]))
    .map((property) => ({ property, before: before[property] ?? null, after: after[property] ?? null }));
}

function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a ?? null) === canonical(b ?? null);
}

/** JSON with sorted keys, so `{a, b}` and `{b, a}` compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * Ids that changed their relative order: the items outside a longest common subsequence of the
 * two orders (both lists hold the same ids).
 */
function reordered(beforeOrder: string[], afterOrder: string[]): Set<string> {
  const n = beforeOrder.length;
  const m = afterOrder.length;
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] =
        beforeOrder[i] === afterOrder[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (beforeOrder[i] === afterOrder[j]) {
      kept.add(beforeOrder[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return new Set(afterOrder.filter((id) => !kept.has(id)));
}
