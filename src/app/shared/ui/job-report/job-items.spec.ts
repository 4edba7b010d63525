import { registerLocaleData } from '@angular/common';
import localeFr from '@angular/common/locales/fr';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { JobItemLine, JobTakeBack } from '@contract';
import { jobTotals } from '@contract/rules';
import en from '../../../../../public/i18n/en.json';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { JobItems } from './job-items';

const line = (id: string, name: string, quantity: number, unitPriceCents: number, taxRateBp: number, more: Partial<JobItemLine> = {}): JobItemLine => ({
  id,
  itemId: `i-${id}`,
  reference: `REF-${id}`,
  name,
  kind: 'part',
  familyId: 'fam-1',
  familyName: 'Valves',
  unit: 'unit',
  quantity,
  serial: null,
  serialUnitId: null,
  shortfall: 0,
  shortfallResolution: null,
  unitPriceCents,
  taxRateBp,
  lineTotalCents: Math.round(quantity * unitPriceCents),
  createdAt: '2026-12-09T09:00:00.000Z',
  ...more,
});

const takeBack: JobTakeBack = {
  id: 'tb-1',
  serial: 'SN-42',
  serialUnitId: 'su-1',
  itemId: 'i-9',
  itemName: 'Pump',
  itemReference: 'P-9',
  familyId: 'fam-2',
  familyName: 'Pumps',
  status: 'needs_repair',
  wasFound: true,
  recordedElsewhere: false,
  createdAt: '2026-12-09T09:00:00.000Z',
  updatedAt: '2026-12-09T09:00:00.000Z',
};

describe('JobItems', () => {
  beforeAll(() => registerLocaleData(localeFr, 'fr'));

  async function render(lang: 'en' | 'fr', items: JobItemLine[], takeBacks: JobTakeBack[] = []) {
    TestBed.configureTestingModule({
      imports: [JobItems, translocoTesting({ langs: { en: en } })],
      providers: [provideZonelessChangeDetection()],
    });
    const fixture = TestBed.createComponent(JobItems);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('takeBacks', takeBacks);
    fixture.componentRef.setInput('totals', jobTotals(items, 'EUR'));
    fixture.componentRef.setInput('lang', lang);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }
  const total = (element: HTMLElement, which: string) =>
    element.querySelector(`[data-total="${which}"]`)!.textContent!.replace(/\s/g, ' ').trim();

  it('shows the totals excluding tax, the tax and including tax', async () => {
    const element = await render('en', [line('1', 'Valve', 2, 1250, 2000), line('2', 'Labour', 1.5, 6000, 1000)]);
    expect(total(element, 'excl')).toBe('€115.00');
    expect(total(element, 'tax')).toBe('€14.00');
    expect(total(element, 'incl')).toBe('€129.00');
    expect(element.querySelectorAll('tbody tr').length).toBe(2);
  });

  it('writes money the French way in French', async () => {
    const element = await render('fr', [line('1', 'Valve', 2, 1250, 2000)]);
    expect(total(element, 'incl').replace(/\u202f/g, ' ')).toBe('30,00 €');
  });

  it('says each quantity in its unit, and shows a stock shortfall plainly until and after it is settled', async () => {
    const element = await render('en', [
      line('1', 'Valve', 2, 1250, 2000),
      line('2', 'Cable', 3.5, 290, 2000, { unit: 'metre', shortfall: 2.5 }),
      line('3', 'Filter', 3, 900, 2000, { shortfall: 1, shortfallResolution: 'written_off' }),
    ]);
    const rows = [...element.querySelectorAll('tbody tr')].map((row) => row.textContent!.replace(/\s+/g, ' '));
    expect(rows[0]).toContain('2 pieces');
    expect(rows[0]).not.toContain('shortfall');
    expect(rows[1]).toContain('3.5 m');
    expect(rows[1]).toContain('Stock shortfall: 2.5 m not in the van');
    expect(rows[2]).toContain('Stock shortfall of 1 piece, settled');
    expect(element.querySelectorAll('[data-shortfall]').length).toBe(2);
  });

  it('lists take-backs with their status, without a parts table when there are none', async () => {
    const element = await render('en', [], [takeBack]);
    expect(element.querySelector('[data-total]')).toBeNull();
    expect(element.textContent).toContain('SN-42');
    expect(element.textContent).toContain('Needs repair');
  });
});
