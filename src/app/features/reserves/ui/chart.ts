import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { BarController, BarElement, CategoryScale, type ChartConfiguration, Legend, LinearScale, Tooltip } from 'chart.js';
import { BaseChartDirective, provideCharts } from 'ng2-charts';

/**
 * Only what the reserves' bar charts draw (withDefaultRegisterables would bundle every chart type,
 * scale and plugin). A new kind of chart registers its controller, elements and scales here.
 */
const USED_CHART_PARTS = [BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend];

/**
 * The one wrapper around chart.js (bar charts). Provided here, at component level, so chart.js is bundled in
 * this lazy chunk only. The canvas is hidden from screen readers: each chart comes with its text
 * alternative (the caller's table), which is what an assistive technology reads.
 */
@Component({
  selector: 'fd-chart',
  imports: [BaseChartDirective],
  providers: [provideCharts({ registerables: USED_CHART_PARTS })],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let c = config();
    <canvas baseChart aria-hidden="true" [type]="c.type" [data]="c.data" [options]="c.options"></canvas>
  `,
  styles: `
    :host {
      display: block;
      position: relative;
      height: 220px;
    }
  `,
})
export class Chart {
  readonly config = input.required<ChartConfiguration<'bar'>>();
}
