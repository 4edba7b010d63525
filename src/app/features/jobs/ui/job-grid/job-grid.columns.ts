import type { JobSummary } from '@contract/jobs-list';
import type { ColDef } from 'ag-grid-community';
import type { GridDefinition } from '../../../../shared/ui/infinite-grid/grid-definition';
import { JobNumberCell, JobStatusCell } from './job-grid-cells';

/** The jobs grid's name in each user's remembered columns. */
export const JOB_GRID_ID = 'job';

/** Column ids, in their order. The number always shows; the others may be hidden (column chooser). */
export const jobColumnIds = [
  'number',
  'status',
  'plannedStart',
  'plannedEnd',
  'customer',
  'siteCity',
  'manager',
  'auxiliaries',
  'template',
  'worked',
  'openReserves',
  'updatedAt',
] as const;
export type JobColumnId = (typeof jobColumnIds)[number];
export const optionalJobColumns: readonly JobColumnId[] = jobColumnIds.filter((id) => id !== 'number');

/** Columns whose header sorts on the server; their ids are the API's sort keys. */
export const sortableJobColumns: readonly string[] = ['number', 'plannedStart', 'updatedAt'];

export type JobColumnLabels = Record<JobColumnId, string> & { openReservesAria: string };

export interface JobColumnFormats {
  dateTime(iso: string): string;
  relative(iso: string): string;
  duration(seconds: number): string;
}

const WIDTHS: Record<JobColumnId, number> = {
  number: 130,
  status: 140,
  plannedStart: 190,
  plannedEnd: 190,
  customer: 220,
  siteCity: 140,
  manager: 170,
  auxiliaries: 200,
  template: 180,
  worked: 120,
  openReserves: 120,
  updatedAt: 150,
};

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The jobs grid's columns in the user's language (the grid applies each user's hidden columns and widths). */
export function jobColumns(labels: JobColumnLabels, formats: JobColumnFormats): ColDef<JobSummary>[] {
  const columns: Record<JobColumnId, ColDef<JobSummary>> = {
    number: { field: 'number', cellRenderer: JobNumberCell, pinned: 'left', lockVisible: true },
    status: { field: 'status', cellRenderer: JobStatusCell },
    plannedStart: { field: 'plannedStart', valueFormatter: ({ value }) => (value ? formats.dateTime(value) : '') },
    plannedEnd: { field: 'plannedEnd', valueFormatter: ({ value }) => (value ? formats.dateTime(value) : '') },
    customer: { field: 'customerName' },
    siteCity: { field: 'siteCity' },
    manager: { field: 'managerName' },
    auxiliaries: { valueGetter: ({ data }) => data?.auxiliaryNames.join(', ') ?? '' },
    template: { field: 'templateName' },
    worked: {
      field: 'workedSeconds',
      type: 'rightAligned',
      valueFormatter: ({ value }) => (typeof value === 'number' && value > 0 ? formats.duration(value) : ''),
    },
    openReserves: {
      field: 'openReserves',
      cellRenderer: ({ value }: { value: unknown }) => reserveBadge(value, labels.openReservesAria),
    },
    updatedAt: { field: 'updatedAt', valueFormatter: ({ value }) => formats.relative(text(value)) },
  };
  return jobColumnIds.map((colId) => ({
    ...columns[colId],
    colId,
    headerName: labels[colId],
    width: WIDTHS[colId],
    minWidth: 80,
    sortable: sortableJobColumns.includes(colId),
  }));
}

/** "3 h 05 min", "45 min": worked time without pauses. */
export function formatWorked(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours ? `${hours} h ${String(rest).padStart(2, '0')} min` : `${rest} min`;
}

/** A badge only when reserves are open; nothing to read otherwise. */
function reserveBadge(value: unknown, aria: string): HTMLElement | string {
  if (typeof value !== 'number' || value <= 0) return '';
  const badge = document.createElement('span');
  badge.className = 'reserve-badge';
  badge.textContent = String(value);
  badge.setAttribute('aria-label', aria.replace('{{count}}', String(value)));
  return badge;
}

/**
 * The jobs grid on the shared infinite grid: header sort on the server, columns remembered per
 * user, "updated" times ageing with the minutes.
 */
export const jobGrid: GridDefinition<JobSummary, JobColumnLabels> = {
  id: JOB_GRID_ID,
  scope: 'jobs',
  labels: 'grid.columns',
  gridTexts: 'grid.texts',
  aging: ['updatedAt'],
  columns: (labels, locale) => jobColumns(labels, { ...locale, duration: formatWorked }),
};
