import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { diffTemplates, type TemplateDefinition } from '@contract';
import { aField, leakCheck } from './helpers/templates';

const kinds = (before: TemplateDefinition, after: TemplateDefinition) =>
  diffTemplates(before, after).map((c) => `${c.kind} ${c.fieldId ?? c.familyId}`);

const clone = (d: TemplateDefinition): TemplateDefinition => structuredClone(d);

describe('diffTemplates', () => {
  test('identical versions: no change', () => {
    assert.deepEqual(diffTemplates(leakCheck(), leakCheck()), []);
  });

  test('family_added lists the new family and its fields', () => {
    const after = clone(leakCheck());
    after.families.push({ id: 'fam-new', label: 'Meter', fields: [aField('reading', { type: 'number', label: 'Reading' })] });
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      { kind: 'family_added', familyId: 'fam-new', familyLabel: 'Meter' },
      { kind: 'field_added', familyId: 'fam-new', familyLabel: 'Meter', fieldId: 'reading', fieldLabel: 'Reading' },
    ]);
  });

  test('family_removed lists the family and its fields, last', () => {
    const after = clone(leakCheck());
    after.families.splice(0, 1);
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      { kind: 'family_removed', familyId: 'fam-check', familyLabel: 'Checks' },
      { kind: 'field_removed', familyId: 'fam-check', familyLabel: 'Checks', fieldId: 'leak', fieldLabel: 'Leak found?' },
      { kind: 'field_removed', familyId: 'fam-check', familyLabel: 'Checks', fieldId: 'leak-photo', fieldLabel: 'Photo of the leak' },
    ]);
  });

  test('family_renamed with the old and new label', () => {
    const after = clone(leakCheck());
    after.families[1]!.label = 'Signatures';
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      { kind: 'family_renamed', familyId: 'fam-end', familyLabel: 'Signatures', properties: [{ property: 'label', before: 'Sign-off', after: 'Signatures' }] },
    ]);
  });

  test('family_moved: only the family that changed place, not those shifted by it', () => {
    const three: TemplateDefinition = {
      families: ['a', 'b', 'c'].map((id) => ({ id, label: id.toUpperCase(), fields: [aField(`${id}1`)] })),
    };
    const after = clone(three);
    after.families = [after.families[2]!, after.families[0]!, after.families[1]!];
    assert.deepEqual(kinds(three, after), ['family_moved c']);
    const inserted = clone(three);
    inserted.families.unshift({ id: 'z', label: 'Z', fields: [] });
    assert.deepEqual(kinds(three, inserted), ['family_added z'], 'an insertion moves nothing');
  });

  test('field_added and field_removed inside a surviving family', () => {
    const after = clone(leakCheck());
    after.families[0]!.fields.splice(1, 1);
    after.families[1]!.fields.push(aField('sig', { type: 'signature', label: 'Customer signature' }));
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      { kind: 'field_removed', familyId: 'fam-check', familyLabel: 'Checks', fieldId: 'leak-photo', fieldLabel: 'Photo of the leak' },
      { kind: 'field_added', familyId: 'fam-end', familyLabel: 'Sign-off', fieldId: 'sig', fieldLabel: 'Customer signature' },
    ]);
  });

  test('field_changed names each changed property with before and after (absent = null)', () => {
    const after = clone(leakCheck());
    const photo = after.families[0]!.fields[1]!;
    photo.label = 'Leak photo';
    photo.help = 'Close up, with the pipe visible';
    delete photo.mandatoryWhen;
    photo.mandatory = true;
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      {
        kind: 'field_changed',
        familyId: 'fam-check',
        familyLabel: 'Checks',
        fieldId: 'leak-photo',
        fieldLabel: 'Leak photo',
        properties: [
          { property: 'label', before: 'Photo of the leak', after: 'Leak photo' },
          { property: 'help', before: null, after: 'Close up, with the pipe visible' },
          { property: 'mandatory', before: false, after: true },
          { property: 'mandatoryWhen', before: { fieldId: 'leak', operator: 'is_ticked' }, after: null },
        ],
      },
    ]);
  });

  test('field_changed ignores the order of keys inside a condition', () => {
    const after = clone(leakCheck());
    after.families[0]!.fields[1]!.mandatoryWhen = { operator: 'is_ticked', fieldId: 'leak' };
    assert.deepEqual(diffTemplates(leakCheck(), after), []);
  });

  test('field_moved within a family: the field that changed place', () => {
    const before: TemplateDefinition = { families: [{ id: 'a', label: 'A', fields: ['x', 'y', 'z'].map((id) => aField(id)) }] };
    const after = clone(before);
    after.families[0]!.fields = [after.families[0]!.fields[2]!, after.families[0]!.fields[0]!, after.families[0]!.fields[1]!];
    assert.deepEqual(diffTemplates(before, after), [{ kind: 'field_moved', familyId: 'a', familyLabel: 'A', fieldId: 'z', fieldLabel: 'Field z' }]);
  });

  test('field_moved across families: from the old family, toFamilyLabel the new one; changes still listed', () => {
    const after = clone(leakCheck());
    const [photo] = after.families[0]!.fields.splice(1, 1);
    photo!.label = 'Leak photo';
    after.families[1]!.fields.unshift(photo!);
    assert.deepEqual(diffTemplates(leakCheck(), after), [
      { kind: 'field_moved', familyId: 'fam-check', familyLabel: 'Checks', fieldId: 'leak-photo', fieldLabel: 'Leak photo', toFamilyLabel: 'Sign-off' },
      {
        kind: 'field_changed',
        familyId: 'fam-end',
        familyLabel: 'Sign-off',
        fieldId: 'leak-photo',
        fieldLabel: 'Leak photo',
        properties: [{ property: 'label', before: 'Photo of the leak', after: 'Leak photo' }],
      },
    ]);
  });
});
