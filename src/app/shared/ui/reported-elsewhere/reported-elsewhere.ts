import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { UnitReportedElsewhere } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../local-date-pipe';

/**
 * A unit that a take-back at another customer reported (issue 14 §1), not settled yet: the unit is
 * still recorded here. `compact` is the mark in a list (a customer's equipment); otherwise a banner
 * (the serial's page). Both open the job's review, where the office settles it.
 */
@Component({
  selector: 'fd-reported-elsewhere',
  imports: [MatIconModule, RouterLink, TranslocoPipe, LocalDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = report();
    @if (compact()) {
      <a class="mark" [routerLink]="['/review', r.job.number]" [attr.aria-label]="'reportedElsewhere.markLabel' | transloco: { job: r.job.number }">
        <mat-icon aria-hidden="true" inline>report</mat-icon>{{ 'reportedElsewhere.mark' | transloco: { job: r.job.number } }}
      </a>
    } @else {
      <div class="banner" role="status">
        <mat-icon aria-hidden="true">report</mat-icon>
        <div>
          <p class="headline">
            {{ 'reportedElsewhere.takenBackAt' | transloco }}
            <a [routerLink]="['/customers', r.takenBackAt.id]">{{ r.takenBackAt.name }}</a>
            {{ 'reportedElsewhere.onJob' | transloco: { at: (r.reportedAt | localDate) } }}
            <a [routerLink]="['/review', r.job.number]">{{ r.job.number }}</a>.
          </p>
          <p class="hint">{{ (r.confirmed ? 'reportedElsewhere.confirmed' : 'reportedElsewhere.open') | transloco }}</p>
        </div>
      </div>
    }
  `,
  styles: `
    .mark {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      margin-left: 8px;
      padding: 0 8px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      font: var(--mat-sys-label-medium);
      text-decoration: none;
      white-space: nowrap;
    }
    .mark:hover,
    .mark:focus-visible {
      text-decoration: underline;
    }
    .banner {
      display: flex;
      gap: 12px;
      align-items: flex-start;
      padding: 12px 16px;
      margin: 8px 0;
      border-radius: 12px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .banner a {
      color: inherit;
      font-weight: 600;
    }
    .headline,
    .hint {
      margin: 0;
    }
    .hint {
      font: var(--mat-sys-body-medium);
    }
  `,
})
export class ReportedElsewhere {
  readonly report = input.required<UnitReportedElsewhere>();
  readonly compact = input(false);
}
