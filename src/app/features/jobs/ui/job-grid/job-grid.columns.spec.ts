import { provideRouter } from '@angular/router';
import { TestBed } from '@angular/core/testing';
import type { JobSummary } from '@contract/jobs-list';
import { renderGrid, until } from '../../../../../testing/grid-testing';
import { GridColumnPrefs } from '../../../../shared/ui/infinite-grid/grid-column-prefs';
import type { GridSort } from '../../../../shared/ui/infinite-grid/grid-columns';
import { jobSummary } from '../../testing/job-fixtures';
import { jobsTranslocoTesting } from '../../testing/jobs-transloco';
import { jobGrid } from './job-grid.columns';

describe('The jobs grid', () => {
  let view: Awaited<ReturnType<typeof renderGrid<JobSummary>>>;
  const rows = [
    jobSummary(1, { status: 'started', openReserves: 2, workedSeconds: 11_100, auxiliaryNames: ['Inès Roux', 'Paul Petit'] }),
    jobSummary(2),
    jobSummary(3),
  ];

  beforeEach(async () => {
    view = await renderGrid({
      definition: jobGrid,
      rows,
      label: 'Jobs',
      width: '2400px',
      imports: [jobsTranslocoTesting()],
      providers: [provideRouter([])],
    });
    const { cell } = view;
    // Every column (virtualised until the grid measured its width) and every cell renderer.
    await until(() => cell(2, 'customer') !== null && cell(0, 'openReserves') !== null && cell(0, 'number')?.querySelector('a') != null);
  });

  afterEach(() => localStorage.removeItem('fielddesk.jobColumns.u-grid'));

  it('shows the rows: number as a link, status chip, worked time, reserves badge, auxiliaries', () => {
    const { cell, element } = view;
    expect(cell(0, 'number')?.querySelector('a')?.getAttribute('href')).toBe('/jobs/J-000001');
    expect(cell(0, 'status')?.textContent).toContain('Started');
    expect(cell(0, 'worked')?.textContent).toBe('3 h 05 min');
    expect(cell(0, 'openReserves')?.querySelector('.reserve-badge')?.getAttribute('aria-label')).toBe('2 open reserves');
    expect(cell(1, 'openReserves')?.querySelector('.reserve-badge')).toBeNull();
    expect(cell(0, 'auxiliaries')?.textContent).toBe('Inès Roux, Paul Petit');
    expect(element.querySelector('[role="grid"], [role="treegrid"]')?.getAttribute('aria-label')).toBe('Jobs');
  });

  it('hides the columns the user unticked', async () => {
    const { fixture, header } = view;
    TestBed.inject(GridColumnPrefs).hide('job', ['template', 'siteCity']);
    await fixture.whenStable();
    await until(() => header('template') === null);
    expect(header('template')).toBeNull();
    expect(header('siteCity')).toBeNull();
    expect(header('manager')).not.toBeNull();
  });

  it('sorts from the headers the API sorts by and from no other, and shows the query’s sort', async () => {
    const { fixture, header } = view;
    const sorts: GridSort[] = [];
    fixture.componentInstance.sortChanged.subscribe((s) => sorts.push(s));
    for (const column of ['status', 'customer', 'number']) header(column)!.querySelector<HTMLElement>('.ag-header-cell-label')!.click();
    await until(() => sorts.length > 0);
    expect(sorts).toEqual([{ sort: 'number', dir: 'asc' }]);

    // Back to an older address: the header follows the query.
    fixture.componentRef.setInput('sort', { sort: 'updatedAt', dir: 'desc' });
    await until(() => header('updatedAt')?.getAttribute('aria-sort') === 'descending');
    expect(header('updatedAt')?.getAttribute('aria-sort')).toBe('descending');
  });

  it('replaces one loaded row in place with a newer version', async () => {
    const { grid, cell } = view;
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
