import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { JobRescheduleInput } from '@contract/jobs';
import type { JobSummary } from '@contract/jobs-list';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ApiErrorMessage } from '../../../shared/ui/api-error-message';
import { LocalNumberPipe } from '../../../shared/ui/local-number-pipe';
import { PluralPipe } from '../../../shared/ui/plural-pipe';
import { callError } from '../../../shared/util/call-state';
import { DeclinedJobsPageActions, JobPickers, selectDeclinedView } from '../data-access';
import { DeclinedList } from '../ui/declined-list/declined-list';
import { RescheduleDialog, type RescheduleDialogData } from '../ui/reschedule-dialog/reschedule-dialog';

/** `/jobs/declined`: what technicians declined or asked to move, to reassign or reschedule in one step. */
@Component({
  selector: 'fd-declined-jobs-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    ApiErrorMessage,
    LocalNumberPipe,
    PluralPipe,
    DeclinedList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = view();
    <ng-container *transloco="let t">
      <section class="page" aria-labelledby="declined-title">
        <div class="page-header">
          <h1 id="declined-title">{{ 'jobs.declined.title' | transloco }}</h1>
          <a mat-stroked-button routerLink="/jobs" [queryParams]="{ view: 'declined' }">
            <mat-icon aria-hidden="true">table_rows</mat-icon>
            {{ 'jobs.declined.inGrid' | transloco }}
          </a>
        </div>
        <p class="intro">{{ 'jobs.declined.intro' | transloco }}</p>

        <div class="status" aria-live="polite">
          @if (v.callState === 'loading') {
            <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
          } @else if (!v.isEmpty && v.callState === 'loaded') {
            <p class="total">{{ 'jobs.declined.total' | plural: v.total | transloco: { count: (v.total | localNumber) } }}</p>
          }
        </div>

        @if (error(); as error) {
          <div class="problem" role="alert">
            <p class="error-text"><fd-api-error-message [error]="error" /></p>
            <button mat-stroked-button type="button" (click)="retry()">{{ 'common.retry' | transloco }}</button>
          </div>
        }

        @if (v.isEmpty) {
          <p class="empty" role="status">{{ 'jobs.declined.none' | transloco }}</p>
        } @else if (v.items.length) {
          <fd-declined-list [jobs]="v.items" [busyId]="v.reschedulingId" (rescheduleRequested)="reschedule($event)" />
          @if (v.hasMore) {
            <button mat-stroked-button type="button" class="more" [disabled]="v.callState === 'loading'" (click)="more()">
              {{ 'jobs.declined.more' | transloco }}
            </button>
          }
        }
      </section>
    </ng-container>
  `,
  styles: `
    .intro,
    .total {
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      min-height: 36px;
    }
    .problem {
      display: flex;
      align-items: center;
      gap: 16px;
    }
    .empty {
      padding: 24px 0;
      font: var(--mat-sys-body-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      margin-top: 16px;
    }
  `,
})
export class DeclinedJobsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly pickers = inject(JobPickers);
  protected readonly view = this.store.selectSignal(selectDeclinedView);
  protected readonly error = computed(() => callError(this.view().callState));

  constructor() {
    this.store.dispatch(DeclinedJobsPageActions.opened());
    this.pickers.loadTechnicians();
  }

  protected reschedule(job: JobSummary): void {
    const data: RescheduleDialogData = {
      job,
      technicians: this.pickers.technicians().map((t) => ({ id: t.id, name: t.displayName })),
    };
    this.dialog
      .open<RescheduleDialog, RescheduleDialogData, JobRescheduleInput>(RescheduleDialog, { data, autoFocus: 'first-tabbable', width: '640px', maxWidth: '95vw' })
      .afterClosed()
      .subscribe((input) => {
        if (input) this.store.dispatch(DeclinedJobsPageActions.rescheduleSubmitted({ job, input }));
      });
  }

  protected more(): void {
    this.store.dispatch(DeclinedJobsPageActions.moreRequested());
  }

  protected retry(): void {
    this.store.dispatch(DeclinedJobsPageActions.retried());
  }
}
