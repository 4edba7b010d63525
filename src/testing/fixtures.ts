import type { Customer, CustomerSummary, SessionInfo, SessionUser } from '@contract';

export function sessionUser(overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    id: 'u-1',
    email: 'dispatch@demo.fielddesk.test',
    displayName: 'Dana Dispatch',
    role: 'dispatcher',
    locale: 'en',
    theme: 'system',
    ...overrides,
  };
}

export function session(overrides: Partial<SessionUser> = {}): SessionInfo {
  return { user: sessionUser(overrides), csrfToken: 'csrf-123' };
}

export function customer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 'c-1',
    code: 'C-0001',
    name: 'Boulangerie Martin',
    email: 'contact@martin.test',
    phone: '+33 1 23 45 67 89',
    notes: 'Ring twice',
    customFields: { contract: 'Gold' },
    sites: [
      {
        id: 's-1',
        customerId: 'c-1',
        name: 'Main shop',
        addressLine1: '12 rue de la Paix',
        addressLine2: null,
        postalCode: '75002',
        city: 'Paris',
        country: 'FR',
        latitude: 48.8686,
        longitude: 2.3314,
        accessNotes: null,
      },
    ],
    contacts: [
      {
        id: 'p-1',
        customerId: 'c-1',
        siteId: null,
        name: 'Jeanne Martin',
        jobTitle: 'Owner',
        phone: '+33 1 23 45 67 89',
        mobile: '06 12 34 56 78',
        email: 'jeanne@martin.test',
        isPrimary: true,
      },
    ],
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

export function customerSummary(n: number): CustomerSummary {
  return {
    id: `c-${n}`,
    code: `C-${String(n).padStart(4, '0')}`,
    name: `Customer ${n}`,
    city: 'Lyon',
    phone: null,
    email: null,
    siteCount: 1,
    updatedAt: '2026-01-02T10:00:00.000Z',
  };
}
