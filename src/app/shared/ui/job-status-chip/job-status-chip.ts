import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ChipTone, StatusChip } from '../status-chip/status-chip';

const TONES: Record<string, ChipTone> = {
  scheduled: 'secondary',
  synchronized: 'secondary',
  started: 'tertiary',
  paused: 'tertiary',
  completed: 'tertiary',
  validated: 'primary',
  cancelled: 'error',
};

/** A job status as a small coloured label ("Scheduled", "Returned"...), the colour by family of status. */
@Component({
  selector: 'fd-job-status-chip',
  imports: [StatusChip, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-status-chip [label]="'jobStatus.' + status() | transloco" [tone]="tone()" />`,
})
export class JobStatusChip {
  readonly status = input.required<string>();
  protected readonly tone = computed(() => TONES[this.status()] ?? 'neutral');
}
