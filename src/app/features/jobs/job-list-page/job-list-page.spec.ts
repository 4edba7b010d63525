import type { ComponentFixture } from '@angular/core/testing';
import { provideAppDates } from '../../../shared/util/app-dates';
import type { Role } from '@contract';
import type { MockStore } from '@ngrx/store/testing';
import { openPage } from '../../../../testing/page-testing';
import { selectRole, selectUser } from '../../../core/auth/auth.feature';
import {
  JobListPageActions,
  type JobQuery,
  defaultJobQuery,
  isFiltered,
  selectCustomerNames,
  selectCustomerOptions,
  selectListView,
  selectTechnicianOptions,
} from '../data-access';
import { jobsTranslocoTesting } from '../testing/jobs-transloco';
import { JobListPage } from './job-list-page';

describe('JobListPage', () => {
  let fixture: ComponentFixture<JobListPage>;
  let store: MockStore;
  let element: HTMLElement;

  async function render(role: Role, query: JobQuery, total: number, totalIsEstimate = false) {
    ({ fixture, store, element } = await openPage(JobListPage, {
      imports: [jobsTranslocoTesting()],
      providers: [provideAppDates()],
      arrange: (mock) => {
        mock.overrideSelector(selectRole, role);
        mock.overrideSelector(selectUser, null);
        mock.overrideSelector(selectTechnicianOptions, [{ id: 'u-7', name: 'Théo Martin' }]);
        mock.overrideSelector(selectCustomerOptions, []);
        mock.overrideSelector(selectCustomerNames, {});
        mock.overrideSelector(selectListView, { query, total, totalIsEstimate, callState: 'loaded', isEmpty: total === 0, filtered: isFiltered(query) });
      },
    }));
  }

  const buttonTexts = () => Array.from(element.querySelectorAll('.page-header a')).map((b) => b.textContent?.trim());

  it('offers a dispatcher the board, the export of the filtered list and a new job', async () => {
    await render('dispatcher', { ...defaultJobQuery, view: 'today', status: ['started'] }, 12);
    expect(buttonTexts()).toEqual(['event_busy Declined jobs', 'calendar_view_week Schedule board', 'download Export CSV', 'add New job']);
    expect(element.querySelector('a.export')?.getAttribute('href')).toBe('/api/jobs/export.csv?view=today&status=started');
    expect(element.querySelector('.total')?.textContent).toContain('12 jobs');
  });

  it('says a total too big to count as an estimate', async () => {
    await render('dispatcher', defaultJobQuery, 730_000, true);
    expect(element.querySelector('.total')?.textContent?.trim()).toBe('About 730,000 jobs');
  });

  it('says the export started when it is clicked', async () => {
    await render('supervisor', defaultJobQuery, 3);
    const link = element.querySelector<HTMLAnchorElement>('a.export')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(store.dispatch).toHaveBeenCalledWith(JobListPageActions.exportStarted());
  });

  it('does not offer a supervisor to create jobs', async () => {
    await render('supervisor', defaultJobQuery, 3);
    expect(buttonTexts()).not.toContain('add New job');
  });

  it('says when nothing matches and clears the filters in one click', async () => {
    await render('dispatcher', { ...defaultJobQuery, view: 'late', hasOpenReserves: true }, 0);
    const empty = element.querySelector('.empty')!;
    expect(empty.textContent).toContain('No job matches these filters.');
    empty.querySelector('button')!.click();
    expect(store.dispatch).toHaveBeenCalledWith(JobListPageActions.filtersCleared());
  });

  it('applies a quick view from its chip', async () => {
    await render('dispatcher', defaultJobQuery, 40);
    const chip = Array.from(element.querySelectorAll<HTMLElement>('mat-chip-option')).find((c) => c.textContent?.includes('Job pool'))!;
    chip.querySelector<HTMLElement>('.mdc-evolution-chip__action--primary, button, [role="option"]')?.click();
    await fixture.whenStable();
    expect(store.dispatch).toHaveBeenCalledWith(JobListPageActions.viewChosen({ view: 'pool' }));
  });
});
