import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective, provideCharts, withDefaultRegisterables } from 'ng2-charts';

/**
 * The one wrapper around chart.js. Provided here, at component level, so chart.js is bundled in
 * this lazy chunk only. The canvas is hidden from screen readers: each chart comes with its text
 * alternative (the caller's table), which is what an assistive technology reads.
 */
@Component({
  selector: 'fd-chart',
  imports: [BaseChartDirective],
  providers: [provideCharts(withDefaultRegisterables())],
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
  readonly config = input.required<ChartConfiguration>();
}
