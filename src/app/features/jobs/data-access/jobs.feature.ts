import type { CustomerSummary, TechnicianOption } from '@contract';
import type { JobSummary } from '@contract/jobs-list';
import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import type { CallState } from '../../../shared/util/call-state';
import { DeclinedJobsPageActions, JobListPageActions, JobsApiActions, JobsRouterActions } from './jobs.actions';
import { type JobQuery, isFiltered, sameQuery } from './job-query';
import { isDeclined } from './job-summary';

/** The declined queue is short-lived work (tens of jobs), read page by page with "more". */
export interface DeclinedQueueState {
  items: JobSummary[];
  total: number;
  nextCursor: string | null;
  callState: CallState;
}

/**
 * Options of the grid's technician and customer filters: technicians are few (read once, null
 * until then), customers are many (searched by name prefix as the user types).
 */
export interface JobPickersState {
  technicians: TechnicianOption[] | null;
  customers: CustomerSummary[];
  /** Names of customers met in searches or read for an address that named only the id. */
  customerNames: Record<string, string>;
}

/** The grid's rows stream past the store (infinite row model): only the query, total and call states live here. */
export interface JobsState {
  /** From the URL; null until the list page's address has been read. */
  query: JobQuery | null;
  total: number | null;
  /** The total is an estimate (a big list: "about 700,000"). */
  totalIsEstimate: boolean;
  list: CallState;
  declined: DeclinedQueueState;
  /** The declined job whose reschedule is on its way. */
  reschedulingId: string | null;
  pickers: JobPickersState;
}

export const initialJobsState: JobsState = {
  query: null,
  total: null,
  totalIsEstimate: false,
  list: 'idle',
  declined: { items: [], total: 0, nextCursor: null, callState: 'idle' },
  reschedulingId: null,
  pickers: { technicians: null, customers: [], customerNames: {} },
};

export const jobsFeature = createFeature({
  name: 'jobs',
  reducer: createReducer(
    initialJobsState,
    on(JobsRouterActions.listQueryChanged, (state, { query }) => ({ ...state, query, total: null, totalIsEstimate: false, list: 'loading' as const })),
    on(JobListPageActions.retried, (state) => ({ ...state, list: 'loading' as const })),
    // Blocks of an older query may still land after the query changed: ignore them.
    on(JobsApiActions.listBlockLoaded, (state, { query, total, totalIsEstimate }) =>
      sameQuery(query, state.query) ? { ...state, total, totalIsEstimate, list: 'loaded' as const } : state,
    ),
    on(JobsApiActions.listBlockFailed, (state, { query, error }) =>
      sameQuery(query, state.query) ? { ...state, list: { error } } : state,
    ),
    on(DeclinedJobsPageActions.opened, DeclinedJobsPageActions.retried, (state) => ({
      ...state,
      declined: { ...initialJobsState.declined, callState: 'loading' as const },
    })),
    on(DeclinedJobsPageActions.moreRequested, (state) => ({
      ...state,
      declined: { ...state.declined, callState: 'loading' as const },
    })),
    on(JobsApiActions.declinedLoaded, (state, { page, append }) => {
      const kept = append ? state.declined.items : [];
      const known = new Set(kept.map((job) => job.id));
      return {
        ...state,
        declined: {
          items: [...kept, ...page.items.filter((job) => !known.has(job.id))],
          // Only the first page counts (the queue is short: it is never an estimate).
          total: page.total ?? state.declined.total,
          nextCursor: page.nextCursor,
          callState: 'loaded' as const,
        },
      };
    }),
    on(JobsApiActions.declinedLoadFailed, (state, { error }) => ({
      ...state,
      declined: { ...state.declined, callState: { error } },
    })),
    on(DeclinedJobsPageActions.rescheduleSubmitted, (state, { job }) => ({ ...state, reschedulingId: job.id })),
    // Rescheduled: the job leaves the queue (it is planned again).
    on(JobsApiActions.rescheduled, (state, { job }) => ({
      ...state,
      reschedulingId: null,
      declined: withoutJob(state.declined, job.id),
    })),
    on(JobsApiActions.rescheduleFailed, (state) => ({ ...state, reschedulingId: null })),
    on(JobsApiActions.declinedRowReloaded, (state, { job }) => ({
      ...state,
      declined: isDeclined(job)
        ? { ...state.declined, items: state.declined.items.map((row) => (row.id === job.id ? job : row)) }
        : withoutJob(state.declined, job.id),
    })),
    on(JobsApiActions.techniciansLoaded, (state, { technicians }) => ({ ...state, pickers: { ...state.pickers, technicians } })),
    on(JobsApiActions.customersFound, (state, { customers }) => ({
      ...state,
      pickers: { ...state.pickers, customers, customerNames: { ...state.pickers.customerNames, ...namesOf(customers) } },
    })),
    on(JobsApiActions.customerNamed, (state, { id, name }) => ({
      ...state,
      pickers: { ...state.pickers, customerNames: { ...state.pickers.customerNames, [id]: name } },
    })),
  ),
  extraSelectors: ({ selectQuery, selectTotal, selectTotalIsEstimate, selectList, selectPickers }) => ({
    selectTechnicianOptions: createSelector(selectPickers, (pickers) =>
      (pickers.technicians ?? []).map((t) => ({ id: t.id, name: t.displayName })),
    ),
    selectCustomerOptions: createSelector(selectPickers, (pickers) => pickers.customers.map((c) => ({ id: c.id, name: c.name }))),
    selectCustomerNames: createSelector(selectPickers, (pickers) => pickers.customerNames),
    selectListView: createSelector(selectQuery, selectTotal, selectTotalIsEstimate, selectList, (query, total, totalIsEstimate, list) => ({
      query,
      total,
      totalIsEstimate,
      callState: list,
      isEmpty: list === 'loaded' && total === 0,
      filtered: isFiltered(query),
    })),
  }),
});

function namesOf(customers: readonly CustomerSummary[]): Record<string, string> {
  return Object.fromEntries(customers.map((c) => [c.id, c.name]));
}

function withoutJob(queue: DeclinedQueueState, id: string): DeclinedQueueState {
  const items = queue.items.filter((row) => row.id !== id);
  return { ...queue, items, total: Math.max(0, queue.total - (queue.items.length - items.length)) };
}
