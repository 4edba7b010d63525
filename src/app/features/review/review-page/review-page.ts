import { ChangeDetectionStrategy, Component, DestroyRef, effect, inject, signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatTooltipModule } from '@angular/material/tooltip';
import { ActivatedRoute, RouterLink } from '@angular/router';
import type { AnswerCorrectionInput, TemplateField } from '@contract';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { firstValueFrom, map } from 'rxjs';
import { selectMay } from '../../../core/auth/may';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { ConfirmDialog, type ConfirmDialogData } from '../../../shared/ui/confirm-dialog/confirm-dialog';
import { JobItems } from '../../../shared/ui/job-report/job-items';
import { JobReport } from '../../../shared/ui/job-report/job-report';
import { type FlaggedTakeBack, TakeBackDiscrepancies } from '../../../shared/ui/job-report/take-back-discrepancies';
import type { PhotoOpened } from '../../../shared/ui/job-report/report-answer';
import { ReviewPageActions, reportPdfUrl, reviewFeature } from '../data-access';
import { type CorrectAnswerData, CorrectAnswerDialog } from '../ui/correct-answer-dialog';
import { type CorrectSerialData, CorrectSerialDialog } from '../ui/correct-serial-dialog';
import { PhotoLightbox, type PhotoLightboxData } from '../ui/photo-lightbox';
import { ReopenDialog } from '../ui/reopen-dialog';
import { ReviewHeader } from '../ui/review-header';
import { reviewShortcut } from '../ui/review-shortcuts';
import { ShortcutsHelp } from '../ui/shortcuts-help';

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
    ListProblem,
    ReviewHeader,
    JobReport,
    JobItems,
    TakeBackDiscrepancies,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'keydown($event)' },
  templateUrl: './review-page.html',
  styleUrl: './review-page.scss',
})
export class ReviewPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly transloco = inject(TranslocoService);

  protected readonly number = toSignal(inject(ActivatedRoute).paramMap.pipe(map((p) => p.get('number') ?? '')), { initialValue: '' });
  protected readonly lang = toSignal(this.transloco.langChanges$, { initialValue: this.transloco.getActiveLang() });
  protected readonly job = this.store.selectSignal(reviewFeature.selectJob);
  protected readonly events = this.store.selectSignal(reviewFeature.selectEvents);
  protected readonly neighbours = this.store.selectSignal(reviewFeature.selectNeighbours);
  protected readonly busy = this.store.selectSignal(reviewFeature.selectBusy);
  protected readonly loading = this.store.selectSignal(reviewFeature.selectIsLoading);
  protected readonly error = this.store.selectSignal(reviewFeature.selectLoadError);
  protected readonly isReturned = this.store.selectSignal(reviewFeature.selectIsReturned);
  protected readonly canWrite = this.store.selectSignal(selectMay('review', 'write'));
  protected readonly onlyFlagged = signal(false);
  private readonly clearsSignatures = this.store.selectSignal(reviewFeature.selectClearsSignatures);

  constructor() {
    effect(() => {
      const number = this.number();
      if (number) untracked(() => this.store.dispatch(ReviewPageActions.opened({ number })));
    });
    inject(DestroyRef).onDestroy(() => this.store.dispatch(ReviewPageActions.closed()));
  }

  protected keydown(event: KeyboardEvent): void {
    const shortcut = reviewShortcut(event);
    if (!shortcut || this.dialog.openDialogs.length) return;
    event.preventDefault();
    if (shortcut === 'next') this.go(this.neighbours().next);
    else if (shortcut === 'previous') this.go(this.neighbours().previous);
    else if (shortcut === 'validate') void this.validate();
    else this.help();
  }

  protected help(): void {
    this.dialog.open(ShortcutsHelp);
  }

  protected go(number: string | null): void {
    if (number) this.store.dispatch(ReviewPageActions.neighbourChosen({ number }));
  }

  protected async validate(): Promise<void> {
    const job = this.job();
    if (!job || !this.canWrite() || !this.isReturned() || this.busy()) return;
    // Reserves still open are listed: validating does not resolve them (a setting may refuse it).
    const open = job.report.reserves.filter((r) => r.status === 'unresolved');
    const data: ConfirmDialogData = {
      titleKey: 'review.validate.title',
      messageKey: open.length > 0 ? 'review.validate.openReserves' : 'review.validate.message',
      confirmKey: 'review.actions.validate',
      cancelKey: 'common.cancel',
      params: { number: job.number, count: open.length },
      items: open.map((r) => `${r.fieldLabel} — ${r.description}`),
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (confirmed) this.store.dispatch(ReviewPageActions.validateConfirmed({ next: this.neighbours().next }));
  }

  protected async reopen(): Promise<void> {
    if (!this.job()) return;
    const reason = await firstValueFrom(this.dialog.open<ReopenDialog, unknown, string>(ReopenDialog).afterClosed());
    if (reason) this.store.dispatch(ReviewPageActions.reopenSubmitted({ reason }));
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
    if (input) this.store.dispatch(ReviewPageActions.correctionSubmitted({ fieldId: field.id, fieldLabel: field.label, input }));
  }

  /** A take-back recorded somewhere else: the move is confirmed after a plain question (it is audited and moves stock). */
  protected async confirmMove(takeBack: FlaggedTakeBack): Promise<void> {
    const job = this.job();
    if (!job) return;
    const data: ConfirmDialogData = {
      titleKey: 'review.takeBack.confirmTitle',
      messageKey: 'review.takeBack.confirmMessage',
      confirmKey: 'jobReport.discrepancy.confirmMove',
      cancelKey: 'common.cancel',
      params: { serial: takeBack.serial, job: job.number, place: this.recordedPlace(takeBack) },
    };
    const confirmed = await firstValueFrom(this.dialog.open(ConfirmDialog, { data }).afterClosed());
    if (confirmed) this.store.dispatch(ReviewPageActions.takeBackMoveConfirmed({ takeBackId: takeBack.id, serial: takeBack.serial }));
  }

  protected async correctSerial(takeBack: FlaggedTakeBack): Promise<void> {
    const data: CorrectSerialData = { serial: takeBack.serial, place: this.recordedPlace(takeBack) };
    const serial = await firstValueFrom(
      this.dialog.open<CorrectSerialDialog, CorrectSerialData, string>(CorrectSerialDialog, { data }).afterClosed(),
    );
    if (serial) this.store.dispatch(ReviewPageActions.takeBackSerialCorrected({ takeBackId: takeBack.id, serial }));
  }

  private recordedPlace({ discrepancy: d }: FlaggedTakeBack): string {
    const name = d.customer?.name ?? d.depot?.name;
    return name ?? this.transloco.translate(d.recordedAt === 'depot' ? 'review.takeBack.aDepot' : 'review.takeBack.anotherCustomer');
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
    this.store.dispatch(ReviewPageActions.retried({ number: this.number() }));
  }
}
