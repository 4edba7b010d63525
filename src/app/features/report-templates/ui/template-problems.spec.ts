import { leakDefinition } from '../../../../testing/report-templates';
import { indexProblems, problemKey } from './template-problems';

describe('indexProblems', () => {
  it('places each problem at its field or family by id, with the property it is about', () => {
    const index = indexProblems(leakDefinition(), [
      { path: ['families', 1, 'fields', 0, 'mandatoryWhen', 'value'], code: 'condition_value_invalid', message: '' },
      { path: ['families', 0, 'fields', 1, 'options', 2], code: 'duplicate_option', message: '' },
      { path: ['families', 1, 'fields'], code: 'empty_family', message: '' },
      { path: ['families'], code: 'empty_family', message: '' },
    ]);
    expect(index.fields['photo']).toEqual([{ code: 'condition_value_invalid', message: '', property: 'mandatoryWhen', part: 'value' }]);
    expect(index.fields['pressure']).toEqual([{ code: 'duplicate_option', message: '', property: 'options', index: 2 }]);
    expect(index.families['evidence']).toEqual([{ code: 'empty_family', message: '', property: 'fields' }]);
    expect(index.template.length).toBe(1);
    expect(index.count).toBe(4);
  });

  it('translates known codes and quotes the server for the others', () => {
    expect(problemKey({ code: 'condition_cycle', message: 'x', property: 'visibleWhen' }).key).toBe('reportTemplates.problems.condition_cycle');
    expect(problemKey({ code: 'server', message: 'Too long', property: 'label' })).toEqual({
      key: 'validation.rejected',
      params: { message: 'Too long' },
    });
  });
});
