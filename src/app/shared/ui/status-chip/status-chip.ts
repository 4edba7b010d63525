import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';

/** The colour families a status can take, from Material's tokens (light and dark follow by themselves). */
export type ChipTone = 'neutral' | 'primary' | 'secondary' | 'tertiary' | 'error' | 'retired';

/** How a family of statuses shows: the translation prefix of their names, and each one's tone (neutral when absent). */
export interface StatusScheme {
  labelPrefix: string;
  tones: Readonly<Partial<Record<string, ChipTone>>>;
}

/**
 * A status as a small coloured label. Either a `status` of a feature's `scheme` (its name and tone
 * come from there), or a `label` with its `tone`.
 */
@Component({
  selector: 'fd-status-chip',
  imports: [TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (scheme(); as s) {
      <span class="chip" [attr.data-tone]="s.tones[status()] ?? 'neutral'">{{ s.labelPrefix + status() | transloco }}</span>
    } @else {
      <span class="chip" [attr.data-tone]="tone()">{{ label() }}</span>
    }
  `,
  styleUrl: './status-chip.scss',
})
export class StatusChip {
  readonly label = input('');
  readonly tone = input<ChipTone>('neutral');
  readonly status = input('');
  readonly scheme = input<StatusScheme | null>(null);
}
