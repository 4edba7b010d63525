import type { Condition, TemplateChange, TemplateDefinition } from '@contract';

/** Either a sentence to translate or a literal text (labels, option names, numbers). */
export type Phrase = { key: string; params: Record<string, unknown> } | { text: string };

export interface DescribedChange {
  icon: string;
  sentence: Phrase;
  properties: { name: Phrase; before: Phrase; after: Phrase }[];
}

const icons: Record<TemplateChange['kind'], string> = {
  family_added: 'add_box',
  family_removed: 'indeterminate_check_box',
  family_renamed: 'edit',
  family_moved: 'swap_vert',
  field_added: 'add',
  field_removed: 'remove',
  field_changed: 'edit',
  field_moved: 'swap_vert',
};

/** The field as the first of the definitions that has it holds it (the newer version first). */
function findField(definitions: readonly TemplateDefinition[], fieldId: string) {
  return definitions.flatMap((definition) => definition.families.flatMap((family) => family.fields)).find((f) => f.id === fieldId);
}

function isCondition(value: unknown): value is Condition {
  return typeof value === 'object' && value !== null && 'fieldId' in value && 'operator' in value;
}

/** How a compared value reads, by the type of the field it belongs to (e.g. validation outcomes). */
export type ValueText = (fieldType: string | null, value: string) => string;

/** A property's value in words: yes/no, lists, "when “Leak found?” is ticked", "—" when absent. */
export function describeValue(
  property: string,
  value: unknown,
  definitions: readonly TemplateDefinition[],
  valueText: ValueText = (_type, v) => v,
): Phrase {
  if (value === null || value === undefined || value === '') return { text: '—' };
  if (typeof value === 'boolean') return { key: value ? 'reportTemplates.diff.yes' : 'reportTemplates.diff.no', params: {} };
  if (property === 'type' && typeof value === 'string') return { key: `reportTemplates.types.${value}`, params: {} };
  if (Array.isArray(value)) return { text: value.join(', ') };
  if (isCondition(value)) {
    const found = findField(definitions, value.fieldId);
    const field = found?.label ?? '?';
    const type = found?.type ?? null;
    const values = (Array.isArray(value.value) ? value.value : value.value === undefined ? [] : [value.value]).map((v) =>
      valueText(type, String(v)),
    );
    return { key: `reportTemplates.diff.condition.${value.operator}`, params: { field, value: values.join(', ') } };
  }
  return { text: String(value) };
}

export function describeChange(
  change: TemplateChange,
  before: TemplateDefinition,
  after: TemplateDefinition,
  valueText?: ValueText,
): DescribedChange {
  const params: Record<string, unknown> = {
    family: change.familyLabel,
    field: change.fieldLabel ?? '',
    toFamily: change.toFamilyLabel ?? '',
  };
  let kind: string = change.kind;
  if (change.kind === 'field_moved' && change.toFamilyLabel) kind = 'field_moved_across';
  if (change.kind === 'family_renamed') {
    const label = change.properties?.find((p) => p.property === 'label');
    params['before'] = label?.before ?? '';
    params['after'] = label?.after ?? change.familyLabel;
  }
  const definitions = [after, before];
  const properties =
    change.kind === 'field_changed'
      ? (change.properties ?? []).map((p) => ({
          name: { key: `reportTemplates.properties.${p.property}`, params: {} },
          before: describeValue(p.property, p.before, definitions, valueText),
          after: describeValue(p.property, p.after, definitions, valueText),
        }))
      : [];
  return { icon: icons[change.kind], sentence: { key: `reportTemplates.diff.${kind}`, params }, properties };
}
