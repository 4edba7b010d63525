import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { StockLine } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { LocalNumberPipe } from '../../../../shared/ui/local-number-pipe';
import { When } from '../when/when';

/** Quantities per stock-tracked item in one depot. */
@Component({
  selector: 'fd-stock-table',
  imports: [TranslocoPipe, LocalNumberPipe, When],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-box">
      <table>
        <thead>
          <tr>
            <th scope="col">{{ 'depot.stock.item' | transloco }}</th>
            <th scope="col">{{ 'depot.stock.family' | transloco }}</th>
            <th scope="col" class="number">{{ 'depot.stock.quantity' | transloco }}</th>
            <th scope="col">{{ 'depot.stock.updated' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../table.scss',
})
export class StockTable {
  readonly lines = input.required<readonly StockLine[]>();
}
