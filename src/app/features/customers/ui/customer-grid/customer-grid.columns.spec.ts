import type { CustomerSummary } from '@contract';
import { customFieldDefinition } from '../../../../../testing/custom-fields';
import { customerSummary } from '../../../../../testing/fixtures';
import { renderGrid, until } from '../../../../../testing/grid-testing';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { customerGrid } from './customer-grid.columns';

describe('The customers grid', () => {
  let fixture: Awaited<ReturnType<typeof renderGrid<CustomerSummary>>>['fixture'];
  let element: HTMLElement;
  const rows = [
    { ...customerSummary(1), customFields: { region: 'north', vip: true } },
    customerSummary(2),
    customerSummary(3),
  ];

  beforeEach(async () => {
    ({ fixture, element } = await renderGrid({ definition: customerGrid([]), rows, label: 'Customers', imports: [translocoTesting()] }));
    await until(() => element.querySelectorAll('.ag-row [role="gridcell"][col-id="name"]').length === 3);
  });

  it('shows the rows its datasource streams, with translated headers', () => {
    const names = Array.from(element.querySelectorAll('.ag-row [role="gridcell"][col-id="name"]')).map((c) => c.textContent);
    expect(names).toEqual(['Customer 1', 'Customer 2', 'Customer 3']);
    expect(element.querySelector('.ag-header-cell[col-id="siteCount"]')?.textContent).toContain('Sites');
  });

  it('shows a chosen custom field as a column and removes it when unchosen', async () => {
    const definition = (key: string, type: 'text' | 'checkbox', labelEn: string) => customFieldDefinition({ key, type, labelEn });
    expect(element.querySelector('.ag-header-cell[col-id="cf.region"]')).toBeNull();
    // Wide enough that column virtualisation renders every column.
    element.style.width = '2400px';
    fixture.componentRef.setInput('definition', customerGrid([definition('region', 'text', 'Region'), definition('vip', 'checkbox', 'VIP')]));
    await fixture.whenStable();
    await until(() => element.querySelector('.ag-row[row-index="0"] [col-id="cf.vip"]') !== null);
    expect(element.querySelector('.ag-header-cell[col-id="cf.region"]')?.textContent).toContain('Region');
    expect(element.querySelector('.ag-row[row-index="0"] [col-id="cf.region"]')?.textContent).toBe('north');
    expect(element.querySelector('.ag-row[row-index="0"] [col-id="cf.vip"]')?.textContent).toBe('Yes');

    fixture.componentRef.setInput('definition', customerGrid([definition('vip', 'checkbox', 'VIP')]));
    await fixture.whenStable();
    await until(() => element.querySelector('.ag-header-cell[col-id="cf.region"]') === null);
    expect(element.querySelector('.ag-header-cell[col-id="cf.region"]')).toBeNull();
    expect(element.querySelector('.ag-header-cell[col-id="cf.vip"]')).not.toBeNull();
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
