import type { CustomerInput } from '@contract';
import type { Credentials, TestApp } from './test-app';

export const aSite = (overrides: Record<string, unknown> = {}) => ({
  name: 'Head office',
  addressLine1: '12 rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  country: 'fr',
  ...overrides,
});

export const aCustomer = (overrides: Partial<CustomerInput> & Record<string, unknown> = {}) => ({
  name: 'Boulangerie Étoile',
  email: 'contact@etoile.test',
  phone: '+33 1 23 45 67 89',
  sites: [aSite()],
  contacts: [{ name: 'Élise Martin', phone: '+33 6 12 34 56 78', email: 'elise@etoile.test', isPrimary: true }],
  ...overrides,
});

/** The options of the choice field the custom-field tests define on customers. */
export const goldAndSilver = [
  { value: 'gold', labelEn: 'Gold', labelFr: 'Or' },
  { value: 'silver', labelEn: 'Silver', labelFr: 'Argent' },
];

/** POST /api/custom-fields as `who` (an administrator may): the raw answer. */
export const defineCustomField = (t: TestApp, who: Credentials, payload: object) =>
  t.app.inject({ method: 'POST', url: '/api/custom-fields', headers: who.headers, payload });
