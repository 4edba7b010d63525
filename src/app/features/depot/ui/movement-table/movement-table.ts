import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { DepotMovement } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { MovementNote } from '../../../../shared/ui/movement-note/movement-note';
import { QuantityPipe } from '../../../../shared/ui/quantity-pipe';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'depot.movements.when' },
  { labelKey: 'depot.movements.what' },
  { labelKey: 'depot.movements.item' },
  { labelKey: 'depot.movements.quantity', numeric: true },
  { labelKey: 'depot.movements.fromTo' },
  { labelKey: 'depot.movements.job' },
  { labelKey: 'depot.movements.by' },
  { labelKey: 'depot.movements.shortfall' },
];

/**
 * What entered and left one depot, newest first. Times in the user's language and the browser's
 * time zone (the settings hold no company zone yet). A movement whose job took more than the van
 * held names the missing quantity, and whether the office has settled it. Each movement's note is
 * said in the reader's language (fd-movement-note).
 */
@Component({
  selector: 'fd-movement-table',
  imports: [DataTable, MatIconModule, RouterLink, TranslocoPipe, LocalDatePipe, MovementNote, QuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-data-table [columns]="columns">
      @for (m of movements(); track m.id) {
        <tr [attr.data-movement]="m.id" [class.has-shortfall]="m.shortfall !== null" [class.to-settle]="m.shortfall !== null && m.shortfall.resolvedAt === null">
          <td class="when"><time [attr.datetime]="m.occurredAt">{{ m.occurredAt | localDate }}</time></td>
          <td>
            {{ 'depot.movements.kind.' + m.kind | transloco }}
            @if (m.note || m.noteKey) {
              <span class="note"><fd-movement-note [movement]="m" /></span>
            }
          </td>
          <td>
            <span class="reference">{{ m.item.reference }}</span>
            {{ m.item.name }}
            @if (m.serial) {
              <a class="mono serial" [routerLink]="['/serials', m.serial]">{{ m.serial }}</a>
            }
          </td>
          <td class="number">
            <span class="direction" [class.in]="m.direction === 'in'" [class.out]="m.direction === 'out'">
              <mat-icon aria-hidden="true" inline>{{ m.direction === 'in' ? 'south_west' : 'north_east' }}</mat-icon>
              {{ 'depot.movements.direction.' + m.direction | transloco }}
            </span>
            <span class="quantity">{{ m.quantity | quantity: m.item.unit }}</span>
          </td>
          <td>
            @if (m.otherDepot; as depot) {
              <a [routerLink]="['/depots', depot.id]">{{ depot.name }}</a>
            } @else if (m.customer; as customer) {
              <a [routerLink]="['/customers', customer.id]">{{ customer.name }}</a>
            } @else {
              <span class="muted">—</span>
            }
          </td>
          <td class="job">
            @if (m.job; as job) {
              <a [routerLink]="['/jobs', job.number]">{{ job.number }}</a>
            } @else {
              <span class="muted">—</span>
            }
          </td>
          <td>{{ m.actor?.displayName ?? ('depot.movements.system' | transloco) }}</td>
          <td>
            @if (m.shortfall; as s) {
              <span class="shortfall" [class.settled]="s.resolvedAt !== null">
                <mat-icon aria-hidden="true" inline>{{ s.resolvedAt ? 'task_alt' : 'warning' }}</mat-icon>
                {{ 'depot.movements.missing' | transloco: { quantity: (s.quantity | quantity: m.item.unit) } }}
              </span>
              <span class="shortfall-state">
                @if (s.resolution) {
                  {{ 'depot.movements.settled' | transloco: { how: ('depot.shortfalls.resolution.' + s.resolution | transloco) } }}
                } @else {
                  <a routerLink="/stock-shortfalls">{{ 'depot.movements.toSettle' | transloco }}</a>
                }
              </span>
            } @else {
              <span class="muted">—</span>
            }
          </td>
        </tr>
      }
    </fd-data-table>
  `,
  styles: `
    .when {
      white-space: nowrap;
    }
    .serial,
    .note {
      display: block;
    }
    .note {
      max-width: 40ch;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .direction {
      display: block;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .direction mat-icon {
      vertical-align: middle;
    }
    .quantity {
      white-space: nowrap;
    }
    .shortfall {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      font-weight: 500;
      color: var(--mat-sys-error);
      white-space: nowrap;
    }
    .shortfall.settled {
      color: var(--mat-sys-on-surface-variant);
    }
    .shortfall-state {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .job {
      white-space: nowrap;
    }
    /* Only a shortfall still to settle calls for attention; a settled one reads quietly. */
    tr.to-settle {
      background: color-mix(in srgb, var(--mat-sys-error-container) 35%, transparent);
    }
  `,
})
export class MovementTable {
  protected readonly columns = COLUMNS;
  readonly movements = input.required<readonly DepotMovement[]>();
}
