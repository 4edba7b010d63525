import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { InstalledUnitsBySite } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { ReportedElsewhere } from '../../../../shared/ui/reported-elsewhere/reported-elsewhere';
import type { ApiErrorInfo } from '../../../../shared/util/api-error';

/** Serialized equipment installed at each of the customer's sites; each serial opens its history. */
@Component({
  selector: 'fd-installed-units',
  imports: [MatProgressBarModule, RouterLink, TranslocoPipe, ApiErrorMessage, LocalDatePipe, RelativeTimePipe, ReportedElsewhere],
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
        <table class="units">
          <thead>
            <tr>
              @for (heading of headings; track heading) {
                <th scope="col">{{ heading | transloco }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (unit of entry.units; track unit.id) {
              <tr>
                <td class="serial"><a [routerLink]="['/serials', unit.serial]">{{ unit.serial }}</a>@if (unit.reportedElsewhere; as report) {<fd-reported-elsewhere [report]="report" [compact]="true" />}</td>
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
          </tbody>
        </table>
      }
    }
  `,
  styles: `
    h3 {
      font: var(--mat-sys-title-small);
      margin: 16px 0 4px;
    }
    .units {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 8px;
    }
    th,
    td {
      text-align: left;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    th {
      font: var(--mat-sys-title-small);
    }
    .serial {
      font-family: ui-monospace, 'Roboto Mono', monospace;
    }
    .reference {
      font-weight: 500;
      margin-right: 6px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class InstalledUnits {
  protected readonly headings = ['customers.installed.serial', 'customers.installed.item', 'customers.installed.since', 'customers.installed.lastJob'];
  readonly sites = input<InstalledUnitsBySite['sites']>([]);
  readonly loading = input(false);
  readonly error = input<ApiErrorInfo | null>(null);
}
