import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import type { Depot } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';

/** The main depot and the vans: who owns each, what each holds. */
@Component({
  selector: 'fd-depot-table',
  imports: [MatIconModule, RouterLink, TranslocoPipe, LocalNumberPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-box">
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'depot.list.name' | transloco }}</th>
            <th scope="col">{{ 'depot.list.owner' | transloco }}</th>
            <th scope="col" class="number">{{ 'depot.list.serialUnits' | transloco }}</th>
            <th scope="col" class="number">{{ 'depot.list.needsRepair' | transloco }}</th>
            <th scope="col" class="number">{{ 'depot.list.stockLines' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../table.scss',
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
  readonly depots = input.required<readonly Depot[]>();
}
