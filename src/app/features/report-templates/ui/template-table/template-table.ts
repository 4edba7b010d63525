import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import type { ReportTemplateSummary } from '@contract';
import { TranslocoPipe } from '@jsverse/transloco';
import { PluralPipe } from '../../../../shared/ui/plural-pipe';
import { RelativeTimePipe } from '../../../../shared/ui/relative-time-pipe';
import { StatusChip } from '../../../../shared/ui/status-chip/status-chip';
import { templateStatusScheme } from '../template-status';

/** Every template in one table (there are few); the row menu holds the administrator's actions. */
@Component({
  selector: 'fd-template-table',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, MatTableModule, MatTooltipModule, RouterLink, TranslocoPipe, PluralPipe, RelativeTimePipe, StatusChip],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './template-table.html',
  styleUrl: './template-table.scss',
})
export class TemplateTable {
  readonly templates = input.required<ReportTemplateSummary[]>();
  protected readonly templateStatuses = templateStatusScheme;
  readonly canEdit = input(false);
  readonly busyIds = input<string[]>([]);
  /** Job type code → its name in the active language, for the "default for" markers. */
  readonly jobTypeNames = input<Record<string, string>>({});

  readonly duplicated = output<ReportTemplateSummary>();
  readonly archived = output<ReportTemplateSummary>();
  readonly restored = output<ReportTemplateSummary>();
  readonly defaultChosen = output<ReportTemplateSummary | null>();

  protected readonly columns = computed(() => [
    'name',
    'status',
    'version',
    'content',
    'jobs',
    'updated',
    'defaults',
    ...(this.canEdit() ? ['actions'] : []),
  ]);

  protected isBusy(template: ReportTemplateSummary): boolean {
    return this.busyIds().includes(template.id);
  }

  protected jobTypeName(code: string): string {
    return this.jobTypeNames()[code] ?? code;
  }
}
