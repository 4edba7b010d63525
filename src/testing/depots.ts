import type { Depot, ItemRef, RepairQueueItem, SerialUnit, SerialUnitDetail, SerialUnitEvent } from '@contract';
import { TranslocoTestingModule } from '@jsverse/transloco';
import en from '../../public/i18n/en.json';
import fr from '../../public/i18n/fr.json';
import depotEn from '../../public/i18n/depot/en.json';
import depotFr from '../../public/i18n/depot/fr.json';

/** Root and `depot` scope translations, merged as Transloco does once the scope is loaded. */
export function depotTranslocoTesting() {
  return TranslocoTestingModule.forRoot({
    langs: { en: { ...en, depot: depotEn }, fr: { ...fr, depot: depotFr } },
    translocoConfig: { availableLangs: ['en', 'fr'], defaultLang: 'en', reRenderOnLangChange: true },
    preloadLangs: true,
  });
}

export function depot(overrides: Partial<Depot> = {}): Depot {
  return {
    id: 'd-main',
    name: 'Main warehouse',
    kind: 'main',
    owner: null,
    serialUnitCount: 12,
    needsRepairCount: 2,
    stockLineCount: 30,
    version: 1,
    ...overrides,
  };
}

export function van(n: number, overrides: Partial<Depot> = {}): Depot {
  return depot({
    id: `d-van-${n}`,
    name: `Van ${n}`,
    kind: 'van',
    owner: { id: `u-tech-${n}`, displayName: `Tech ${n}` },
    ...overrides,
  });
}

export function itemRef(overrides: Partial<ItemRef> = {}): ItemRef {
  return {
    id: 'i-boiler',
    reference: 'VTD-100',
    name: 'Viessmann Vitodens 100-W',
    familyId: 'f-boilers',
    familyName: 'Boilers',
    isSerialized: true,
    isStockTracked: true,
    unit: 'unit',
    ...overrides,
  };
}

export function serialUnit(overrides: Partial<SerialUnit> = {}): SerialUnit {
  return {
    id: 'su-1',
    serial: 'VTD-2026-000001',
    status: 'ok',
    item: itemRef(),
    depot: { id: 'd-main', name: 'Main warehouse', kind: 'main' },
    customer: null,
    site: null,
    lastJob: null,
    updatedAt: '2026-03-01T10:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function unitEvent(overrides: Partial<SerialUnitEvent> = {}): SerialUnitEvent {
  return {
    id: 'm-1',
    kind: 'receipt',
    occurredAt: '2026-01-10T09:00:00.000Z',
    actor: { id: 'u-admin', displayName: 'Alice Admin' },
    fromDepot: null,
    toDepot: { id: 'd-main', name: 'Main warehouse' },
    customer: null,
    job: null,
    statusAfter: 'ok',
    note: null,
    ...overrides,
  };
}

export function serialUnitDetail(overrides: Partial<SerialUnitDetail> = {}): SerialUnitDetail {
  return { ...serialUnit(), history: [unitEvent()], reportedElsewhere: null, ...overrides };
}

export function repairItem(n: number, overrides: Partial<RepairQueueItem> = {}): RepairQueueItem {
  return {
    ...serialUnit({ id: `su-${n}`, serial: `SER-${n}`, status: 'needs_repair' }),
    takenBackAt: '2026-03-01T10:00:00.000Z',
    takenBackBy: { id: 'u-tech-1', displayName: 'Tech 1' },
    fromCustomer: { id: 'c-1', name: 'Boulangerie Martin' },
    fromJob: { id: 'j-1', number: 'J-000123' },
    ...overrides,
  };
}
