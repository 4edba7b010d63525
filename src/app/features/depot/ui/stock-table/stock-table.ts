import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StockLine } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';
import { When } from '../when/when';
import { DataTable, type DataTableColumn } from '../../../../shared/ui/data-table/data-table';

const COLUMNS: readonly DataTableColumn[] = [
  { labelKey: 'depot.stock.item' },
  { labelKey: 'depot.stock.family' },
  { labelKey: 'depot.stock.quantity', numeric: true },
  { labelKey: 'depot.stock.updated' },
];

/** Quantities per stock-tracked item in one depot. */
@Component({
  selector: 'fd-stock-table',
  imports: [DataTable, TranslocoPipe, LocalNumberPipe, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-data-table [columns]="columns">
      @for (line of lines(); track line.item.id) {
        <tr>
          <td>
            <span class="reference">{{ line.item.reference }}</span>
            {{ line.item.name }}
            @if (line.item.isSerialized) {
              <span class="muted">· {{ 'depot.stock.serialized' | transloco }}</span>
            }
          </td>
          <td class="muted">{{ line.item.familyName }}</td>
          <td class="number">
            {{ line.quantity | localNumber }}
            @if (line.item.unit !== 'unit') {
              <span class="muted">{{ 'depot.unit.' + line.item.unit | transloco }}</span>
            }
          </td>
          <td><fd-when [at]="line.updatedAt" /></td>
        </tr>
      }
    </fd-data-table>
  `,
})
export class StockTable {
  protected readonly columns = COLUMNS;
  readonly lines = input.required<readonly StockLine[]>();
}
