import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { SerialUnit } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { UnitStatusChip } from '../unit-status-chip/unit-status-chip';
import { When } from '../when/when';

/** Serial units with their status; each serial opens the unit's history. */
@Component({
  selector: 'fd-unit-table',
  imports: [RouterLink, TranslocoPipe, UnitStatusChip, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-box">
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'depot.units.serial' | transloco }}</th>
            <th scope="col">{{ 'depot.units.item' | transloco }}</th>
            <th scope="col">{{ 'depot.units.status' | transloco }}</th>
            <th scope="col">{{ 'depot.units.lastJob' | transloco }}</th>
            <th scope="col">{{ 'depot.units.updated' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (unit of units(); track unit.id) {
            <tr>
              <td class="mono"><a [routerLink]="['/serials', unit.serial]">{{ unit.serial }}</a></td>
              <td>
                <span class="reference">{{ unit.item.reference }}</span>
                {{ unit.item.name }}
              </td>
              <td><fd-unit-status-chip [status]="unit.status" /></td>
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
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../table.scss',
})
export class UnitTable {
  readonly units = input.required<readonly SerialUnit[]>();
}
