import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { CatalogItem } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../../shared/ui/infinite-grid/infinite-grid';
import { formatMoney } from '../../../../shared/util/format';
import { formatPercent } from '../catalog-format';
import { type CatalogColumnLabels, catalogColumns } from './item-grid.columns';

/** The catalog items grid: its columns, in the active language, on the shared infinite grid. */
@Component({
  selector: 'fd-item-grid',
  imports: [InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-infinite-grid
      gridId="catalog"
      [datasource]="datasource()"
      [columns]="columns()"
      [label]="label()"
      [localeText]="localeText()"
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
export class ItemGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  readonly rowOpened = output<CatalogItem>();

  private readonly transloco = inject(TranslocoService);

  // The third argument names the scope: its file is loaded if the page has not done it yet.
  private readonly labels = toSignal(this.transloco.selectTranslateObject<CatalogColumnLabels>('grid', {}, 'catalog'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('gridTexts', {}, 'catalog'));

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const lang = this.transloco.activeLang();
    if (!labels || typeof labels !== 'object') return [];
    return catalogColumns(labels, {
      money: (cents, currency) => formatMoney(cents, currency, lang),
      percent: (bp) => formatPercent(bp, lang),
    });
  });
  protected readonly localeText = computed(() => this.gridTexts() ?? {});
}
