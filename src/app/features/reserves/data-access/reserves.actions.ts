import type { CustomerSummary, TechnicianOption } from '@contract';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { ReserveQuery } from './reserve-query';
import type { SupervisorOption } from './reserves-api';
import type { ReserveBulkInput, ReserveBulkResult, ReserveDetail, ReserveFollowUpInput, ReservePatch, ReserveStats } from './reserve-model';

/** Which triage form a change came from: each says its own "done" and clears its own fields. */
export type ReserveChange = 'status' | 'assignee' | 'comment';

export const ReservePageActions = createActionGroup({
  source: 'Reserve Page',
  events: {
    opened: props<{ id: string }>(),
    retried: props<{ id: string }>(),
    closed: emptyProps(),
    /** Every change carries the version on screen (If-Match). */
    changeSubmitted: props<{ change: ReserveChange; patch: ReservePatch }>(),
    conflictDismissed: emptyProps(),
    followUpSubmitted: props<{ id: string; input: ReserveFollowUpInput }>(),
  },
});

export const ReserveListPageActions = createActionGroup({
  source: 'Reserve List Page',
  events: {
    opened: emptyProps(),
    /** The whole query, as the URL will carry it. */
    filtersChanged: props<{ query: ReserveQuery }>(),
    filtersCleared: emptyProps(),
    reserveOpened: props<{ id: string }>(),
    jobOpened: props<{ number: string }>(),
    bulkSubmitted: props<{ input: ReserveBulkInput }>(),
    /** New reserves arrived live (a burst counts once): the charts are read again. */
    reservesRaised: emptyProps(),
    /** What the user types in the customer filter (searched once they pause). */
    customerSearchChanged: props<{ q: string }>(),
  },
});

export const ReservesApiActions = createActionGroup({
  source: 'Reserves API',
  events: {
    loaded: props<{ reserve: ReserveDetail }>(),
    loadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    changeSaved: props<{ change: ReserveChange; reserve: ReserveDetail }>(),
    /** 412: someone else changed the reserve meanwhile; it is read again. */
    changeConflicted: props<{ id: string }>(),
    changeFailed: props<{ error: ApiErrorInfo }>(),
    followUpCreated: props<{ jobNumber: string }>(),
    followUpFailed: props<{ id: string; error: ApiErrorInfo }>(),
    statsLoaded: props<{ stats: ReserveStats }>(),
    statsFailed: emptyProps(),
    bulkApplied: props<{ result: ReserveBulkResult }>(),
    bulkFailed: props<{ error: ApiErrorInfo }>(),
    techniciansLoaded: props<{ technicians: TechnicianOption[] }>(),
    techniciansFailed: emptyProps(),
    supervisorsLoaded: props<{ supervisors: SupervisorOption[] }>(),
    /** The users list is for administrators only: a supervisor who cannot read it gets nothing listed. */
    supervisorsFailed: emptyProps(),
    customersFound: props<{ customers: CustomerSummary[] }>(),
  },
});
