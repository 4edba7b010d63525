import type { RepairOutcome, RepairQueueItem } from '@contract';
import type { ColDef, ICellRendererParams } from 'ag-grid-community';
import type { GridDefinition } from '../../../../shared/ui/infinite-grid/grid-definition';
import { escapeHtml } from '../../../../shared/util/escape-html';

/** The repair queue grid's name in each user's remembered columns. */
export const REPAIR_QUEUE_GRID_ID = 'repair-queue';

export type RepairColumnLabels = Record<'serial' | 'item' | 'where' | 'takenBackBy' | 'fromCustomer' | 'job' | 'when' | 'actions', string>;

/** Words of the cells, in the active language. */
export interface RepairCellTexts {
  relative: (iso: string) => string;
  date: (iso: string) => string;
  repairedOne: (serial: string) => string;
  obsoleteOne: (serial: string) => string;
}

/** What a row's own buttons do; `busy` while a repair runs (the buttons wait). */
export interface RepairRowActions {
  busy: () => boolean;
  act: (unit: RepairQueueItem, outcome: RepairOutcome) => void;
}

const NONE = '—';
const link = (path: string, text: string) => `<a href="${escapeHtml(path)}">${escapeHtml(text)}</a>`;
const segment = encodeURIComponent;

/** A cell linking where the unit came from (path and text), or a dash when it came from nowhere. */
const linkOrNone =
  (target: (unit: RepairQueueItem) => [string, string] | null) =>
  ({ data }: ICellRendererParams<RepairQueueItem>) => {
    if (!data) return '';
    const found = target(data);
    return found ? link(...found) : NONE;
  };

/** When the unit came back (or last changed), the moment the queue is about. */
export const queuedAt = (unit: RepairQueueItem) => unit.takenBackAt ?? unit.updatedAt;

/** A unit's two buttons, "repaired" and "obsolete"; they act without opening the row. */
function rowActions(unit: RepairQueueItem, texts: RepairCellTexts, actions: RepairRowActions): HTMLElement {
  const box = document.createElement('span');
  box.className = 'row-actions';
  const buttons: [RepairOutcome, string, string][] = [
    ['ok', 'check_circle', texts.repairedOne(unit.serial)],
    ['obsolete', 'block', texts.obsoleteOne(unit.serial)],
  ];
  for (const [outcome, icon, label] of buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = `row-action ${outcome}`;
    button.disabled = actions.busy();
    button.title = label;
    button.setAttribute('aria-label', label);
    button.innerHTML = `<span class="material-symbols-outlined" aria-hidden="true">${icon}</span>`;
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.act(unit, outcome);
    });
    // Enter and Space press the button; they must not also open the row.
    button.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
    });
    box.append(button);
  }
  return box;
}

/** The queue's columns; links are plain cells the page follows, actions only for who may write. */
export function repairQueueColumns(
  labels: RepairColumnLabels,
  texts: RepairCellTexts,
  actions: RepairRowActions | null,
): ColDef<RepairQueueItem>[] {
  const columns: ColDef<RepairQueueItem>[] = [
    {
      colId: 'serial',
      headerName: labels.serial,
      width: 150,
      cellClass: 'serial',
      cellRenderer: ({ data }: ICellRendererParams<RepairQueueItem>) => (data ? link(`/serials/${segment(data.serial)}`, data.serial) : ''),
    },
    {
      colId: 'item',
      headerName: labels.item,
      flex: 1,
      minWidth: 160,
      cellRenderer: ({ data }: ICellRendererParams<RepairQueueItem>) =>
        data ? `<span class="reference">${escapeHtml(data.item.reference)}</span> ${escapeHtml(data.item.name)}` : '',
      tooltipValueGetter: ({ data }) => (data ? `${data.item.reference} ${data.item.name}` : ''),
    },
    {
      colId: 'where',
      headerName: labels.where,
      width: 150,
      cellRenderer: ({ data }: ICellRendererParams<RepairQueueItem>) =>
        data?.depot ? link(`/depots/${segment(data.depot.id)}`, data.depot.name) : '',
    },
    { colId: 'takenBackBy', headerName: labels.takenBackBy, width: 140, valueGetter: ({ data }) => (data ? (data.takenBackBy?.displayName ?? NONE) : '') },
    {
      colId: 'fromCustomer',
      headerName: labels.fromCustomer,
      width: 170,
      cellRenderer: linkOrNone(({ fromCustomer }) => fromCustomer && [`/customers/${segment(fromCustomer.id)}`, fromCustomer.name]),
    },
    {
      colId: 'job',
      headerName: labels.job,
      width: 100,
      cellRenderer: linkOrNone(({ fromJob }) => fromJob && [`/jobs/${segment(fromJob.number)}`, fromJob.number]),
    },
    {
      colId: 'when',
      headerName: labels.when,
      width: 120,
      cellRenderer: ({ data }: ICellRendererParams<RepairQueueItem>) =>
        data ? `<time datetime="${escapeHtml(queuedAt(data))}">${escapeHtml(texts.relative(queuedAt(data)))}</time>` : '',
      tooltipValueGetter: ({ data }) => (data ? texts.date(queuedAt(data)) : ''),
    },
  ];
  if (!actions) return columns;
  return [
    ...columns,
    {
      colId: 'actions',
      headerName: labels.actions,
      width: 96,
      // Always in sight, whatever the width of the window.
      pinned: 'right',
      lockVisible: true,
      cellRenderer: ({ data }: ICellRendererParams<RepairQueueItem>) => (data ? rowActions(data, texts, actions) : ''),
    },
  ];
}

/** The repair queue on the shared infinite grid; each row's buttons only when `actions` are given. */
export function repairQueueGrid(actions: RepairRowActions | null): GridDefinition<RepairQueueItem, RepairColumnLabels> {
  return {
    id: REPAIR_QUEUE_GRID_ID,
    scope: 'depot',
    labels: 'repairs',
    gridTexts: 'repairs.grid',
    aging: ['when'],
    columns: (labels, { relative, dateTime, translate }) =>
      repairQueueColumns(
        labels,
        {
          relative,
          date: dateTime,
          repairedOne: (serial) => translate('depot.repairs.repairedOne', { serial }),
          obsoleteOne: (serial) => translate('depot.repairs.obsoleteOne', { serial }),
        },
        actions,
      ),
  };
}
