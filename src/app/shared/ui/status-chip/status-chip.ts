import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The colour families a status can take, from Material's tokens (light and dark follow by themselves). */
export type ChipTone = 'neutral' | 'primary' | 'secondary' | 'tertiary' | 'error' | 'retired';

/** A status as a small coloured label; each feature maps its own statuses to a tone. */
@Component({
  selector: 'fd-status-chip',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="chip" [attr.data-tone]="tone()">{{ label() }}</span>`,
  styleUrl: './status-chip.scss',
})
export class StatusChip {
  readonly label = input.required<string>();
  readonly tone = input<ChipTone>('neutral');
}
