import type { CustomerInput } from '@contract';

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
