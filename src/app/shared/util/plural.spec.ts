import { pluralKey } from './plural';

describe('pluralKey', () => {
  it('picks one or other by the English rule', () => {
    expect(pluralKey('x.fields', 1, 'en')).toBe('x.fields.one');
    expect(pluralKey('x.fields', 0, 'en')).toBe('x.fields.other');
    expect(pluralKey('x.fields', 2, 'en')).toBe('x.fields.other');
  });

  it('follows French, where zero is singular', () => {
    expect(pluralKey('x.fields', 0, 'fr')).toBe('x.fields.one');
    expect(pluralKey('x.fields', 2, 'fr')).toBe('x.fields.other');
  });
});
