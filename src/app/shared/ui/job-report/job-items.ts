import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { JobItemLine, JobTakeBack, JobTotals } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { StatusChip } from '../status-chip/status-chip';
import { QuantityPipe } from '../quantity-pipe';
import { formatMoney } from '../../util/format';

const TAKE_BACK_TONES = { ok: 'primary', needs_repair: 'tertiary', obsolete: 'retired' } as const;

/** Parts and services used, with totals (excl. tax, tax, incl. tax), and the serialized parts taken back. */
@Component({
  selector: 'fd-job-items',
  imports: [TranslocoPipe, StatusChip, QuantityPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (items().length) {
      <table class="lines">
        <caption class="visually-hidden">{{ 'jobReport.items.caption' | transloco }}</caption>
        <thead>
          <tr>
            <th scope="col">{{ 'jobReport.items.family' | transloco }}</th>
            <th scope="col">{{ 'jobReport.items.item' | transloco }}</th>
            <th scope="col" class="num">{{ 'jobReport.items.quantity' | transloco }}</th>
            <th scope="col">{{ 'jobReport.items.serial' | transloco }}</th>
            <th scope="col" class="num">{{ 'jobReport.items.unitPrice' | transloco }}</th>
            <th scope="col" class="num">{{ 'jobReport.items.lineTotal' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (line of rows(); track line.id) {
            <tr>
              <td>{{ line.familyName }}</td>
              <td>
                {{ line.name }} <span class="muted">{{ line.reference }} · {{ 'jobReport.items.kind.' + line.kind | transloco }}</span>
              </td>
              <td class="num">
                {{ line.quantity | quantity: line.unit }}
                @if (line.shortfall > 0) {
                  <span class="shortfall" [class.settled]="line.shortfallResolution !== null" data-shortfall>
                    {{ (line.shortfallResolution ? 'jobReport.items.shortfallSettled' : 'jobReport.items.shortfall') | transloco: { missing: (line.shortfall | quantity: line.unit) } }}
                  </span>
                }
              </td>
              <td>{{ line.serial ?? '' }}</td>
              <td class="num">{{ line.unitPriceText }}</td>
              <td class="num">{{ line.totalText }}</td>
            </tr>
          }
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colspan="5">{{ 'jobReport.items.exclTax' | transloco }}</th>
            <td class="num" data-total="excl">{{ money(totals().exclTaxCents) }}</td>
          </tr>
          <tr>
            <th scope="row" colspan="5">{{ 'jobReport.items.tax' | transloco }}</th>
            <td class="num" data-total="tax">{{ money(totals().taxCents) }}</td>
          </tr>
          <tr class="grand">
            <th scope="row" colspan="5">{{ 'jobReport.items.inclTax' | transloco }}</th>
            <td class="num" data-total="incl">{{ money(totals().inclTaxCents) }}</td>
          </tr>
        </tfoot>
      </table>
    }
    @if (takeBacks().length) {
      <h3>{{ 'jobReport.items.takeBacks' | transloco }}</h3>
      <table class="lines">
        <thead>
          <tr>
            <th scope="col">{{ 'jobReport.items.serial' | transloco }}</th>
            <th scope="col">{{ 'jobReport.items.item' | transloco }}</th>
            <th scope="col">{{ 'jobReport.items.status' | transloco }}</th>
          </tr>
        </thead>
        <tbody>
          @for (t of takeBacks(); track t.id) {
            <tr>
              <td class="serial">{{ t.serial }}</td>
              <td>{{ t.itemName }} <span class="muted">{{ t.itemReference }} · {{ t.familyName }}</span></td>
              <td><fd-status-chip [label]="'jobReport.takeBackStatus.' + t.status | transloco" [tone]="tone(t)" /></td>
            </tr>
          }
        </tbody>
      </table>
    }
  `,
  styles: `
    .lines {
      width: 100%;
      border-collapse: collapse;
      margin-bottom: 16px;
    }
    th,
    td {
      text-align: left;
      padding: 6px 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    .num {
      text-align: right;
      white-space: nowrap;
    }
    tfoot th {
      text-align: right;
      font-weight: normal;
    }
    .grand th,
    .grand td {
      font-weight: 600;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .serial {
      font-family: monospace;
    }
    /* A stock shortfall is a fact the office acts on: readable in both themes, not by colour alone. */
    .shortfall {
      display: block;
      margin-top: 2px;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-error-container);
      background: var(--mat-sys-error-container);
      border-radius: 4px;
      padding: 1px 6px;
      white-space: normal;
    }
    .shortfall.settled {
      color: var(--mat-sys-on-surface-variant);
      background: var(--mat-sys-surface-container-high);
    }
    h3 {
      font: var(--mat-sys-title-medium);
    }
  `,
})
export class JobItems {
  readonly items = input<readonly JobItemLine[]>([]);
  readonly takeBacks = input<readonly JobTakeBack[]>([]);
  readonly totals = input.required<JobTotals>();
  readonly lang = input('en');

  protected readonly rows = computed(() => {
    const lang = this.lang();
    const currency = this.totals().currency;
    return this.items().map((line) => ({
      ...line,
      unitPriceText: formatMoney(line.unitPriceCents, currency, lang),
      totalText: formatMoney(line.lineTotalCents, currency, lang),
    }));
  });

  protected money(cents: number): string {
    return formatMoney(cents, this.totals().currency, this.lang());
  }

  protected tone(takeBack: JobTakeBack) {
    return TAKE_BACK_TONES[takeBack.status];
  }
}
