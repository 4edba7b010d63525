import { type ComponentFixture, TestBed } from '@angular/core/testing';
import type { ColDef, GridApi } from 'ag-grid-community';
import { renderGrid, until } from '../../../../testing/grid-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { GridColumnPrefs } from './grid-column-prefs';
import type { GridSort } from './grid-columns';
import type { GridDefinition } from './grid-definition';
import type { InfiniteGrid } from './infinite-grid';

interface Row {
  id: string;
  version: number;
  name: string;
  note: string;
}

describe('InfiniteGrid', () => {
  let fixture: ComponentFixture<InfiniteGrid<Row>>;
  let grid: InfiniteGrid<Row>;
  let element: HTMLElement;
  let cell: (row: number, col: string) => HTMLElement | null;
  let header: (col: string) => HTMLElement | null;
  const rows: Row[] = [1, 2, 3].map((n) => ({ id: `r-${n}`, version: 1, name: `Row ${n}`, note: `Note ${n}` }));
  const texts = { en: { test: { columns: { name: 'Name', note: 'Note' }, grid: { noRowsToShow: 'Nothing' } } } };
  const definition: GridDefinition<Row, Record<string, string>> = {
    id: 'test',
    labels: 'test.columns',
    gridTexts: 'test.grid',
    columns: (labels, { lang }): ColDef<Row>[] => [
      { colId: 'name', field: 'name', headerName: `${labels['name']} (${lang})`, sortable: true, width: 150 },
      { colId: 'note', field: 'note', headerName: labels['note'], tooltipField: 'note', width: 200 },
      { colId: 'version', field: 'version', width: 100 },
    ],
  };
  const storageKey = 'fielddesk.testColumns.u-1';
  let errors: jasmine.Spy;

  beforeEach(async () => {
    errors = spyOn(console, 'error').and.callThrough();
    spyOn(console, 'warn').and.callThrough();
    ({ fixture, grid, element, cell, header } = await renderGrid<Row>({
      definition,
      rows,
      label: 'Things',
      owner: 'u-1',
      imports: [translocoTesting({ langs: texts, translocoConfig: { availableLangs: ['en'], defaultLang: 'en' } })],
    }));
    await until(() => cell(2, 'name') !== null);
  });

  afterEach(() => localStorage.removeItem(storageKey));

  it('builds its columns from the definition in the active language', () => {
    expect(header('name')?.textContent).toContain('Name (en)');
    expect(header('note')?.textContent).toContain('Note');
  });

  it('shows the rows, named for screen readers and reachable from the keyboard', () => {
    expect(cell(1, 'name')?.textContent).toBe('Row 2');
    const table = element.querySelector('[role="grid"], [role="treegrid"]');
    expect(table?.getAttribute('aria-label')).toBe('Things');
    expect(cell(0, 'name')?.getAttribute('tabindex')).toBe('-1');
  });

  it('opens a row on click and on Enter', async () => {
    const opened: Row[] = [];
    grid.rowOpened.subscribe((row) => opened.push(row));
    cell(0, 'name')!.click();
    cell(1, 'name')!.focus();
    cell(1, 'name')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await until(() => opened.length === 2);
    expect(opened.map((r) => r.id)).toEqual(['r-1', 'r-2']);
  });

  it('reports a header sort and shows the sort it is given, without reporting that one', async () => {
    const sorts: GridSort[] = [];
    grid.sortChanged.subscribe((s) => sorts.push(s));
    header('note')!.querySelector<HTMLElement>('.ag-header-cell-label')!.click();
    header('name')!.querySelector<HTMLElement>('.ag-header-cell-label')!.click();
    await until(() => sorts.length > 0);
    expect(sorts).toEqual([{ sort: 'name', dir: 'asc' }]);

    fixture.componentRef.setInput('sort', { sort: 'name', dir: 'desc' });
    await fixture.whenStable();
    await until(() => header('name')?.getAttribute('aria-sort') === 'descending');
    expect(header('name')?.getAttribute('aria-sort')).toBe('descending');
    expect(sorts.length).toBe(1);
  });

  it('applies the user’s hidden columns and widths for its grid id', async () => {
    TestBed.inject(GridColumnPrefs).hide('test', ['version']);
    TestBed.inject(GridColumnPrefs).resize('test', 'note', 260);
    await fixture.whenStable();
    await until(() => header('version') === null);
    expect(header('version')).toBeNull();
    await until(() => header('note')?.style.width === '260px');
    expect(header('note')?.style.width).toBe('260px');
    expect(JSON.parse(localStorage.getItem(storageKey)!)).toEqual({ hidden: ['version'], widths: { note: 260 } });
  });

  it('remembers a width the user dragged', async () => {
    const api = (grid as unknown as { api: () => GridApi<Row> }).api();
    api.setColumnWidths([{ key: 'name', newWidth: 222 }], true, 'uiColumnResized');
    await until(() => localStorage.getItem(storageKey) !== null);
    expect(TestBed.inject(GridColumnPrefs).read('test').widths).toEqual({ name: 222 });
  });

  it('replaces a loaded row in place with a newer version only', async () => {
    expect(grid.loadedVersion('r-2')).toBe(1);
    expect(grid.loadedVersion('r-99')).toBeUndefined();
    grid.replaceRow({ id: 'r-2', version: 2, name: 'Row 2 renamed', note: '' });
    await until(() => cell(1, 'name')?.textContent === 'Row 2 renamed');
    expect(cell(1, 'name')?.textContent).toBe('Row 2 renamed');
    grid.replaceRow({ id: 'r-2', version: 1, name: 'Stale', note: '' });
    expect(grid.loadedVersion('r-2')).toBe(2);
  });

  it('has the tooltip module: a tooltip column raises no missing-module error', () => {
    const messages = [...errors.calls.allArgs(), ...(console.warn as jasmine.Spy).calls.allArgs()].map((args) => args.join(' '));
    expect(messages.filter((m) => /#200|TooltipModule/.test(m))).toEqual([]);
  });

  it('offers checkboxes and reports the selected rows', async () => {
    const selected: Row[][] = [];
    grid.selected.subscribe((rows) => selected.push(rows));
    fixture.componentRef.setInput('selectable', true);
    await fixture.whenStable();
    await until(() => element.querySelector('.ag-row[row-index="0"] .ag-selection-checkbox input') !== null);
    element.querySelector<HTMLInputElement>('.ag-row[row-index="0"] .ag-selection-checkbox input')!.click();
    await until(() => selected.length > 0);
    expect(selected.at(-1)?.map((r) => r.id)).toEqual(['r-1']);
  });
});
