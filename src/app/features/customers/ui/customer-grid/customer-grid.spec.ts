import { provideZonelessChangeDetection } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import type { CustomerSummary } from '@contract';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { customerSummary } from '../../../../../testing/fixtures';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { CustomerGrid } from './customer-grid';

describe('CustomerGrid', () => {
  let fixture: ComponentFixture<CustomerGrid>;
  let element: HTMLElement;
  const rows = [customerSummary(1), customerSummary(2), customerSummary(3)];
  const datasource: IDatasource = {
    getRows: (params: IGetRowsParams) => setTimeout(() => params.successCallback(rows, rows.length)),
  };

  async function until(check: () => boolean) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CustomerGrid, translocoTesting()],
      providers: [provideZonelessChangeDetection()],
    });
    fixture = TestBed.createComponent(CustomerGrid);
    element = fixture.nativeElement;
    element.style.height = '400px';
    fixture.componentRef.setInput('label', 'Customers');
    fixture.componentRef.setInput('datasource', datasource);
    await fixture.whenStable();
    await until(() => element.querySelectorAll('.ag-row [role="gridcell"][col-id="name"]').length === 3);
  });

  it('shows the rows its datasource streams, with translated headers', () => {
    const names = Array.from(element.querySelectorAll('.ag-row [role="gridcell"][col-id="name"]')).map((c) => c.textContent);
    expect(names).toEqual(['Customer 1', 'Customer 2', 'Customer 3']);
    expect(element.querySelector('.ag-header-cell[col-id="siteCount"]')?.textContent).toContain('Sites');
  });

  it('has an accessible name', async () => {
    await fixture.whenStable();
    expect(element.querySelector('[role="grid"]')?.getAttribute('aria-label')).toBe('Customers');
  });

  it('opens a row on click and on Enter', async () => {
    const opened: CustomerSummary[] = [];
    fixture.componentInstance.rowOpened.subscribe((c) => opened.push(c));
    const clicked = element.querySelector('.ag-row[row-index="1"] [role="gridcell"][col-id="name"]') as HTMLElement;
    for (const type of ['mousedown', 'mouseup', 'click']) clicked.dispatchEvent(new MouseEvent(type, { bubbles: true }));
    const cell = element.querySelector('.ag-row[row-index="2"] [role="gridcell"][col-id="code"]') as HTMLElement;
    cell.focus();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    // ag-grid hands click events out asynchronously.
    await until(() => opened.length === 2);
    expect(opened.map((c) => c.id)).toEqual(['c-2', 'c-3']);
  });
});
