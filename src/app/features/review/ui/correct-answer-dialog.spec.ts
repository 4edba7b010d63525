import type { FieldType, TemplateField } from '@contract';
import { correctedValue } from './correct-answer-dialog';

const field = (type: FieldType, extra: Partial<TemplateField> = {}): TemplateField => ({
  id: 'f-1',
  type,
  label: 'Field',
  mandatory: false,
  commentsAllowed: true,
  reservesAllowed: true,
  ...extra,
});

describe('corrected answer values', () => {
  it('send each type as the API expects it', () => {
    expect(correctedValue(field('checkbox'), true)).toBeTrue();
    expect(correctedValue(field('checkbox'), undefined)).toBeFalse();
    expect(correctedValue(field('number'), '2.5')).toBe(2.5);
    expect(correctedValue(field('date'), '2026-12-09')).toBe('2026-12-09');
    expect(correctedValue(field('time'), '08:30')).toBe('08:30');
    expect(correctedValue(field('choice', { options: ['Gas', 'Oil'] }), 'Oil')).toBe('Oil');
    expect(correctedValue(field('choice', { options: ['Gas', 'Oil'], multiple: true }), ['Gas', 'Oil'])).toEqual(['Gas', 'Oil']);
    expect(correctedValue(field('validation'), 'not_compliant')).toBe('not_compliant');
    expect(correctedValue(field('text'), '  Valve replaced ')).toBe('Valve replaced');
  });

  it('refuse what the field would reject, before asking the server', () => {
    expect(correctedValue(field('number', { min: 0, max: 10 }), '12')).toBeNull();
    expect(correctedValue(field('number'), '')).toBeNull();
    expect(correctedValue(field('date'), '09/12/2026')).toBeNull();
    expect(correctedValue(field('time'), '25:00')).toBeNull();
    expect(correctedValue(field('choice', { options: ['Gas'] }), 'Coal')).toBeNull();
    expect(correctedValue(field('choice', { options: ['Gas'], multiple: true }), [])).toBeNull();
    expect(correctedValue(field('validation'), 'maybe')).toBeNull();
    expect(correctedValue(field('text'), '   ')).toBeNull();
  });
});
