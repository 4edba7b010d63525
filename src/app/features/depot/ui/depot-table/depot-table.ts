import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Depot } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'depot.list.name' },
  { labelKey: 'depot.list.owner' },
  { labelKey: 'depot.list.serialUnits', numeric: true },
  { labelKey: 'depot.list.needsRepair', numeric: true },
  { labelKey: 'depot.list.stockLines', numeric: true },
];

/** The main depot and the vans: who owns each, what each holds. */
@Component({
  selector: 'fd-depot-table',
  imports: [DataTable, MatIconModule, RouterLink, TranslocoPipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-data-table [columns]="columns">
      @for (depot of depots(); track depot.id) {
        <tr [class.main]="depot.kind === 'main'">
          <td>
            <mat-icon aria-hidden="true" class="kind">{{ depot.kind === 'main' ? 'warehouse' : 'local_shipping' }}</mat-icon>
            <a [routerLink]="['/depots', depot.id]">{{ depot.name }}</a>
            <span class="visually-hidden">({{ 'depot.kind.' + depot.kind | transloco }})</span>
          </td>
          <td>{{ depot.owner?.displayName ?? ('depot.list.noOwner' | transloco) }}</td>
          <td class="number">{{ depot.serialUnitCount | localNumber }}</td>
          <td class="number" [class.attention]="depot.needsRepairCount > 0">{{ depot.needsRepairCount | localNumber }}</td>
          <td class="number">{{ depot.stockLineCount | localNumber }}</td>
        </tr>
      }
    </fd-data-table>
  `,
  styles: `
    .kind {
      vertical-align: middle;
      margin-right: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    tr.main td {
      font-weight: 500;
    }
    .attention {
      color: var(--mat-sys-tertiary);
      font-weight: 500;
    }
  `,
})
export class DepotTable {
  protected readonly columns = COLUMNS;
  readonly depots = input.required<readonly Depot[]>();
}
