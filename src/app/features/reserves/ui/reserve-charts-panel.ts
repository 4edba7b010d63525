import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import type { ChartConfiguration } from 'chart.js';
import { Chart } from './chart';

/** A chart, its title's i18n key and its text alternative (a header row, then one row per bar). */
export interface NamedChart {
  id: string;
  titleKey: string;
  view: { config: ChartConfiguration<'bar'>; table: { head: string[]; rows: (string | number)[][] }; empty: boolean };
}

/** The inbox's charts, each with its data as a visually hidden table for screen readers. */
@Component({
  selector: 'fd-reserve-charts-panel',
  imports: [TranslocoPipe, Chart],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (chart of charts(); track chart.id) {
      <figure class="chart" [attr.aria-labelledby]="chart.id + '-title'">
        <figcaption [id]="chart.id + '-title'">{{ chart.titleKey | transloco }}</figcaption>
        @if (chart.view.empty) {
          <p class="empty">{{ 'reserves.charts.empty' | transloco }}</p>
        } @else {
          <fd-chart [config]="chart.view.config" />
          <table class="visually-hidden">
            <caption>{{ chart.titleKey | transloco }}</caption>
            <thead>
              <tr>
                @for (cell of chart.view.table.head; track $index) {
                  <th scope="col">{{ cell }}</th>
                }
              </tr>
            </thead>
            <tbody>
              @for (row of chart.view.table.rows; track $index) {
                <tr>
                  @for (cell of row; track $index; let first = $first) {
                    @if (first) {
                      <th scope="row">{{ cell }}</th>
                    } @else {
                      <td>{{ cell }}</td>
                    }
                  }
                </tr>
              }
            </tbody>
          </table>
        }
      </figure>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(300px, 1fr));
      gap: 16px;
    }
    .chart {
      margin: 0;
      padding: 12px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
    }
    figcaption {
      font: var(--mat-sys-title-small);
      margin-bottom: 8px;
    }
    .empty {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class ReserveChartsPanel {
  readonly charts = input.required<NamedChart[]>();
}
