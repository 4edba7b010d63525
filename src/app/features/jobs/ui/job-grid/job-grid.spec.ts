import { provideZonelessChangeDetection, signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { IDatasource, IGetRowsParams } from 'ag-grid-community';
import { GRID_OWNER, GridColumnPrefs } from '../../../../shared/ui/infinite-grid/grid-column-prefs';
import { jobSummary } from '../../testing/job-fixtures';
import { jobsTranslocoTesting } from '../../testing/jobs-transloco';
import { JobGrid, type JobGridSort } from './job-grid';

describe('JobGrid', () => {
  let fixture: ComponentFixture<JobGrid>;
  let element: HTMLElement;
  const rows = [
    jobSummary(1, { status: 'started', openReserves: 2, workedSeconds: 11_100, auxiliaryNames: ['Inès Roux', 'Paul Petit'] }),
    jobSummary(2),
    jobSummary(3),
  ];
  const datasource: IDatasource = {
    getRows: (params: IGetRowsParams) => setTimeout(() => params.successCallback(rows, rows.length)),
  };

  async function until(check: () => boolean) {
    for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const cell = (row: number, col: string) => element.querySelector<HTMLElement>(`.ag-row[row-index="${row}"] [col-id="${col}"]`);

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [JobGrid, jobsTranslocoTesting()],
      providers: [provideZonelessChangeDetection(), provideRouter([]), { provide: GRID_OWNER, useValue: signal('u-grid') }],
    });
    fixture = TestBed.createComponent(JobGrid);
    element = fixture.nativeElement;
    // Wide enough that column virtualisation renders every column.
    element.style.height = '400px';
    element.style.width = '2400px';
    fixture.componentRef.setInput('label', 'Jobs');
    fixture.componentRef.setInput('datasource', datasource);
    await fixture.whenStable();
    // Every column (virtualised until the grid measured its width) and every cell renderer.
    await until(() => cell(2, 'customer') !== null && cell(0, 'openReserves') !== null && cell(0, 'number')?.querySelector('a') != null);
  });

  it('shows the rows: number as a link, status chip, worked time, reserves badge, auxiliaries', () => {
    expect(cell(0, 'number')?.querySelector('a')?.getAttribute('href')).toBe('/jobs/J-000001');
    expect(cell(0, 'status')?.textContent).toContain('Started');
    expect(cell(0, 'worked')?.textContent).toBe('3 h 05 min');
    expect(cell(0, 'openReserves')?.querySelector('.reserve-badge')?.getAttribute('aria-label')).toBe('2 open reserves');
    expect(cell(1, 'openReserves')?.querySelector('.reserve-badge')).toBeNull();
    expect(cell(0, 'auxiliaries')?.textContent).toBe('Inès Roux, Paul Petit');
    expect(element.querySelector('[role="grid"], [role="treegrid"]')?.getAttribute('aria-label')).toBe('Jobs');
  });

  afterEach(() => localStorage.removeItem('fielddesk.jobColumns.u-grid'));

  it('hides the columns the user unticked', async () => {
    TestBed.inject(GridColumnPrefs).hide('job', ['template', 'siteCity']);
    await fixture.whenStable();
    await until(() => element.querySelector('.ag-header-cell[col-id="template"]') === null);
    expect(element.querySelector('.ag-header-cell[col-id="template"]')).toBeNull();
    expect(element.querySelector('.ag-header-cell[col-id="siteCity"]')).toBeNull();
    expect(element.querySelector('.ag-header-cell[col-id="manager"]')).not.toBeNull();
  });

  it('reports a header sort (the server sorts) and shows the sort it is given', async () => {
    const sorts: JobGridSort[] = [];
    fixture.componentInstance.sortChanged.subscribe((s) => sorts.push(s));
    element.querySelector<HTMLElement>('.ag-header-cell[col-id="number"] .ag-header-cell-label')!.click();
    await until(() => sorts.length > 0);
    expect(sorts).toEqual([{ sort: 'number', dir: 'asc' }]);

    // Back to an older address: the header follows the query without reporting it as a user sort.
    fixture.componentRef.setInput('sort', { sort: 'updatedAt', dir: 'desc' });
    await fixture.whenStable();
    await until(() => element.querySelector('.ag-header-cell[col-id="updatedAt"]')?.getAttribute('aria-sort') === 'descending');
    expect(element.querySelector('.ag-header-cell[col-id="updatedAt"]')?.getAttribute('aria-sort')).toBe('descending');
    expect(sorts.length).toBe(1);
  });

  it('replaces one loaded row in place with a newer version', async () => {
    const grid = fixture.componentInstance;
    expect(grid.loadedVersion('j-2')).toBe(1);
    expect(grid.loadedVersion('j-99')).toBeUndefined();
    grid.replaceRow(jobSummary(2, { status: 'paused', version: 2 }));
    await until(() => cell(1, 'status')?.textContent?.includes('Paused') === true);
    expect(cell(1, 'status')?.textContent).toContain('Paused');
    expect(grid.loadedVersion('j-2')).toBe(2);
    grid.replaceRow(jobSummary(2, { status: 'scheduled', version: 1 }));
    expect(grid.loadedVersion('j-2')).toBe(2);
  });
});
