import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import type { JobSummary } from '@contract/jobs-list';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';

/** The name of who declined (the job manager, the only one who can; the list reads it from the history). */
export function declinedBy(job: JobSummary): string | null {
  return job.declinedByName ?? job.managerName;
}

/** Jobs the technicians declined or asked to move, each with its one-step "reassign / reschedule". */
@Component({
  selector: 'fd-declined-list',
  imports: [MatButtonModule, MatIconModule, MatTableModule, RouterLink, TranslocoPipe, LocalDatePipe, RelativeTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table mat-table [dataSource]="jobs()" [attr.aria-label]="'jobs.declined.tableLabel' | transloco">
      <ng-container matColumnDef="number">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'jobs.declined.number' | transloco }}</th>
        <td mat-cell *matCellDef="let job"><a class="job-link" [routerLink]="['/jobs', job.number]">{{ job.number }}</a></td>
      </ng-container>
      <ng-container matColumnDef="customer">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'jobs.declined.customer' | transloco }}</th>
        <td mat-cell *matCellDef="let job">{{ job.customerName }}</td>
      </ng-container>
      <ng-container matColumnDef="declined">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'jobs.declined.declined' | transloco }}</th>
        <td mat-cell *matCellDef="let job">
          <span class="who">{{ declinedBy(job) ?? ('jobs.declined.someone' | transloco) }}</span>
          @if (job.declinedAt) {
            <time class="when" [attr.datetime]="job.declinedAt" [title]="job.declinedAt | localDate">{{ job.declinedAt | relativeTime }}</time>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="reason">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'jobs.declined.reason' | transloco }}</th>
        <td mat-cell *matCellDef="let job" class="reason">{{ job.declineReason ?? '' }}</td>
      </ng-container>
      <ng-container matColumnDef="proposed">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'jobs.declined.proposed' | transloco }}</th>
        <td mat-cell *matCellDef="let job">
          @if (job.proposedStart) {
            {{ job.proposedStart | localDate }}
          } @else {
            <span class="none">{{ 'jobs.declined.noProposal' | transloco }}</span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="action">
        <th mat-header-cell *matHeaderCellDef scope="col"><span class="visually-hidden">{{ 'jobs.declined.actions' | transloco }}</span></th>
        <td mat-cell *matCellDef="let job">
          <button
            mat-stroked-button
            type="button"
            [disabled]="busyId() === job.id"
            (click)="rescheduleRequested.emit(job)"
            [attr.aria-label]="'jobs.declined.rescheduleJob' | transloco: { number: job.number }"
          >
            <mat-icon aria-hidden="true">event_repeat</mat-icon>
            {{ 'jobs.declined.reschedule' | transloco }}
          </button>
        </td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
    </table>
  `,
  styles: `
    table {
      width: 100%;
    }
    .job-link {
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .who {
      display: block;
    }
    .when,
    .none {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .reason {
      max-width: 360px;
    }
  `,
})
export class DeclinedList {
  readonly jobs = input<JobSummary[]>([]);
  /** The job whose reschedule is being sent (its button waits). */
  readonly busyId = input<string | null>(null);
  readonly rescheduleRequested = output<JobSummary>();
  protected readonly columns = ['number', 'customer', 'declined', 'reason', 'proposed', 'action'];
  protected readonly declinedBy = declinedBy;
}
