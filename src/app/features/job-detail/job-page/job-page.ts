import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { JobAttachment } from '@contract';
import type { JobDetail } from '@contract/jobs';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { selectMay } from '../../../core/auth/may';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { JobStatusChip } from '../../../shared/ui/job-status-chip/job-status-chip';
import { LocalDatePipe } from '../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { callError } from '../../../shared/util/call-state';
import {
  JobPageActions,
  PREVIOUS_JOBS_SHOWN,
  jobLookupsFeature,
  selectCommand,
  selectEvents,
  selectEventsLoad,
  selectJob,
  selectLoad,
  selectPreviousJobs,
} from '../data-access';
import { CancelDialog, type CancelDialogData } from '../ui/cancel-dialog/cancel-dialog';
import { customFieldRows } from '../../../shared/ui/custom-fields/custom-field-controls';
import { CustomFieldValues } from '../../../shared/ui/custom-fields/custom-field-values';
import { JobDocuments } from '../ui/job-documents/job-documents';
import { JobItems } from '../../../shared/ui/job-report/job-items';
import { TakeBackDiscrepancies } from '../../../shared/ui/job-report/take-back-discrepancies';
import { type JobPageAction, jobPageActions } from '../ui/job-page-actions';
import { JobReport } from '../../../shared/ui/job-report/job-report';
import { JobTimeline } from '../ui/job-timeline/job-timeline';
import { OnlineViewCard } from './online-view-card/online-view-card';
import { openRescheduleDialog } from '../../../shared/ui/reschedule-dialog/reschedule-dialog';
import { workedTime } from '../ui/worked-time';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

const ACTION_ICONS: Record<JobPageAction, string> = {
  edit: 'edit',
  confirm_schedule: 'event_available',
  reschedule: 'event_repeat',
  reassign: 'group',
  duplicate: 'content_copy',
  cancel: 'cancel',
  review: 'fact_check',
};

