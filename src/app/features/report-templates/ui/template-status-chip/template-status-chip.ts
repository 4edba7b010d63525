import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { ReportTemplateStatus } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { type ChipTone, StatusChip } from '../../../../shared/ui/status-chip/status-chip';

const TONES: Record<ReportTemplateStatus, ChipTone> = { draft: 'neutral', published: 'primary', archived: 'retired' };

/** Draft / Published / Archived as a small coloured label. */
@Component({
  selector: 'fd-template-status-chip',
  imports: [StatusChip, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<fd-status-chip [label]="'reportTemplates.status.' + status() | transloco" [tone]="tone()" />`,
})
export class TemplateStatusChip {
  readonly status = input.required<ReportTemplateStatus>();
  protected readonly tone = computed(() => TONES[this.status()]);
}
