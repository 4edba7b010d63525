import type { AnswerCorrectionInput, CustomerSummary, JobEvent, ReviewNeighbours, TechnicianOption } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';
import type { ReviewFilters } from './review-query';

export const ReviewPageActions = createActionGroup({
  source: 'Review Page',
  events: {
    opened: props<{ number: string }>(),
    retried: props<{ number: string }>(),
    closed: emptyProps(),
    neighbourChosen: props<{ number: string }>(),
    /** `next` is the queue's next job as it was when the reviewer confirmed: it opens once validated. */
    validateConfirmed: props<{ next: string | null }>(),
    reopenSubmitted: props<{ reason: string }>(),
    correctionSubmitted: props<{ fieldId: string; fieldLabel: string; input: AnswerCorrectionInput }>(),
    /** A take-back recorded somewhere else: the office confirmed the move (issue 14 §1). */
    takeBackMoveConfirmed: props<{ takeBackId: string; serial: string }>(),
    /** …or typed the serial really on the part. */
    takeBackSerialCorrected: props<{ takeBackId: string; serial: string }>(),
  },
});

export const ReviewLiveActions = createActionGroup({
  source: 'Review Live',
  events: {
    /** Someone else (a technician, another manager) changed the job on screen. */
    jobChangedElsewhere: props<{ number: string }>(),
  },
});

export const ReviewQueuePageActions = createActionGroup({
  source: 'Review Queue Page',
  events: {
    opened: emptyProps(),
    filtersChanged: props<{ filters: ReviewFilters }>(),
    filtersCleared: emptyProps(),
    customerSearched: props<{ q: string }>(),
    retried: emptyProps(),
    jobOpened: props<{ number: string }>(),
  },
});

export const ReviewQueueGridActions = createActionGroup({
  source: 'Review Queue Grid',
  events: {
    blockLoaded: props<{ total: number }>(),
    blockFailed: props<{ error: ApiErrorInfo }>(),
  },
});

export const ReviewApiActions = createActionGroup({
  source: 'Review API',
  events: {
    jobLoaded: props<{ job: JobDetail; events: JobEvent[]; neighbours: ReviewNeighbours }>(),
    jobLoadFailed: props<{ number: string; error: ApiErrorInfo; quiet: boolean }>(),
    settingsLoaded: props<{ clearsSignatures: boolean | null }>(),
    validated: props<{ job: JobDetail; events: JobEvent[]; next: string | null }>(),
    reopened: props<{ job: JobDetail; events: JobEvent[] }>(),
    corrected: props<{ job: JobDetail; events: JobEvent[]; fieldLabel: string }>(),
    takeBackSettled: props<{ job: JobDetail; events: JobEvent[]; resolution: 'confirm' | 'correct'; serial: string }>(),
    /** 412: the job changed since it was shown; it is read again. */
    writeStale: props<{ number: string }>(),
    writeFailed: props<{ error: ApiErrorInfo }>(),
    techniciansLoaded: props<{ technicians: TechnicianOption[] }>(),
    customersFound: props<{ customers: CustomerSummary[] }>(),
  },
});
