import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CustomerJob } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { RouterLink } from '@angular/router';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';
import { JobStatusChip } from '../../../../shared/ui/job-status-chip/job-status-chip';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'customers.jobs.number' },
  { labelKey: 'customers.jobs.status' },
  { labelKey: 'customers.jobs.plannedStart' },
  { labelKey: 'customers.jobs.description' },
  { labelKey: 'customers.jobs.manager' },
];

/** The customer's job history, paged with "Load more". */
@Component({
  selector: 'fd-customer-jobs',
  imports: [DataTable, MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, JobStatusChip, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (jobs().length) {
      <fd-data-table [columns]="columns">
        @for (job of jobs(); track job.id) {
          <tr>
            <td><a [routerLink]="['/jobs', job.number]">{{ job.number }}</a></td>
            <td><fd-job-status-chip [status]="job.status" /></td>
            <td>{{ job.plannedStart | localDate }}</td>
            <td class="description">{{ job.description }}</td>
            <td>{{ job.managerName ?? '' }}</td>
          </tr>
        }
      </fd-data-table>
    } @else if (!loading()) {
      <p class="empty">{{ 'customers.jobs.none' | transloco }}</p>
    }
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    }
    @if (hasMore()) {
      <button mat-stroked-button type="button" [disabled]="loading()" (click)="moreRequested.emit()">
        {{ 'customers.jobs.loadMore' | transloco: { shown: jobs().length, total: total() } }}
      </button>
    }
  `,
  styles: `
    fd-data-table {
      display: block;
      margin-bottom: 12px;
    }
    /* A long description wraps: the other cells stay on its first line. */
    td {
      vertical-align: top;
    }
    .description {
      max-width: 420px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CustomerJobs {
  protected readonly columns = COLUMNS;
  readonly jobs = input.required<readonly CustomerJob[]>();
  readonly total = input(0);
  readonly hasMore = input(false);
  readonly loading = input(false);
  readonly moreRequested = output<void>();
}
