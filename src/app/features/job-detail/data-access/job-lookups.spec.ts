import type { Actions } from '@ngrx/effects';
import type { Store } from '@ngrx/store';
import { of, throwError } from 'rxjs';
import { selectRole } from '../../../core/auth/auth.feature';
import { JobDetailApiActions, JobFormPageActions, JobPageActions } from './job-detail.actions';
import { loadJobLookups } from './job-lookups.effects';
import type { JobLookupsApi } from './job-lookups-api';
import { type JobLookupsState, initialJobLookupsState, jobLookupsFeature } from './job-lookups.feature';
import { collect } from '../../../../testing/effects';

describe('job lookups', () => {
  const technician = { id: 'u-10', displayName: 'Tom Tech', hasVanDepot: true };
  const field = (key: string, sortOrder: number) => ({ key, sortOrder }) as never;
  const api = () =>
    jasmine.createSpyObj<JobLookupsApi>('JobLookupsApi', {
      settings: throwError(() => new Error('down')),
      jobTypes: of([]),
      publishedTemplates: of([]),
      technicians: of([technician]),
      customFields: of([field('b', 2), field('a', 1)]),
    });
  const storeWith = (state: JobLookupsState, role = 'dispatcher') =>
    ({ select: (selector: unknown) => of(selector === selectRole ? role : state) }) as unknown as Store;

  it('reads what the form chooses from, once, and says when a part failed', () => {
    const reader = api();
    const out = collect(loadJobLookups(of(JobFormPageActions.opened({ number: null })) as Actions, storeWith(initialJobLookupsState), reader));
    expect(out).toContain(JobDetailApiActions.lookupsLoadFailed({ lookup: 'settings' }));
    const state = out.reduce(jobLookupsFeature.reducer, initialJobLookupsState);
    expect(state.failed).toBeTrue();
    expect(state.technicians).toEqual([technician]);
    expect(state.customFields?.map((d) => d.key)).toEqual(['a', 'b']);

    const again = api();
    expect(collect(loadJobLookups(of(JobFormPageActions.opened({ number: null })) as Actions, storeWith(state), again)).length).toBe(1);
    expect(again.settings).toHaveBeenCalled();
    expect(again.technicians).not.toHaveBeenCalled();
  });

  it('reads the technicians for the job page only when the user may reschedule', () => {
    const reader = api();
    collect(loadJobLookups(of(JobPageActions.opened({ number: 'J-1' })) as Actions, storeWith(initialJobLookupsState, 'supervisor'), reader));
    expect(reader.customFields).toHaveBeenCalled();
    expect(reader.technicians).not.toHaveBeenCalled();
    collect(loadJobLookups(of(JobPageActions.opened({ number: 'J-1' })) as Actions, storeWith(initialJobLookupsState), reader));
    expect(reader.technicians).toHaveBeenCalled();
    expect(reader.settings).not.toHaveBeenCalled();
  });
});
