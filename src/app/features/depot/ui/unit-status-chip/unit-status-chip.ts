import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { SerialUnitStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';

/** A serial unit's status as a small coloured label: usable, at a customer, waiting for repair, retired. */
@Component({
  selector: 'fd-unit-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [attr.data-status]="status()">{{ 'depot.status.' + status() | transloco }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 12px;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
      white-space: nowrap;
    }
    .chip[data-status='ok'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip[data-status='installed'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip[data-status='needs_repair'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip[data-status='obsolete'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
  `,
})
export class UnitStatusChip {
  readonly status = input.required<SerialUnitStatus>();
}
