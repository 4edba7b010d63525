import type { CustomFieldDefinition } from '@contract';

/** A custom field definition for specs: a text field unless told otherwise. */
export function customFieldDefinition(overrides: Partial<CustomFieldDefinition> = {}): CustomFieldDefinition {
  return {
    id: `cf-${overrides.key ?? 'contract'}`,
    entity: 'customer',
    key: 'contract',
    labelEn: 'Contract',
    labelFr: 'Contrat',
    type: 'text',
    options: [],
    mandatory: false,
    sortOrder: 0,
    active: true,
    createdAt: '2026-11-01T08:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export const sampleCustomFields: CustomFieldDefinition[] = [
  customFieldDefinition({ key: 'contract', sortOrder: 2, mandatory: true }),
  customFieldDefinition({
    key: 'tier',
    labelEn: 'Tier',
    labelFr: 'Niveau',
    type: 'choice',
    sortOrder: 1,
    options: [
      { value: 'gold', labelEn: 'Gold', labelFr: 'Or' },
      { value: 'silver', labelEn: 'Silver', labelFr: 'Argent' },
    ],
  }),
  customFieldDefinition({ key: 'vip', labelEn: 'VIP', labelFr: 'VIP', type: 'checkbox', sortOrder: 3, mandatory: true }),
  customFieldDefinition({ key: 'fleetSize', labelEn: 'Fleet size', labelFr: 'Taille de flotte', type: 'number', sortOrder: 4 }),
  customFieldDefinition({ key: 'old', labelEn: 'Old field', labelFr: 'Ancien champ', sortOrder: 5, active: false }),
];
