import { field } from '../../../../testing/report-templates';
import { defaultCondition, operatorsFor, withOperator } from './conditions';

describe('condition helpers', () => {
  const choice = field('c', { type: 'choice', options: ['Gas', 'Oil'] });

  it('offers only the operators the server accepts for each type', () => {
    expect(operatorsFor('checkbox')).toEqual(['is_ticked', 'equals', 'differs']);
    expect(operatorsFor('number')).toEqual(['equals', 'differs']);
    expect(operatorsFor('choice')).toContain('is_one_of');
  });

  it('starts a condition with a value the source can take', () => {
    expect(defaultCondition(choice)).toEqual({ fieldId: 'c', operator: 'equals', value: 'Gas' });
    expect(defaultCondition(field('v', { type: 'validation' }))).toEqual({ fieldId: 'v', operator: 'equals', value: 'not_compliant' });
  });

  it('keeps the value across operators where it still fits', () => {
    expect(withOperator(choice, 'is_one_of', 'Oil')).toEqual({ fieldId: 'c', operator: 'is_one_of', value: ['Oil'] });
    expect(withOperator(choice, 'differs', ['Oil', 'Gas'])).toEqual({ fieldId: 'c', operator: 'differs', value: 'Oil' });
    expect(withOperator(field('b'), 'is_ticked', true)).toEqual({ fieldId: 'b', operator: 'is_ticked' });
  });
});
