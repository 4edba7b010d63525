import type { CustomerJob, JobEvent } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { createFeature, createReducer, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import {
  JobDetailApiActions,
  JobDetailLiveActions,
  JobFormPageActions,
  JobPageActions,
  type JobPageCommand,
} from './job-detail.actions';

/** The one job on screen (page or form), its history and its customer's other jobs. */
export interface JobDetailState {
  /** The number asked for in the address. */
  number: string | null;
  job: JobDetail | null;
  load: CallState;
  events: JobEvent[];
  eventsLoad: CallState;
  previousJobs: { customerId: string | null; items: CustomerJob[]; total: number; callState: CallState };
  /** The status action under way or last failed (one at a time). */
  command: { name: JobPageCommand | null; callState: CallState };
  save: CallState;
  /** The job the form just created or saved (the page then uploads documents and opens it). */
  saved: JobDetail | null;
}

export const initialJobDetailState: JobDetailState = {
  number: null,
  job: null,
  load: 'idle',
  events: [],
  eventsLoad: 'idle',
  previousJobs: { customerId: null, items: [], total: 0, callState: 'idle' },
  command: { name: null, callState: 'idle' },
  save: 'idle',
  saved: null,
};

const sameJobAsked = (state: JobDetailState, job: JobDetail) => state.number === null || state.number === job.number || state.job?.id === job.id;

export const jobDetailFeature = createFeature({
  name: 'jobDetail',
  reducer: createReducer(
    initialJobDetailState,
    on(JobPageActions.opened, JobPageActions.retried, (state, { number }) => ({
      ...state,
      number,
      // Another job: forget the previous one so its content never shows under the new number.
      ...(state.job?.number === number ? {} : { job: null, events: [], eventsLoad: 'idle' as const }),
      load: 'loading' as const,
      command: { name: null, callState: 'idle' as const },
    })),
    on(JobFormPageActions.opened, (state, { number }) => ({
      ...state,
      number,
      ...(number === null || state.job?.number !== number ? { job: null } : {}),
      load: number ? ('loading' as const) : ('idle' as const),
      save: 'idle' as const,
      saved: null,
    })),
    on(JobFormPageActions.latestVersionRequested, (state) => ({ ...state, load: 'loading' as const })),
    on(JobDetailApiActions.jobLoaded, (state, { job }) => (sameJobAsked(state, job) ? { ...state, job, load: 'loaded' as const } : state)),
    on(JobDetailApiActions.jobLoadFailed, (state, { number, error }) => (state.number === number ? { ...state, load: { error } } : state)),
    on(JobPageActions.jobShown, (state, { jobId }) => ({
      ...state,
      eventsLoad: state.events.length && state.job?.id === jobId ? state.eventsLoad : ('loading' as const),
    })),
    on(JobDetailApiActions.eventsLoaded, (state, { jobId, events }) =>
      state.job?.id === jobId ? { ...state, events, eventsLoad: 'loaded' as const } : state,
    ),
    on(JobDetailApiActions.eventsLoadFailed, (state, { jobId, error }) => (state.job?.id === jobId ? { ...state, eventsLoad: { error } } : state)),
    on(JobDetailApiActions.previousJobsLoaded, (state, { customerId, page }) => ({
      ...state,
      previousJobs: { customerId, items: page.items, total: page.total, callState: 'loaded' as const },
    })),
    on(JobDetailApiActions.previousJobsLoadFailed, (state, { customerId, error }) => ({
      ...state,
      previousJobs: { customerId, items: [], total: 0, callState: { error } },
    })),
    on(JobPageActions.scheduleConfirmed, (state) => ({ ...state, command: { name: 'confirm_schedule' as const, callState: 'loading' as const } })),
    on(JobPageActions.rescheduleSubmitted, (state) => ({ ...state, command: { name: 'reschedule' as const, callState: 'loading' as const } })),
    on(JobPageActions.cancelSubmitted, (state) => ({ ...state, command: { name: 'cancel' as const, callState: 'loading' as const } })),
    on(JobPageActions.duplicateRequested, (state) => ({ ...state, command: { name: 'duplicate' as const, callState: 'loading' as const } })),
    on(JobPageActions.attachmentDeleteConfirmed, (state) => ({
      ...state,
      command: { name: 'delete_attachment' as const, callState: 'loading' as const },
    })),
    on(JobDetailApiActions.commandSucceeded, (state, { command, job }) => ({
      ...state,
      // A duplicate answers the copy, which the router opens next: the original stays on screen until then.
      job: job && command !== 'duplicate' ? job : state.job,
      command: { name: command, callState: 'loaded' as const },
    })),
    on(JobDetailApiActions.commandFailed, (state, { command, error }) => ({ ...state, command: { name: command, callState: { error } } })),
    on(JobFormPageActions.createSubmitted, JobFormPageActions.updateSubmitted, (state) => ({ ...state, save: 'loading' as const, saved: null })),
    on(JobDetailApiActions.jobSaved, (state, { job }) => ({ ...state, job, number: job.number, save: 'loaded' as const, saved: job })),
    on(JobDetailApiActions.saveFailed, (state, { error }) => ({ ...state, save: { error } })),
    // A live reload is quiet: the page keeps showing the job until the new version arrives.
    on(JobDetailLiveActions.shownJobChanged, (state) => state),
  ),
});

export const {
  selectJob,
  selectLoad,
  selectEvents,
  selectEventsLoad,
  selectPreviousJobs,
  selectCommand,
  selectSave,
  selectSaved,
} = jobDetailFeature;
