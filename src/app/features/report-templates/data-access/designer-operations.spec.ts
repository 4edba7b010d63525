import { field, leakDefinition } from '../../../../testing/report-templates';
import {
  addFamily,
  deleteFamily,
  deleteField,
  dependentFields,
  duplicateField,
  moveFamily,
  moveField,
  stepTarget,
} from './designer-operations';

const order = (definition: ReturnType<typeof leakDefinition>) =>
  definition.families.map((f) => `${f.id}: ${f.fields.map((x) => x.id).join(',')}`);

describe('designer operations', () => {
  it('reorders fields within a family without touching the input', () => {
    const before = leakDefinition();
    const after = moveField(before, 'pressure', 'safety', 0);
    expect(order(after)).toEqual(['safety: pressure,leak', 'evidence: photo,remarks']);
    expect(order(before)).toEqual(['safety: leak,pressure', 'evidence: photo,remarks']);
  });

  it('moves a field across families to the asked position', () => {
    const after = moveField(leakDefinition(), 'remarks', 'safety', 1);
    expect(order(after)).toEqual(['safety: leak,remarks,pressure', 'evidence: photo']);
  });

  it('moves families', () => {
    expect(moveFamily(leakDefinition(), 1, 0).families.map((f) => f.id)).toEqual(['evidence', 'safety']);
  });

  it('steps up and down across family borders, and stops at the ends', () => {
    const definition = leakDefinition();
    expect(stepTarget(definition, 'pressure', 1)).toEqual({ familyId: 'evidence', index: 0 });
    expect(stepTarget(definition, 'photo', -1)).toEqual({ familyId: 'safety', index: 2 });
    expect(stepTarget(definition, 'leak', -1)).toBeNull();
    expect(stepTarget(definition, 'remarks', 1)).toBeNull();
  });

  it('removes the conditions that read a deleted field', () => {
    const after = deleteField(leakDefinition(), 'leak');
    const evidence = after.families[1].fields;
    expect(evidence.find((f) => f.id === 'photo')?.mandatoryWhen).toBeUndefined();
    expect(evidence.find((f) => f.id === 'remarks')?.visibleWhen).toBeUndefined();
    expect(order(after)).toEqual(['safety: pressure', 'evidence: photo,remarks']);
  });

  it('deletes a family with its fields and the conditions on them', () => {
    const after = deleteFamily(leakDefinition(), 'safety');
    expect(order(after)).toEqual(['evidence: photo,remarks']);
    expect(after.families[0].fields.some((f) => f.mandatoryWhen || f.visibleWhen)).toBeFalse();
  });

  it('names the fields that depend on others', () => {
    expect(dependentFields(leakDefinition(), new Set(['leak'])).map((f) => f.id)).toEqual(['photo', 'remarks']);
    expect(dependentFields(leakDefinition(), new Set(['pressure']))).toEqual([]);
  });

  it('duplicates a field right after the original, with a new id and label', () => {
    const after = duplicateField(leakDefinition(), 'pressure', 'pressure-2', 'Pressure (copy)');
    const copy = after.families[0].fields[2];
    expect(copy).toEqual({ ...field('pressure', { type: 'number', label: 'Pressure (copy)', unit: 'bar' }), id: 'pressure-2' });
  });

  it('adds a family at the end', () => {
    const after = addFamily(leakDefinition(), { id: 'new', label: 'New', fields: [] });
    expect(after.families.map((f) => f.id)).toEqual(['safety', 'evidence', 'new']);
  });
});
