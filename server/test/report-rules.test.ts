import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { evaluateReport, isAnswered, type Condition, type FieldType, type TemplateField } from '@contract';
import { aDefinition, aField, leakCheck } from './helpers/templates';

const signature = { signerName: 'Élise Martin', image: 'data:image/png;base64,iVBORw0KGgo=' };

describe('isAnswered: every field type', () => {
  const cases: { type: FieldType; extra?: Partial<TemplateField>; answered: unknown[]; unanswered: unknown[] }[] = [
    { type: 'checkbox', answered: [true], unanswered: [false, undefined, null, 'true'] },
    { type: 'text', answered: ['ok', ' a '], unanswered: ['', '   ', undefined, null, 3] },
    { type: 'number', answered: [0, -2.5, 42], unanswered: [Number.NaN, Infinity, '3', undefined, null] },
    { type: 'date', answered: ['2025-03-14'], unanswered: ['', undefined, 20250314] },
    { type: 'time', answered: ['08:30'], unanswered: ['', null] },
    { type: 'choice', extra: { options: ['A', 'B'] }, answered: ['A'], unanswered: ['', [], undefined] },
    { type: 'choice', extra: { options: ['A', 'B'], multiple: true }, answered: [['A'], ['A', 'B']], unanswered: [[], 'A', undefined] },
    { type: 'validation', answered: ['compliant', 'not_compliant', 'not_applicable'], unanswered: ['maybe', '', undefined] },
    { type: 'signature', answered: [signature], unanswered: [{ signerName: '', image: 'x' }, { signerName: 'A' }, 'A', undefined] },
    { type: 'photo', answered: [['attachment-1']], unanswered: [[], 'attachment-1', undefined] },
  ];
  for (const { type, extra, answered, unanswered } of cases) {
    test(`${type}${extra?.multiple ? ' (multiple)' : ''}`, () => {
      const field = aField('f', { type, ...extra });
      for (const value of answered) assert.equal(isAnswered(field, value), true, `${JSON.stringify(value)} answers a ${type}`);
      for (const value of unanswered) assert.equal(isAnswered(field, value), false, `${JSON.stringify(value)} does not answer a ${type}`);
    });
  }
});

describe('mandatory fields and families', () => {
  test('an unanswered mandatory field is missing, with its family and field labels, in template order', () => {
    const definition = aDefinition({
      a: [aField('a1', { mandatory: true, label: 'Meter reading' }), aField('a2')],
      b: [aField('b1', { type: 'date', mandatory: true, label: 'Next visit' })],
    });
    const result = evaluateReport(definition, {});
    assert.deepEqual(result.missing, [
      { familyId: 'a', familyLabel: 'Family a', fieldId: 'a1', fieldLabel: 'Meter reading' },
      { familyId: 'b', familyLabel: 'Family b', fieldId: 'b1', fieldLabel: 'Next visit' },
    ]);
    assert.deepEqual(result.fields.a1, { visible: true, mandatory: true, answered: false, missing: true });
    assert.deepEqual(result.fields.a2, { visible: true, mandatory: false, answered: false, missing: false });
    assert.deepEqual(result.families.a, { visible: true, hasMandatory: true, complete: false });

    const done = evaluateReport(definition, { a1: 'done', b1: '2025-05-01' });
    assert.deepEqual(done.missing, []);
    assert.deepEqual(done.families.a, { visible: true, hasMandatory: true, complete: true });
  });

  test('a family without a mandatory field is never red; a family whose fields are all hidden is hidden', () => {
    const definition = aDefinition({
      plain: [aField('p1'), aField('gate', { type: 'checkbox' })],
      hidden: [aField('h1', { visibleWhen: { fieldId: 'gate', operator: 'is_ticked' } })],
    });
    const result = evaluateReport(definition, {});
    assert.deepEqual(result.families.plain, { visible: true, hasMandatory: false, complete: true });
    assert.equal(result.families.hidden!.visible, false);
    assert.equal(evaluateReport(definition, { gate: true }).families.hidden!.visible, true);
  });

  test('a hidden mandatory field is never missing', () => {
    const definition = aDefinition({
      a: [
        aField('gate', { type: 'checkbox' }),
        aField('serial', { mandatory: true, visibleWhen: { fieldId: 'gate', operator: 'is_ticked' } }),
      ],
    });
    const hidden = evaluateReport(definition, {});
    assert.deepEqual(hidden.fields.serial, { visible: false, mandatory: false, answered: false, missing: false });
    assert.deepEqual(hidden.missing, []);
    assert.equal(hidden.families.a!.complete, true);

    const shown = evaluateReport(definition, { gate: true });
    assert.equal(shown.fields.serial!.missing, true);
    assert.deepEqual(shown.missing.map((m) => m.fieldId), ['serial']);
  });

  test('mandatoryWhen: the leak photo is mandatory only when the leak box is ticked', () => {
    const noLeak = evaluateReport(leakCheck(), {});
    assert.equal(noLeak.fields['leak-photo']!.mandatory, false);
    assert.deepEqual(noLeak.missing.map((m) => m.fieldId), ['leak'], 'the mandatory checkbox must be ticked');

    const leak = evaluateReport(leakCheck(), { leak: true });
    assert.deepEqual(leak.missing, [{ familyId: 'fam-check', familyLabel: 'Checks', fieldId: 'leak-photo', fieldLabel: 'Photo of the leak' }]);
    assert.equal(evaluateReport(leakCheck(), { leak: true, 'leak-photo': ['att-1'] }).missing.length, 0);
  });
});

