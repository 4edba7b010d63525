import { ChangeDetectionStrategy, Component, computed, effect, inject, input } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { JobAnswer, ReserveStatus, TemplateField } from '@contract';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { Notifier } from '../../../core/notifications/notifier';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { originalUrl, thumbnailUrl } from '../../../shared/ui/job-report/answer-display';
import { ReportAnswer } from '../../../shared/ui/job-report/report-answer';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { type ChipTone, StatusChip } from '../../../shared/ui/status-chip/status-chip';
import { toApiErrorInfo } from '../../../shared/util/api-error';
import {
  ReserveDetailState,
  type ReserveFollowUpInput,
  ReservePickers,
  ReservesApi,
  type SaveOutcome,
  type StatusFormProblem,
  commentOnly,
  fieldName,
  reserveStatuses,
  statusChange,
} from '../data-access';
import { FollowUpDialog, type FollowUpDialogData } from '../ui/follow-up-dialog';
import { PhotoDialog, type PhotoDialogData } from '../ui/photo-dialog';
import { ReserveTimeline } from '../ui/reserve-timeline';

export const RESERVE_TONES: Record<ReserveStatus, ChipTone> = { unresolved: 'error', resolved: 'primary', compliant: 'tertiary' };

/** `/reserves/:id`: one reserve, its answer and photos, its triage (status, assignee, comments, follow-up) and history. */
@Component({
  selector: 'fd-reserve-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslocoDirective,
    TranslocoPipe,
    ApiErrorMessage,
    RelativeTimePipe,
    ReportAnswer,
    StatusChip,
    ReserveTimeline,
  ],
  providers: [ReserveDetailState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reserve-page.html',
  styleUrl: './reserve-page.scss',
})
export class ReservePage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly state = inject(ReserveDetailState);
  protected readonly pickers = inject(ReservePickers);
  private readonly api = inject(ReservesApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);

  protected readonly canTriage = inject(Store).selectSignal(selectMay('reserves', 'write'));
  protected readonly reserve = this.state.reserve;
  protected readonly statuses = reserveStatuses;
  protected readonly tones = RESERVE_TONES;
  protected readonly thumbnail = thumbnailUrl;
  protected readonly lang = this.transloco.activeLang;

  protected readonly title = computed(() => {
    const r = this.reserve();
    return r ? fieldName(r.familyLabel, r.fieldLabel) : '';
  });
  /** The shared answer display reads a template field and a job answer: the reserve's answer as those. */
  protected readonly answerField = computed(() => {
    const r = this.reserve();
    if (!r?.answer.fieldType) return null;
    return { id: r.fieldId, type: r.answer.fieldType, label: r.fieldLabel, mandatory: false } as TemplateField;
  });
  protected readonly answer = computed<JobAnswer | null>(() => {
    const r = this.reserve();
    if (!r) return null;
    const { value, comment, answeredByName, answeredAt } = r.answer;
    return { fieldId: r.fieldId, value, comment, answeredBy: null, answeredByName, answeredAt: answeredAt ?? r.raisedAt };
  });

  protected readonly statusForm = new FormGroup({
    status: new FormControl<ReserveStatus | null>(null),
    comment: new FormControl('', { nonNullable: true }),
  });
  protected statusProblem: StatusFormProblem | null = null;
  protected readonly assignee = new FormControl<string | null>(null);
  protected readonly comment = new FormControl('', { nonNullable: true });

  constructor() {
    this.pickers.load();
    effect(() => this.state.load(this.id()));
    // The assignee picker shows the reserve's current assignee (also after a conflict reload).
    effect(() => this.assignee.setValue(this.reserve()?.assigneeId ?? null));
  }

  protected changeStatus(): void {
    const r = this.reserve();
    if (!r) return;
    const result = statusChange(r.status, this.statusForm.getRawValue());
    this.statusProblem = 'problem' in result ? result.problem : null;
    if ('problem' in result) return;
    this.state.save(result.patch).subscribe((outcome) => {
      if (outcome === 'saved') {
        this.statusForm.reset({ status: null, comment: '' });
        this.notifier.info('reserves.detail.statusChanged');
      }
    });
  }

  protected assign(): void {
    this.state.save({ assigneeId: this.assignee.value }).subscribe((outcome) => this.done(outcome, 'reserves.detail.assigned'));
  }

  protected addComment(): void {
    const patch = commentOnly(this.comment.value);
    if (!patch) return;
    this.state.save(patch).subscribe((outcome) => {
      if (outcome === 'saved') this.comment.reset('');
      this.done(outcome, 'reserves.detail.commentAdded');
    });
  }

  protected openPhoto(id: string, n: number): void {
    const alt = this.transloco.translate('reserves.detail.photo', { n });
    this.dialog.open<PhotoDialog, PhotoDialogData>(PhotoDialog, { data: { src: originalUrl(id), alt }, maxWidth: '95vw' });
  }

  protected createFollowUp(): void {
    const r = this.reserve();
    if (!r) return;
    const data: FollowUpDialogData = { technicians: this.pickers.technicians() };
    this.dialog
      .open<FollowUpDialog, FollowUpDialogData, ReserveFollowUpInput>(FollowUpDialog, { data })
      .afterClosed()
      .pipe(filter((body): body is ReserveFollowUpInput => !!body))
      .subscribe((body) =>
        this.api.createFollowUp(r.id, body).subscribe({
          next: ({ job }) => void this.router.navigate(['/jobs', job.number]),
          error: (error: unknown) => {
            this.notifier.error(toApiErrorInfo(error));
            this.state.load(r.id);
          },
        }),
      );
  }

  private done(outcome: SaveOutcome, key: string): void {
    if (outcome === 'saved') this.notifier.info(key);
  }
}
