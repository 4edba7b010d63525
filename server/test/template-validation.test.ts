import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TemplateDefinition, validateTemplateDefinition, type Condition, type TemplateField } from '@contract';
import { templates as demoTemplates } from '../src/db/seed/data/templates';
import { aDefinition, aField, leakCheck } from './helpers/templates';

const problemsOf = (definition: TemplateDefinition, forPublish = false) =>
  validateTemplateDefinition(definition, { forPublish }).map(({ path, code }) => ({ path, code }));

/** The problems of a template whose condition on `target` reads `source`. */
const conditionProblems = (source: Partial<TemplateField>, condition: Omit<Condition, 'fieldId'>) =>
  problemsOf(aDefinition({ a: [aField('src', source), aField('target', { visibleWhen: { fieldId: 'src', ...condition } })] }));

describe('validateTemplateDefinition', () => {
  test('a sound template has no problem, even for publishing', () => {
    assert.deepEqual(problemsOf(leakCheck(), true), []);
  });

  test('empty_label: families, fields and options (labels of blanks only)', () => {
    const definition: TemplateDefinition = {
      families: [{ id: 'a', label: '  ', fields: [aField('f', { label: ' ' }), aField('c', { type: 'choice', options: ['Yes', ' '] })] }],
    };
    assert.deepEqual(problemsOf(definition), [
      { path: ['families', 0, 'label'], code: 'empty_label' },
      { path: ['families', 0, 'fields', 0, 'label'], code: 'empty_label' },
      { path: ['families', 0, 'fields', 1, 'options', 1], code: 'empty_label' },
    ]);
  });

  test('choice_without_options', () => {
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('x'), aField('c', { type: 'choice' })] })), [
      { path: ['families', 0, 'fields', 1, 'options'], code: 'choice_without_options' },
    ]);
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('c', { type: 'choice', options: [] })] }))[0]!.code, 'choice_without_options');
  });

  test('duplicate_option: the second one, ignoring case and spaces', () => {
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('c', { type: 'choice', options: ['Gas', 'Oil', ' gas'] })] })), [
      { path: ['families', 0, 'fields', 0, 'options', 2], code: 'duplicate_option' },
    ]);
  });

  test('min_above_max on a number; equal bounds are fine', () => {
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('n', { type: 'number', min: 10, max: 5 })] })), [
      { path: ['families', 0, 'fields', 0, 'max'], code: 'min_above_max' },
    ]);
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('n', { type: 'number', min: 5, max: 5 })] })), []);
  });

  test('duplicate_id: fields across families, and families', () => {
    const definition: TemplateDefinition = {
      families: [
        { id: 'a', label: 'A', fields: [aField('x')] },
        { id: 'a', label: 'B', fields: [aField('x')] },
      ],
    };
    assert.deepEqual(problemsOf(definition), [
      { path: ['families', 1, 'id'], code: 'duplicate_id' },
      { path: ['families', 1, 'fields', 0, 'id'], code: 'duplicate_id' },
    ]);
  });

  test('unknown_condition_field: a condition on a field that no longer exists', () => {
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('t', { mandatoryWhen: { fieldId: 'deleted', operator: 'is_ticked' } })] })), [
      { path: ['families', 0, 'fields', 0, 'mandatoryWhen', 'fieldId'], code: 'unknown_condition_field' },
    ]);
  });

  test('condition_on_self', () => {
    assert.deepEqual(problemsOf(aDefinition({ a: [aField('t', { visibleWhen: { fieldId: 't', operator: 'equals', value: 'x' } })] })), [
      { path: ['families', 0, 'fields', 0, 'visibleWhen', 'fieldId'], code: 'condition_on_self' },
    ]);
  });

  test('condition_cycle: every condition on the loop, across families and condition kinds', () => {
    const definition: TemplateDefinition = {
      families: [
        { id: 'a', label: 'A', fields: [aField('x', { visibleWhen: { fieldId: 'y', operator: 'equals', value: 'go' } })] },
        {
          id: 'b',
          label: 'B',
          fields: [
            aField('y', { mandatoryWhen: { fieldId: 'z', operator: 'equals', value: 'go' } }),
            aField('z', { visibleWhen: { fieldId: 'x', operator: 'equals', value: 'go' } }),
            // depends on the loop without being on it: not a cycle
            aField('w', { visibleWhen: { fieldId: 'x', operator: 'equals', value: 'go' } }),
          ],
        },
      ],
    };
    assert.deepEqual(problemsOf(definition), [
      { path: ['families', 0, 'fields', 0, 'visibleWhen', 'fieldId'], code: 'condition_cycle' },
      { path: ['families', 1, 'fields', 0, 'mandatoryWhen', 'fieldId'], code: 'condition_cycle' },
      { path: ['families', 1, 'fields', 1, 'visibleWhen', 'fieldId'], code: 'condition_cycle' },
    ]);
  });

  test('a chain without a loop is fine', () => {
    const definition = aDefinition({
      a: [
        aField('x', { type: 'checkbox' }),
        aField('y', { visibleWhen: { fieldId: 'x', operator: 'is_ticked' } }),
        aField('z', { visibleWhen: { fieldId: 'y', operator: 'equals', value: 'ok' }, mandatoryWhen: { fieldId: 'x', operator: 'is_ticked' } }),
      ],
    });
    assert.deepEqual(problemsOf(definition), []);
  });

  test('condition_value_invalid: operators and values that the source field cannot match', () => {
    const options = { type: 'choice' as const, options: ['Gas', 'Oil'] };
    const operator = [{ path: ['families', 0, 'fields', 1, 'visibleWhen', 'operator'], code: 'condition_value_invalid' }];
    const value = [{ path: ['families', 0, 'fields', 1, 'visibleWhen', 'value'], code: 'condition_value_invalid' }];
    assert.deepEqual(conditionProblems({ type: 'text' }, { operator: 'is_ticked' }), operator, 'is_ticked on a text');
    assert.deepEqual(conditionProblems({ type: 'photo' }, { operator: 'equals', value: 'x' }), operator, 'a photo has no comparable value');
    assert.deepEqual(conditionProblems({ type: 'signature' }, { operator: 'is_one_of', value: ['x'] }), operator);
    assert.deepEqual(conditionProblems({ type: 'number' }, { operator: 'is_one_of', value: ['1'] }), operator);
    assert.deepEqual(conditionProblems(options, { operator: 'equals', value: 'Wood' }), value, 'not one of the options');
    assert.deepEqual(conditionProblems(options, { operator: 'equals' }), value, 'no value');
    assert.deepEqual(conditionProblems(options, { operator: 'is_one_of', value: [] }), value, 'an empty list');
    assert.deepEqual(conditionProblems(options, { operator: 'is_one_of', value: ['Gas', 'Coal'] }), value);
    assert.deepEqual(conditionProblems({ type: 'number' }, { operator: 'equals', value: '3' }), value, 'a string for a number');
    assert.deepEqual(conditionProblems({ type: 'checkbox' }, { operator: 'equals', value: 'yes' }), value);
    assert.deepEqual(conditionProblems({ type: 'checkbox' }, { operator: 'is_ticked', value: false }), value);
    assert.deepEqual(conditionProblems({ type: 'validation' }, { operator: 'equals', value: 'ok' }), value);
    assert.deepEqual(conditionProblems({ type: 'date' }, { operator: 'equals', value: '14/03/2025' }), value);

    assert.deepEqual(conditionProblems(options, { operator: 'is_one_of', value: ['Gas', 'Oil'] }), []);
    assert.deepEqual(conditionProblems({ type: 'number' }, { operator: 'differs', value: 0 }), []);
    assert.deepEqual(conditionProblems({ type: 'checkbox' }, { operator: 'equals', value: false }), []);
    assert.deepEqual(conditionProblems({ type: 'validation' }, { operator: 'equals', value: 'not_compliant' }), []);
    assert.deepEqual(conditionProblems({ type: 'time' }, { operator: 'equals', value: '08:00' }), []);
  });

  test('empty_family: allowed in a draft, refused for publishing (and a template without families)', () => {
    const definition: TemplateDefinition = { families: [{ id: 'a', label: 'A', fields: [aField('x')] }, { id: 'b', label: 'B', fields: [] }] };
    assert.deepEqual(problemsOf(definition), []);
    assert.deepEqual(problemsOf(definition, true), [{ path: ['families', 1, 'fields'], code: 'empty_family' }]);
    assert.deepEqual(problemsOf({ families: [] }), []);
    assert.deepEqual(problemsOf({ families: [] }, true), [{ path: ['families'], code: 'empty_family' }]);
  });

  test('every problem carries a sentence', () => {
    const problems = validateTemplateDefinition(aDefinition({ a: [aField('c', { type: 'choice', label: '' })] }));
    assert.ok(problems.length >= 2);
    for (const problem of problems) assert.match(problem.message, /\w{3,}/);
  });
});

describe('the demo seed', () => {
  test('ships two templates that could be published as they are', () => {
    assert.equal(demoTemplates.length, 2);
    for (const template of demoTemplates) {
      const definition = TemplateDefinition.parse(template.definition);
      assert.deepEqual(validateTemplateDefinition(definition, { forPublish: true }), [], template.name);
    }
  });
});
