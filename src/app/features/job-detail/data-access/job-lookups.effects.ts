import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { type Observable, catchError, map, merge, mergeMap, of, withLatestFrom } from 'rxjs';
import { selectRole } from '../../../core/auth/auth.feature';
import { JobDetailApiActions, JobFormPageActions, JobPageActions } from './job-detail.actions';
import { JobLookupsApi } from './job-lookups-api';
import { type JobLookupsState, jobLookupsFeature } from './job-lookups.feature';
import { may } from '@contract/rules';

type Lookup = Exclude<keyof JobLookupsState, 'failed'>;

/**
 * The form needs every lookup; the job page the custom fields, and the technicians when the user
 * may reschedule. Each is read once: what is already there is not asked again.
 */
export const loadJobLookups = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(JobLookupsApi)) => {
    const readers: { [L in Lookup]: () => Observable<NonNullable<JobLookupsState[L]>> } = {
      settings: () => api.settings(),
      jobTypes: () => api.jobTypes(),
      templates: () => api.publishedTemplates(),
      technicians: () => api.technicians(),
      customFields: () => api.customFields(),
    };
    return actions$.pipe(
      ofType(JobFormPageActions.opened, JobPageActions.opened),
      withLatestFrom(store.select(jobLookupsFeature.selectJobLookupsState), store.select(selectRole)),
      mergeMap(([action, state, role]) => {
        const wanted: Lookup[] =
          action.type === JobFormPageActions.opened.type
            ? ['settings', 'jobTypes', 'templates', 'technicians', 'customFields']
            : may(role, 'jobs', 'write')
              ? ['customFields', 'technicians']
              : ['customFields'];
        return merge(
          ...wanted
            .filter((lookup) => state[lookup] === null)
            .map((lookup) =>
              (readers[lookup]() as Observable<unknown>).pipe(
                map((value) => JobDetailApiActions.lookupsLoaded({ lookups: { [lookup]: value } })),
                catchError(() => of(JobDetailApiActions.lookupsLoadFailed({ lookup }))),
              ),
            ),
        );
      }),
    );
  },
  { functional: true },
);
