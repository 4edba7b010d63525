import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SerialUnit } from '@contract';
import { StatusChip } from '../../../../shared/ui/status-chip/status-chip';
import { unitStatusScheme } from '../unit-status';
import { When } from '../when/when';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'depot.units.serial' },
  { labelKey: 'depot.units.item' },
  { labelKey: 'depot.units.status' },
  { labelKey: 'depot.units.lastJob' },
  { labelKey: 'depot.units.updated' },
];

/** Serial units with their status; each serial opens the unit's history. */
@Component({
  selector: 'fd-unit-table',
  imports: [DataTable, RouterLink, StatusChip, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-data-table [columns]="columns">
      @for (unit of units(); track unit.id) {
        <tr>
          <td class="mono"><a [routerLink]="['/serials', unit.serial]">{{ unit.serial }}</a></td>
          <td>
            <span class="reference">{{ unit.item.reference }}</span>
            {{ unit.item.name }}
          </td>
          <td><fd-status-chip [status]="unit.status" [scheme]="unitStatuses" /></td>
          <td>
            @if (unit.lastJob; as job) {
              <a [routerLink]="['/jobs', job.number]">{{ job.number }}</a>
            } @else {
              <span class="muted">—</span>
            }
          </td>
          <td><fd-when [at]="unit.updatedAt" /></td>
        </tr>
      }
    </fd-data-table>
  `,
})
export class UnitTable {
  protected readonly unitStatuses = unitStatusScheme;
  protected readonly columns = COLUMNS;
  readonly units = input.required<readonly SerialUnit[]>();
}
