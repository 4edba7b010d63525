import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { InstalledUnitsBySite } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { ReportedElsewhere } from '../../../../shared/ui/reported-elsewhere/reported-elsewhere';
import type { ApiErrorInfo } from '../../../../shared/util/api-error';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'customers.installed.serial' },
  { labelKey: 'customers.installed.item' },
  { labelKey: 'customers.installed.since' },
  { labelKey: 'customers.installed.lastJob' },
];

/** Serialized equipment installed at each of the customer's sites; each serial opens its history. */
@Component({
  selector: 'fd-installed-units',
  imports: [DataTable, MatProgressBarModule, RouterLink, TranslocoPipe, ApiErrorMessage, LocalDatePipe, RelativeTimePipe, ReportedElsewhere],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'common.loading' | transloco" />
    } @else if (error(); as e) {
      <p class="error-text" role="alert"><fd-api-error-message [error]="e" /></p>
    } @else if (sites().length === 0) {
      <p class="empty">{{ 'customers.installed.none' | transloco }}</p>
    } @else {
      @for (entry of sites(); track entry.site.id) {
        <h3>{{ 'customers.installed.site' | transloco: { name: entry.site.name, city: entry.site.city } }}</h3>
        <fd-data-table [columns]="columns">
          @for (unit of entry.units; track unit.id) {
            <tr>
              <td class="mono"><a [routerLink]="['/serials', unit.serial]">{{ unit.serial }}</a>@if (unit.reportedElsewhere; as report) {<fd-reported-elsewhere [report]="report" [compact]="true" />}</td>
              <td>
                <span class="reference">{{ unit.item.reference }}</span>
                {{ unit.item.name }}
              </td>
              <td>
                <time [attr.datetime]="unit.updatedAt" [title]="unit.updatedAt | localDate">{{ unit.updatedAt | relativeTime }}</time>
              </td>
              <td>
                @if (unit.lastJob; as job) {
                  <a [routerLink]="['/jobs', job.number]">{{ job.number }}</a>
                } @else {
                  —
                }
              </td>
            </tr>
          }
        </fd-data-table>
      }
    }
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    fd-data-table {
      display: block;
      margin-bottom: 8px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class InstalledUnits {
  protected readonly columns = COLUMNS;
  readonly sites = input<InstalledUnitsBySite['sites']>([]);
  readonly loading = input(false);
  readonly error = input<ApiErrorInfo | null>(null);
}
