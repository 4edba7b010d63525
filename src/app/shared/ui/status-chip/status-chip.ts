import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The colour families a status can take, from Material's tokens (light and dark follow by themselves). */
export type ChipTone = 'neutral' | 'primary' | 'secondary' | 'tertiary' | 'error' | 'retired';

/** A status as a small coloured label; each feature maps its own statuses to a tone. */
@Component({
  selector: 'fd-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [attr.data-tone]="tone()">{{ label() }}</span>`,
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
    .chip[data-tone='primary'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip[data-tone='secondary'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .chip[data-tone='tertiary'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip[data-tone='error'] {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .chip[data-tone='retired'] {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
  `,
})
export class StatusChip {
  readonly label = input.required<string>();
  readonly tone = input<ChipTone>('neutral');
}
