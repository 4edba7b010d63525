import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { depotTranslocoTesting, repairItem } from '../../../../../testing/depots';
import { RepairQueueTable, type RepairRequestEvent } from './repair-queue-table';

describe('RepairQueueTable', () => {
  let fixture: ComponentFixture<RepairQueueTable>;
  let element: HTMLElement;
  let bulk: RepairRequestEvent[];
  let single: RepairRequestEvent[];

  async function render(canWrite = true, items = [repairItem(1), repairItem(2), repairItem(3)]) {
    TestBed.configureTestingModule({
      imports: [RepairQueueTable, depotTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([])],
    });
    fixture = TestBed.createComponent(RepairQueueTable);
    fixture.componentRef.setInput('items', items);
    fixture.componentRef.setInput('canWrite', canWrite);
    bulk = [];
    single = [];
    fixture.componentInstance.bulkRequested.subscribe((e) => bulk.push(e));
    fixture.componentInstance.singleRequested.subscribe((e) => single.push(e));
    element = fixture.nativeElement;
    await fixture.whenStable();
  }

  const checkbox = (label: string) => element.querySelector<HTMLInputElement>(`input[type="checkbox"][aria-label="${label}"]`)!;
  const button = (text: string) =>
    [...element.querySelectorAll<HTMLButtonElement>('.bulk-bar button')].find((b) => b.textContent?.includes(text))!;

  async function click(target: HTMLElement) {
    target.click();
    await fixture.whenStable();
  }

  it('repairs the selected rows in one go', async () => {
    await render();
    expect(button('Repaired').disabled).toBeTrue();
    await click(checkbox('Select SER-1'));
    await click(checkbox('Select SER-3'));
    expect(element.querySelector('.bulk-bar .count')?.textContent).toContain('2 selected');
    await click(button('Repaired'));
    expect(bulk).toEqual([{ unitIds: ['su-1', 'su-3'], outcome: 'ok' }]);
  });

  it('selects every row shown, and unselects them', async () => {
    await render();
    await click(checkbox('Select all units shown'));
    await click(button('Obsolete'));
    expect(bulk).toEqual([{ unitIds: ['su-1', 'su-2', 'su-3'], outcome: 'obsolete' }]);
    await click(checkbox('Select all units shown'));
    expect(fixture.componentInstance.selected()).toEqual([]);
    expect(button('Obsolete').disabled).toBeTrue();
  });

  it('forgets selected rows that are no longer shown', async () => {
    await render();
    await click(checkbox('Select SER-2'));
    fixture.componentRef.setInput('items', [repairItem(1), repairItem(3)]);
    await fixture.whenStable();
    expect(button('Repaired').disabled).toBeTrue();
  });

  it('acts on one row alone', async () => {
    await render();
    await click(element.querySelector<HTMLButtonElement>('button[aria-label="SER-2 repaired"]')!);
    expect(single).toEqual([{ unitIds: ['su-2'], outcome: 'ok' }]);
  });

  it('shows where each unit is, who took it back, from which customer and job', async () => {
    await render();
    const row = element.querySelectorAll('tbody tr')[0];
    expect(row.textContent).toContain('Main warehouse');
    expect(row.textContent).toContain('Tech 1');
    expect(row.querySelector('a[href="/customers/c-1"]')?.textContent).toBe('Boulangerie Martin');
    expect(row.querySelector('a[href="/jobs/J-000123"]')).not.toBeNull();
    expect(row.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01T10:00:00.000Z');
  });

  it('offers no action to a reader', async () => {
    await render(false);
    expect(element.querySelector('.bulk-bar')).toBeNull();
    expect(element.querySelectorAll('input[type="checkbox"]').length).toBe(0);
    expect(element.querySelectorAll('tbody button').length).toBe(0);
  });
});
