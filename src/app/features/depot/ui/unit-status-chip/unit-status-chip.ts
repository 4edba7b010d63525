import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { SerialUnitStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ChipTone, StatusChip } from '../../../../shared/ui/status-chip/status-chip';

const TONES: Record<SerialUnitStatus, ChipTone> = {
  ok: 'primary',
  installed: 'secondary',
  needs_repair: 'tertiary',
  obsolete: 'error',
};

/** A serial unit's status as a small coloured label: usable, at a customer, waiting for repair, retired. */
@Component({
  selector: 'fd-unit-status-chip',
  imports: [StatusChip, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-status-chip [label]="'depot.status.' + status() | transloco" [tone]="tone()" />`,
})
export class UnitStatusChip {
  readonly status = input.required<SerialUnitStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
