import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, input } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { JobAnswer, ReserveStatus, TemplateField } from '@contract';
import { TranslocoDirective, TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { filter } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { originalUrl, thumbnailUrl } from '../../../shared/ui/job-report/answer-display';
import { ReportAnswer } from '../../../shared/ui/job-report/report-answer';
import { RelativeTimePipe } from '../../../shared/ui/relative-time-pipe';
import { type ChipTone, StatusChip } from '../../../shared/ui/status-chip/status-chip';
import {
  type ReserveChange,
  type ReserveFollowUpInput,
  ReservePageActions,
  type ReservePatch,
  ReservesApiActions,
  type StatusFormProblem,
  commentOnly,
  fieldName,
  reserveStatuses,
  reservesFeature,
  selectSupervisorOptions,
  selectTechnicianOptions,
  statusChange,
} from '../data-access';
import { FollowUpDialog, type FollowUpDialogData } from '../ui/follow-up-dialog';
import { PhotoDialog, type PhotoDialogData } from '../ui/photo-dialog';
import { ReserveTimeline } from '../ui/reserve-timeline';
import { dispatchOnChange } from '../../../shared/util/dispatch-on-change';

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
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './reserve-page.html',
  styleUrl: './reserve-page.scss',
})
export class ReservePage {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);
  protected readonly canTriage = this.store.selectSignal(selectMay('reserves', 'write'));
  protected readonly reserve = this.store.selectSignal(reservesFeature.selectReserve);
  protected readonly loadError = this.store.selectSignal(reservesFeature.selectLoadError);
  protected readonly saving = this.store.selectSignal(reservesFeature.selectSaving);
  protected readonly conflict = this.store.selectSignal(reservesFeature.selectConflict);
  protected readonly saveError = this.store.selectSignal(reservesFeature.selectSaveError);
  protected readonly supervisors = this.store.selectSignal(selectSupervisorOptions);
  private readonly technicians = this.store.selectSignal(selectTechnicianOptions);
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
    dispatchOnChange(this.id, (id) => ReservePageActions.opened({ id }));
    inject(DestroyRef).onDestroy(() => this.store.dispatch(ReservePageActions.closed()));
    // A saved change clears the form it came from; after a conflict or a failure what was typed stays.
    inject(Actions)
      .pipe(ofType(ReservesApiActions.changeSaved), takeUntilDestroyed())
      .subscribe(({ change }) => this.clearForm(change));
    // The assignee picker shows the reserve's current assignee (also after a conflict reload).
    effect(() => this.assignee.setValue(this.reserve()?.assigneeId ?? null));
  }

  protected changeStatus(): void {
    const r = this.reserve();
    if (!r) return;
    const result = statusChange(r.status, this.statusForm.getRawValue());
    this.statusProblem = 'problem' in result ? result.problem : null;
    if ('problem' in result) return;
    this.save('status', result.patch);
  }

  protected assign(): void {
    this.save('assignee', { assigneeId: this.assignee.value });
  }

  protected addComment(): void {
    const patch = commentOnly(this.comment.value);
    if (patch) this.save('comment', patch);
  }

  protected retry(): void {
    this.store.dispatch(ReservePageActions.retried({ id: this.id() }));
  }

  protected dismissConflict(): void {
    this.store.dispatch(ReservePageActions.conflictDismissed());
  }

  protected openPhoto(id: string, n: number): void {
    const alt = this.transloco.translate('reserves.detail.photo', { n });
    this.dialog.open<PhotoDialog, PhotoDialogData>(PhotoDialog, { data: { src: originalUrl(id), alt }, maxWidth: '95vw' });
  }

  protected createFollowUp(): void {
    const r = this.reserve();
    if (!r) return;
    const data: FollowUpDialogData = { technicians: this.technicians() };
    this.dialog
      .open<FollowUpDialog, FollowUpDialogData, ReserveFollowUpInput>(FollowUpDialog, { data })
      .afterClosed()
      .pipe(filter((input): input is ReserveFollowUpInput => !!input))
      .subscribe((input) => this.store.dispatch(ReservePageActions.followUpSubmitted({ id: r.id, input })));
  }

  private save(change: ReserveChange, patch: ReservePatch): void {
    // One change at a time: the next one must carry the version the first one returns.
    if (!this.saving()) this.store.dispatch(ReservePageActions.changeSubmitted({ change, patch }));
  }

  private clearForm(change: ReserveChange): void {
    if (change === 'status') this.statusForm.reset({ status: null, comment: '' });
    else if (change === 'comment') this.comment.reset('');
  }
}
