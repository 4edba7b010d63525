import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import type { AuditEntry } from '@contract';
import { TranslocoService } from '@jsverse/transloco';
import type { IDatasource } from 'ag-grid-community';
import { InfiniteGrid } from '../../../../shared/ui/infinite-grid/infinite-grid';
import { NowTicker } from '../../../../shared/ui/now-ticker';
import { formatLocalDate } from '../../../../shared/util/format';
import { formatRelativeTime } from '../../../../shared/util/relative-time';
import { AUDIT_GRID_ID, type AuditCellTexts, type AuditColumnLabels, auditColumns } from './audit-grid.columns';

/** The audit trail on the shared infinite grid, in the active language; a row opens the entry. */
@Component({
  selector: 'fd-audit-grid',
  imports: [InfiniteGrid],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fd-infinite-grid
      [gridId]="gridId"
      [datasource]="datasource()"
      [columns]="columns()"
      [label]="label()"
      [localeText]="localeText()"
      [refreshOn]="now()"
      [refreshColumns]="agingColumns"
      (rowOpened)="rowOpened.emit($event)"
      (linkOpened)="linkOpened.emit($event.href)"
    />
  `,
  styles: `
    :host {
      display: block;
      height: 100%;
    }
    :host ::ng-deep {
      .muted,
      .id {
        color: var(--mat-sys-on-surface-variant);
      }
      .id {
        font-family: ui-monospace, 'Roboto Mono', monospace;
      }
    }
  `,
})
export class AuditGrid {
  readonly datasource = input<IDatasource | null>(null);
  /** The grid's accessible name. */
  readonly label = input.required<string>();
  /** The console page of an object, where one exists. */
  readonly entityLink = input.required<(entityType: string, entityId: string | null) => string | null>();
  readonly rowOpened = output<AuditEntry>();
  /** The console page of an entry's object. */
  readonly linkOpened = output<string>();

  private readonly transloco = inject(TranslocoService);
  /** Relative times age with the minute ticker. */
  protected readonly now = inject(NowTicker).now;
  protected readonly gridId = AUDIT_GRID_ID;
  protected readonly agingColumns = ['when'];

  private readonly labels = toSignal(this.transloco.selectTranslateObject<AuditColumnLabels>('columns', {}, 'audit'));
  private readonly gridTexts = toSignal(this.transloco.selectTranslateObject<Record<string, string>>('grid', {}, 'audit'));
  protected readonly localeText = computed(() => this.gridTexts() ?? {});

  protected readonly columns = computed(() => {
    const labels = this.labels();
    const lang = this.transloco.activeLang();
    const entityLink = this.entityLink();
    if (!labels || typeof labels !== 'object') return [];
    const t = (key: string) => this.transloco.translate(key);
    const texts: AuditCellTexts = {
      relative: (iso) => formatRelativeTime(iso, Date.now(), lang),
      date: (iso) => formatLocalDate(iso, lang),
      actor: (entry) => entry.actor?.displayName ?? t('audit.system'),
      role: (role) => t(`roles.${role}`),
      action: (action) => t(`audit.actions.${action}`),
      type: (type) => t(`audit.types.${type}`),
      link: (entry) => entityLink(entry.entityType, entry.entityId),
    };
    return auditColumns(labels, texts);
  });
}
