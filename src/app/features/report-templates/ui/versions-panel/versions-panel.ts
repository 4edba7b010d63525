import { ChangeDetectionStrategy, Component, computed, input, linkedSignal, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { ReportTemplateVersionInfo, TemplateChange, TemplateDefinition } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiErrorMessage } from '../../../../shared/ui/api-error-message';
import { LocalDatePipe } from '../../../../shared/ui/local-date-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { type CallState, callError } from '../../../../shared/util/call-state';
import { TemplateDiff } from '../template-diff/template-diff';

export type VersionRef = number | 'draft';

export interface ComparisonView {
  from: number;
  to: VersionRef;
  before: TemplateDefinition | null;
  after: TemplateDefinition | null;
  changes: TemplateChange[] | null;
}

/** Who published which version when, and the difference between any two of them (or the draft). */
@Component({
  selector: 'fd-versions-panel',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatProgressBarModule, MatSelectModule, TranslocoPipe, ApiErrorMessage, LocalDatePipe, RelativeTimePipe, TemplateDiff],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './versions-panel.html',
  styleUrl: './versions-panel.scss',
})
export class VersionsPanel {
  /** Newest first. */
  readonly versions = input.required<ReportTemplateVersionInfo[]>();
  readonly comparison = input<ComparisonView | null>(null);
  readonly loadState = input<CallState>('idle');
  readonly compared = output<{ from: number; to: VersionRef }>();

  /** By default: the version before the latest against the latest (or the only one against the draft). */
  protected readonly from = linkedSignal<number | null>(() => {
    const versions = this.versions();
    return versions[1]?.versionNumber ?? versions[0]?.versionNumber ?? null;
  });
  protected readonly to = linkedSignal<VersionRef>(() => {
    const versions = this.versions();
    return versions.length > 1 ? versions[0].versionNumber : 'draft';
  });
  protected readonly error = computed(() => callError(this.loadState()));
  protected readonly shown = computed(() => {
    const c = this.comparison();
    return c && c.changes && c.before && c.after ? { ...c, changes: c.changes, before: c.before, after: c.after } : null;
  });

  protected compare(): void {
    const from = this.from();
    if (from !== null) this.compared.emit({ from, to: this.to() });
  }
}
