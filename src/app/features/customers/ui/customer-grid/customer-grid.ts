import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { CustomFieldDefinition, CustomerSummary } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../../shared/ui/infinite-grid/infinite-grid';
import { NowTicker } from '../../../../shared/ui/now-ticker';
import { formatRelativeTime } from '../../../../shared/util/relative-time';
import { type CustomerColumnLabels, customFieldColumn, customerColumns } from './customer-grid.columns';

/** The customers grid: its columns, in the active language, on the shared infinite grid. */
@Component({
  selector: 'fd-customer-grid',
  imports: [InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-infinite-grid
      gridId="customers"
      [datasource]="datasource()"
      [columns]="columns()"
      [label]="label()"
      [localeText]="localeText()"
      [refreshOn]="now()"
      [refreshColumns]="agingColumns"
      (rowOpened)="rowOpened.emit($event)"
    />
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
  `,
})
export class CustomerGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  /** Custom fields the user chose to see as extra columns (column chooser), in their order. */
  readonly customFields = input<CustomFieldDefinition[]>([]);
  readonly rowOpened = output<CustomerSummary>();

  private readonly transloco = inject(TranslocoService);
  /** Relative "updated" times age with the minute ticker. */
  protected readonly now = inject(NowTicker).now;
  protected readonly agingColumns = ['updatedAt'];

  private readonly labels = toSignal(this.transloco.selectTranslateObject<CustomerColumnLabels>('customers.grid'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('customers.gridTexts'));

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const lang = this.transloco.activeLang();
    if (!labels || typeof labels !== 'object') return [];
    return [
      ...customerColumns(labels, (iso) => formatRelativeTime(iso, Date.now(), lang)),
      ...this.customFields().map((definition) => customFieldColumn(definition, lang, labels)),
    ];
  });
  protected readonly localeText = computed(() => this.gridTexts() ?? {});
}
