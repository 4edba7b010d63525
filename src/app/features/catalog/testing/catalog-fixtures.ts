import type { CatalogFamily, CatalogImportResult, CatalogItemDetail } from '@contract';

/** Test data of the catalog's data-access specs. */
export function family(n: number, overrides: Partial<CatalogFamily> = {}): CatalogFamily {
  return {
    id: `f-${n}`,
    name: `Family ${n}`,
    sortOrder: n * 10,
    itemCount: n,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function item(overrides: Partial<CatalogItemDetail> = {}): CatalogItemDetail {
  return {
    id: 'i-1',
    familyId: 'f-1',
    familyName: 'Family 1',
    kind: 'part',
    reference: 'PRT-00001',
    name: 'Circulateur',
    description: null,
    unit: 'unit',
    unitPriceCents: 18950,
    currency: 'EUR',
    taxRateBp: 2000,
    isSerialized: false,
    isStockTracked: true,
    isActive: true,
    createdAt: '2026-01-01T10:00:00.000Z',
    updatedAt: '2026-01-02T10:00:00.000Z',
    version: 3,
    serialUnitCount: 0,
    stockQuantity: 0,
    ...overrides,
  };
}

export function importResult(overrides: Partial<CatalogImportResult> = {}): CatalogImportResult {
  return {
    valid: true,
    dryRun: true,
    lines: [{ line: 2, reference: 'PRT-1', action: 'create', errors: [] }],
    created: 1,
    updated: 0,
    unchanged: 0,
    ...overrides,
  };
}