describe('operators', () => {
  /** Whether `target` is visible for this source field, condition and answer. */
  const shows = (source: Partial<TemplateField>, condition: Omit<Condition, 'fieldId'>, value: unknown) => {
    const definition = aDefinition({ a: [aField('src', source), aField('target', { visibleWhen: { fieldId: 'src', ...condition } })] });
    return evaluateReport(definition, value === undefined ? {} : { src: value }).fields.target!.visible;
  };
  const choice = { type: 'choice' as const, options: ['Gas', 'Oil', 'Wood'] };
  const multiple = { ...choice, multiple: true };

  test('equals: strict equality; an unanswered source never equals', () => {
    assert.equal(shows(choice, { operator: 'equals', value: 'Gas' }, 'Gas'), true);
    assert.equal(shows(choice, { operator: 'equals', value: 'Gas' }, 'Oil'), false);
    assert.equal(shows(choice, { operator: 'equals', value: 'Gas' }, undefined), false);
    assert.equal(shows({ type: 'number' }, { operator: 'equals', value: 3 }, 3), true);
    assert.equal(shows({ type: 'number' }, { operator: 'equals', value: 3 }, '3'), false, 'no type coercion');
    assert.equal(shows({ type: 'validation' }, { operator: 'equals', value: 'not_compliant' }, 'not_compliant'), true);
  });

  test('equals on a multiple choice: the answer contains the value', () => {
    assert.equal(shows(multiple, { operator: 'equals', value: 'Oil' }, ['Gas', 'Oil']), true);
    assert.equal(shows(multiple, { operator: 'equals', value: 'Oil' }, ['Gas']), false);
  });

  test('differs: strict inequality; an unanswered source never differs', () => {
    assert.equal(shows(choice, { operator: 'differs', value: 'Gas' }, 'Oil'), true);
    assert.equal(shows(choice, { operator: 'differs', value: 'Gas' }, 'Gas'), false);
    assert.equal(shows(choice, { operator: 'differs', value: 'Gas' }, undefined), false);
    assert.equal(shows({ type: 'text' }, { operator: 'differs', value: 'x' }, ''), false, 'an empty text is unanswered');
  });

  test('differs on a multiple choice: the answer does not contain the value', () => {
    assert.equal(shows(multiple, { operator: 'differs', value: 'Oil' }, ['Gas', 'Wood']), true);
    assert.equal(shows(multiple, { operator: 'differs', value: 'Oil' }, ['Oil']), false);
    assert.equal(shows(multiple, { operator: 'differs', value: 'Oil' }, []), false);
  });

  test('is_ticked: only a ticked checkbox', () => {
    assert.equal(shows({ type: 'checkbox' }, { operator: 'is_ticked' }, true), true);
    assert.equal(shows({ type: 'checkbox' }, { operator: 'is_ticked' }, false), false);
    assert.equal(shows({ type: 'checkbox' }, { operator: 'is_ticked' }, undefined), false);
    assert.equal(shows({ type: 'text' }, { operator: 'is_ticked' }, 'true'), false);
  });

  test('a checkbox compares as ticked (true) or not (false), even untouched', () => {
    assert.equal(shows({ type: 'checkbox' }, { operator: 'equals', value: false }, undefined), true);
    assert.equal(shows({ type: 'checkbox' }, { operator: 'equals', value: false }, true), false);
    assert.equal(shows({ type: 'checkbox' }, { operator: 'differs', value: true }, false), true);
  });

  test('is_one_of: the answer is in the list; unanswered never is', () => {
    assert.equal(shows(choice, { operator: 'is_one_of', value: ['Gas', 'Oil'] }, 'Oil'), true);
    assert.equal(shows(choice, { operator: 'is_one_of', value: ['Gas', 'Oil'] }, 'Wood'), false);
    assert.equal(shows(choice, { operator: 'is_one_of', value: ['Gas', 'Oil'] }, undefined), false);
  });

  test('is_one_of on a multiple choice: any overlap', () => {
    assert.equal(shows(multiple, { operator: 'is_one_of', value: ['Gas', 'Oil'] }, ['Wood', 'Oil']), true);
    assert.equal(shows(multiple, { operator: 'is_one_of', value: ['Gas', 'Oil'] }, ['Wood']), false);
  });

  test('a condition on a field that does not exist never holds', () => {
    const definition = aDefinition({ a: [aField('t', { visibleWhen: { fieldId: 'gone', operator: 'is_ticked' } })] });
    assert.equal(evaluateReport(definition, { gone: true }).fields.t!.visible, false);
  });
});

