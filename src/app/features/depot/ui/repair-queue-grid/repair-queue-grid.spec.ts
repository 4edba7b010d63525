import { provideZonelessChangeDetection } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { depotTranslocoTesting, repairItem } from '../../../../../testing/depots';
import { RepairQueueGrid, type RepairRequestEvent } from './repair-queue-grid';

describe('RepairQueueGrid', () => {
  let fixture: ComponentFixture<RepairQueueGrid>;
  let element: HTMLElement;
  let bulk: RepairRequestEvent[];
  let single: RepairRequestEvent[];
  let links: string[];
  const items = [repairItem(1), repairItem(2), repairItem(3, { fromCustomer: null, fromJob: null })];
  const datasource: IDatasource = {
    getRows: (params: IGetRowsParams) => setTimeout(() => params.successCallback(items, items.length)),
  };

  async function until(check: () => boolean) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  async function render(canWrite = true) {
    TestBed.configureTestingModule({
      imports: [RepairQueueGrid, depotTranslocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(RepairQueueGrid);
    element = fixture.nativeElement;
    // Wide enough that column virtualisation renders every column.
    element.style.height = '400px';
    element.style.width = '1800px';
    element.style.display = 'flex';
    fixture.componentRef.setInput('canWrite', canWrite);
    fixture.componentRef.setInput('datasource', datasource);
    fixture.componentRef.setInput('loaded', items.length);
    bulk = [];
    single = [];
    links = [];
    fixture.componentInstance.bulkRequested.subscribe((e) => bulk.push(e));
    fixture.componentInstance.singleRequested.subscribe((e) => single.push(e));
    fixture.componentInstance.linkOpened.subscribe((href) => links.push(href));
    await fixture.whenStable();
    await until(() => element.querySelectorAll('.ag-row [col-id="serial"]').length === 3);
  }

  const row = (n: number) => element.querySelector<HTMLElement>(`.ag-row[row-index="${n}"]`)!;
  const rowCheckbox = (n: number) => row(n).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
  const button = (text: string) => [...element.querySelectorAll<HTMLButtonElement>('.bulk-bar button')].find((b) => b.textContent?.includes(text))!;

  async function click(target: HTMLElement) {
    target.click();
    await fixture.whenStable();
  }

  it('repairs the selected rows in one go', async () => {
    await render();
    expect(button('Repaired').disabled).toBeTrue();
    await click(rowCheckbox(0));
    await click(rowCheckbox(2));
    // ag-grid tells its selection a moment later.
    await until(() => !!element.querySelector('.bulk-bar .count')?.textContent?.includes('2 selected'));
    expect(element.querySelector('.bulk-bar .count')?.textContent).toContain('2 selected');
    await click(button('Repaired'));
    expect(bulk).toEqual([{ unitIds: ['su-1', 'su-3'], outcome: 'ok' }]);
  });

  it('selects every loaded row, and unselects them', async () => {
    await render();
    const all = element.querySelector<HTMLInputElement>('.bulk-bar input[type="checkbox"][aria-label="Select all units shown"]')!;
    await click(all);
    await until(() => !button('Obsolete').disabled);
    await click(button('Obsolete'));
    expect(bulk.map((e) => [...e.unitIds].sort())).toEqual([['su-1', 'su-2', 'su-3']]);
    expect(bulk[0]!.outcome).toBe('obsolete');
    await click(all);
    await until(() => button('Obsolete').disabled);
    expect(element.querySelectorAll('.ag-row-selected').length).toBe(0);
    expect(button('Obsolete').disabled).toBeTrue();
  });

  it('acts on one row alone, without opening it', async () => {
    await render();
    await until(() => !!element.querySelector('button[aria-label="SER-2 repaired"]'));
    await click(element.querySelector<HTMLButtonElement>('button[aria-label="SER-2 repaired"]')!);
    expect(single).toEqual([{ unitIds: ['su-2'], outcome: 'ok' }]);
    expect(links).toEqual([]);
  });

  it('waits while a repair runs', async () => {
    await render();
    await until(() => !!element.querySelector('button[aria-label="SER-1 obsolete"]'));
    fixture.componentRef.setInput('busy', true);
    await fixture.whenStable();
    await until(() => element.querySelector<HTMLButtonElement>('button[aria-label="SER-1 obsolete"]')?.disabled === true);
    expect(element.querySelector<HTMLButtonElement>('button[aria-label="SER-1 obsolete"]')!.disabled).toBeTrue();
  });

  it('shows where each unit is, who took it back, from which customer and job; a row opens its unit', async () => {
    await render();
    // Cells drawn by a renderer come a frame later.
    await until(() => !!row(0).querySelector('time'));
    const first = row(0);
    expect(first.textContent).toContain('Main warehouse');
    expect(first.textContent).toContain('Tech 1');
    expect(first.querySelector('a[href="/customers/c-1"]')?.textContent).toBe('Boulangerie Martin');
    expect(first.querySelector('time')?.getAttribute('datetime')).toBe('2026-03-01T10:00:00.000Z');
    expect(first.querySelector('a[href="/jobs/J-000123"]')?.textContent).toBe('J-000123');
    expect(row(2).querySelector('[col-id="job"]')?.textContent).toBe('—');
    await click(first.querySelector<HTMLElement>('[col-id="takenBackBy"]')!);
    await until(() => links.length > 0);
    expect(links).toEqual(['/serials/SER-1']);
  });

  it('offers no action to a reader', async () => {
    await render(false);
    expect(element.querySelector('.bulk-bar')).toBeNull();
    expect(element.querySelectorAll('.ag-row input[type="checkbox"]').length).toBe(0);
    expect(element.querySelectorAll('.ag-row button').length).toBe(0);
  });
});
