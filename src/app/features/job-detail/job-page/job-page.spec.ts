import { TestBed } from '@angular/core/testing';
import type { JobEvent, Role } from '@contract';
import type { JobDetail } from '@contract/jobs';
import type { MockStore } from '@ngrx/store/testing';
import en from '../../../../../public/i18n/en.json';
import jobDetailEn from '../../../../../public/i18n/job-detail/en.json';
import { openPage } from '../../../../testing/page-testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { selectRole } from '../../../core/auth/auth.feature';
import type { CallState } from '../../../shared/util/call-state';
import {
  initialJobLookupsState,
  initialOnlineViewState,
  JobPageActions,
  selectCommand,
  selectEvents,
  selectEventsLoad,
  selectJob,
  selectLoad,
  selectPreviousJobs,
} from '../data-access';
import { jobDetail } from '../../../../testing/job-fixtures';
import { JobPage } from './job-page';

const created: JobEvent = {
  id: 'e-1',
  type: 'created',
  fromStatus: null,
  toStatus: 'created',
  actorId: 'u-1',
  actorName: 'Dana Dispatch',
  source: 'console',
  data: {},
  occurredAt: '2026-11-20T09:00:00.000Z',
};
const scheduled: JobEvent = { ...created, id: 'e-2', type: 'scheduled', toStatus: 'scheduled', occurredAt: '2026-11-20T09:05:00.000Z' };

describe('JobPage', () => {
  let store: MockStore;
  let element: HTMLElement;

  async function open(job: JobDetail | null, role: Role = 'dispatcher', load: CallState = 'loaded') {
    ({ store, element } = await openPage(JobPage, {
      imports: [translocoTesting({ langs: { en: { ...en, jobDetail: jobDetailEn } } })],
      initialState: { jobLookups: initialJobLookupsState, jobOnlineView: initialOnlineViewState },
      arrange: (s) => {
        s.overrideSelector(selectJob, job);
        s.overrideSelector(selectLoad, load);
        s.overrideSelector(selectEvents, [created, scheduled]);
        s.overrideSelector(selectEventsLoad, 'loaded' as CallState);
        s.overrideSelector(selectPreviousJobs, {
          customerId: 'c-1',
          items: [
            { id: 'job-1', number: 'J-000123', status: 'scheduled', plannedStart: null, description: 'This one', managerName: null, siteCity: null },
            { id: 'job-0', number: 'J-000099', status: 'validated', plannedStart: '2026-10-01T08:00:00.000Z', description: 'Last year', managerName: null, siteCity: null },
          ],
          total: 2,
          callState: 'loaded' as CallState,
        });
        s.overrideSelector(selectCommand, { name: null, callState: 'idle' as CallState });
        s.overrideSelector(selectRole, role);
      },
      inputs: { number: 'J-000123' },
    }));
  }
  // The visible words of each button, without the (aria-hidden) icon's ligature.
  const toolbar = () =>
    Array.from(element.querySelectorAll('[role="toolbar"] a, [role="toolbar"] button')).map((b) =>
      Array.from(b.querySelector('.mdc-button__label')?.childNodes ?? b.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent!.trim())
        .join(''),
    );
  const text = () => element.textContent!.replace(/\s+/g, ' ');

  it('asks for the job of the address and, once shown, its history', async () => {
    await open(jobDetail());
    expect(store.dispatch).toHaveBeenCalledWith(JobPageActions.opened({ number: 'J-000123' }));
    expect(store.dispatch).toHaveBeenCalledWith(JobPageActions.jobShown({ jobId: 'job-1', customerId: 'c-1', version: 4 }));
  });

  it('shows what the technician sees: times, place with a maps link, contact links, technicians and roles', async () => {
    await open(jobDetail());
    expect(element.querySelector('h1')!.textContent).toContain('Job J-000123');
    const maps = element.querySelector<HTMLAnchorElement>('a[href^="https://www.openstreetmap.org"]')!;
    expect(maps.target).toBe('_blank');
    expect(maps.rel).toContain('noopener');
    expect(element.querySelector('a[href="tel:+33 1 23 45 67 89"]')).not.toBeNull();
    expect(element.querySelector('a[href="tel:06 12 34 56 78"]')).not.toBeNull();
    expect(element.querySelector('a[href="mailto:jeanne@martin.test"]')).not.toBeNull();
    const technicians = Array.from(element.querySelectorAll('.technicians li')).map((li) =>
      Array.from(li.querySelectorAll('span')).map((span) => span.textContent!.trim()),
    );
    expect(technicians).toEqual([
      ['Tom Tech', 'Job manager'],
      ['Alice Aux', 'Auxiliary'],
    ]);
    expect(text()).toContain('Boiler check');
    expect(element.querySelector('a[href="/customers/c-1"]')!.textContent).toContain('Boulangerie Martin');
  });

  it('shows the history translated, and the customer’s other jobs without this one', async () => {
    await open(jobDetail());
    expect(text()).toContain('Job created');
    expect(text()).toContain('Scheduled Dana Dispatch');
    expect(element.querySelector('a[href="/jobs/J-000099"]')).not.toBeNull();
    expect(element.querySelectorAll('.previous a[href="/jobs/J-000123"]').length).toBe(0);
  });

  it('offers the actions of the status to a dispatcher, none to a supervisor', async () => {
    await open(jobDetail({ status: 'draft', allowedActions: ['plan_draft', 'confirm_schedule', 'unassign', 'cancel', 'edit', 'reschedule', 'duplicate'] }));
    expect(toolbar()).toEqual(['Edit', 'Confirm schedule', 'Reschedule', 'Reassign', 'Duplicate', 'Cancel job']);
    TestBed.resetTestingModule();
    await open(jobDetail({ status: 'draft' }), 'supervisor');
    expect(element.querySelector('[role="toolbar"]')).toBeNull();
  });

  it('links a returned job to its review', async () => {
    await open(jobDetail({ status: 'completed', allowedActions: ['validate', 'reopen', 'duplicate'] }), 'supervisor');
    expect(element.querySelector('a[href="/review/J-000123"]')).not.toBeNull();
  });

  it('says so when there is no such job', async () => {
    await open(null, 'dispatcher', { error: { status: 404, code: 'not_found', message: 'No job' } });
    expect(element.querySelector('h1')!.textContent).toContain('No job J-000123');
  });

  it('shows parts with totals only when there are some', async () => {
    await open(jobDetail());
    expect(text()).not.toContain('Parts and services');
  });
});