describe('chained conditions', () => {
  // boiler (checkbox) → fuel (shown when the boiler is ticked) → tank level (mandatory, shown when the fuel
  // is Oil) → tank photo (mandatory when the level is 0)
  const chain = () =>
    aDefinition({
      install: [
        aField('boiler', { type: 'checkbox', label: 'Boiler present?' }),
        aField('fuel', { type: 'choice', options: ['Gas', 'Oil'], visibleWhen: { fieldId: 'boiler', operator: 'is_ticked' } }),
      ],
      tank: [
        aField('level', { type: 'number', mandatory: true, label: 'Tank level', visibleWhen: { fieldId: 'fuel', operator: 'equals', value: 'Oil' } }),
        aField('photo', { type: 'photo', mandatoryWhen: { fieldId: 'level', operator: 'equals', value: 0 } }),
      ],
    });

  test('two levels: the grandchild shows only when both conditions hold', () => {
    assert.equal(evaluateReport(chain(), { boiler: true, fuel: 'Oil' }).fields.level!.visible, true);
    assert.equal(evaluateReport(chain(), { boiler: true, fuel: 'Gas' }).fields.level!.visible, false);
  });

  test('a hidden source makes its condition fail, even with a stale matching answer', () => {
    // fuel still says Oil but the boiler box was unticked: fuel is hidden, so level is hidden too
    const result = evaluateReport(chain(), { boiler: false, fuel: 'Oil', level: 0 });
    assert.equal(result.fields.fuel!.visible, false);
    assert.equal(result.fields.level!.visible, false);
    assert.equal(result.fields.photo!.mandatory, false, 'the mandatoryWhen source is hidden');
    assert.deepEqual(result.missing, []);
    assert.deepEqual(result.families.tank, { visible: true, hasMandatory: false, complete: true });
  });

  test('through the whole chain: family tank turns red, then complete', () => {
    const red = evaluateReport(chain(), { boiler: true, fuel: 'Oil', level: 0 });
    assert.deepEqual(red.missing.map((m) => m.fieldId), ['photo']);
    assert.deepEqual(red.families.tank, { visible: true, hasMandatory: true, complete: false });
    const complete = evaluateReport(chain(), { boiler: true, fuel: 'Oil', level: 0, photo: ['att-9'] });
    assert.deepEqual(complete.families.tank, { visible: true, hasMandatory: true, complete: true });
  });

  test('a cycle (refused by validation) does not hang and shows neither field', () => {
    const definition = aDefinition({
      a: [
        aField('x', { visibleWhen: { fieldId: 'y', operator: 'equals', value: 'go' } }),
        aField('y', { visibleWhen: { fieldId: 'x', operator: 'equals', value: 'go' } }),
      ],
    });
    const result = evaluateReport(definition, { x: 'go', y: 'go' });
    assert.equal(result.fields.x!.visible, false);
    assert.equal(result.fields.y!.visible, false);
  });
});
