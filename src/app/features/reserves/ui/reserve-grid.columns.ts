import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { ReserveSummary } from '@contract/reserves';
import type { GridDefinition } from '../../../shared/ui/infinite-grid/grid-definition';
import { escapeHtml as escape } from '../../../shared/util/escape-html';
import { formatRelativeTime } from '../../../shared/util/relative-time';

/** The reserves grid's name in each user's remembered columns. */
export const RESERVE_GRID_ID = 'reserve';

export type ReserveColumnLabels = Record<'status' | 'age' | 'job' | 'customer' | 'technician' | 'field' | 'description' | 'assignee' | 'updatedAt', string>;

export interface ReserveCellTexts {
  status: (status: string) => string;
  relative: (iso: string) => string;
  oldAge: (age: string) => string;
  /** "family › field" */
  field: (family: string, field: string) => string;
}

const SEVEN_DAYS_MS = 7 * 24 * 3600 * 1000;
const TONES: Record<string, string> = { unresolved: 'error', resolved: 'primary', compliant: 'tertiary' };

export const isOld = (raisedAt: string, nowMs: number) => nowMs - Date.parse(raisedAt) > SEVEN_DAYS_MS;

/** The inbox's columns; cells are plain HTML strings (escaped) so the grid stays fast. */
export function reserveColumns(labels: ReserveColumnLabels, texts: ReserveCellTexts, nowMs: () => number): ColDef<ReserveSummary>[] {
  return [
    {
      colId: 'status',
      headerName: labels.status,
      width: 130,
      cellRenderer: ({ data }: ICellRendererParams<ReserveSummary>) =>
        data ? `<span class="reserve-chip" data-tone="${TONES[data.status] ?? 'neutral'}">${escape(texts.status(data.status))}</span>` : '',
    },
    {
      colId: 'age',
      headerName: labels.age,
      width: 130,
      cellRenderer: ({ data }: ICellRendererParams<ReserveSummary>) => {
        if (!data) return '';
        const age = escape(texts.relative(data.raisedAt));
        return isOld(data.raisedAt, nowMs()) && data.status === 'unresolved'
          ? `<span class="old" title="${escape(texts.oldAge(age))}"><span aria-hidden="true">⚠ </span>${age}</span>`
          : age;
      },
    },
    {
      colId: 'job',
      headerName: labels.job,
      width: 110,
      cellRenderer: ({ data }: ICellRendererParams<ReserveSummary>) =>
        data ? `<a class="job-link" href="/jobs/${encodeURIComponent(data.jobNumber)}">${escape(data.jobNumber)}</a>` : '',
    },
    { colId: 'customer', headerName: labels.customer, field: 'customerName', width: 170 },
    { colId: 'technician', headerName: labels.technician, field: 'raisedByName', width: 140 },
    {
      colId: 'field',
      headerName: labels.field,
      width: 220,
      valueGetter: ({ data }) => (data ? texts.field(data.familyLabel, data.fieldLabel) : ''),
    },
    { colId: 'description', headerName: labels.description, field: 'description', flex: 1, minWidth: 200, tooltipField: 'description' },
    { colId: 'assignee', headerName: labels.assignee, field: 'assigneeName', width: 150 },
    {
      colId: 'updatedAt',
      headerName: labels.updatedAt,
      width: 140,
      valueGetter: ({ data }) => (data ? texts.relative(data.updatedAt) : ''),
    },
  ];
}

/**
 * The reserves inbox on the shared infinite grid: ages and updates follow the minute ticker (an
 * unresolved reserve turns old while the page stays open). `field` names a reserve's field.
 */
export function reserveGrid(field: ReserveCellTexts['field']): GridDefinition<ReserveSummary, ReserveColumnLabels> {
  return {
    id: RESERVE_GRID_ID,
    scope: 'reserves',
    labels: 'columns',
    gridTexts: 'grid',
    aging: ['age', 'updatedAt'],
    columns: (labels, { lang, now, translate }) =>
      reserveColumns(
        labels,
        {
          status: (status) => translate(`reserves.status.${status}`),
          relative: (iso) => formatRelativeTime(iso, now(), lang),
          oldAge: (age) => translate('reserves.grid.oldAge', { age }),
          field,
        },
        now,
      ),
  };
}
