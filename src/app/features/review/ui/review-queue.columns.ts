import type { ReviewQueueItem } from '@contract';
import type { ColDef } from 'ag-grid-community';
import { formatMoney } from '../../../shared/util/format';
import { formatRelativeTime } from '../../../shared/util/relative-time';
import { workedVsPlanned } from './review-durations';

export interface ReviewColumnLabels {
  number: string;
  customer: string;
  technician: string;
  returned: string;
  worked: string;
  overrun: string;
  reserves: string;
  openReserves: string;
  signatures: string;
  /** The column of take-backs to check, and its mark (`{{count}}`). */
  takeBacks: string;
  takeBacksToCheck: string;
  missingSignature: Record<'customer' | 'technician', string>;
  total: string;
}

function element(tag: string, className: string, text: string, aria?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  if (aria) node.setAttribute('aria-label', aria);
  return node;
}

/** The queue's columns; cells are plain DOM (no Angular per cell) and keep their meaning for screen readers. */
export function reviewColumns(labels: ReviewColumnLabels, lang: string, now: () => number): ColDef<ReviewQueueItem>[] {
  return [
    {
      colId: 'number',
      headerName: labels.number,
      field: 'number',
      width: 120,
      cellRenderer: (p: { data?: ReviewQueueItem }) => {
        if (!p.data) return '';
        const link = element('a', 'job-link', p.data.number) as HTMLAnchorElement;
        link.href = `/review/${encodeURIComponent(p.data.number)}`;
        return link;
      },
    },
    { colId: 'customer', headerName: labels.customer, field: 'customerName', flex: 1, minWidth: 160,
      valueGetter: (p) => (p.data ? [p.data.customerName, p.data.siteCity].filter(Boolean).join(' — ') : '') },
    { colId: 'technician', headerName: labels.technician, field: 'managerName', width: 150 },
    {
      colId: 'returned',
      headerName: labels.returned,
      width: 130,
      valueGetter: (p) => (p.data ? formatRelativeTime(p.data.completedAt, now(), lang) : ''),
    },
    {
      colId: 'worked',
      headerName: labels.worked,
      width: 150,
      cellRenderer: (p: { data?: ReviewQueueItem }) => {
        if (!p.data) return '';
        const shown = workedVsPlanned(p.data.workedSeconds, p.data.plannedSeconds);
        return shown.overrun ? element('span', 'overrun', shown.text, `${shown.text} — ${labels.overrun}`) : shown.text;
      },
    },
    {
      colId: 'reserves',
      headerName: labels.reserves,
      width: 100,
      cellRenderer: (p: { data?: ReviewQueueItem }) =>
        p.data && p.data.openReserves > 0
          ? element('span', 'reserve-badge', String(p.data.openReserves), labels.openReserves.replace('{{count}}', String(p.data.openReserves)))
          : '',
    },
    {
      colId: 'takeBacks',
      headerName: labels.takeBacks,
      width: 150,
      cellRenderer: (p: { data?: ReviewQueueItem }) => {
        const count = p.data?.openTakeBackDiscrepancies ?? 0;
        if (!count) return '';
        const mark = element('span', 'take-back-mark', '');
        const icon = element('span', 'material-symbols-outlined icon', 'report');
        icon.setAttribute('aria-hidden', 'true');
        mark.append(icon, document.createTextNode(labels.takeBacksToCheck.replace('{{count}}', String(count))));
        return mark;
      },
    },
    {
      colId: 'signatures',
      headerName: labels.signatures,
      width: 190,
      cellRenderer: (p: { data?: ReviewQueueItem }) => {
        if (!p.data?.missingSignatures.length) return '';
        const box = element('span', 'missing', '');
        for (const signer of p.data.missingSignatures) {
          const item = element('span', 'missing-signer', '');
          item.append(element('span', 'material-symbols-outlined icon', 'draw'), document.createTextNode(labels.missingSignature[signer]));
          item.firstElementChild?.setAttribute('aria-hidden', 'true');
          box.append(item);
        }
        return box;
      },
    },
    {
      colId: 'total',
      headerName: labels.total,
      width: 130,
      type: 'rightAligned',
      valueGetter: (p) => (p.data ? formatMoney(p.data.totalExclTaxCents, p.data.currency, lang) : ''),
    },
  ];
}
