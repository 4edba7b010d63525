import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AnswerCorrectionInput, TemplateField } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Actions, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { catchError, filter, firstValueFrom, map, of } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { LiveEventsActions } from '../../../core/live-events/live-events.actions';
import { Notifier } from '../../../core/notifications/notifier';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { JobItems } from '../../../shared/ui/job-report/job-items';
import { JobReport } from '../../../shared/ui/job-report/job-report';
import type { PhotoOpened } from '../../../shared/ui/job-report/report-answer';
import { ReviewApi, ReviewJobStore, type ReviewWriteOutcome, reportPdfUrl } from '../data-access';
import { type CorrectAnswerData, CorrectAnswerDialog } from '../ui/correct-answer-dialog';
import { PhotoLightbox, type PhotoLightboxData } from '../ui/photo-lightbox';
import { ReopenDialog } from '../ui/reopen-dialog';
import { ReviewHeader } from '../ui/review-header';
import { reviewShortcut } from '../ui/review-shortcuts';
import { ShortcutsHelp } from '../ui/shortcuts-help';

const LIVE_TYPES = ['job.updated', 'job.status_changed', 'job.returned'];

/** One returned job to check: the report as filled, then validate, correct or send it back. */
@Component({
  selector: 'fd-review-page',
  imports: [
    TranslocoPipe,
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    MatSlideToggleModule,
    MatTooltipModule,
    ApiErrorMessage,
    ReviewHeader,
    JobReport,
    JobItems,
  ],
  providers: [ReviewJobStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'keydown($event)' },
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  protected readonly store = inject(ReviewJobStore);
  private readonly api = inject(ReviewApi);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);
  private readonly notifier = inject(Notifier);
  private readonly transloco = inject(TranslocoService);

  protected readonly number = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('number') ?? '')), { initialValue: '' });
  protected readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly job = this.store.job;
  protected readonly canWrite = inject(Store).selectSignal(selectMay('review', 'write'));
  protected readonly isReturned = computed(() => this.job()?.status === 'completed');
  protected readonly onlyFlagged = signal(false);
  protected readonly error = computed(() => {
    const state = this.store.state();
    return typeof state === 'object' ? state.error : null;
  });
  private readonly clearsSignatures = toSignal(this.api.signaturesClearedOnEdit().pipe(catchError(() => of(null))), { initialValue: null });

  constructor() {
    effect(() => {
      const number = this.number();
      if (number) void this.store.load(number);
    });
    // Live: someone else (a technician, another manager) changed this job.
    inject(Actions)
      .pipe(
        ofType(LiveEventsActions.received),
        filter(({ event }) => LIVE_TYPES.includes(event.type) && !!this.job() && event.payload['jobId'] === this.job()!.id),
        filter(({ event }) => typeof event.payload['version'] !== 'number' || event.payload['version'] !== this.job()!.version),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => void this.store.load(this.number(), true));
  }

  protected keydown(event: KeyboardEvent): void {
    const shortcut = reviewShortcut(event);
    if (!shortcut || this.dialog.openDialogs.length) return;
    event.preventDefault();
    if (shortcut === 'next') this.go(this.store.neighbours().next);
    else if (shortcut === 'previous') this.go(this.store.neighbours().previous);
    else if (shortcut === 'validate') void this.validate();
    else this.help();
  }

  protected help(): void {
    this.dialog.open(ShortcutsHelp);
  }

  protected go(number: string | null): void {
    if (number) void this.router.navigate(['/review', number]);
  }

  protected async validate(): Promise<void> {
    const job = this.job();
    if (!job || !this.canWrite() || !this.isReturned()) return;
    const data: ConfirmDialogData = {
      titleKey: 'review.validate.title',
      messageKey: 'review.validate.message',
      confirmKey: 'review.actions.validate',
      cancelKey: 'common.cancel',
      params: { number: job.number },
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (!confirmed) return;
    const next = this.store.neighbours().next;
    const outcome = await this.store.validate();
    if (this.report(outcome, 'review.validate.done', { number: job.number })) {
      void this.router.navigate(next ? ['/review', next] : ['/review']);
    }
  }

  protected async reopen(): Promise<void> {
    const job = this.job();
    if (!job) return;
    const reason = await firstValueFrom(this.dialog.open<ReopenDialog, unknown, string>(ReopenDialog).afterClosed());
    if (!reason) return;
    this.report(await this.store.reopen(reason), 'review.reopen.done', { number: job.number });
  }

  protected async correct(field: TemplateField): Promise<void> {
    const job = this.job();
    if (!job) return;
    const data: CorrectAnswerData = {
      field,
      answer: job.report.answers.find((a) => a.fieldId === field.id) ?? null,
      clearsSignatures: this.clearsSignatures(),
    };
    const input = await firstValueFrom(
      this.dialog.open<CorrectAnswerDialog, CorrectAnswerData, AnswerCorrectionInput>(CorrectAnswerDialog, { data }).afterClosed(),
    );
    if (!input) return;
    this.report(await this.store.correct(field.id, input), 'review.correct.done', { field: field.label });
  }

  protected openPhotos(opened: PhotoOpened): void {
    const attachments = this.job()?.report.attachments ?? [];
    const photos = opened.ids.map((id) => attachments.find((a) => a.id === id) ?? { id, description: null });
    this.dialog.open<PhotoLightbox, PhotoLightboxData>(PhotoLightbox, { data: { photos, index: opened.index }, maxWidth: '95vw' });
  }

  protected pdfUrl(id: string): string {
    return reportPdfUrl(id);
  }

  protected retry(): void {
    void this.store.load(this.number());
  }

  private report(outcome: ReviewWriteOutcome, doneKey: string, params: Record<string, unknown>): boolean {
    if (outcome.kind === 'done') this.notifier.info(doneKey, params);
    else if (outcome.kind === 'stale') this.notifier.info('review.stale');
    else this.notifier.error(outcome.error);
    return outcome.kind === 'done';
  }
}
