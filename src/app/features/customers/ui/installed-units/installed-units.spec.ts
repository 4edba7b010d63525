import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { InstalledUnitsBySite, SerialUnit } from '@contract';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { InstalledUnits } from './installed-units';

function unit(serial: string, lastJob: SerialUnit['lastJob'] = null): SerialUnit {
  return {
    id: `su-${serial}`,
    serial,
    status: 'installed',
    item: {
      id: 'i-1',
      reference: 'VTD-100',
      name: 'Vitodens 100-W',
      familyId: 'f-1',
      familyName: 'Boilers',
      isSerialized: true,
      isStockTracked: true,
      unit: 'unit',
    },
    depot: null,
    customer: { id: 'c-1', name: 'Boulangerie Martin' },
    site: { id: 's-1', name: 'Main shop', city: 'Paris' },
    lastJob,
    updatedAt: '2025-06-01T10:00:00.000Z',
    version: 3,
  };
}

describe('InstalledUnits', () => {
  async function render(sites: InstalledUnitsBySite['sites']) {
    TestBed.configureTestingModule({
      imports: [InstalledUnits, translocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(InstalledUnits);
    fixture.componentRef.setInput('sites', sites);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the units of each site, each serial opening its history', async () => {
    const element = await render([
      { site: { id: 's-1', name: 'Main shop', city: 'Paris' }, units: [unit('A-1', { id: 'j-1', number: 'J-000042' }), unit('A-2')] },
      { site: { id: 's-2', name: 'Bakery', city: 'Lyon' }, units: [unit('B-1')] },
    ]);
    expect([...element.querySelectorAll('h3')].map((h) => h.textContent?.trim())).toEqual(['Main shop · Paris', 'Bakery · Lyon']);
    expect(element.querySelector('a[href="/serials/A-1"]')?.textContent).toBe('A-1');
    expect(element.querySelector('a[href="/jobs/J-000042"]')).not.toBeNull();
    expect(element.querySelectorAll('tbody tr').length).toBe(3);
  });

  it('says so when nothing is installed', async () => {
    expect((await render([])).textContent).toContain('No serialized equipment is installed at this customer.');
  });
});
