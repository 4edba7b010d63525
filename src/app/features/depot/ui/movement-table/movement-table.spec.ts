import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { DepotMovement } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import { depotTranslocoTesting, itemRef } from '../../../../../testing/depots';
import { MovementTable } from './movement-table';

describe('MovementTable', () => {
  const base: DepotMovement = {
    id: 'm1',
    kind: 'install',
    occurredAt: '2026-02-01T14:30:00.000Z',
    direction: 'out',
    item: itemRef({ reference: 'FLT', name: 'Filter cartridge', unit: 'unit' }),
    serial: null,
    quantity: 1,
    otherDepot: null,
    customer: { id: 'c-7', name: 'Boulangerie Martin' },
    job: { id: 'j-1', number: 'J-000123' },
    actor: { id: 'u-t', displayName: 'Léa Martin' },
    note: null,
    noteKey: null,
    noteParams: null,
    shortfall: { lineId: 'l-1', quantity: 2, resolvedAt: null, resolution: null },
  };
  const received: DepotMovement = {
    ...base,
    id: 'm2',
    kind: 'transfer',
    direction: 'in',
    item: itemRef({ reference: 'CAB', name: 'Cable', unit: 'metre' }),
    quantity: 2.5,
    otherDepot: { id: 'd-main', name: 'Main warehouse' },
    customer: null,
    job: null,
    actor: null,
    shortfall: null,
  };

  async function render(movements: DepotMovement[], lang = 'en') {
    TestBed.configureTestingModule({
      imports: [MovementTable, depotTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    TestBed.inject(TranslocoService).setActiveLang(lang);
    const fixture = TestBed.createComponent(MovementTable);
    fixture.componentRef.setInput('movements', movements);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const rows = [...element.querySelectorAll<HTMLTableRowElement>('tbody tr')];
    return { fixture, element, rows, cells: (row: HTMLTableRowElement) => [...row.cells].map((c) => c.textContent?.replace(/\s+/g, ' ').trim()) };
  }

  it('says what moved, which way, how much in its unit, the job as a link and who', async () => {
    const { rows, cells } = await render([base, received]);
    const [used, transfer] = rows.map(cells);
    expect(used.slice(1, 4)).toEqual(['Used on a job', 'FLT Filter cartridge', 'north_east Out 1 piece']);
    expect(used[6]).toBe('Léa Martin');
    expect(transfer.slice(1, 4)).toEqual(['Transfer', 'CAB Cable', 'south_west In 2.5 m']);
    expect(transfer[6]).toBe('Automatic');
    const links = [...rows[0].querySelectorAll('a')].map((a) => [a.textContent?.trim(), a.getAttribute('href')]);
    expect(links).toEqual([
      ['Boulangerie Martin', '/customers/c-7'],
      ['J-000123', '/jobs/J-000123'],
      ['To settle', '/stock-shortfalls'],
    ]);
    expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/depots/d-main');
  });

  it('marks an open stock shortfall plainly, and a settled one with how it was settled', async () => {
    const settled = { ...base, id: 'm3', shortfall: { lineId: 'l-1', quantity: 2, resolvedAt: '2026-02-02T08:00:00.000Z', resolution: 'written_off' as const } };
    const { rows, cells } = await render([base, settled, received]);
    expect(rows.map((r) => r.classList.contains('has-shortfall'))).toEqual([true, true, false]);
    expect(rows.map((r) => r.classList.contains('to-settle'))).withContext('only a shortfall still to settle is tinted').toEqual([true, false, false]);
    expect(cells(rows[0])[7]).toBe('warning 2 pieces missing To settle');
    expect(cells(rows[1])[7]).toBe('task_alt 2 pieces missing Settled: Written off');
    expect(cells(rows[2])[7]).toBe('—');
  });

  it('speaks French: units, decimal comma and the words of the shortfall', async () => {
    const { rows, cells } = await render([base, received], 'fr');
    expect(cells(rows[0]).slice(1, 4)).toEqual(['Utilisé en intervention', 'FLT Filter cartridge', 'north_east Sortie 1 pièce']);
    expect(cells(rows[0])[7]).toBe('warning Manque : 2 pièces À régulariser');
    expect(cells(rows[1])[3]).toBe('south_west Entrée 2,5 m');
  });

  it("says each movement's note in the reader's language, a typed one as typed", async () => {
    const used = { ...base, id: 'm3', note: 'Used on job J-000123', noteKey: 'used_on_job' as const, noteParams: { job: 'J-000123' } };
    const typed = { ...received, note: 'Restock before winter' };
    const { rows } = await render([used, typed, base], 'fr');
    expect(rows[0].querySelector('.note')?.textContent?.trim()).toBe("Utilisé lors de l'intervention J-000123");
    expect(rows[1].querySelector('.note')?.textContent?.trim()).toBe('Restock before winter');
    expect(rows[2].querySelector('.note')).withContext('no note, no line').toBeNull();
  });
});
