import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { JobSummary } from '@contract/jobs-list';
import { TranslocoDirective, TranslocoPipe } from '@jsverse/transloco';
import { Store } from '@ngrx/store';
import { ListPage } from '../../../shared/ui/list-page/list-page';
import { ListStatus } from '../../../shared/ui/list-page/list-status';
import { ListProblem } from '../../../shared/ui/list-page/list-problem';
import { callError } from '../../../shared/util/call-state';
import { DeclinedJobsPageActions, selectDeclinedView, selectTechnicianOptions } from '../data-access';
import { DeclinedList } from '../ui/declined-list/declined-list';
import { openRescheduleDialog } from '../../../shared/ui/reschedule-dialog/reschedule-dialog';
import { techniciansNamed } from '../../../shared/ui/reschedule-dialog/reschedule-form';

/** `/jobs/declined`: what technicians declined or asked to move, to reassign or reschedule in one step. */
@Component({
  selector: 'fd-declined-jobs-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoDirective,
    TranslocoPipe,
    ListPage,
    ListStatus,
    ListProblem,
    DeclinedList,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = view();
    <ng-container *transloco="let t">
      <fd-list-page headingId="declined-title" [heading]="'jobs.declined.title' | transloco">
        <a listActions mat-stroked-button routerLink="/jobs" [queryParams]="{ view: 'declined' }">
          <mat-icon aria-hidden="true">table_rows</mat-icon>
          {{ 'jobs.declined.inGrid' | transloco }}
        </a>
        <p listViews class="intro">{{ 'jobs.declined.intro' | transloco }}</p>

        <fd-list-status totalKey="jobs.declined.total" [loading]="v.callState === 'loading'" [total]="v.callState === 'loaded' ? v.total : null" />

        @if (error(); as error) {
          <fd-list-problem [error]="error" (retry)="retry()" />
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
      </fd-list-page>
    </ng-container>
  `,
  styles: `
    .intro {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .more {
      align-self: flex-start;
    }
  `,
})
export class DeclinedJobsPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly technicians = this.store.selectSignal(selectTechnicianOptions);
  protected readonly view = this.store.selectSignal(selectDeclinedView);
  protected readonly error = computed(() => callError(this.view().callState));

  constructor() {
    this.store.dispatch(DeclinedJobsPageActions.opened());
  }

  protected reschedule(job: JobSummary): void {
    const technicians = this.technicians();
    openRescheduleDialog(this.dialog, { mode: 'declined', job: { ...job, auxiliaryIds: techniciansNamed(job.auxiliaryNames, technicians) }, technicians }).subscribe(
      (input) => {
        if (input) this.store.dispatch(DeclinedJobsPageActions.rescheduleSubmitted({ job, input }));
      },
    );
  }

  protected more(): void {
    this.store.dispatch(DeclinedJobsPageActions.moreRequested());
  }

  protected retry(): void {
    this.store.dispatch(DeclinedJobsPageActions.retried());
  }
}