/** `/jobs/:number`: the job's online view — everything the technician sees, its history, report and actions. */
@Component({
  selector: 'fd-job-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatTooltipModule,
    RouterLink,
    TranslocoPipe,
    ApiErrorMessage,
    ListProblem,
    JobStatusChip,
    LocalDatePipe,
    RelativeTimePipe,
    JobDocuments,
    JobItems,
    TakeBackDiscrepancies,
    CustomFieldValues,
    JobReport,
    JobTimeline,
    OnlineViewCard,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './job-page.html',
  styleUrl: './job-page.scss',
})
export class JobPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly lookups = {
    technicians: this.store.selectSignal(jobLookupsFeature.selectTechnicianList),
    customFields: this.store.selectSignal(jobLookupsFeature.selectCustomFieldList),
  };
  protected readonly lang = inject(TranslocoService).activeLang;
  /** From the route (`/jobs/J-000123`). */
  readonly number = input.required<string>();

  protected readonly job = this.store.selectSignal(selectJob);
  private readonly loadState = this.store.selectSignal(selectLoad);
  protected readonly events = this.store.selectSignal(selectEvents);
  private readonly eventsLoad = this.store.selectSignal(selectEventsLoad);
  private readonly previous = this.store.selectSignal(selectPreviousJobs);
  private readonly command = this.store.selectSignal(selectCommand);
  protected readonly canWrite = this.store.selectSignal(selectMay('jobs', 'write'));

  /** The job asked for by the address (never the previous one while the next loads). */
  protected readonly shown = computed(() => {
    const job = this.job();
    return job && job.number === this.number() ? job : null;
  });
  protected readonly loading = computed(() => !this.shown() && this.loadState() === 'loading');
  protected readonly error = computed(() => callError(this.loadState()));
  protected readonly notFound = computed(() => this.error()?.status === 404);
  protected readonly eventsLoading = computed(() => this.eventsLoad() === 'loading');
  protected readonly eventsError = computed(() => callError(this.eventsLoad()));
  protected readonly busy = computed(() => this.command().callState === 'loading');
  protected readonly actions = computed(() => {
    const job = this.shown();
    return job ? jobPageActions(job, this.canWrite()) : [];
  });
  protected readonly manager = computed(() => this.shown()?.technicians.find((t) => t.role === 'manager') ?? null);
  protected readonly documents = computed(() => this.shown()?.report.attachments.filter((a) => a.kind === 'document') ?? []);
  protected readonly hasReport = computed(() => {
    const report = this.shown()?.report;
    return !!report && (report.answers.length > 0 || report.reserves.length > 0 || report.signatures.length > 0 || report.attachments.some((a) => a.kind !== 'document'));
  });
  protected readonly hasItems = computed(() => {
    const report = this.shown()?.report;
    return !!report && (report.items.length > 0 || report.takeBacks.length > 0);
  });
  protected readonly previousJobs = computed(() => {
    const job = this.shown();
    const previous = this.previous();
    if (!job || previous.customerId !== job.customer.id) return { items: [], total: 0, loading: true, error: null };
    return {
      items: previous.items.filter((j) => j.id !== job.id).slice(0, PREVIOUS_JOBS_SHOWN),
      total: Math.max(0, previous.total - 1),
      loading: previous.callState === 'loading',
      error: callError(previous.callState),
    };
  });
  protected readonly customFieldDefinitions = this.lookups.customFields;
  protected readonly hasCustomFields = computed(() => customFieldRows(this.shown()?.customFields ?? {}, this.customFieldDefinitions(), this.lang()).length > 0);
  protected readonly icons = ACTION_ICONS;

  constructor() {
    dispatchOnChange(this.number, (number) => JobPageActions.opened({ number }));
    effect(() => {
      const job = this.shown();
      if (!job) return;
      const { id, version } = job;
      untracked(() => this.store.dispatch(JobPageActions.jobShown({ jobId: id, customerId: job.customer.id, version })));
    });
  }

  protected worked(job: JobDetail): string {
    return workedTime(job.workedSeconds);
  }

  protected retry(): void {
    this.store.dispatch(JobPageActions.retried({ number: this.number() }));
  }

  protected run(action: JobPageAction, job: JobDetail): void {
    switch (action) {
      case 'confirm_schedule':
        return this.confirm('jobDetail.confirmSchedule', job, () =>
          this.store.dispatch(JobPageActions.scheduleConfirmed({ id: job.id, version: job.version })),
        );
      case 'duplicate':
        return this.confirm('jobDetail.duplicate', job, () =>
          this.store.dispatch(JobPageActions.duplicateRequested({ id: job.id, version: job.version })),
        );
      case 'reschedule':
      case 'reassign':
        return this.openReschedule(action, job);
      case 'cancel':
        return this.openCancel(job);
      default:
        return;
    }
  }

  protected deleteDocument(job: JobDetail, document: JobAttachment): void {
    const data: ConfirmDialogData = {
      titleKey: 'jobDetail.documents.deleteTitle',
      messageKey: 'jobDetail.documents.deleteMessage',
      confirmKey: 'jobDetail.documents.deleteConfirm',
      cancelKey: 'common.cancel',
      params: { name: document.fileName || document.description || '' },
    };
    this.dialog
      .open(ConfirmDialog, { data, role: 'alertdialog' })
      .afterClosed()
      .subscribe((yes) => {
        if (yes === true) this.store.dispatch(JobPageActions.attachmentDeleteConfirmed({ jobId: job.id, attachmentId: document.id }));
      });
  }

  private confirm(prefix: string, job: JobDetail, then: () => void): void {
    const data: ConfirmDialogData = {
      titleKey: `${prefix}.title`,
      messageKey: `${prefix}.message`,
      confirmKey: `${prefix}.confirm`,
      cancelKey: 'common.cancel',
      params: { number: job.number },
    };
    this.dialog
      .open(ConfirmDialog, { data })
      .afterClosed()
      .subscribe((yes) => {
        if (yes === true) then();
      });
  }

  private openReschedule(mode: 'reschedule' | 'reassign', job: JobDetail): void {
    const subject = {
      number: job.number,
      plannedStart: job.plannedStart,
      plannedEnd: job.plannedEnd,
      managerId: this.manager()?.userId ?? null,
      auxiliaryIds: job.technicians.filter((t) => t.role === 'auxiliary').map((t) => t.userId),
    };
    const technicians = this.lookups.technicians().map((t) => ({ id: t.id, name: t.displayName }));
    openRescheduleDialog(this.dialog, { mode, job: subject, technicians }).subscribe((input) => {
      if (input) this.store.dispatch(JobPageActions.rescheduleSubmitted({ id: job.id, version: job.version, input }));
    });
  }

  private openCancel(job: JobDetail): void {
    const data: CancelDialogData = { number: job.number };
    this.dialog
      .open(CancelDialog, { data, width: '520px' })
      .afterClosed()
      .subscribe((reason) => {
        if (reason) this.store.dispatch(JobPageActions.cancelSubmitted({ id: job.id, version: job.version, reason }));
      });
  }
}
