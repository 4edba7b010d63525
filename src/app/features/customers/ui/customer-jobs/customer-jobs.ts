import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { CustomerJob } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { RouterLink } from '@angular/router';
import { JobStatusChip } from '../../../../shared/ui/job-status-chip/job-status-chip';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';

/** The customer's job history, paged with "Load more". */
@Component({
  selector: 'fd-customer-jobs',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslocoPipe, JobStatusChip, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (jobs().length) {
      <table class="jobs">
        <thead>
          <tr>
            @for (heading of headings; track heading) {
              <th scope="col">{{ heading | transloco }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (job of jobs(); track job.id) {
            <tr>
              <td><a [routerLink]="['/jobs', job.number]">{{ job.number }}</a></td>
              <td><fd-job-status-chip [status]="job.status" /></td>
              <td>{{ job.plannedStart | localDate }}</td>
              <td class="description">{{ job.description }}</td>
              <td>{{ job.managerName ?? '' }}</td>
            </tr>
          }
        </tbody>
      </table>
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
    .jobs {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 12px;
    }
    th,
    td {
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    th {
      font: var(--mat-sys-title-small);
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
  protected readonly headings = ['customers.jobs.number', 'customers.jobs.status', 'customers.jobs.plannedStart', 'customers.jobs.description', 'customers.jobs.manager'];
  readonly jobs = input.required<readonly CustomerJob[]>();
  readonly total = input(0);
  readonly hasMore = input(false);
  readonly loading = input(false);
  readonly moreRequested = output<void>();
}
