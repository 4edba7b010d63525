import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

export interface DataTableColumn {
  /** The translation key of the header. */
  labelKey: string;
  /** Numbers are right-aligned in tabular figures. */
  numeric?: boolean;
}

/**
 * A plain data table (the depot's stock and movements, a customer's jobs and equipment): a header row from
 * the columns, the caller's `<tr>` rows as the body. Cells may use `.number`, `.mono`, `.muted` and `.reference`.
 */
@Component({
  selector: 'fd-data-table',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  // The cell rules apply to the projected rows, which emulated encapsulation cannot reach.
  encapsulation: ViewEncapsulation.None,
  template: `
    <div class="table-box">
      <table>
        <thead>
          <tr>
            @for (column of columns(); track column.labelKey) {
              <th scope="col" [class.number]="column.numeric">{{ column.labelKey | transloco }}</th>
            }
          </tr>
        </thead>
        <tbody>
          <ng-content />
        </tbody>
      </table>
    </div>
  `,
  styleUrl: './data-table.scss',
})
export class DataTable {
  readonly columns = input.required<readonly DataTableColumn[]>();
}
