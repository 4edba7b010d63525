import type { AuditEntry } from '@contract';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { GridDefinition } from '../../../../shared/ui/infinite-grid/grid-definition';
import { escapeHtml } from '../../../../shared/util/escape-html';
import { changeSummary } from '../audit-changes/change-rows';

/** The audit grid's name in each user's remembered columns. */
export const AUDIT_GRID_ID = 'audit';

export type AuditColumnLabels = Record<'when' | 'who' | 'action' | 'object' | 'changes' | 'ip', string>;

/** Words of the cells, in the active language. */
export interface AuditCellTexts {
  relative: (iso: string) => string;
  date: (iso: string) => string;
  /** The actor's name, or "System". */
  actor: (entry: AuditEntry) => string;
  role: (role: string) => string;
  action: (action: string) => string;
  type: (entityType: string) => string;
  /** The console page of the entry's object, where one exists. */
  link: (entry: AuditEntry) => string | null;
}

/** The trail's columns: one line per entry; what changed is a summary (the row opens the full list). */
export function auditColumns(labels: AuditColumnLabels, texts: AuditCellTexts): ColDef<AuditEntry>[] {
  return [
    {
      colId: 'when',
      headerName: labels.when,
      width: 130,
      valueGetter: ({ data }) => (data ? texts.relative(data.occurredAt) : ''),
      tooltipValueGetter: ({ data }) => (data ? texts.date(data.occurredAt) : ''),
    },
    {
      colId: 'who',
      headerName: labels.who,
      width: 200,
      cellRenderer: ({ data }: ICellRendererParams<AuditEntry>) => {
        if (!data) return '';
        const role = data.actorRole ? ` <small class="muted">${escapeHtml(texts.role(data.actorRole))}</small>` : '';
        return `${escapeHtml(texts.actor(data))}${role}`;
      },
    },
    { colId: 'action', headerName: labels.action, width: 130, valueGetter: ({ data }) => (data ? texts.action(data.action) : '') },
    {
      colId: 'object',
      headerName: labels.object,
      width: 200,
      cellRenderer: ({ data }: ICellRendererParams<AuditEntry>) => {
        if (!data) return '';
        const type = escapeHtml(texts.type(data.entityType));
        const href = texts.link(data);
        const id = data.entityId ? ` <small class="id">${escapeHtml(data.entityId)}</small>` : '';
        return `${href ? `<a href="${escapeHtml(href)}">${type}</a>` : type}${id}`;
      },
      tooltipValueGetter: ({ data }) => data?.entityId ?? '',
    },
    {
      colId: 'changes',
      headerName: labels.changes,
      flex: 1,
      minWidth: 240,
      valueGetter: ({ data }) => (data ? changeSummary(data.changes) : ''),
      tooltipValueGetter: ({ data }) => (data ? changeSummary(data.changes) : ''),
    },
    { colId: 'ip', headerName: labels.ip, width: 120, valueGetter: ({ data }) => data?.actorIp ?? '' },
  ];
}

/** The audit trail on the shared infinite grid, in the active language, linking to `link`'s console pages. */
export function auditGrid(link: (entityType: string, entityId: string | null) => string | null): GridDefinition<AuditEntry, AuditColumnLabels> {
  return {
    id: AUDIT_GRID_ID,
    scope: 'audit',
    labels: 'columns',
    gridTexts: 'grid',
    aging: ['when'],
    columns: (labels, { relative, dateTime, translate }) =>
      auditColumns(labels, {
        relative,
        date: dateTime,
        actor: (entry) => entry.actor?.displayName ?? translate('audit.system'),
        role: (role) => translate(`roles.${role}`),
        action: (action) => translate(`audit.actions.${action}`),
        type: (type) => translate(`audit.types.${type}`),
        link: (entry) => link(entry.entityType, entry.entityId),
      }),
  };
}
