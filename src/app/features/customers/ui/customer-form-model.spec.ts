import { customer } from '../../../../testing/fixtures';
import { applyFieldIssues, createCustomerForm, createSiteGroup, fieldIssuesFrom, toCustomerInput } from './customer-form-model';

describe('customer form model', () => {
  it('starts from the customer and gives back a CustomerInput keeping ids', () => {
    const form = createCustomerForm(customer());
    const input = toCustomerInput(form, { contract: 'Gold' });
    expect(input.name).toBe('Boulangerie Martin');
    expect(input.sites?.[0]).toEqual(jasmine.objectContaining({ id: 's-1', city: 'Paris', addressLine2: null }));
    expect(input.contacts?.[0]).toEqual(jasmine.objectContaining({ id: 'p-1', email: 'jeanne@martin.test' }));
    expect(input.customFields).toEqual({ contract: 'Gold' });
  });

  it('trims text, turns empty optional fields into null and uppercases the country', () => {
    const form = createCustomerForm();
    form.patchValue({ name: '  Dupont SA ', email: '', phone: ' ', notes: '' });
    const site = createSiteGroup();
    site.patchValue({ name: 'HQ', addressLine1: '1 rue X', postalCode: '69001', city: 'Lyon', country: ' fr ' });
    form.controls.sites.push(site);
    const input = toCustomerInput(form);
    expect(input).toEqual(
      jasmine.objectContaining({ name: 'Dupont SA', email: null, phone: null, notes: null, contacts: [] }),
    );
    expect(input.sites?.[0].country).toBe('FR');
    expect(input.sites?.[0].id).toBeUndefined();
  });

  it('mirrors the contract: invalid characters, phone characters, email, required', () => {
    const form = createCustomerForm();
    form.patchValue({ name: '<script>', phone: '01 23 ab', email: 'not-an-email' });
    expect(form.controls.name.errors).toEqual({ invalidCharacters: true });
    expect(form.controls.phone.errors).toEqual({ invalidCharacters: true });
    expect(form.controls.email.errors).toEqual({ email: true });
    form.patchValue({ name: '   ', phone: '+33 (0)1 23-45.67' });
    expect(form.controls.name.errors).toEqual({ required: true });
    expect(form.controls.phone.errors).toBeNull();
  });

  it('puts the server’s 400 issues on the matching fields', () => {
    const form = createCustomerForm(customer());
    const issues = fieldIssuesFrom({
      issues: [
        { in: 'body', path: 'sites.0.city', message: 'Invalid characters found' },
        { in: 'body', path: 'colour', message: 'Unknown field' },
      ],
    });
    const unmatched = applyFieldIssues(form, issues);
    expect(form.get('sites.0.city')?.errors).toEqual({ server: 'Invalid characters found' });
    expect(unmatched).toEqual([{ path: 'colour', message: 'Unknown field' }]);
  });

  it('understands other shapes of details too', () => {
    expect(fieldIssuesFrom([{ path: ['body', 'name'], message: 'Too long' }])).toEqual([{ path: 'name', message: 'Too long' }]);
    expect(fieldIssuesFrom({ fields: { email: ['Bad'] } })).toEqual([{ path: 'email', message: 'Bad' }]);
    expect(fieldIssuesFrom(null)).toEqual([]);
  });
});
