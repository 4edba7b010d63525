import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ReportTemplateStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';

/** Draft / Published / Archived as a small coloured label. */
@Component({
  selector: 'fd-template-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [attr.data-status]="status()">{{ 'reportTemplates.status.' + status() | transloco }}</span>`,
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
    .chip[data-status='published'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip[data-status='archived'] {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
  `,
})
export class TemplateStatusChip {
  readonly status = input.required<ReportTemplateStatus>();
}
