import type { CustomerSummary } from '@contract';
import type { ColDef } from 'ag-grid-community';

export interface CustomerColumnLabels {
  code: string;
  name: string;
  city: string;
  phone: string;
  email: string;
  sites: string;
  updated: string;
}

/** Sorting is the page's sort menu (the API sorts by name or last update), so headers do not sort. */
export function customerColumns(
  labels: CustomerColumnLabels,
  formatUpdated: (iso: string) => string,
): ColDef<CustomerSummary>[] {
  return [
    { colId: 'code', field: 'code', headerName: labels.code, width: 130 },
    { colId: 'name', field: 'name', headerName: labels.name, flex: 2, minWidth: 180 },
    { colId: 'city', field: 'city', headerName: labels.city, flex: 1, minWidth: 120 },
    { colId: 'phone', field: 'phone', headerName: labels.phone, width: 160 },
    { colId: 'email', field: 'email', headerName: labels.email, flex: 1.5, minWidth: 180 },
    { colId: 'siteCount', field: 'siteCount', headerName: labels.sites, width: 90, type: 'rightAligned' },
    {
      colId: 'updatedAt',
      field: 'updatedAt',
      headerName: labels.updated,
      width: 150,
      valueFormatter: ({ value }) => (typeof value === 'string' ? formatUpdated(value) : ''),
    },
  ];
}
