import type { CustomerSummary, TechnicianOption } from '@contract';
import type { JobDetail, JobRescheduleInput } from '@contract/jobs';
import type { JobPage, JobSummary } from '@contract/jobs-list';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { JobQuery } from './job-query';

export const JobsRouterActions = createActionGroup({
  source: 'Jobs Router',
  events: {
    listQueryChanged: props<{ query: JobQuery }>(),
  },
});

export const JobListPageActions = createActionGroup({
  source: 'Job List Page',
  events: {
    opened: emptyProps(),
    /** Typed in the customer filter: a name prefix. */
    customerSearched: props<{ q: string }>(),
    /** Filters the user changed (the rest of the query is kept). */
    filtersChanged: props<{ changes: Partial<JobQuery> }>(),
    /** A quick view; the sort goes back to the view's natural order. */
    viewChosen: props<{ view: JobQuery['view'] }>(),
    sortChanged: props<{ sort: JobQuery['sort']; dir: JobQuery['dir'] }>(),
    filtersCleared: emptyProps(),
    jobOpened: props<{ number: string }>(),
    exportStarted: emptyProps(),
    retried: emptyProps(),
  },
});

export const DeclinedJobsPageActions = createActionGroup({
  source: 'Declined Jobs Page',
  events: {
    opened: emptyProps(),
    retried: emptyProps(),
    moreRequested: emptyProps(),
    rescheduleSubmitted: props<{ job: JobSummary; input: JobRescheduleInput }>(),
  },
});

export const JobsApiActions = createActionGroup({
  source: 'Jobs API',
  events: {
    listBlockLoaded: props<{ query: JobQuery; total: number; totalIsEstimate: boolean }>(),
    listBlockFailed: props<{ query: JobQuery; error: ApiErrorInfo }>(),
    declinedLoaded: props<{ page: JobPage; append: boolean }>(),
    declinedLoadFailed: props<{ error: ApiErrorInfo }>(),
    rescheduled: props<{ job: JobDetail }>(),
    rescheduleFailed: props<{ jobId: string; error: ApiErrorInfo }>(),
    declinedRowReloaded: props<{ job: JobSummary }>(),
    techniciansLoaded: props<{ technicians: TechnicianOption[] }>(),
    techniciansLoadFailed: emptyProps(),
    customersFound: props<{ customers: CustomerSummary[] }>(),
    customerNamed: props<{ id: string; name: string }>(),
  },
});
