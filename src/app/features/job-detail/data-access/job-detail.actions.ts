import type {
  Customer,
  CustomerJobPage,
  CustomerSummary,
  CustomFieldDefinition,
  JobEvent,
  JobType,
  ReportTemplateSummary,
  SettingsView,
  TechnicianOption,
} from '@contract';
import type { JobDetail, JobInput, JobPatch, JobRescheduleInput } from '@contract/jobs';
import type { JobOverlap } from '@contract/jobs-list';
import { createActionGroup, emptyProps, props } from '@ngrx/store';
import type { ApiErrorInfo } from '../../../shared/util/api-error';

/** The status actions the job page offers (beyond editing, which is a page of its own). */
export type JobPageCommand = 'confirm_schedule' | 'reschedule' | 'duplicate' | 'cancel' | 'delete_attachment';

export const JobPageActions = createActionGroup({
  source: 'Job Page',
  events: {
    opened: props<{ number: string }>(),
    retried: props<{ number: string }>(),
    /** A job is on screen (first load or a newer version): its history and the customer's jobs follow. */
    jobShown: props<{ jobId: string; customerId: string; version: number }>(),
    scheduleConfirmed: props<{ id: string; version: number }>(),
    rescheduleSubmitted: props<{ id: string; version: number; input: JobRescheduleInput }>(),
    cancelSubmitted: props<{ id: string; version: number; reason: string }>(),
    duplicateRequested: props<{ id: string; version: number }>(),
    attachmentDeleteConfirmed: props<{ jobId: string; attachmentId: string }>(),
  },
});

/** The planning the form would give: whose other jobs it might overlap. */
export interface OverlapQuery {
  technicianIds: string[];
  start: string;
  end: string;
  excludeJobId: string | null;
}

/** A document chosen in the form: the file itself stays in `JobDocumentFiles` under `key` (actions stay serializable). */
export interface ChosenDocument {
  key: string;
  name: string;
}

/** Lookups read for the form and the job page (a part of them per answer). */
export interface JobLookups {
  settings?: SettingsView;
  jobTypes?: JobType[];
  templates?: ReportTemplateSummary[];
  technicians?: TechnicianOption[];
  customFields?: CustomFieldDefinition[];
}

export const JobFormPageActions = createActionGroup({
  source: 'Job Form Page',
  events: {
    opened: props<{ number: string | null }>(),
    createSubmitted: props<{ input: JobInput }>(),
    updateSubmitted: props<{ id: string; version: number; patch: JobPatch }>(),
    latestVersionRequested: props<{ number: string }>(),
    /** Typed in the customer field (a name or code prefix). */
    customerTyped: props<{ q: string }>(),
    /** A customer picked (`propose`: offer its first site and primary contact) or the edited job's own. */
    customerChosen: props<{ id: string; propose: boolean }>(),
    scheduleChanged: props<{ query: OverlapQuery | null }>(),
    /** The job is saved: its documents go up, one after the other. */
    documentsSubmitted: props<{ jobId: string; documents: ChosenDocument[] }>(),
  },
});

export const JobDetailLiveActions = createActionGroup({
  source: 'Job Detail Live',
  events: {
    shownJobChanged: props<{ id: string }>(),
  },
});

export const JobDetailApiActions = createActionGroup({
  source: 'Job Detail API',
  events: {
    jobLoaded: props<{ job: JobDetail }>(),
    jobLoadFailed: props<{ number: string; error: ApiErrorInfo }>(),
    eventsLoaded: props<{ jobId: string; events: JobEvent[] }>(),
    eventsLoadFailed: props<{ jobId: string; error: ApiErrorInfo }>(),
    previousJobsLoaded: props<{ customerId: string; page: CustomerJobPage }>(),
    previousJobsLoadFailed: props<{ customerId: string; error: ApiErrorInfo }>(),
    commandSucceeded: props<{ command: JobPageCommand; job: JobDetail | null }>(),
    commandFailed: props<{ command: JobPageCommand; error: ApiErrorInfo }>(),
    jobSaved: props<{ job: JobDetail }>(),
    saveFailed: props<{ error: ApiErrorInfo }>(),
    lookupsLoaded: props<{ lookups: JobLookups }>(),
    lookupsLoadFailed: props<{ lookup: keyof JobLookups }>(),
    customerSearchStarted: emptyProps(),
    customersFound: props<{ customers: CustomerSummary[] }>(),
    formCustomerLoaded: props<{ customer: Customer; propose: boolean }>(),
    formCustomerLoadFailed: props<{ id: string; error: ApiErrorInfo }>(),
    overlapsFound: props<{ overlaps: JobOverlap[] }>(),
    documentUploaded: props<{ key: string }>(),
    documentUploadFailed: props<{ key: string; name: string }>(),
  },
});
